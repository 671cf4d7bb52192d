import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// One row of the layers panel.
ItemDelegate {
    id: row
    required property MapDocument document
    required property int index
    required property string name
    required property bool layerVisible
    required property real layerOpacity
    required property string kind
    required property int featureCount
    required property color fillColor
    required property color strokeColor
    required property var legend
    signal zoomRequested()
    signal tableRequested()
    signal styleRequested()

    height: content.implicitHeight + 8
    onDoubleClicked: zoomRequested()

    contentItem: ColumnLayout {
        id: content
        spacing: 2
        RowLayout {
            CheckBox {
                objectName: "visibility"
                checked: row.layerVisible
                onToggled: row.document.setLayerVisible(row.index, checked)
            }
            LegendSwatch {
                kind: row.kind
                fillColor: row.fillColor
                strokeColor: row.strokeColor
            }
            Label {
                Layout.fillWidth: true
                text: row.name
                elide: Text.ElideRight
            }
            Label {
                text: row.featureCount >= 0 ? row.featureCount : ""
                opacity: 0.6
            }
        }
        Repeater {
            model: row.legend
            delegate: RowLayout {
                required property var modelData
                Layout.leftMargin: 40
                LegendSwatch {
                    kind: row.kind
                    fillColor: modelData.fillColor
                    strokeColor: modelData.strokeColor
                }
                Label {
                    Layout.fillWidth: true
                    text: modelData.label
                    elide: Text.ElideRight
                    font.pixelSize: 11
                }
            }
        }
        RowLayout {
            Slider {
                objectName: "opacity"
                Layout.fillWidth: true
                Layout.minimumWidth: 60
                from: 0
                to: 1
                value: row.layerOpacity
                onMoved: row.document.setLayerOpacity(row.index, value)
            }
            ToolButton {
                text: "▲"
                enabled: row.index > 0
                onClicked: row.document.moveLayer(row.index, row.index - 1)
                ToolTip.text: qsTr("Draw above the layer over it")
                ToolTip.visible: hovered
            }
            ToolButton {
                text: "▼"
                enabled: row.index < row.ListView.view.count - 1
                onClicked: row.document.moveLayer(row.index, row.index + 1)
                ToolTip.text: qsTr("Draw below the layer under it")
                ToolTip.visible: hovered
            }
            ToolButton {
                text: qsTr("Zoom")
                onClicked: row.zoomRequested()
            }
            ToolButton {
                objectName: "openStyle"
                text: qsTr("Style")
                visible: row.featureCount >= 0
                onClicked: row.styleRequested()
            }
            ToolButton {
                objectName: "openTable"
                text: qsTr("Table")
                visible: row.featureCount >= 0
                onClicked: row.tableRequested()
            }
            ToolButton {
                text: "✕"
                onClicked: row.document.removeLayer(row.index)
                ToolTip.text: qsTr("Remove the layer from the map")
                ToolTip.visible: hovered
            }
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// One row of the layers panel. Dragging the handle (≡) reports positions in list coordinates; the panel
// moves the layer where it is dropped (into the group of the layer it lands on).
ItemDelegate {
    id: row
    required property MapDocument document
    required property int index
    required property string layerId
    required property string name
    required property bool layerVisible
    required property real layerOpacity
    required property string kind
    required property int featureCount
    required property color fillColor
    required property color strokeColor
    required property var legend
    required property string group
    required property string attribution
    property bool folded: false     // its group is collapsed
    property bool dropTarget: false // a dragged layer would land here
    property bool dropAbove: false  // ...above this row (else below)
    signal zoomRequested()
    signal tableRequested()
    signal styleRequested()
    signal dragStarted()
    signal dragMoved(point listPoint)
    signal dragFinished()

    visible: !folded
    height: folded ? 0 : content.implicitHeight + 8
    leftPadding: group === "" ? 6 : 18

    Rectangle {
        visible: row.dropTarget
        width: parent.width
        height: 3
        y: row.dropAbove ? -2 : parent.height - 1
        color: palette.highlight
    }
    onDoubleClicked: zoomRequested()

    contentItem: ColumnLayout {
        id: content
        spacing: 2
        RowLayout {
            Label {
                objectName: "dragHandle"
                text: "≡"
                font.pixelSize: 18
                opacity: 0.6
                MouseArea {
                    id: handleArea
                    anchors.fill: parent
                    anchors.margins: -4
                    hoverEnabled: true
                    cursorShape: Qt.SizeVerCursor
                    preventStealing: true
                    onPressed: row.dragStarted()
                    onPositionChanged: (mouse) => row.dragMoved(mapToItem(row.ListView.view, mouse.x, mouse.y))
                    onReleased: row.dragFinished()
                    onCanceled: row.dragFinished()
                }
                ToolTip.text: qsTr("Drag to change the drawing order (or use ▲▼)")
                ToolTip.visible: handleArea.containsMouse && !handleArea.pressed
                ToolTip.delay: 800
            }
            CheckBox {
                objectName: "visibility"
                checked: row.layerVisible
                onToggled: row.document.layers.setLayerVisible(row.layerId, checked)
            }
            LegendSwatch {
                kind: row.kind
                fillColor: row.fillColor
                strokeColor: row.strokeColor
            }
            Label {
                objectName: "layerName"
                Layout.fillWidth: true
                text: row.name
                elide: Text.ElideRight
                // The whole name (the row may elide it) and the data's credit, as the council pages print it.
                ToolTip.text: row.attribution ? row.name + "\n" + qsTr("Data: %1").arg(row.attribution) : row.name
                ToolTip.visible: nameHover.hovered
                ToolTip.delay: 600
                HoverHandler { id: nameHover }
            }
            Label {
                text: row.featureCount >= 0 ? row.featureCount : ""
                opacity: 0.6
            }
            LayerGroupButton {
                layers: row.document.layers
                layerId: row.layerId
                group: row.group
            }
        }
        Column { // a Repeater straight in a Layout can crash when its model is replaced (Qt 6.4)
            Layout.fillWidth: true
            Repeater {
                model: row.legend
                delegate: Row { // a class or modifier row; a heading row (the modifier field) has no swatch
                    required property var modelData
                    leftPadding: 40
                    spacing: 6
                    LegendSwatch {
                        visible: !modelData.heading
                        kind: row.kind
                        fillColor: modelData.heading ? "transparent" : modelData.fillColor
                        strokeColor: modelData.heading ? "transparent" : modelData.strokeColor
                        dashed: modelData.heading ? false : modelData.dashed
                    }
                    Label {
                        text: modelData.label
                        elide: Text.ElideRight
                        font.pixelSize: 11
                        font.italic: modelData.heading
                        topPadding: modelData.heading ? 4 : 0
                    }
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
                onMoved: row.document.layers.setLayerOpacity(row.layerId, value)
            }
            ToolButton {
                objectName: "moveUp"
                text: "▲"
                enabled: row.index > 0
                onClicked: row.document.layers.moveLayer(row.layerId, row.document.layers.layerId(row.index - 1))
                ToolTip.text: qsTr("Draw above the layer over it")
                ToolTip.visible: hovered
            }
            ToolButton {
                objectName: "moveDown"
                text: "▼"
                enabled: row.index < row.ListView.view.count - 1
                onClicked: row.document.layers.moveLayer(row.layerId, row.document.layers.layerId(row.index + 1))
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
                objectName: "removeLayer"
                text: "✕"
                onClicked: row.document.layers.removeLayer(row.layerId)
                ToolTip.text: qsTr("Remove the layer from the map")
                ToolTip.visible: hovered
            }
        }
    }
}

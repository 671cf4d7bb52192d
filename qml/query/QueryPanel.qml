import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// Select by location and attributes: features of one layer in a spatial relation to another layer (or to the
// current selection), filtered by an attribute expression; the result is the map selection, with statistics,
// a history of queries and an export.
Pane {
    id: panel
    required property MapDocument document
    property alias controller: controller
    signal closed()
    // The engine's relations (name, label, needsDistance), in the order of the relation box.
    readonly property var relation: controller.predicates[predicateBox.currentIndex] || {}
    readonly property bool needsDistance: relation.needsDistance === true

    QueryController {
        id: controller
        document: panel.document
    }

    function run() {
        controller.run(layerBox.currentValue, panel.relation.name, withBox.currentValue, distanceField.value,
                       whereField.text, valueBox.currentIndex > 0 ? valueBox.currentText : "",
                       groupBox.currentIndex > 0 ? groupBox.currentText : "")
    }

    ColumnLayout {
        anchors.fill: parent
        RowLayout {
            Label {
                Layout.fillWidth: true
                text: qsTr("Query")
                font.bold: true
            }
            ToolButton {
                text: "✕"
                onClicked: panel.closed()
                ToolTip.text: qsTr("Close the query panel")
                ToolTip.visible: hovered
            }
        }
        GridLayout {
            columns: 2
            Label { text: qsTr("Select from") }
            ComboBox {
                id: layerBox
                objectName: "queryLayer"
                Layout.fillWidth: true
                model: controller.layers
                textRole: "name"
                valueRole: "layerId"
            }
            Label { text: qsTr("that are") }
            ComboBox {
                id: predicateBox
                objectName: "queryPredicate"
                Layout.fillWidth: true
                model: controller.predicates.map(p => p.label)
            }
            Label {
                text: qsTr("Distance (m)")
                visible: panel.needsDistance
            }
            SpinBox {
                id: distanceField
                objectName: "queryDistance"
                visible: panel.needsDistance
                editable: true
                from: 0
                to: 100000
                stepSize: 50
                value: 200
            }
            Label { text: qsTr("Features of") }
            ComboBox {
                id: withBox
                objectName: "queryWith"
                Layout.fillWidth: true
                model: [{ layerId: "", name: qsTr("the current selection") }].concat(controller.layers)
                textRole: "name"
                valueRole: "layerId"
            }
            Label { text: qsTr("Where") }
            TextField {
                id: whereField
                objectName: "queryWhere"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. kind = 'school'")
                onAccepted: panel.run()
            }
            Label { text: qsTr("Sum of") }
            ComboBox {
                id: valueBox
                objectName: "queryValueField"
                Layout.fillWidth: true
                model: [qsTr("(none)")].concat(controller.fields(layerBox.currentValue || "", true))
            }
            Label { text: qsTr("Group by") }
            ComboBox {
                id: groupBox
                objectName: "queryGroupField"
                Layout.fillWidth: true
                model: [qsTr("(none)")].concat(controller.fields(layerBox.currentValue || "", false))
            }
        }
        RowLayout {
            Button {
                objectName: "queryRun"
                text: qsTr("Run")
                highlighted: true
                enabled: !controller.job.busy && layerBox.currentIndex >= 0
                onClicked: panel.run()
            }
            CheckBox {
                objectName: "queryLive"
                text: qsTr("Live")
                checked: controller.live
                onToggled: controller.live = checked
                ToolTip.text: qsTr("Run the query again when its layers change")
                ToolTip.visible: hovered
            }
            BusyIndicator {
                running: controller.job.busy
                Layout.preferredHeight: 28
            }
        }
        QueryResults {
            Layout.fillWidth: true
            Layout.fillHeight: true
            controller: controller
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// The style of one layer: single symbol, categorized by a field's values, or graduated by a numeric field
// (method, number of classes, colour ramp); labels from a field. Apply makes one undoable change.
Pane {
    id: panel
    required property MapDocument document
    property alias layerId: controller.layerId // "" = none
    signal closed()

    readonly property var modes: ["single", "categorized", "graduated"]
    readonly property var methods: ["equal_interval", "quantile", "natural_breaks"]

    StyleController {
        id: controller
        document: panel.document
        onLayerIdChanged: panel.load()
    }

    function load() {
        modeBox.currentIndex = Math.max(0, modes.indexOf(controller.mode))
        fieldBox.currentIndex = Math.max(0, fieldBox.model.indexOf(controller.field))
        methodBox.currentIndex = Math.max(0, methods.indexOf(controller.method))
        classesBox.value = controller.classes
        rampBox.currentIndex = Math.max(0, controller.ramps.indexOf(controller.ramp))
        labelsBox.checked = controller.labelField.length > 0
        labelFieldBox.currentIndex = Math.max(0, controller.fields.indexOf(controller.labelField))
    }

    ColumnLayout {
        anchors.fill: parent
        RowLayout {
            Label {
                objectName: "styleTitle"
                Layout.fillWidth: true
                text: qsTr("Style: %1").arg(controller.layerName)
                font.bold: true
                elide: Text.ElideRight
            }
            ToolButton {
                text: "✕"
                onClicked: panel.closed()
                ToolTip.text: qsTr("Close the style panel")
                ToolTip.visible: hovered
            }
        }
        GridLayout {
            columns: 2
            Label { text: qsTr("Symbols") }
            ComboBox {
                id: modeBox
                objectName: "styleMode"
                Layout.fillWidth: true
                model: [qsTr("Single symbol"), qsTr("Categorized"), qsTr("Graduated")]
            }
            Label {
                text: qsTr("Field")
                visible: modeBox.currentIndex > 0
            }
            ComboBox {
                id: fieldBox
                objectName: "styleField"
                Layout.fillWidth: true
                visible: modeBox.currentIndex > 0
                model: modeBox.currentIndex === 2 ? controller.numericFields : controller.fields
            }
            Label {
                text: qsTr("Method")
                visible: modeBox.currentIndex === 2
            }
            ComboBox {
                id: methodBox
                objectName: "styleMethod"
                Layout.fillWidth: true
                visible: modeBox.currentIndex === 2
                model: [qsTr("Equal interval"), qsTr("Quantile"), qsTr("Natural breaks (Jenks)")]
            }
            Label {
                text: qsTr("Classes")
                visible: modeBox.currentIndex === 2
            }
            SpinBox {
                id: classesBox
                objectName: "styleClasses"
                visible: modeBox.currentIndex === 2
                from: 2
                to: 12
                value: 5
            }
            Label {
                text: qsTr("Colours")
                visible: modeBox.currentIndex > 0
            }
            ComboBox {
                id: rampBox
                objectName: "styleRamp"
                Layout.fillWidth: true
                visible: modeBox.currentIndex > 0
                model: controller.ramps
            }
            CheckBox {
                id: labelsBox
                objectName: "labelsEnabled"
                text: qsTr("Labels")
            }
            ComboBox {
                id: labelFieldBox
                objectName: "labelField"
                Layout.fillWidth: true
                enabled: labelsBox.checked
                model: controller.fields
            }
        }
        Label {
            Layout.fillWidth: true
            visible: controller.error.length > 0
            text: controller.error
            color: "#b00020"
            wrapMode: Text.Wrap
        }
        Button {
            objectName: "applyStyle"
            text: qsTr("Apply")
            onClicked: controller.apply(panel.modes[modeBox.currentIndex], fieldBox.currentText,
                                        panel.methods[methodBox.currentIndex], classesBox.value,
                                        rampBox.currentText, labelsBox.checked ? labelFieldBox.currentText : "")
        }
        Item { Layout.fillHeight: true }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// The sketch tools: what a click does, the layer sketches go to, the live measure, the selected feature's
// edits (attributes, delete; move, rotate, vertices, reshape, split) and snapping. On the baseline it says why sketching is off and offers a new scenario.
Pane {
    id: bar
    required property SketchController controller
    required property ScenarioEditor editor
    required property Snapper snapper
    required property FeatureEditTool featureEdit
    readonly property bool adding: controller.mode >= SketchController.Point && controller.mode <= SketchController.Circle
    readonly property string targetName: target.currentText
    signal scenariosRequested()
    signal editRequested()
    padding: 6
    opacity: 0.95

    ColumnLayout {
        RowLayout {
            visible: !bar.editor.editable
            Label {
                objectName: "sketchHint"
                text: qsTr("The baseline is the project's data: sketch in a scenario.")
            }
            Button {
                objectName: "newScenarioFromSketch"
                text: qsTr("New scenario…")
                onClicked: bar.scenariosRequested()
            }
        }
        RowLayout {
            enabled: bar.editor.editable
            Row { // a Repeater directly inside a Layout is a Qt 6.4 crash risk
            Repeater {
                model: [
                    { mode: SketchController.Select, label: qsTr("Select"), name: "sketchSelect" },
                    { mode: SketchController.Point, label: qsTr("Point"), name: "sketchPoint" },
                    { mode: SketchController.Line, label: qsTr("Line"), name: "sketchLine" },
                    { mode: SketchController.Polygon, label: qsTr("Polygon"), name: "sketchPolygon" },
                    { mode: SketchController.Rectangle, label: qsTr("Rectangle"), name: "sketchRectangle" },
                    { mode: SketchController.Circle, label: qsTr("Circle"), name: "sketchCircle" }
                ]
                delegate: ToolButton {
                    required property var modelData
                    objectName: modelData.name
                    text: modelData.label
                    checkable: true
                    checked: bar.controller.mode === modelData.mode
                    onClicked: bar.controller.mode = modelData.mode
                }
            }
            }
            Button {
                objectName: "manageScenarios"
                visible: bar.editor.editable // the baseline's hint offers a new scenario instead
                text: qsTr("Scenarios…")
                onClicked: bar.scenariosRequested()
                ToolTip.text: qsTr("Create, duplicate, rename, describe or delete scenarios")
                ToolTip.visible: hovered
            }
            ComboBox {
                id: target
                objectName: "sketchTarget"
                implicitWidth: 220
                visible: bar.adding
                model: bar.controller.targetLayers
                textRole: "name"
                valueRole: "layerId"
                currentIndex: indexOfValue(bar.controller.targetLayerId)
                onActivated: bar.controller.targetLayerId = currentValue
                ToolTip.text: qsTr("The layer new features go to")
                ToolTip.visible: hovered
            }
        }
        RowLayout {
            enabled: bar.editor.editable
            visible: bar.editor.editable
            Label { text: qsTr("Edit:") }
            Row {
            Repeater {
                model: [
                    { mode: SketchController.Move, label: qsTr("Move"), name: "editMove" },
                    { mode: SketchController.Rotate, label: qsTr("Rotate"), name: "editRotate" },
                    { mode: SketchController.Vertex, label: qsTr("Vertices"), name: "editVertex" },
                    { mode: SketchController.Reshape, label: qsTr("Reshape"), name: "editReshape" },
                    { mode: SketchController.Split, label: qsTr("Split"), name: "editSplit" }
                ]
                delegate: ToolButton {
                    required property var modelData
                    objectName: modelData.name
                    text: modelData.label
                    checkable: true
                    checked: bar.controller.mode === modelData.mode
                    onClicked: bar.controller.mode = modelData.mode
                }
            }
            }
            Label {
                objectName: "rotationAngle"
                visible: bar.controller.mode === SketchController.Rotate && bar.featureEdit.dragging
                text: qsTr("%1°").arg(bar.featureEdit.angle.toFixed(1))
            }
        }
        SnapOptions {
            visible: bar.editor.editable
            snapper: bar.snapper
        }
        Label {
            objectName: "sketchMeasure"
            visible: text.length > 0 && bar.controller.mode !== SketchController.Select
            text: bar.controller.summary
        }
        RowLayout {
            visible: bar.editor.editable && !bar.adding && bar.editor.selectedFeature.length > 0 // what edits apply to
            Label { text: bar.editor.selectedFeature }
            Button {
                objectName: "editSelected"
                text: qsTr("Attributes…")
                onClicked: bar.editRequested()
            }
            Button {
                objectName: "deleteSelected"
                text: qsTr("Delete")
                onClicked: bar.editor.deleteSelected()
            }
        }
        Label {
            objectName: "editError"
            visible: text.length > 0
            text: bar.editor.error
            color: "#b71c1c"
            wrapMode: Text.Wrap
            Layout.maximumWidth: 520
        }
    }
}

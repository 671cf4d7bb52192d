import QtQuick
import QtQuick.Controls
import Polis

// Sketching on the map for the active scenario: clicks add vertices (double-click or Enter finishes,
// Backspace removes the last vertex, Esc cancels), rectangles and circles are dragged. The sketch is drawn
// over the map; a finished one opens the attribute form. Editing the selected feature: Move and Rotate drag
// it, Vertex drags handles (double-click a segment inserts, Delete or right-click removes), Reshape and
// Split draw a line. The map's input goes to its SketchMapTool (C++) when MapView.tool picks it. Placed
// over the MapView it sketches on.
Item {
    id: tool
    required property MapView map
    property bool active: false
    function openScenarios() { scenarioDialog.open() }
    readonly property alias editor: scenarioEditor
    readonly property alias controller: controller
    readonly property alias form: form
    readonly property alias snapper: snapper
    readonly property alias featureEdit: featureEdit
    /// The map tool (MapView.tool picks it): the map's pointer and key events for sketching and editing.
    readonly property alias mapTool: mapTool
    /// A click while not drawing picked the feature on top (MapDocument.identify's results).
    signal identified(var results)

    visible: active
    onActiveChanged: if (!active) controller.mode = SketchController.Select

    readonly property bool drawing: active && mapTool.drawing

    ScenarioEditor {
        id: scenarioEditor
        document: tool.map.document
    }

    Snapper {
        id: snapper
        map: tool.map
    }

    FeatureEditTool {
        id: featureEdit
        editor: scenarioEditor
        snapper: snapper
    }

    SketchController {
        id: controller
        document: tool.map.document
        editor: tool.editor
        snapper: snapper
        onModeChanged: {
            featureEdit.cancel()
            scenarioEditor.clearError() // a refusal belongs to the tool it came from
        }
        onLineFinished: (line) => {
            if (mode === SketchController.Split)
                featureEdit.splitSelected(line)
            else
                featureEdit.reshapeSelected(line)
        }
        onFinished: form.openFor(tool.editor.formFields(controller.targetLayerId),
                                 qsTr("New feature in %1").arg(bar.targetName), false)
    }

    SketchMapTool {
        id: mapTool
        objectName: "sketchMapTool"
        controller: controller
        edit: featureEdit
        onIdentified: (results) => tool.identified(results)
    }

    EditOverlay {
        anchors.fill: parent
        map: tool.map
        controller: controller
        edit: featureEdit
        snapper: snapper
        showHandles: controller.mode === SketchController.Vertex
    }

    SketchBar {
        id: bar
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.margins: 8
        controller: controller
        editor: tool.editor
        snapper: snapper
        featureEdit: featureEdit
        onScenariosRequested: scenarioDialog.open()
        onEditRequested: form.openFor(tool.editor.selectedFormFields(),
                                      qsTr("Attributes of %1").arg(tool.editor.selectedFeature), true)
    }

    ScenarioDialog {
        id: scenarioDialog
        objectName: "scenarioDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        editor: scenarioEditor
    }

    FeatureForm {
        id: form
        objectName: "featureForm"
        parent: Overlay.overlay
        anchors.centerIn: parent
        onSubmitted: (values) => {
            if (editing)
                tool.editor.modifySelected(values)
            else
                controller.commit(values)
        }
        onRejected: if (!editing) controller.cancel()
    }
}

import QtQuick
import QtQuick.Controls
import Polis

// Sketching on the map for the active scenario: clicks add vertices (double-click or Enter finishes,
// Backspace removes the last vertex, Esc cancels), rectangles and circles are dragged. The sketch is drawn
// over the map; a finished one opens the attribute form. Editing the selected feature: Move and Rotate drag
// it, Vertex drags handles (double-click a segment inserts, Delete or right-click removes), Reshape and
// Split draw a line. Placed over the MapView it sketches on.
Item {
    id: tool
    required property MapView map
    property bool active: false
    readonly property alias editor: scenarioEditor
    readonly property alias controller: controller
    readonly property alias form: form
    readonly property alias snapper: snapper
    readonly property alias featureEdit: featureEdit

    visible: active
    onActiveChanged: if (!active) controller.mode = SketchController.Select

    readonly property bool dragMode: controller.mode === SketchController.Rectangle
                                     || controller.mode === SketchController.Circle
    readonly property int gesture: gestureOf(controller.mode) // -1: not an edit gesture mode
    readonly property bool drawing: active && controller.mode !== SketchController.Select && editor.editable

    function gestureOf(mode) {
        switch (mode) {
        case SketchController.Move: return FeatureEditTool.Move
        case SketchController.Rotate: return FeatureEditTool.Rotate
        case SketchController.Vertex: return FeatureEditTool.Vertex
        default: return -1
        }
    }

    function mapPoint(mouse) {
        return tool.map.mapPointAt(Qt.point(mouse.x, mouse.y))
    }

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

    EditOverlay {
        anchors.fill: parent
        map: tool.map
        controller: controller
        edit: featureEdit
        snapper: snapper
        showHandles: controller.mode === SketchController.Vertex
    }

    MouseArea {
        id: mouseArea
        objectName: "sketchMouseArea"
        anchors.fill: parent
        enabled: tool.drawing && !controller.pending
        hoverEnabled: enabled
        cursorShape: Qt.CrossCursor
        acceptedButtons: Qt.LeftButton | Qt.RightButton
        onPressed: (mouse) => {
            tool.forceActiveFocus()
            const p = tool.mapPoint(mouse)
            if (mouse.button === Qt.RightButton) {
                if (controller.mode === SketchController.Vertex)
                    featureEdit.removeVertexAt(p.x, p.y)
            } else if (tool.gesture >= 0) {
                featureEdit.begin(tool.gesture, p.x, p.y)
            } else if (tool.dragMode) {
                controller.chordError = tool.map.mapUnitsPerPixel() / 4 // circles look round at this zoom
                controller.dragStart(p.x, p.y)
            }
        }
        onPositionChanged: (mouse) => {
            const p = tool.mapPoint(mouse)
            if (featureEdit.dragging)
                featureEdit.dragTo(p.x, p.y)
            else if (tool.dragMode)
                controller.dragTo(p.x, p.y)
            else
                controller.hover(p.x, p.y)
        }
        onReleased: (mouse) => {
            const p = tool.mapPoint(mouse)
            if (featureEdit.dragging)
                featureEdit.end(p.x, p.y)
            else if (tool.dragMode)
                controller.dragEnd(p.x, p.y)
        }
        onClicked: (mouse) => {
            const p = tool.mapPoint(mouse)
            if (mouse.button === Qt.LeftButton && !tool.dragMode && tool.gesture < 0)
                controller.click(p.x, p.y)
        }
        onExited: snapper.clearTarget()
        onDoubleClicked: (mouse) => {
            const p = tool.mapPoint(mouse)
            if (controller.mode === SketchController.Vertex)
                featureEdit.insertVertexAt(p.x, p.y)
            else if (!tool.dragMode && tool.gesture < 0)
                controller.finish()
        }
    }

    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
            controller.finish()
        else if (event.key === Qt.Key_Backspace)
            controller.removeLastVertex()
        else if (event.key === Qt.Key_Delete && controller.mode === SketchController.Vertex)
            featureEdit.removeSelectedVertex()
        else if (event.key === Qt.Key_Escape) {
            controller.cancel()
            featureEdit.cancel()
        }
        else
            return
        event.accepted = true
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

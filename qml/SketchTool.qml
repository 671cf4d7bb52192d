import QtQuick
import QtQuick.Controls
import Polis

// Sketching on the map for the active scenario: clicks add vertices (double-click or Enter finishes,
// Backspace removes the last vertex, Esc cancels), rectangles and circles are dragged. The sketch is drawn
// over the map; a finished one opens the attribute form. Placed over the MapView it sketches on.
Item {
    id: tool
    required property MapView map
    property bool active: false
    readonly property alias editor: scenarioEditor
    readonly property alias controller: controller
    readonly property alias form: form

    visible: active
    onActiveChanged: if (!active) controller.mode = SketchController.Select

    readonly property bool dragMode: controller.mode === SketchController.Rectangle
                                     || controller.mode === SketchController.Circle
    readonly property bool drawing: active && controller.mode !== SketchController.Select && editor.editable

    function mapPoint(mouse) {
        return tool.map.mapPointAt(Qt.point(mouse.x, mouse.y))
    }

    ScenarioEditor {
        id: scenarioEditor
        document: tool.map.document
    }

    SketchController {
        id: controller
        document: tool.map.document
        editor: tool.editor
        onChanged: canvas.requestPaint()
        onFinished: form.openFor(tool.editor.formFields(controller.targetRow),
                                 qsTr("New feature in %1").arg(bar.targetName), false)
    }

    Connections {
        target: tool.map
        function onViewChanged() { canvas.requestPaint() }
    }

    Canvas {
        id: canvas
        anchors.fill: parent
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const pts = controller.points
            if (pts.length === 0)
                return
            ctx.lineWidth = 2
            ctx.strokeStyle = "#e65100"
            ctx.fillStyle = "rgba(230, 81, 0, 0.2)"
            ctx.beginPath()
            for (let i = 0; i < pts.length; ++i) {
                const p = tool.map.itemPointFor(pts[i].x, pts[i].y)
                if (i === 0)
                    ctx.moveTo(p.x, p.y)
                else
                    ctx.lineTo(p.x, p.y)
            }
            if (controller.closed && pts.length > 2) {
                ctx.closePath()
                ctx.fill()
            }
            ctx.stroke()
            ctx.fillStyle = "#e65100"
            for (let j = 0; j < pts.length; ++j) {
                const q = tool.map.itemPointFor(pts[j].x, pts[j].y)
                ctx.fillRect(q.x - 3, q.y - 3, 6, 6)
            }
        }
    }

    MouseArea {
        id: mouseArea
        objectName: "sketchMouseArea"
        anchors.fill: parent
        enabled: tool.drawing && !controller.pending
        hoverEnabled: enabled
        cursorShape: Qt.CrossCursor
        onPressed: (mouse) => {
            tool.forceActiveFocus()
            const p = tool.mapPoint(mouse)
            if (tool.dragMode) {
                controller.chordError = tool.map.mapUnitsPerPixel() / 4 // circles look round at this zoom
                controller.dragStart(p.x, p.y)
            }
        }
        onPositionChanged: (mouse) => {
            const p = tool.mapPoint(mouse)
            if (tool.dragMode)
                controller.dragTo(p.x, p.y)
            else
                controller.hover(p.x, p.y)
        }
        onReleased: (mouse) => {
            const p = tool.mapPoint(mouse)
            if (tool.dragMode)
                controller.dragEnd(p.x, p.y)
        }
        onClicked: (mouse) => {
            const p = tool.mapPoint(mouse)
            if (!tool.dragMode)
                controller.click(p.x, p.y)
        }
        onDoubleClicked: if (!tool.dragMode) controller.finish()
    }

    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
            controller.finish()
        else if (event.key === Qt.Key_Backspace)
            controller.removeLastVertex()
        else if (event.key === Qt.Key_Escape)
            controller.cancel()
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

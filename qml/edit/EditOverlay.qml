import QtQuick
import Polis

// What the sketch and edit tools draw over the map: the sketch being drawn, the preview of a move, rotate or
// vertex drag, the selected feature's vertex handles, and the snap marker (a square on a vertex, a cross on
// a segment). Positions come from the controllers in map units; this only converts them to pixels.
Canvas {
    id: overlay
    required property MapView map
    required property SketchController controller
    required property FeatureEditTool edit
    required property Snapper snapper
    property bool showHandles: false

    onShowHandlesChanged: requestPaint()
    Connections {
        target: overlay.controller
        function onChanged() { overlay.requestPaint() }
    }
    Connections {
        target: overlay.edit
        function onChanged() { overlay.requestPaint() }
    }
    readonly property var snapTarget: snapper.target // Connections cannot name a "target" signal
    onSnapTargetChanged: requestPaint()
    Connections {
        target: overlay.map
        function onViewChanged() { overlay.requestPaint() }
    }

    function pathThrough(ctx, pts) {
        for (let i = 0; i < pts.length; ++i) {
            const p = map.itemPointFor(pts[i].x, pts[i].y)
            if (i === 0)
                ctx.moveTo(p.x, p.y)
            else
                ctx.lineTo(p.x, p.y)
        }
    }

    function paintSketch(ctx) {
        const pts = controller.points
        if (pts.length === 0)
            return
        ctx.lineWidth = 2
        ctx.strokeStyle = "#e65100"
        ctx.fillStyle = "rgba(230, 81, 0, 0.2)"
        ctx.beginPath()
        pathThrough(ctx, pts)
        if (controller.closed && pts.length > 2) {
            ctx.closePath()
            ctx.fill()
        }
        ctx.stroke()
        ctx.fillStyle = "#e65100"
        for (const v of pts) {
            const q = map.itemPointFor(v.x, v.y)
            ctx.fillRect(q.x - 3, q.y - 3, 6, 6)
        }
    }

    function paintEdit(ctx) {
        if (edit.dragging) { // stroked only: the outline may be a line's; the corners show a point's
            ctx.lineWidth = 2
            ctx.strokeStyle = "#1565c0"
            ctx.fillStyle = "#1565c0"
            ctx.beginPath()
            for (const ring of edit.outline) {
                pathThrough(ctx, ring)
                for (const v of ring) {
                    const q = map.itemPointFor(v.x, v.y)
                    ctx.fillRect(q.x - 2, q.y - 2, 4, 4)
                }
            }
            ctx.stroke()
        }
        if (!showHandles)
            return
        const handles = edit.handles
        ctx.lineWidth = 1.5
        ctx.strokeStyle = "#0d47a1"
        for (let i = 0; i < handles.length; ++i) {
            const h = map.itemPointFor(handles[i].x, handles[i].y)
            ctx.fillStyle = i === edit.selectedHandle ? "#d50000" : "#ffffff"
            ctx.fillRect(h.x - 5, h.y - 5, 10, 10)
            ctx.strokeRect(h.x - 5, h.y - 5, 10, 10)
        }
    }

    function paintSnap(ctx) {
        const t = snapTarget
        if (t.kind === undefined)
            return
        const p = map.itemPointFor(t.x, t.y)
        ctx.lineWidth = 2
        ctx.strokeStyle = "#d500f9"
        ctx.beginPath()
        if (t.kind === "vertex") {
            ctx.rect(p.x - 7, p.y - 7, 14, 14)
        } else {
            ctx.moveTo(p.x - 6, p.y - 6)
            ctx.lineTo(p.x + 6, p.y + 6)
            ctx.moveTo(p.x + 6, p.y - 6)
            ctx.lineTo(p.x - 6, p.y + 6)
        }
        ctx.stroke()
    }

    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        paintEdit(ctx)
        paintSketch(ctx)
        paintSnap(ctx)
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// Measuring on the map: clicks add points; the path (or area) is drawn over the map and measured
// planar and geodesic by the engine. Placed over the MapView it measures on.
Item {
    id: tool
    required property MapView map
    required property MapDocument document
    property bool active: false
    property alias area: controller.area
    readonly property alias controller: controller
    /// The map tool: clicks add points (MapView.tool picks it).
    readonly property alias mapTool: mapTool
    /// Escape on the map.
    signal cancelled()

    visible: active
    onActiveChanged: controller.clear()

    function addPoint(x, y) {
        controller.addPoint(x, y)
    }

    MeasureController {
        id: controller
        document: tool.document
        onChanged: canvas.requestPaint()
    }

    MeasureMapTool {
        id: mapTool
        controller: controller
        onCancelled: tool.cancelled()
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
            ctx.strokeStyle = "#1f5fbf"
            ctx.fillStyle = "rgba(31, 95, 191, 0.15)"
            ctx.beginPath()
            for (let i = 0; i < pts.length; ++i) {
                const p = tool.map.itemPointFor(pts[i].x, pts[i].y)
                if (i === 0)
                    ctx.moveTo(p.x, p.y)
                else
                    ctx.lineTo(p.x, p.y)
            }
            if (controller.area && pts.length > 2) {
                ctx.closePath()
                ctx.fill()
            }
            ctx.stroke()
            for (let j = 0; j < pts.length; ++j) {
                const q = tool.map.itemPointFor(pts[j].x, pts[j].y)
                ctx.fillStyle = "#1f5fbf"
                ctx.fillRect(q.x - 3, q.y - 3, 6, 6)
            }
        }
    }

    Pane {
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: 8
        padding: 6
        opacity: 0.92
        RowLayout {
            Label {
                objectName: "measureResult"
                text: controller.summary
            }
            Switch {
                text: qsTr("Area")
                checked: controller.area
                onToggled: controller.area = checked
            }
            ToolButton {
                text: qsTr("Clear")
                onClicked: controller.clear()
            }
        }
    }
}

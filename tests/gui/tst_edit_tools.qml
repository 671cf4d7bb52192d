import QtQuick
import QtQuick.Controls
import QtTest
import Polis
import "gui_helpers.js" as Gui

// Editing a sketched feature in the full window with real mouse events: move (and undo), rotate, vertex
// drag / insert / remove (and the refusal below 3 vertices), snapping a new line to an existing vertex,
// split into two features in one undo step, and reshape. Expected coordinates and areas are computed here
// from the clicked pixels (MapView.mapPointAt), never read back from the code under test.
Item {
    width: 10
    height: 10

    TestCase {
        id: testCase
        name: "EditTools"
        when: windowShown

        property var window: null
        // A sketched park is "proposed" (the form's default status): the planning style draws the park colour
        // #2E7D32 halfway to white, #97BE99 (sample-data/README.md).
        readonly property string park: "#97BE99"
        // The selection highlight drawn over it: yellow #FFD400 at alpha 0x66 (layer_painter.cpp).
        readonly property color selectedPark: Qt.rgba((0x97 * 0x99 + 0xFF * 0x66) / 255 / 255,
                                                      (0xBE * 0x99 + 0xD4 * 0x66) / 255 / 255,
                                                      (0x99 * 0x99) / 255 / 255, 1)
        readonly property string planning: "Σχεδιασμός (προτάσεις)"
        // The square's corners in map item pixels as drawn: 100 x 100 px about (370, 290). (Selecting opens
        // the identify panel, which narrows and rescales the map: later pixels come from map points.)
        readonly property var corners: [Qt.point(320, 240), Qt.point(420, 240), Qt.point(420, 340), Qt.point(320, 340)]
        readonly property real tolerance: 1e-6 // map units (metres): floating point, far below a pixel

        function initTestCase() {
            const component = Qt.createComponent("qrc:/Polis/Main.qml")
            compare(component.status, Component.Ready, component.errorString())
            window = component.createObject(null, { source: sampleData + "/heraklion.polis", width: 1280, height: 800 })
            verify(window)
            waitForRendering(window.contentItem)
            window.requestActivate()
            tryVerify(() => window.active, 5000)
        }

        function cleanupTestCase() {
            if (window)
                window.destroy()
        }

        function child(name) {
            return Gui.findChild(window.contentItem.parent, name) || Gui.findChild(window.contentItem, name)
        }

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function idle(map) {
            tryVerify(() => !map.document.loading && map.framesRendered > 0 && !map.rendering, 20000)
        }

        // Where map point `p` is on the map, in whole item pixels.
        function pixel(p) {
            const q = child("mapView").itemPointFor(p.x, p.y)
            return Qt.point(Math.round(q.x), Math.round(q.y))
        }

        function colourAt(map, px) {
            return map.frameColorAt(Math.round(px.x), Math.round(px.y))
        }

        // Planar area of a closed ring (shoelace), map units².
        function area(ring) {
            let twice = 0
            for (let i = 0; i + 1 < ring.length; ++i)
                twice += ring[i].x * ring[i + 1].y - ring[i + 1].x * ring[i].y
            return Math.abs(twice) / 2
        }

        function compareRing(actual, expected, what) {
            compare(actual.length, expected.length, what + ": vertex count")
            for (let i = 0; i < expected.length; ++i) {
                verify(Math.abs(actual[i].x - expected[i].x) < tolerance && Math.abs(actual[i].y - expected[i].y) < tolerance,
                       what + " vertex " + i + ": " + actual[i] + " vs " + expected[i])
            }
        }

        function closedRing(points) {
            return points.concat([points[0]])
        }

        // Select mode, then a click on the feature at pixel `px`: it becomes the edited feature.
        function selectAt(px) {
            mouseClick(child("sketchSelect"))
            mouseClick(child("mapView"), px.x, px.y)
            const editor = child("sketchTool").editor
            tryVerify(() => editor.selectedFeature.indexOf(planning) === 0, 5000, editor.selectedFeature)
        }

        // Clicks `points` (pixels) on the map and finishes with Enter.
        function drawLine(points) {
            const map = child("mapView")
            for (const q of points)
                mouseClick(map, q.x, q.y)
            keyClick(Qt.Key_Return)
        }

        property var square: []   // the square's ring (map units) as drawn
        property string squareLayer: "" // the id of the layer the square went to
        property var fid: null

        function ring() {
            return child("sketchTool").editor.featureVertices(squareLayer, fid)
        }

        function test_1_drawMoveUndoRotate() {
            const map = child("mapView")
            const doc = map.document
            idle(map)
            const tool = child("sketchTool")
            mouseClick(child("sketchButton"))
            mouseClick(child("newScenarioFromSketch"))
            const dialog = child("scenarioDialog")
            tryCompare(dialog, "opened", true)
            mouseClick(Gui.findChild(dialog, "scenarioName"))
            typeText("Edits")
            mouseClick(Gui.findChild(dialog, "createScenario"))
            tryCompare(dialog, "visible", false)
            verify(tool.editor.editable)
            compare(tool.snapper.enabled, false) // off until asked for

            // The square, as a park.
            mouseClick(child("sketchPolygon"))
            squareLayer = tool.controller.targetLayerId
            idle(map)
            square = closedRing(corners.map(c => map.mapPointAt(c)))
            for (const c of corners)
                mouseClick(map, c.x, c.y)
            keyClick(Qt.Key_Return)
            const form = tool.form
            tryCompare(form, "opened", true)
            const kind = Gui.findChild(form, "formChoice_kind")
            kind.currentIndex = kind.indexOfValue("park")
            mouseClick(form.standardButton(Dialog.Ok))
            tryCompare(form, "visible", false)
            const centrePx = Qt.point(370, 290)
            tryVerify(() => !map.rendering && Gui.near(colourAt(map, centrePx), park), 20000)
            const at = map.mapPointAt(centrePx)
            const hits = doc.identify(at.x, at.y, map.mapUnitsPerPixel()).filter(h => h.layer === planning)
            doc.clearSelection()
            compare(hits.length, 1)
            fid = hits[0].fid
            compareRing(ring(), square, "drawn")

            // Move: a drag from the centre by (60, 40) px moves every vertex by that map distance.
            const centre = Qt.point((square[0].x + square[2].x) / 2, (square[0].y + square[2].y) / 2)
            selectAt(pixel(centre))
            idle(map)
            mouseClick(child("editMove"))
            const from = pixel(centre), to = Qt.point(from.x + 60, from.y + 40)
            mousePress(map, from.x, from.y)
            mouseMove(map, from.x + 30, from.y + 20)
            mouseMove(map, to.x, to.y)
            mouseRelease(map, to.x, to.y)
            const m0 = map.mapPointAt(from), m1 = map.mapPointAt(to)
            const dx = m1.x - m0.x, dy = m1.y - m0.y
            compareRing(ring(), square.map(p => Qt.point(p.x + dx, p.y + dy)), "moved")
            verify(doc.undoText.indexOf("Move feature") === 0, doc.undoText)
            // Still selected: the highlight over the park at the new place; the old centre is bare.
            tryVerify(() => !map.rendering && Gui.near(colourAt(map, to), selectedPark), 20000, String(colourAt(map, to)))
            verify(!Gui.near(colourAt(map, from), park) && !Gui.near(colourAt(map, from), selectedPark))

            // Undo: back exactly, drawn at the old place again.
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compareRing(ring(), square, "undone move")
            tryVerify(() => !map.rendering && Gui.near(colourAt(map, from), park), 20000)
            verify(!Gui.near(colourAt(map, to), park) && !Gui.near(colourAt(map, to), selectedPark))

            // Rotate: from 70 px east of the centre to 70 px north of it, about the square's centre (the
            // mean of its corners): by the angle between the two map points seen from the centre, about 90°
            // counter-clockwise: (x, y) -> centre + R(angle) (x - cx, y - cy).
            selectAt(from)
            mouseClick(child("editRotate"))
            const r0 = Qt.point(from.x + 70, from.y), r1 = Qt.point(from.x, from.y - 70)
            mousePress(map, r0.x, r0.y)
            mouseMove(map, from.x + 50, from.y - 50)
            mouseMove(map, r1.x, r1.y)
            const cx = (square[0].x + square[1].x + square[2].x + square[3].x) / 4
            const cy = (square[0].y + square[1].y + square[2].y + square[3].y) / 4
            const q0 = map.mapPointAt(r0), q1 = map.mapPointAt(r1)
            const angle = Math.atan2(q1.y - cy, q1.x - cx) - Math.atan2(q0.y - cy, q0.x - cx)
            verify(Math.abs(angle * 180 / Math.PI - 90) < 1.5, angle) // the pixel grid is not centred on cx, cy
            compare(child("rotationAngle").text, (angle * 180 / Math.PI).toFixed(1) + "°")
            mouseRelease(map, r1.x, r1.y)
            const cos = Math.cos(angle), sin = Math.sin(angle)
            const rotated = square.map(p => Qt.point(cx + cos * (p.x - cx) - sin * (p.y - cy),
                                                     cy + sin * (p.x - cx) + cos * (p.y - cy)))
            const got = ring()
            compare(got.length, 5)
            for (let i = 0; i < 5; ++i) // GEOS's centroid and the trigonometry: within a millimetre
                verify(Math.abs(got[i].x - rotated[i].x) < 1e-3 && Math.abs(got[i].y - rotated[i].y) < 1e-3,
                       "rotated vertex " + i + ": " + got[i] + " vs " + rotated[i])
            // Really turned: vertex 0 went to the next corner, a side's length away.
            verify(Math.hypot(got[0].x - square[0].x, got[0].y - square[0].y) > (square[1].x - square[0].x) / 2)
            verify(doc.undoText.indexOf("Rotate feature") === 0, doc.undoText)
            // Undone: the axis-aligned square again, exactly, for the tests below.
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compareRing(ring(), square, "undone rotation")
        }

        function test_2_vertices() {
            const map = child("mapView")
            const doc = map.document
            const tool = child("sketchTool")
            const before = ring() // the square
            selectAt(pixel(Qt.point((before[0].x + before[2].x) / 2, (before[0].y + before[2].y) / 2)))
            mouseClick(child("editVertex"))
            waitForRendering(map)
            compare(tool.featureEdit.handles.length, 4) // the closing point is no handle of its own

            // Drag vertex 1 by (30, 20) px: it lands on the release point; the ring stays closed.
            const v1 = map.itemPointFor(before[1].x, before[1].y)
            const from = Qt.point(Math.round(v1.x), Math.round(v1.y))
            const target = Qt.point(from.x + 30, from.y + 20)
            mousePress(map, from.x, from.y)
            mouseMove(map, from.x + 15, from.y + 10)
            mouseMove(map, target.x, target.y)
            mouseRelease(map, target.x, target.y)
            const dragged = before.slice()
            dragged[1] = map.mapPointAt(target)
            compareRing(ring(), dragged, "vertex dragged")

            // Double-click the middle of segment 2-3 (untouched): a vertex on it at the foot of the click.
            const a = dragged[2], b = dragged[3]
            const mid = map.itemPointFor((a.x + b.x) / 2, (a.y + b.y) / 2)
            const clickPx = Qt.point(Math.round(mid.x) + 1, Math.round(mid.y) + 2)
            mouseDoubleClickSequence(map, clickPx.x, clickPx.y)
            const c = map.mapPointAt(clickPx)
            const t = ((c.x - a.x) * (b.x - a.x) + (c.y - a.y) * (b.y - a.y)) / ((b.x - a.x) ** 2 + (b.y - a.y) ** 2)
            const inserted = dragged.slice(0, 3).concat([Qt.point(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y))], dragged.slice(3))
            compareRing(ring(), inserted, "vertex inserted")
            verify(doc.undoText.indexOf("Insert a vertex") === 0, doc.undoText)

            // Click the new handle (selects it, edits nothing), Delete removes it.
            const h = map.itemPointFor(inserted[3].x, inserted[3].y)
            const undoBefore = doc.undoText
            mouseClick(map, Math.round(h.x), Math.round(h.y))
            compare(tool.featureEdit.selectedHandle, 3)
            compare(doc.undoText, undoBefore)
            keyClick(Qt.Key_Delete)
            compareRing(ring(), dragged, "vertex removed")

            // Right-click removes vertex 0: a triangle of the rest, closed on the old vertex 1.
            const v0 = map.itemPointFor(dragged[0].x, dragged[0].y)
            mouseClick(map, Math.round(v0.x), Math.round(v0.y), Qt.RightButton)
            const triangle = closedRing(dragged.slice(1, 4))
            compareRing(ring(), triangle, "triangle")
            // Below 3 vertices: refused with the reason, the triangle stays.
            const undoText = doc.undoText
            const t0 = map.itemPointFor(triangle[0].x, triangle[0].y)
            mouseClick(map, Math.round(t0.x), Math.round(t0.y), Qt.RightButton)
            const error = child("editError")
            tryCompare(error, "visible", true)
            verify(error.text.indexOf("Cannot remove the vertex") === 0, error.text)
            compareRing(ring(), triangle, "refused removal")
            compare(doc.undoText, undoText)

            // Four undos (right-click removal, Delete, insert, drag): the square, exactly.
            for (let i = 0; i < 4; ++i)
                keyClick(Qt.Key_Z, Qt.ControlModifier)
            compareRing(ring(), before, "vertex edits undone")
        }

        function test_3_snapping() {
            const map = child("mapView")
            const tool = child("sketchTool")
            const square = ring()
            // Snap on, to the planning layer only (the baseline layers could offer nearer vertices).
            mouseClick(child("snapToggle"))
            verify(tool.snapper.enabled)
            mouseClick(child("snapLayersButton"))
            const popup = child("snapLayersPopup")
            tryCompare(popup, "opened", true)
            for (const layer of tool.snapper.layers) {
                if ((layer.name === planning) !== layer.checked) {
                    const box = Gui.findChild(popup, "snapLayer_" + layer.layerId)
                    waitForItemPolished(box.parent) // the list was rebuilt by the previous click
                    mouseClick(box)
                }
            }
            verify(tool.snapper.layers.every(l => l.checked === (l.name === planning)))
            popup.close()
            tryCompare(popup, "visible", false)

            // A line started 5 px from corner 2 (tolerance 10 px) starts exactly on it.
            mouseClick(child("sketchLine"))
            const corner = map.itemPointFor(square[2].x, square[2].y)
            const near = Qt.point(Math.round(corner.x) + 4, Math.round(corner.y) - 3)
            mouseMove(map, near.x + 20, near.y) // the mouse enters the map
            mouseMove(map, near.x, near.y)
            compare(tool.snapper.target.kind, "vertex") // the marker follows the cursor
            mouseClick(map, near.x, near.y)
            compare(tool.controller.points[0].x, square[2].x)
            compare(tool.controller.points[0].y, square[2].y)
            // Far from everything: no snap, the point as clicked.
            mouseClick(map, 600, 600)
            const far = map.mapPointAt(Qt.point(600, 600))
            compare(tool.controller.points[1].x, far.x)
            compare(tool.controller.points[1].y, far.y)
            keyClick(Qt.Key_Escape)

            // A polygon closes when a click snaps to its own first vertex: three vertices, no fourth.
            mouseClick(child("sketchPolygon"))
            const ne = pixel(Qt.point(square[2].x, square[0].y)) // the square's top right corner
            const ring3 = [Qt.point(ne.x + 80, ne.y), Qt.point(ne.x + 160, ne.y), Qt.point(ne.x + 160, ne.y + 60)]
            for (const q of ring3)
                mouseClick(map, q.x, q.y)
            mouseClick(map, ring3[0].x + 3, ring3[0].y + 4)
            tryCompare(tool.form, "opened", true)
            const drawn = tool.controller.points
            compare(drawn.length, 3)
            for (let i = 0; i < 3; ++i) {
                compare(drawn[i].x, map.mapPointAt(ring3[i]).x)
                compare(drawn[i].y, map.mapPointAt(ring3[i]).y)
            }
            mouseClick(tool.form.standardButton(Dialog.Cancel))
            tryCompare(tool.form, "visible", false)

            // Vertex handles and the snap marker on a segment, on screen.
            selectAt(map.itemPointFor((square[0].x + square[2].x) / 2, (square[0].y + square[2].y) / 2))
            mouseClick(child("editVertex"))
            idle(map) // the selection highlight drawn
            const s0 = map.itemPointFor(square[0].x, square[0].y), s1 = map.itemPointFor(square[1].x, square[1].y)
            mouseMove(map, Math.round((s0.x + s1.x) / 2) + 3, Math.round((s0.y + s1.y) / 2) + 3)
            compare(tool.snapper.target.kind, "segment")
            waitForRendering(map)
            grabImage(window.contentItem.parent).save(screenshotPath.replace(".png", "-edit-handles.png"))
            mouseClick(child("snapToggle")) // off again: the lines below land where clicked
            verify(!tool.snapper.enabled)
        }

        function test_4_splitAndReshape() {
            const map = child("mapView")
            const doc = map.document
            const tool = child("sketchTool")
            const square = ring()
            const xs = square.map(p => p.x), ys = square.map(p => p.y)
            const xmin = Math.min(...xs), xmax = Math.max(...xs), ymin = Math.min(...ys), ymax = Math.max(...ys)
            const squareArea = (xmax - xmin) * (ymax - ymin)
            const topLeft = pixel(Qt.point(xmin, ymax)), bottomRight = pixel(Qt.point(xmax, ymin))
            const mid = Qt.point(Math.round((topLeft.x + bottomRight.x) / 2), Math.round((topLeft.y + bottomRight.y) / 2))
            verify(Math.abs(area(square) - squareArea) < 1e-3)

            // A line that misses the square: refused with the reason, nothing changes.
            mouseClick(child("editSplit"))
            const undoText = doc.undoText
            drawLine([Qt.point(bottomRight.x + 100, mid.y - 50), Qt.point(bottomRight.x + 100, mid.y + 50)])
            tryVerify(() => child("editError").text.indexOf("Cannot split") === 0, 5000, child("editError").text)
            compare(doc.undoText, undoText)
            compareRing(ring(), square, "split refused")

            // A vertical line through the middle: two features whose areas sum to the square's.
            drawLine([Qt.point(mid.x, topLeft.y - 30), Qt.point(mid.x, bottomRight.y + 30)])
            verify(doc.undoText.indexOf("Split feature") === 0, doc.undoText + " " + child("editError").text)
            compare(child("editError").visible, false)
            const xm = map.mapPointAt(mid).x
            const left = map.mapPointAt(Qt.point(mid.x - 25, mid.y)), right = map.mapPointAt(Qt.point(mid.x + 25, mid.y))
            const fidAt = (p) => {
                const hits = doc.identify(p.x, p.y, map.mapUnitsPerPixel() / 2).filter(h => h.layer === planning)
                doc.clearSelection()
                compare(hits.length, 1)
                return hits[0].fid
            }
            const leftFid = fidAt(left), rightFid = fidAt(right)
            verify(leftFid !== rightFid)
            verify(leftFid === fid || rightFid === fid) // the first piece keeps the feature
            const newFid = leftFid === fid ? rightFid : leftFid
            verify(newFid < 0)
            const leftArea = area(tool.editor.featureVertices(squareLayer, leftFid))
            const rightArea = area(tool.editor.featureVertices(squareLayer, rightFid))
            verify(Math.abs(leftArea - (xm - xmin) * (ymax - ymin)) < 1e-3, leftArea)
            verify(Math.abs(rightArea - (xmax - xm) * (ymax - ymin)) < 1e-3, rightArea)
            verify(Math.abs(leftArea + rightArea - squareArea) < 1e-3)
            const newAttributes = doc.identify(right.x, right.y, 0).filter(h => h.layer === planning)[0].attributes
            doc.clearSelection()
            compare(newAttributes.filter(a => a.name === "kind")[0].value, "park") // the piece keeps the values

            // One undo: the single square again, the added piece gone.
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compareRing(ring(), square, "split undone")
            compare(tool.editor.featureVertices(squareLayer, newFid).length, 0)

            // Reshape: out of the right edge a fifth of the side below the top, 30 px out, back in a fifth
            // above the bottom: the square gains a bump from its right edge (xmax) to the line.
            selectAt(mid)
            mouseClick(child("editReshape"))
            const x0 = bottomRight.x - 20, x1 = bottomRight.x + 30, side = bottomRight.y - topLeft.y
            const y0 = Math.round(topLeft.y + side / 5), y1 = Math.round(bottomRight.y - side / 5)
            drawLine([Qt.point(x0, y0), Qt.point(x1, y0), Qt.point(x1, y1), Qt.point(x0, y1)])
            verify(doc.undoText.indexOf("Reshape feature") === 0, doc.undoText + " " + child("editError").text)
            const p0 = map.mapPointAt(Qt.point(x1, y0)), p1 = map.mapPointAt(Qt.point(x1, y1))
            const bump = (p0.x - xmax) * (p0.y - p1.y)
            const reshaped = area(ring())
            verify(Math.abs(reshaped - (squareArea + bump)) < 1e-3, reshaped + " vs " + (squareArea + bump))
            const inBump = Qt.point(bottomRight.x + 15, mid.y)
            tryVerify(() => !map.rendering && Gui.near(colourAt(map, inBump), selectedPark), 20000,
                      String(colourAt(map, inBump)))
        }

        // A baseline feature moved in the scenario: modified there, untouched in the baseline.
        function test_5_baselineFeature() {
            const map = child("mapView")
            const doc = map.document
            const tool = child("sketchTool")
            const buildings = tool.snapper.layers.filter(l => l.name === "Δημόσια κτίρια")[0].layerId
            // A building with no bike dock on top of it (a click selects the topmost layer's feature).
            let bfid = 1
            const topLayerAt = (p) => doc.identify(p.x, p.y, 5 * map.mapUnitsPerPixel())[0].layer
            while (topLayerAt(tool.editor.featureVertices(buildings, bfid)[0]) !== "Δημόσια κτίρια")
                ++bfid
            doc.clearSelection()
            const before = tool.editor.featureVertices(buildings, bfid)
            compare(before.length, 1) // a point
            const at = pixel(before[0])
            mouseClick(child("sketchSelect"))
            mouseClick(map, at.x, at.y)
            tryVerify(() => tool.editor.selectedFeature === "Δημόσια κτίρια #" + bfid, 5000, tool.editor.selectedFeature)
            mouseClick(child("editMove"))
            const to = Qt.point(at.x + 40, at.y + 30)
            mousePress(map, at.x, at.y)
            mouseMove(map, at.x + 20, at.y + 15)
            mouseMove(map, to.x, to.y)
            mouseRelease(map, to.x, to.y)
            const m0 = map.mapPointAt(at), m1 = map.mapPointAt(to)
            const moved = Qt.point(before[0].x + m1.x - m0.x, before[0].y + m1.y - m0.y)
            compareRing(tool.editor.featureVertices(buildings, bfid), [moved], "baseline point moved")
            doc.activeScenario = "baseline"
            tryVerify(() => !doc.loading)
            compareRing(tool.editor.featureVertices(buildings, bfid), before, "baseline untouched")
            doc.activeScenario = "Edits"
            tryVerify(() => !doc.loading)
            compareRing(tool.editor.featureVertices(buildings, bfid), [moved], "scenario keeps the move")
            mouseClick(child("sketchSelect"))
            mouseClick(child("sketchButton"))
        }
    }
}

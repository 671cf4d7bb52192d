import QtQuick
import QtQuick.Controls
import QtTest
import Polis
import "gui_helpers.js" as Gui

// Sketching a proposal in the full window: a new scenario, a polygon drawn with mouse clicks, its attribute
// form, undo/redo through the history, a line's live length, and the sketch saved with its scenario.
Item {
    width: 10
    height: 10

    Component {
        id: documentComponent
        MapDocument {}
    }

    TestCase {
        id: testCase
        name: "Sketch"
        when: windowShown

        property var window: null
        // A sketched park is "proposed" (the form's default status): the planning style draws the park colour
        // #2E7D32 halfway to white, #97BE99 (sample-data/README.md).
        readonly property string park: "#97BE99"
        readonly property string planning: "Σχεδιασμός (προτάσεις)"
        // The polygon's corners in map item pixels: a 160 x 100 px box; its centre is at (380, 300).
        readonly property var corners: [Qt.point(300, 250), Qt.point(460, 250), Qt.point(460, 350), Qt.point(300, 350)]

        function initTestCase() {
            const component = Qt.createComponent("qrc:/Polis/Main.qml")
            compare(component.status, Component.Ready, component.errorString())
            window = component.createObject(null, { source: sampleData + "/heraklion.polis", width: 1280, height: 800 })
            verify(window)
            waitForRendering(window.contentItem)
            window.requestActivate() // typed keys go to the active window (under X11 too)
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

        property point centre // the polygon's centre in map units (panels opening beside the map move it)

        function colourAtCentre(map) {
            const p = map.itemPointFor(centre.x, centre.y)
            return map.frameColorAt(Math.round(p.x), Math.round(p.y))
        }

        // The fid of the planning feature under the polygon's centre, or null.
        function planningFidAtCentre(doc, map) {
            const hits = doc.identify(centre.x, centre.y, map.mapUnitsPerPixel()).filter(h => h.layer === planning)
            doc.clearSelection()
            return hits.length > 0 ? hits[0].fid : null
        }

        function test_1_sketchPolygonUndoRedoHistorySave() {
            const map = child("mapView")
            const doc = map.document
            idle(map)
            const tool = child("sketchTool")
            const editor = tool.editor

            // On the baseline sketching is off, with a hint and a way to a new scenario.
            mouseClick(child("sketchButton"))
            tryCompare(tool, "visible", true)
            verify(child("sketchHint").visible)
            verify(!editor.editable)
            mouseClick(child("newScenarioFromSketch"))
            const dialog = child("scenarioDialog")
            tryCompare(dialog, "opened", true)
            const nameField = Gui.findChild(dialog, "scenarioName")
            mouseClick(nameField)
            typeText("Harbour park")
            mouseClick(Gui.findChild(dialog, "createScenario"))
            tryCompare(dialog, "visible", false)
            compare(doc.activeScenario, "Harbour park")
            verify(editor.editable)
            compare(child("scenarioBox").currentText, "Harbour park")
            tryCompare(child("sketchHint"), "visible", false)

            // A polygon clicked on the map, finished with Enter.
            mouseClick(child("sketchPolygon"))
            compare(child("sketchTarget").currentText, planning) // planning layers come first
            const target = tool.controller.targetLayerId
            // Reordering the layer list keeps the sketch's target layer (an id, not a panel row).
            const targetRow = Gui.layerRow(doc, planning)
            doc.layers.moveLayer(target, doc.layers.layerId(doc.layers.count - 1))
            compare(Gui.layerRow(doc, planning), doc.layers.count - 1)
            compare(tool.controller.targetLayerId, target)
            compare(child("sketchTarget").currentText, planning)
            doc.undo()
            compare(Gui.layerRow(doc, planning), targetRow)
            idle(map)
            const clicked = corners.map(c => map.mapPointAt(c))
            centre = map.mapPointAt(Qt.point(380, 300))
            verify(!Gui.near(colourAtCentre(map), park), String(colourAtCentre(map)))
            for (const c of corners)
                mouseClick(map, c.x, c.y)
            compare(tool.controller.points.length, 5) // four vertices and the rubber band to the cursor
            keyClick(Qt.Key_Return)
            const form = tool.form
            tryCompare(form, "opened", true)
            verify(tool.controller.pending)
            grabImage(window.contentItem.parent).save(screenshotPath.replace(".png", "-sketch-form.png"))

            // The planning schema's editors: kind and status as choices, the rest typed.
            const kind = Gui.findChild(form, "formChoice_kind")
            verify(kind && kind.visible)
            compare(kind.currentValue, "other")
            compare(Gui.findChild(form, "formChoice_status").currentValue, "proposed")
            kind.currentIndex = kind.indexOfValue("park")
            mouseClick(Gui.findChild(form, "formText_name"))
            typeText("Harbour park")
            mouseClick(Gui.findChild(form, "formText_cost_eur"))
            typeText("1500000")
            mouseClick(Gui.findChild(form, "formText_phase"))
            typeText("2")
            // Not on the map before OK (the overlay is not part of the rendered frame).
            idle(map)
            verify(!Gui.near(colourAtCentre(map), park))
            mouseClick(form.standardButton(Dialog.Ok))
            tryCompare(form, "visible", false)
            tryVerify(() => !map.rendering && Gui.near(colourAtCentre(map), park), 20000, String(colourAtCentre(map)))
            const fid = planningFidAtCentre(doc, map)
            verify(fid !== null && fid < 0) // features a scenario adds get negative fids
            const ring = editor.featureVertices(target, fid)
            compare(ring.length, 5) // closed
            for (let i = 0; i < 5; ++i) {
                compare(ring[i].x, clicked[i % 4].x)
                compare(ring[i].y, clicked[i % 4].y)
            }
            grabImage(window.contentItem.parent).save(screenshotPath.replace(".png", "-sketch.png"))

            // Undo (Ctrl+Z) removes it from the map and the scenario; redo brings back the exact corners.
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            tryVerify(() => !map.rendering && !Gui.near(colourAtCentre(map), park), 20000)
            compare(editor.featureVertices(target, fid).length, 0)
            keyClick(Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
            tryVerify(() => !map.rendering && Gui.near(colourAtCentre(map), park), 20000)
            const again = editor.featureVertices(target, fid)
            compare(again.length, 5)
            for (let j = 0; j < 5; ++j) {
                compare(again[j].x, clicked[j % 4].x)
                compare(again[j].y, clicked[j % 4].y)
            }

            // A line: the live length is the length of the clicked map points.
            mouseClick(child("sketchLine"))
            const line = [Qt.point(250, 450), Qt.point(450, 450), Qt.point(450, 520)]
            for (const q of line)
                mouseClick(map, q.x, q.y)
            const m = line.map(q => map.mapPointAt(q))
            const length = Math.hypot(m[1].x - m[0].x, m[1].y - m[0].y) + Math.hypot(m[2].x - m[1].x, m[2].y - m[1].y)
            const text = child("sketchMeasure").text
            const match = /^([\d.]+) (km|m)/.exec(text)
            verify(match, text)
            const shown = Number(match[1]) * (match[2] === "km" ? 1000 : 1)
            verify(Math.abs(shown - length) <= (match[2] === "km" ? 0.5 : 0.05), text + " vs " + length)
            compare(tool.controller.points.length, 4) // three vertices and the cursor
            keyClick(Qt.Key_Backspace) // removes the last vertex
            compare(tool.controller.points.length, 3)
            compare(tool.controller.points[1].x, m[1].x)
            keyClick(Qt.Key_Escape) // cancels the sketch
            compare(tool.controller.points.length, 0)
            compare(form.visible, false)

            // A rectangle dragged out, then cancelled in the form: nothing is added.
            mouseClick(child("sketchRectangle"))
            mousePress(map, 600, 420)
            mouseMove(map, 650, 460)
            mouseMove(map, 700, 500)
            mouseRelease(map, 700, 500)
            tryCompare(form, "opened", true)
            compare(tool.controller.points.length, 4)
            mouseClick(form.standardButton(Dialog.Cancel))
            tryCompare(form, "visible", false)
            verify(!tool.controller.pending)
            compare(doc.undoText, "Add feature to " + planning)

            // A circle by centre and radius: the live area is pi r^2 less at most the chord error times 2 pi r.
            mouseClick(child("sketchCircle"))
            mousePress(map, 650, 180)
            mouseMove(map, 670, 180)
            mouseMove(map, 690, 180)
            const c0 = map.mapPointAt(Qt.point(650, 180)), c1 = map.mapPointAt(Qt.point(690, 180))
            const r = Math.hypot(c1.x - c0.x, c1.y - c0.y)
            const areaText = child("sketchMeasure").text
            const am = /^([\d.]+) (km²|ha|m²)/.exec(areaText)
            verify(am, areaText)
            const area = Number(am[1]) * ({ "km²": 1e6, "ha": 1e4, "m²": 1 })[am[2]]
            const rounding = ({ "km²": 500, "ha": 50, "m²": 0.05 })[am[2]]
            verify(area <= Math.PI * r * r + rounding, areaText + " vs r = " + r)
            verify(area >= Math.PI * r * r - 2 * Math.PI * r * tool.controller.chordError - rounding, areaText)
            verify(tool.controller.points.length > 8)
            mouseRelease(map, 690, 180)
            tryCompare(form, "opened", true)
            mouseClick(form.standardButton(Dialog.Cancel))
            tryCompare(form, "visible", false)

            // Selecting the polygon and deleting it is one more step of the history.
            mouseClick(child("sketchSelect"))
            const at = map.itemPointFor(centre.x, centre.y)
            mouseClick(map, at.x, at.y)
            tryVerify(() => editor.selectedFeature.length > 0)
            verify(editor.selectedFeature.indexOf(planning) === 0, editor.selectedFeature)
            mouseClick(child("deleteSelected"))
            tryVerify(() => !map.rendering && !Gui.near(colourAtCentre(map), park), 20000)

            // The history lists the edits; clicking an entry goes back to it.
            mouseClick(child("historyButton"))
            const history = child("historyList")
            tryCompare(history, "visible", true)
            compare(history.count, 4) // opened, create, add, delete
            compare(history.model.currentIndex, 3)
            waitForRendering(history)
            const texts = []
            for (let r = 0; r < history.count; ++r)
                texts.push(history.model.data(history.model.index(r, 0), Qt.UserRole + 1))
            compare(texts[1], "Create scenario Harbour park")
            compare(texts[2], "Add feature to " + planning)
            verify(texts[3].indexOf("Delete feature") === 0, texts[3])
            const addEntry = history.itemAtIndex(2)
            mouseClick(addEntry)
            compare(history.model.currentIndex, 2)
            tryVerify(() => !map.rendering && Gui.near(colourAtCentre(map), park), 20000)
            compare(history.count, 4) // the delete is still there to redo
            mouseClick(history.itemAtIndex(1))
            tryVerify(() => !map.rendering && !Gui.near(colourAtCentre(map), park), 20000)
            compare(doc.activeScenario, "Harbour park")
            mouseClick(history.itemAtIndex(2))
            tryVerify(() => !map.rendering && Gui.near(colourAtCentre(map), park), 20000)
            grabImage(window.contentItem.parent).save(screenshotPath.replace(".png", "-sketch-history.png"))

            // The selected feature's attributes in the same form, filled in; OK replaces the undone delete.
            const at2 = map.itemPointFor(centre.x, centre.y)
            mouseClick(map, at2.x, at2.y)
            tryVerify(() => editor.selectedFeature.indexOf(planning) === 0, 5000, editor.selectedFeature)
            mouseClick(child("editSelected"))
            tryCompare(form, "opened", true)
            compare(Gui.findChild(form, "formChoice_kind").currentValue, "park")
            const name = Gui.findChild(form, "formText_name")
            compare(name.text, "Harbour park")
            waitForRendering(form.contentItem)
            mouseClick(name)
            tryVerify(() => name.activeFocus)
            keyClick(Qt.Key_End)
            typeText(" east")
            mouseClick(form.standardButton(Dialog.Ok))
            tryCompare(form, "visible", false)
            compare(history.count, 4) // opened, create, add, edit
            const edited = history.model.data(history.model.index(3, 0), Qt.UserRole + 1)
            verify(edited.indexOf("Edit attributes") === 0, edited)
            tryVerify(() => !map.rendering && Gui.near(colourAtCentre(map), park), 20000)

            // Saved and reopened: the feature is in its scenario, not in the baseline.
            const path = tempDir + "/sketched.polis"
            compare(doc.save(path, map.viewRect()), "")
            tryVerify(() => !doc.saving) // saved on a worker
            const reopened = documentComponent.createObject(null, { source: path })
            tryVerify(() => !reopened.loading && reopened.layers.count > 0, 20000)
            compare(reopened.errors.length, 0, reopened.errors.join("\n"))
            verify(reopened.scenarios.indexOf("Harbour park") > 0, reopened.scenarios.join(", "))
            const planningHits = () => reopened.identify(centre.x, centre.y, map.mapUnitsPerPixel())
                                                .filter(h => h.layer === planning)
            // It reopens in the scenario it was saved in; the baseline does not have the park.
            tryVerify(() => !reopened.loading && reopened.activeScenario === "Harbour park", 20000)
            reopened.activeScenario = "baseline"
            tryVerify(() => !reopened.loading && reopened.activeScenario === "baseline")
            compare(planningHits().length, 0)
            reopened.activeScenario = "Harbour park"
            tryVerify(() => !reopened.loading)
            const hits = planningHits()
            compare(hits.length, 1)
            compare(hits[0].fid, fid)
            const attributes = {}
            for (const a of hits[0].attributes)
                attributes[a.name] = a.value
            compare(attributes.kind, "park")
            compare(attributes.name, "Harbour park east")
            compare(attributes.status, "proposed")
            compare(attributes.cost_eur, 1500000)
            compare(attributes.phase, 2)
            reopened.destroy()
            mouseClick(child("historyButton"))
            mouseClick(child("sketchButton"))
        }

        // The scenario dialog: describe, duplicate (the sketch comes along), rename, delete; undo restores.
        function test_2_manageScenarios() {
            const map = child("mapView")
            const doc = map.document
            const editor = child("sketchTool").editor
            compare(doc.activeScenario, "Harbour park")
            mouseClick(child("sketchButton"))
            const dialog = child("scenarioDialog")
            const open = () => {
                mouseClick(child("manageScenarios"))
                tryCompare(dialog, "opened", true)
                waitForRendering(dialog.contentItem)
            }
            const typeInto = (name, text) => {
                const field = Gui.findChild(dialog, name)
                mouseClick(field)
                tryVerify(() => field.activeFocus)
                typeText(text)
            }
            open()
            typeInto("scenarioDescription", "Park on the old port")
            mouseClick(Gui.findChild(dialog, "describeScenario"))
            compare(editor.activeDescription, "Park on the old port")
            // "baseline" is reserved: the dialog stays open and says why.
            typeInto("scenarioName", "baseline")
            mouseClick(Gui.findChild(dialog, "createScenario"))
            verify(Gui.findChild(dialog, "scenarioError").visible)
            verify(editor.error.indexOf("baseline") >= 0, editor.error)
            compare(dialog.visible, true)
            mouseClick(Gui.findChild(dialog, "scenarioName"))
            keyClick(Qt.Key_A, Qt.ControlModifier)
            typeText("Harbour park B")
            mouseClick(Gui.findChild(dialog, "duplicateScenario"))
            tryCompare(dialog, "visible", false)
            compare(doc.activeScenario, "Harbour park B")
            compare(editor.activeDescription, "Park on the old port")
            tryVerify(() => !map.rendering && Gui.near(colourAtCentre(map), park), 20000)

            open()
            typeInto("scenarioName", "Harbour park C")
            mouseClick(Gui.findChild(dialog, "renameScenario"))
            tryCompare(dialog, "visible", false)
            compare(doc.activeScenario, "Harbour park C")
            verify(doc.scenarios.indexOf("Harbour park B") < 0)

            open()
            mouseClick(Gui.findChild(dialog, "deleteScenario"))
            tryCompare(dialog, "visible", false)
            compare(doc.activeScenario, "baseline")
            verify(doc.scenarios.indexOf("Harbour park C") < 0)
            verify(!editor.editable)
            tryVerify(() => !map.rendering && !Gui.near(colourAtCentre(map), park), 20000)

            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(doc.activeScenario, "Harbour park C")
            tryVerify(() => !map.rendering && Gui.near(colourAtCentre(map), park), 20000)
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(doc.activeScenario, "Harbour park B")

            // A point: one click, then the form's defaults (kind "other", status "proposed").
            mouseClick(child("sketchPoint"))
            const tool = child("sketchTool")
            const before = doc.undoText
            mouseClick(map, 200, 150)
            tryCompare(tool.form, "opened", true)
            mouseClick(tool.form.standardButton(Dialog.Ok))
            tryCompare(tool.form, "visible", false)
            verify(doc.undoText !== before && doc.undoText.indexOf("Add feature") === 0, doc.undoText)
            const p = map.mapPointAt(Qt.point(200, 150))
            const hits = doc.identify(p.x, p.y, map.mapUnitsPerPixel()).filter(h => h.layer === planning)
            doc.clearSelection()
            compare(hits.length, 1)
            const target = tool.controller.targetLayerId
            const vertices = tool.editor.featureVertices(target, hits[0].fid)
            compare(vertices.length, 1)
            compare(vertices[0].x, p.x)
            compare(vertices[0].y, p.y)
            mouseClick(child("sketchSelect"))
            mouseClick(child("sketchButton"))
        }
    }
}

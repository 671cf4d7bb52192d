import QtQuick
import QtQuick.Controls
import QtTest
import Polis
import "gui_helpers.js" as Gui

// The map workspace in the whole window: pinch zoom, and a scenario kept through a CRS change and saved.
// Expected counts and colours come from sample-data/README.md.
Item {
    TestCase {
        id: testCase
        name: "WorkspacePinchSave"
        when: windowShown

        property var window: null
        property var map: null
        property var doc: null
        // Heraklion City Hall (the Loggia) in sample-data/heraklion.gpkg, EPSG:2100, drawn #D7301F.
        readonly property point loggia: Qt.point(602857.70, 3910993.67)

        function initTestCase() {
            window = Gui.openMain(testCase, sampleData + "/heraklion.polis")
            map = Gui.findChild(window.contentItem, "mapView")
            doc = map.document
            tryVerify(() => !doc.loading && doc.layers.count === 18 && map.framesRendered > 0 && !map.rendering, 20000)
        }

        function cleanupTestCase() {
            if (window)
                window.destroy()
        }

        function layerRow(name) {
            return Gui.layerRow(doc, name)
        }

        function waitForFrame(previous) {
            Gui.waitForFrame(testCase, map, previous)
        }

        // Two fingers on either side of `centre` spread apart (horizontally) until the pinch handler takes
        // over, then to `factor` times their spread at that moment, and lift. Returns the view's map units per
        // pixel when the handler took over.
        function pinch(centre, factor) {
            const handler = Gui.findChild(map, "mapPinch")
            verify(handler)
            const seq = touchEvent(map)
            let half = 60
            seq.press(0, map, centre.x - half, centre.y).press(1, map, centre.x + half, centre.y).commit()
            while (!handler.active && half < 120) {
                half += 2
                seq.move(0, map, centre.x - half, centre.y).move(1, map, centre.x + half, centre.y).commit()
            }
            verify(handler.active)
            const perPixel = map.mapUnitsPerPixel()
            const from = half
            for (let i = 1; i <= 10; ++i) {
                half = from + (from * factor - from) * i / 10
                seq.move(0, map, centre.x - half, centre.y).move(1, map, centre.x + half, centre.y).commit()
            }
            seq.release(0, map, centre.x - half, centre.y).release(1, map, centre.x + half, centre.y).commit()
            return perPixel
        }

        // Fingers spreading to twice their distance zoom in 2x about their centre (the City Hall stays under
        // it); closing to half the distance zooms out 2x.
        function test_7_pinchZooms() {
            for (let r = 0; r < doc.layers.count; ++r)
                doc.layers.setLayerVisible(doc.layers.layerId(r), true)
            let frames = map.framesRendered
            map.zoomToExtent(loggia.x - 1500, loggia.y - 1500, loggia.x + 1500, loggia.y + 1500)
            waitForFrame(frames)
            const start = map.itemPointFor(loggia.x, loggia.y)
            frames = map.framesRendered
            let perPixel = pinch(start, 2)
            fuzzyCompare(map.mapUnitsPerPixel(), perPixel / 2, perPixel * 0.01)
            const after = map.itemPointFor(loggia.x, loggia.y)
            verify(Math.abs(after.x - start.x) < 2 && Math.abs(after.y - start.y) < 2, after + " vs " + start)
            waitForFrame(frames)
            verify(Gui.near(map.frameColorAt(after.x, after.y), "#D7301F"), map.frameColorAt(after.x, after.y))
            perPixel = pinch(start, 0.5)
            fuzzyCompare(map.mapUnitsPerPixel(), perPixel * 2, perPixel * 0.02)
        }

        // A scenario shown while the CRS changes stays shown (README: the fibre scenario has 69 + 7 street
        // lights); saved in EPSG:4326 and opened again, the City Hall (25.1335 E 35.3395 N) is where it was.
        function test_8_saveAfterACrsChange() {
            const lights = () => doc.layers.data(doc.layers.index(layerRow("Έξυπνα φωτιστικά"), 0), LayerListModel.FeatureCountRole)
            doc.activeScenario = "Fibre ring phase 2 + smart lighting"
            tryCompare(doc, "activeScenario", "Fibre ring phase 2 + smart lighting")
            tryVerify(() => !doc.loading)
            compare(lights(), 76)
            doc.setMapCrs(4326)
            tryVerify(() => !doc.loading && doc.crs === "EPSG:4326", 20000)
            compare(doc.activeScenario, "Fibre ring phase 2 + smart lighting")
            compare(lights(), 76)
            doc.activeScenario = "baseline"
            tryVerify(() => !doc.loading)
            compare(lights(), 69)

            map.zoomToExtent(25.1335 - 0.01, 35.3395 - 0.01, 25.1335 + 0.01, 35.3395 + 0.01)
            const path = tempDir + "/workspace wgs84.polis"
            compare(doc.save(path, map.viewRect()), "")
            tryVerify(() => !doc.saving) // saved on a worker
            doc.source = path
            tryVerify(() => !doc.loading && doc.source === path && doc.layers.count === 18, 20000)
            compare(doc.crs, "EPSG:4326")
            compare(doc.errors.length, 0, doc.errors.join("\n"))
            compare(doc.scenarios.length, 3)
            // Only the public buildings: the labels of the real layers (the GeoNames "Iráklion", the water districts'
            // names, drawn above every layer with their halos) sit on the city hall.
            for (let r = 0; r < doc.layers.count; ++r)
                doc.layers.setLayerVisible(doc.layers.layerId(r), r === layerRow("Δημόσια κτίρια"))
            const frames = map.framesRendered
            map.zoomToFullExtent() // the saved view
            waitForFrame(frames)
            const p = map.itemPointFor(25.1335, 35.3395)
            verify(p.x > 0 && p.x < map.width && p.y > 0 && p.y < map.height, p)
            verify(Gui.near(map.frameColorAt(p.x, p.y), "#D7301F"), map.frameColorAt(p.x, p.y))
        }
    }
}

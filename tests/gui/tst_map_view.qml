import QtQuick
import QtTest
import Polis
import "gui_helpers.js" as Gui

Item {
    width: 640
    height: 480

    MapDocument {
        id: doc
        source: sampleData + "/heraklion.polis"
    }

    AttributeTableModel {
        id: table
        document: doc
    }

    MeasureController {
        id: measure
        document: doc
    }

    MapView {
        id: map
        width: 640
        height: 480
        document: doc
    }

    TestCase {
        name: "MapView"
        when: windowShown

        // Heraklion City Hall (the Loggia) in sample-data/heraklion.gpkg, EPSG:2100, drawn in #D7301F (see
        // sample-data/README.md).
        readonly property point loggia: Qt.point(602857.70, 3910993.67)

        function waitForFrame(previous) {
            tryVerify(() => !doc.loading && map.framesRendered > previous && !map.rendering, 20000)
        }

        function layerRow(name) {
            for (let i = 0; i < doc.layers.count; ++i) {
                if (doc.layers.data(doc.layers.index(i, 0), Qt.UserRole + 1) === name)
                    return i
            }
            return -1
        }

        function test_1_loadsTheSampleProject() {
            waitForFrame(0)
            compare(doc.errors.length, 0, doc.errors.join("\n"))
            compare(doc.crs, "EPSG:2100")
            compare(doc.layers.count, 18) // polis_layers.csv (17 rows) and the planning layer
            grabImage(map).save(screenshotPath)
        }

        function test_2_showsTheCityHallInItsColour() {
            let frames = map.framesRendered
            map.zoomToExtent(loggia.x - 150, loggia.y - 150, loggia.x + 150, loggia.y + 150)
            waitForFrame(frames)
            const p = map.itemPointFor(loggia.x, loggia.y)
            compare(Math.round(p.x), 320)
            compare(Math.round(p.y), 240)
            verify(Gui.near(map.frameColorAt(p.x, p.y), "#D7301F"), map.frameColorAt(p.x, p.y))
            verify(!Gui.near(map.frameColorAt(p.x + 60, p.y), "#D7301F"))
            // 300 m of ground over 480 px at 96 dpi: 1:(300 / (480 / 96 * 0.0254)) = 1:2362.
            fuzzyCompare(map.scaleDenominator, 300 / (480 / 96 * 0.0254), 1)
        }

        function test_3_dragPansTheMap() {
            let frames = map.framesRendered
            const before = map.itemPointFor(loggia.x, loggia.y)
            mousePress(map, 300, 200)
            mouseMove(map, 330, 200, -1, Qt.LeftButton)
            mouseMove(map, 360, 200, -1, Qt.LeftButton)
            mouseRelease(map, 360, 200)
            waitForFrame(frames)
            const after = map.itemPointFor(loggia.x, loggia.y)
            compare(Math.round(after.x - before.x), 60)
            compare(Math.round(after.y - before.y), 0)
            verify(Gui.near(map.frameColorAt(after.x, after.y), "#D7301F"))
            verify(!Gui.near(map.frameColorAt(before.x, before.y), "#D7301F"))
        }

        function test_4_wheelZoomsAboutTheCursor() {
            let frames = map.framesRendered
            const at = map.itemPointFor(loggia.x, loggia.y)
            mouseWheel(map, at.x, at.y, 0, 120)
            waitForFrame(frames)
            const after = map.itemPointFor(loggia.x, loggia.y)
            // The point under the cursor stays put while the scale grows by 1.25.
            fuzzyCompare(after.x, at.x, 0.5)
            fuzzyCompare(after.y, at.y, 0.5)
            const east = map.itemPointFor(loggia.x + 100, loggia.y)
            fuzzyCompare(east.x - after.x, 1.25 * 100 * 480 / 300, 0.5)
        }

        function test_5_previousExtentReturns() {
            verify(map.canZoomPrevious)
            const zoomed = map.mapUnitsPerPixel()
            let frames = map.framesRendered
            map.zoomPrevious()
            waitForFrame(frames)
            fuzzyCompare(map.mapUnitsPerPixel(), zoomed * 1.25, 1e-9)
            verify(map.canZoomNext)
            map.zoomNext()
            fuzzyCompare(map.mapUnitsPerPixel(), zoomed, 1e-9)
        }

        function test_6_hidingALayerRemovesItsColour() {
            const row = layerRow("Δημόσια κτίρια")
            verify(row >= 0, "public buildings layer row")
            const p = map.itemPointFor(loggia.x, loggia.y)
            let frames = map.framesRendered
            doc.layers.setLayerVisible(doc.layers.layerId(row), false)
            waitForFrame(frames)
            verify(!Gui.near(map.frameColorAt(p.x, p.y), "#D7301F"))
            frames = map.framesRendered
            doc.layers.setLayerVisible(doc.layers.layerId(row), true)
            waitForFrame(frames)
            verify(Gui.near(map.frameColorAt(p.x, p.y), "#D7301F"))
        }

        function test_7_clickIdentifiesAndHighlights() {
            const p = map.itemPointFor(loggia.x, loggia.y)
            let frames = map.framesRendered
            let clicked = null
            map.clicked.connect((x, y) => clicked = doc.identify(x, y, 5 * map.mapUnitsPerPixel()))
            mouseClick(map, p.x, p.y)
            verify(clicked !== null)
            const names = clicked.map(r => r.attributes.find(a => a.name === "name_en")).filter(a => a).map(a => a.value)
            verify(names.indexOf("Heraklion City Hall (Loggia)") >= 0, JSON.stringify(names))
            compare(clicked[0].layer, "Δημόσια κτίρια") // the top layer under the point comes first
            verify(doc.selectionCount >= 1)
            waitForFrame(frames)
            // The selection is drawn in the highlight yellow (#FFD400) around the marker.
            let yellow = false
            for (let dx = -8; dx <= 8 && !yellow; ++dx)
                yellow = Gui.near(map.frameColorAt(p.x + dx, p.y), "#FFD400")
            verify(yellow)

            // Picking a feature to edit finds and selects only the one on top: the City Hall, not the district
            // and the municipality polygons under it that the identify above also found.
            verify(clicked.length > 1)
            const picked = doc.identify(loggia.x, loggia.y, 5 * map.mapUnitsPerPixel(), true)
            compare(picked.length, 1)
            compare(picked[0].layer, "Δημόσια κτίρια")
            compare(picked[0].attributes.find(a => a.name === "name_en").value, "Heraklion City Hall (Loggia)")
            compare(doc.selectionCount, 1)
        }
    
        function test_8_attributeTableSortsAndSelects() {
            const row = layerRow("Δημοτικά διαμερίσματα")
            verify(row >= 0)
            const districts = doc.layers.layerId(row)
            table.layerId = districts
            compare(table.rowCount(), 5)
            const popColumn = 4 // fid, id, name, name_en, pop (sample-data/README.md)
            compare(table.headerData(popColumn, Qt.Horizontal, Qt.DisplayRole), "pop")
            // Reordering the layer list leaves the table on the same layer (it follows the id, not a row).
            doc.layers.moveLayer(districts, doc.layers.layerId(0))
            compare(layerRow("Δημοτικά διαμερίσματα"), 0)
            compare(table.layerId, districts)
            compare(table.rowCount(), 5)
            compare(table.headerData(popColumn, Qt.Horizontal, Qt.DisplayRole), "pop")
            doc.undo()
            compare(layerRow("Δημοτικά διαμερίσματα"), row)
            compare(table.rowCount(), 5)
            table.sortBy(popColumn, false)
            let previous = Infinity
            for (let r = 0; r < 5; ++r) {
                const v = table.data(table.index(r, popColumn), Qt.DisplayRole)
                verify(v <= previous, v + " after " + previous)
                previous = v
            }
            // Selecting a table row selects that feature on the map, and only it.
            table.selectRow(0, false)
            compare(doc.selectionCount, 1)
            verify(table.isSelected(0))
            verify(!table.isSelected(1))
            table.selectRow(2, true)
            compare(doc.selectionCount, 2)
            // A map identify elsewhere replaces the table's selection.
            doc.clearSelection()
            verify(!table.isSelected(0))
        }

        function test_9_measuresPlanarAndGeodesic() {
            // 1000 m east-west on the Greek Grid at E 603-604 km, N 3911 km. The grid's point scale factor
            // there is k = 0.9996 (1 + x^2 / (2 R^2)) with x = 103.5 km from the central meridian and
            // R^2 = rho * nu = 6.3565e6 * 6.3858e6 m^2 at 35.3 N (textbook TM), so the ground distance is
            // 1000 / k = 1000.268 m.
            measure.clear()
            measure.addPoint(603000, 3911000)
            measure.addPoint(604000, 3911000)
            fuzzyCompare(measure.planar, 1000, 1e-6)
            const x = 103500, r2 = 6.3565e6 * 6.3858e6
            fuzzyCompare(measure.geodesic, 1000 / (0.9996 * (1 + x * x / (2 * r2))), 0.02)
            verify(measure.summary.indexOf("1.000 km") >= 0, measure.summary)
            // A 1 km x 1 km square: planar 1 km², geodesic larger by 1/k^2.
            measure.area = true
            measure.addPoint(604000, 3912000)
            measure.addPoint(603000, 3912000)
            fuzzyCompare(measure.planar, 1e6, 1e-3)
            const k = 0.9996 * (1 + x * x / (2 * r2))
            fuzzyCompare(measure.geodesic, 1e6 / (k * k), 60)
        }

        function test_z_switchesScenarios() {
            tryVerify(() => !doc.loading && doc.layers.count > 0, 20000)
            // sample-data/README.md: "Fibre ring phase 2 + smart lighting" adds 7 smart LEDs to the 69
            // street lights of the baseline.
            const scenario = "Fibre ring phase 2 + smart lighting"
            verify(doc.scenarios.indexOf(scenario) > 0, doc.scenarios.join(", "))
            compare(doc.scenarios[0], "baseline")
            const row = layerRow("Έξυπνα φωτιστικά")
            const countRole = Qt.UserRole + 5
            compare(doc.layers.data(doc.layers.index(row, 0), countRole), 69)
            doc.layers.setLayerOpacity(doc.layers.layerId(row), 0.5)
            let frames = map.framesRendered
            doc.activeScenario = scenario
            compare(doc.activeScenario, scenario)
            tryVerify(() => !doc.loading) // the scenario's layers are prepared on a worker
            compare(doc.layers.data(doc.layers.index(row, 0), countRole), 76)
            compare(doc.layers.data(doc.layers.index(row, 0), Qt.UserRole + 3), 0.5) // opacity kept
            waitForFrame(frames)
            doc.activeScenario = "baseline"
            tryVerify(() => !doc.loading)
            compare(doc.layers.data(doc.layers.index(row, 0), countRole), 69)
            doc.activeScenario = "No such plan"
            compare(doc.activeScenario, "baseline")
            verify(doc.errors.some(e => e.indexOf("No such plan") >= 0), doc.errors.join("\n"))
        }
}
}

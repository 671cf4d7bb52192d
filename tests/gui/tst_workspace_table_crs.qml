import QtQuick
import QtQuick.Controls
import QtTest
import Polis
import "gui_helpers.js" as Gui

// The map workspace in the whole window: the attribute table's filter and the map CRS picker.
// Expected counts and colours come from sample-data/README.md.
Item {
    TestCase {
        id: testCase
        name: "WorkspaceTableCrs"
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

        function openTable(name) {
            const row = layerRow(name)
            verify(row >= 0, name)
            Gui.triggerLayerMenu(testCase, window, row, "openTable")
            const panel = Gui.findChild(window.contentItem, "attributeTablePanel")
            tryCompare(panel, "visible", true)
            return panel
        }

        function typeFilter(panel, text) {
            const field = Gui.findChild(panel, "filterField")
            mouseClick(field)
            keyClick(Qt.Key_A, Qt.ControlModifier)
            keyClick(Qt.Key_Delete)
            for (const ch of text)
                keyClick(ch)
            keyClick(Qt.Key_Return)
        }

        // sample-data/README.md: public_buildings has 14 points, 7 of them schools.
        function test_1_filterTheAttributeTable() {
            const panel = openTable("Δημόσια κτίρια")
            const table = Gui.findChild(panel, "attributeTable")
            tryCompare(table, "rows", 14)
            typeFilter(panel, "kind = 'school'")
            tryCompare(table, "rows", 7)
            compare(Gui.findChild(panel, "rowCount").text, "7 of 14")
            mouseClick(Gui.findChild(panel, "selectAllMatching"))
            tryCompare(doc, "selectionCount", 7)
            waitForRendering(table)
            grabImage(window.contentItem).save(screenshotPath.replace(".png", "-table-filter.png"))

            // A bad expression shows GDAL's message, and every row.
            typeFilter(panel, "kind = ")
            tryVerify(() => Gui.findChild(panel, "filterError").text.indexOf("kind = ") >= 0)
            tryCompare(table, "rows", 14)

            // Greek text values: the districts, one of them Κέντρο (typed text, accepted with Return).
            const districts = openTable("Δημοτικά διαμερίσματα")
            tryCompare(table, "rows", 5) // another layer: its own filter, none yet
            compare(Gui.findChild(districts, "filterField").text, "")
            const field = Gui.findChild(districts, "filterField")
            field.text = "name = 'Κέντρο' OR pop < 31000"
            mouseClick(field)
            keyClick(Qt.Key_Return)
            tryCompare(table, "rows", 2) // Κέντρο (42000) and Βούτες – Σταυράκια (30000)
            compare(Gui.findChild(districts, "rowCount").text, "2 of 5")
            // Reordering the layer list keeps the table on the districts, filter and all (it follows the id).
            const districtsId = Gui.layerId(doc, "Δημοτικά διαμερίσματα")
            const row = layerRow("Δημοτικά διαμερίσματα")
            doc.layers.moveLayer(districtsId, doc.layers.layerId(doc.layers.count - 1))
            compare(layerRow("Δημοτικά διαμερίσματα"), doc.layers.count - 1)
            compare(districts.layerId, districtsId)
            compare(table.rows, 2)
            compare(Gui.findChild(districts, "tableTitle").text, "Δημοτικά διαμερίσματα")
            doc.undo()
            compare(layerRow("Δημοτικά διαμερίσματα"), row)
            compare(table.rows, 2)
            typeFilter(districts, "")
            tryCompare(table, "rows", 5)
            doc.clearSelection()
            districts.closed()
        }

        function waitForFrame(previous) {
            Gui.waitForFrame(testCase, map, previous)
        }

        function typeText(item, text) {
            mouseClick(item)
            keyClick(Qt.Key_A, Qt.ControlModifier)
            keyClick(Qt.Key_Delete)
            for (const ch of text)
                keyClick(ch)
        }

        function pickerShows(list, code) {
            return list.count > 0 && list.currentIndex === 0 && list.model.codeAt(0) === code
        }

        // The status bar's CRS opens the picker; EPSG:4326 reprojects the map, which keeps showing the City
        // Hall (src/public_buildings.csv: POINT (25.1335 35.3395), drawn #D7301F) where it was.
        function test_2_changeTheMapCrs() {
            let frames = map.framesRendered
            map.zoomToExtent(loggia.x - 1500, loggia.y - 1500, loggia.x + 1500, loggia.y + 1500)
            waitForFrame(frames)
            const before = map.itemPointFor(loggia.x, loggia.y)
            verify(Gui.near(map.frameColorAt(before.x, before.y), "#D7301F"))
            const crsButton = Gui.findChild(window.contentItem, "mapCrs")
            compare(crsButton.text, "EPSG:2100")

            // Cancel changes nothing.
            mouseClick(crsButton)
            const picker = Gui.findChild(window.contentItem, "crsPickerLoader").item
            tryCompare(picker, "opened", true)
            const search = Gui.findChild(picker, "crsSearch")
            const list = Gui.findChild(picker, "crsList")
            typeText(search, "3857")
            tryVerify(() => pickerShows(list, 3857))
            mouseClick(Gui.findChild(picker, "crsCancel"))
            tryCompare(picker, "visible", false)
            compare(crsButton.text, "EPSG:2100")

            mouseClick(crsButton)
            tryCompare(picker, "opened", true)
            typeText(search, "WGS 84 / UTM zone 35N")
            tryVerify(() => { for (let i = 0; i < list.count; ++i) if (list.model.codeAt(i) === 32635) return true; return false })
            typeText(search, "4326")
            tryVerify(() => pickerShows(list, 4326))
            frames = map.framesRendered
            mouseClick(Gui.findChild(picker, "crsOk"))
            tryCompare(crsButton, "text", "EPSG:4326", 20000)
            waitForFrame(frames)
            const after = map.itemPointFor(25.1335, 35.3395)
            verify(Math.abs(after.x - before.x) < 4 && Math.abs(after.y - before.y) < 4, after + " vs " + before)
            verify(Gui.near(map.frameColorAt(after.x, after.y), "#D7301F"), map.frameColorAt(after.x, after.y))
            verify(map.mapUnitsPerPixel() < 0.001) // degrees now
            compare(doc.errors.length, 0, doc.errors.join("\n"))

            // Back to the Greek Grid, found by name and chosen with the keyboard.
            mouseClick(crsButton)
            tryCompare(picker, "opened", true)
            typeText(search, "Greek Grid")
            tryVerify(() => pickerShows(list, 2100))
            waitForRendering(list)
            grabImage(window.contentItem.parent).save(screenshotPath.replace(".png", "-crs-picker.png"))
            frames = map.framesRendered
            keyClick(Qt.Key_Return)
            tryCompare(crsButton, "text", "EPSG:2100", 20000)
            waitForFrame(frames)
            const back = map.itemPointFor(loggia.x, loggia.y)
            verify(Gui.near(map.frameColorAt(back.x, back.y), "#D7301F"))
        }
    }
}

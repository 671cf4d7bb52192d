import QtQuick
import QtQuick.Controls
import QtTest
import Polis
import "gui_helpers.js" as Gui

// The map workspace in the whole window: attribute table filter, map CRS picker, layer groups and order.
// Expected counts and colours come from sample-data/README.md.
Item {
    TestCase {
        id: testCase
        name: "Workspace"
        when: windowShown

        property var window: null
        property var map: null
        property var doc: null
        // Heraklion City Hall (the Loggia) in sample-data/heraklion.gpkg, EPSG:2100, drawn #D7301F.
        readonly property point loggia: Qt.point(602857.70, 3910993.67)

        function initTestCase() {
            const component = Qt.createComponent("qrc:/Polis/Main.qml")
            compare(component.status, Component.Ready, component.errorString())
            window = component.createObject(null, { source: sampleData + "/heraklion.polis", width: 1280, height: 800 })
            verify(window)
            window.requestActivate() // keyboard events go to the active window (Xvfb has no window manager)
            tryVerify(() => window.active, 5000)
            map = Gui.findChild(window.contentItem, "mapView")
            doc = map.document
            tryVerify(() => !doc.loading && doc.layers.count === 12 && map.framesRendered > 0 && !map.rendering, 20000)
        }

        function cleanupTestCase() {
            if (window)
                window.destroy()
        }

        function layerRow(name) {
            for (let i = 0; i < doc.layers.count; ++i) {
                if (doc.layers.data(doc.layers.index(i, 0), Qt.UserRole + 1) === name)
                    return i
            }
            return -1
        }

        function openTable(name) {
            const layerList = Gui.findChild(window.contentItem, "layerList")
            const row = layerRow(name)
            verify(row >= 0, name)
            layerList.positionViewAtIndex(row, ListView.Center)
            waitForRendering(layerList)
            const button = Gui.findChild(layerList.itemAtIndex(row), "openTable")
            verify(button)
            mouseClick(button)
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
            typeFilter(districts, "")
            tryCompare(table, "rows", 5)
            doc.clearSelection()
            districts.closed()
        }

        function waitForFrame(previous) {
            tryVerify(() => !doc.loading && map.framesRendered > previous && !map.rendering, 20000)
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

        // A point inside the Heraklion airport (src/airports.csv) and the district Nea Alikarnassos – Poros:
        // 25.1750 E 35.3380 N, in EPSG:2100 with gdaltransform. Airports fill #C9B6E4, districts #EDE6D6.
        readonly property point airport: Qt.point(606631.18, 3910871.25)

        function colourAtAirport() {
            const p = map.itemPointFor(airport.x, airport.y)
            return map.frameColorAt(p.x, p.y)
        }

        function waitForColour(colour) {
            tryVerify(() => !doc.loading && !map.rendering && Gui.near(colourAtAirport(), colour), 20000,
                      "expected " + colour + ", got " + colourAtAirport())
        }

        function rowItem(name) {
            const layerList = Gui.findChild(window.contentItem, "layerList")
            const row = layerRow(name)
            layerList.positionViewAtIndex(row, ListView.Contain)
            waitForRendering(layerList)
            return layerList.itemAtIndex(row)
        }

        // Only the airports and the districts, opaque: the top one's fill shows at the airport.
        function test_3_dragALayerAbove() {
            for (let r = 0; r < doc.layers.count; ++r)
                doc.setLayerVisible(r, false)
            for (const name of ["Αερολιμένες", "Δημοτικά διαμερίσματα"]) {
                doc.setLayerVisible(layerRow(name), true)
                doc.setLayerOpacity(layerRow(name), 1)
            }
            map.zoomToExtent(airport.x - 1000, airport.y - 1000, airport.x + 1000, airport.y + 1000)
            waitForColour("#C9B6E4")

            // Drag the districts' handle onto the airports' row.
            const layerList = Gui.findChild(window.contentItem, "layerList")
            layerList.positionViewAtIndex(layerRow("Κύριοι δρόμοι"), ListView.Center)
            waitForRendering(layerList)
            const districts = layerList.itemAtIndex(layerRow("Δημοτικά διαμερίσματα"))
            const airports = layerList.itemAtIndex(layerRow("Αερολιμένες"))
            verify(districts && airports)
            const handle = Gui.findChild(districts, "dragHandle")
            const target = handle.mapFromItem(airports, airports.width / 2, airports.height / 2)
            mousePress(handle, handle.width / 2, handle.height / 2)
            for (let i = 1; i <= 5; ++i)
                mouseMove(handle, handle.width / 2, handle.height / 2 + (target.y - handle.height / 2) * i / 5, -1, Qt.LeftButton)
            mouseRelease(handle, handle.width / 2, target.y)
            tryVerify(() => layerRow("Δημοτικά διαμερίσματα") < layerRow("Αερολιμένες"))
            compare(layerRow("Δημοτικά διαμερίσματα"), 6) // where the airports were
            waitForColour("#EDE6D6")

            // Undo (Ctrl+Z) puts them back.
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            tryVerify(() => layerRow("Δημοτικά διαμερίσματα") > layerRow("Αερολιμένες"))
            waitForColour("#C9B6E4")
        }

        // Both layers in one group from the row menus; the group's checkbox hides both; undo shows them.
        function test_4_groupToggleHidesBoth() {
            const layers = doc.layers
            mouseClick(Gui.findChild(rowItem("Αερολιμένες"), "groupMenuButton"))
            let menu = Gui.findChild(rowItem("Αερολιμένες"), "groupMenu")
            tryCompare(menu, "opened", true)
            mouseClick(Gui.findChild(menu, "newGroup"))
            const group = () => layers.data(layers.index(layerRow("Αερολιμένες"), 0), LayerListModel.GroupRole)
            tryCompare(group(), "length", 5)
            compare(group(), "Group")

            const districtsRow = rowItem("Δημοτικά διαμερίσματα")
            mouseClick(Gui.findChild(districtsRow, "groupMenuButton"))
            menu = Gui.findChild(districtsRow, "groupMenu")
            tryCompare(menu, "opened", true)
            const moveTo = Gui.findChild(menu, "moveTo:Group")
            verify(moveTo)
            tryVerify(() => moveTo.y > Gui.findChild(menu, "newGroup").y) // laid out below "New group"
            waitForRendering(moveTo)
            mouseClick(moveTo)
            tryVerify(() => layers.data(layers.index(layerRow("Δημοτικά διαμερίσματα"), 0), LayerListModel.GroupRole) === "Group")
            // It joined just above the airports: the districts now draw on top.
            compare(layerRow("Δημοτικά διαμερίσματα") + 1, layerRow("Αερολιμένες"))
            waitForColour("#EDE6D6")

            const layerList = Gui.findChild(window.contentItem, "layerList")
            layerList.positionViewAtIndex(layerRow("Δημοτικά διαμερίσματα"), ListView.Center)
            waitForRendering(layerList)
            const header = Array.from(layerList.contentItem.children).find(
                (item) => item.objectName === "groupHeader" && item.section === "Group")
            verify(header)
            verify(header.visible && header.height > 0)
            grabImage(window.contentItem).save(screenshotPath.replace(".png", "-layer-group.png"))
            const toggle = Gui.findChild(header, "groupVisibility")
            compare(toggle.checkState, Qt.Checked)
            waitForRendering(header)
            // Move there first, as a user's pointer does: mouseClick() presses without moving the hover
            // point, which test_3's drag left on the districts' drag handle, now the row under this header.
            // Hovered for 800 ms, that handle shows its tooltip just above itself, over this checkbox, and a
            // popup takes the presses inside it. Moving away ends the hover, which closes the tooltip.
            mouseMove(toggle)
            mouseClick(toggle)
            tryCompare(toggle, "checkState", Qt.Unchecked)
            verify(!layers.data(layers.index(layerRow("Αερολιμένες"), 0), LayerListModel.VisibleRole))
            verify(!layers.data(layers.index(layerRow("Δημοτικά διαμερίσματα"), 0), LayerListModel.VisibleRole))
            tryVerify(() => !map.rendering && !Gui.near(colourAtAirport(), "#EDE6D6") && !Gui.near(colourAtAirport(), "#C9B6E4"), 20000)

            compare(doc.undoText, "Hide group Group")
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            tryCompare(toggle, "checkState", Qt.Checked)
            waitForColour("#EDE6D6")

            // Collapsing hides the rows, not the layers.
            mouseClick(Gui.findChild(header, "groupCollapse"))
            tryCompare(layerList.itemAtIndex(layerRow("Αερολιμένες")), "height", 0)
            mouseClick(Gui.findChild(header, "groupCollapse"))
            tryVerify(() => layerList.itemAtIndex(layerRow("Αερολιμένες")).height > 0)
        }

        // Removing a layer is undone with its style; a slider drag is one undo step.
        function test_5_undoRemoveAndOpacity() {
            const row = rowItem("Δημοτικά διαμερίσματα")
            mouseClick(Gui.findChild(row, "removeLayer"))
            tryCompare(doc.layers, "count", 11)
            waitForColour("#C9B6E4")
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            tryCompare(doc.layers, "count", 12)
            waitForColour("#EDE6D6")

            const slider = Gui.findChild(rowItem("Δημοτικά διαμερίσματα"), "opacity")
            const y = slider.height / 2
            mousePress(slider, slider.width - 4, y)
            for (let x = slider.width - 10; x > slider.width / 2; x -= 10)
                mouseMove(slider, x, y, -1, Qt.LeftButton)
            mouseRelease(slider, slider.width / 2, y)
            const row2 = layerRow("Δημοτικά διαμερίσματα")
            verify(doc.layers.data(doc.layers.index(row2, 0), LayerListModel.OpacityRole) < 0.8)
            compare(doc.undoText, "Change the opacity of Δημοτικά διαμερίσματα")
            doc.undo() // the whole drag at once
            compare(doc.layers.data(doc.layers.index(row2, 0), LayerListModel.OpacityRole), 1)
            waitForColour("#EDE6D6")
        }

        // Saved and opened again, the group is still there.
        function test_6_groupsAreSaved() {
            const path = tempDir + "/workspace groups.polis"
            compare(doc.save(path, map.viewRect()), "")
            doc.source = path
            tryVerify(() => !doc.loading && doc.source === path && doc.layers.count === 12, 20000)
            const layers = doc.layers
            compare(layers.data(layers.index(layerRow("Αερολιμένες"), 0), LayerListModel.GroupRole), "Group")
            compare(layers.data(layers.index(layerRow("Δημοτικά διαμερίσματα"), 0), LayerListModel.GroupRole), "Group")
            compare(layers.data(layers.index(layerRow("Κύριοι δρόμοι"), 0), LayerListModel.GroupRole), "")
            compare(doc.errors.length, 0, doc.errors.join("\n"))
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
                doc.setLayerVisible(r, true)
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
            compare(lights(), 76)
            doc.setMapCrs(4326)
            tryVerify(() => !doc.loading && doc.crs === "EPSG:4326", 20000)
            compare(doc.activeScenario, "Fibre ring phase 2 + smart lighting")
            compare(lights(), 76)
            doc.activeScenario = "baseline"
            compare(lights(), 69)

            map.zoomToExtent(25.1335 - 0.01, 35.3395 - 0.01, 25.1335 + 0.01, 35.3395 + 0.01)
            const path = tempDir + "/workspace wgs84.polis"
            compare(doc.save(path, map.viewRect()), "")
            doc.source = path
            tryVerify(() => !doc.loading && doc.source === path && doc.layers.count === 12, 20000)
            compare(doc.crs, "EPSG:4326")
            compare(doc.errors.length, 0, doc.errors.join("\n"))
            compare(doc.scenarios.length, 3)
            const frames = map.framesRendered
            map.zoomToFullExtent() // the saved view
            waitForFrame(frames)
            const p = map.itemPointFor(25.1335, 35.3395)
            verify(p.x > 0 && p.x < map.width && p.y > 0 && p.y < map.height, p)
            verify(Gui.near(map.frameColorAt(p.x, p.y), "#D7301F"), map.frameColorAt(p.x, p.y))
        }
    }
}

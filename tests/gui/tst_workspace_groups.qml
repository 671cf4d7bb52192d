import QtQuick
import QtQuick.Controls
import QtTest
import Polis
import "gui_helpers.js" as Gui

// The map workspace in the whole window: layer order by drag, layer groups, undo of removal and opacity,
// groups saved with the project.
// Expected counts and colours come from sample-data/README.md.
Item {
    TestCase {
        id: testCase
        name: "WorkspaceGroups"
        when: windowShown

        property var window: null
        property var map: null
        property var doc: null

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

        // The group submenu of the layer menu of the layer titled `name`, open.
        function openGroupMenu(name) {
            const menu = Gui.openLayerMenu(testCase, window, layerRow(name))
            const groupMenu = Gui.findChild(menu, "groupMenu")
            const opener = Array.from(menu.contentItem.contentItem.children).find((item) => item.subMenu === groupMenu)
            verify(opener)
            mouseMove(opener)
            mouseClick(opener)
            tryCompare(groupMenu, "opened", true)
            return groupMenu
        }

        // Only the airports and the districts, opaque: the top one's fill shows at the airport.
        function test_3_dragALayerAbove() {
            for (let r = 0; r < doc.layers.count; ++r)
                doc.layers.setLayerVisible(doc.layers.layerId(r), false)
            for (const name of ["Αερολιμένες", "Δημοτικά διαμερίσματα"]) {
                doc.layers.setLayerVisible(doc.layers.layerId(layerRow(name)), true)
                doc.layers.setLayerOpacity(doc.layers.layerId(layerRow(name)), 1)
            }
            map.zoomToExtent(airport.x - 1000, airport.y - 1000, airport.x + 1000, airport.y + 1000)
            waitForColour("#C9B6E4")

            // Drag the districts' handle onto the airports' row.
            const layerList = Gui.findChild(window.contentItem, "layerList")
            // Both rows on screen: the row half-way between them in the middle of the list.
            layerList.positionViewAtIndex(Math.round((layerRow("Δημοτικά διαμερίσματα") + layerRow("Αερολιμένες")) / 2),
                                          ListView.Center)
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
            let menu = openGroupMenu("Αερολιμένες")
            mouseMove(Gui.findChild(menu, "newGroup"))
            mouseClick(Gui.findChild(menu, "newGroup"))
            const group = () => layers.data(layers.index(layerRow("Αερολιμένες"), 0), LayerListModel.GroupRole)
            tryCompare(group(), "length", 5)
            compare(group(), "Group")

            menu = openGroupMenu("Δημοτικά διαμερίσματα")
            const moveTo = Gui.findChild(menu, "moveTo:Group")
            verify(moveTo)
            tryVerify(() => moveTo.y > Gui.findChild(menu, "newGroup").y) // laid out below "New group"
            waitForRendering(moveTo)
            mouseMove(moveTo)
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
            Gui.triggerLayerMenu(testCase, window, layerRow("Δημοτικά διαμερίσματα"), "removeLayer")
            tryCompare(doc.layers, "count", 17)
            waitForColour("#C9B6E4")
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            tryCompare(doc.layers, "count", 18)
            waitForColour("#EDE6D6")

            // The opacity slider is in the layer's properties, from its menu.
            Gui.triggerLayerMenu(testCase, window, layerRow("Δημοτικά διαμερίσματα"), "layerProperties")
            const properties = Gui.findChild(window.contentItem, "layerPropertiesPopup")
            tryCompare(properties, "opened", true)
            const slider = Gui.findChild(properties, "opacity")
            waitForRendering(slider)
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
            compare(slider.value, 1) // the slider follows the layer
            properties.close()
            waitForColour("#EDE6D6")
        }

        // Saved and opened again, the group is still there.
        function test_6_groupsAreSaved() {
            const path = tempDir + "/workspace groups.polis"
            compare(doc.save(path, map.viewRect()), "")
            tryVerify(() => !doc.saving) // saved on a worker
            doc.source = path
            tryVerify(() => !doc.loading && doc.source === path && doc.layers.count === 18, 20000)
            const layers = doc.layers
            compare(layers.data(layers.index(layerRow("Αερολιμένες"), 0), LayerListModel.GroupRole), "Group")
            compare(layers.data(layers.index(layerRow("Δημοτικά διαμερίσματα"), 0), LayerListModel.GroupRole), "Group")
            compare(layers.data(layers.index(layerRow("Κύριοι δρόμοι"), 0), LayerListModel.GroupRole), "")
            compare(doc.errors.length, 0, doc.errors.join("\n"))
        }

        // Resting the pointer on a layer's name shows the whole name and its data's credit
        // (sample-data/ATTRIBUTIONS.md: the water districts come from agrisci/heraklion-waterstatus, MIT);
        // an illustrative layer shows only its name.
        function test_7_attributionOnTheName() {
            const water = Gui.findChild(rowItem("Περιοχές ύδρευσης ΔΕΥΑΗ"), "layerName")
            mouseMove(water, water.width / 2, water.height / 2)
            tryVerify(() => water.ToolTip.visible, 5000)
            verify(water.ToolTip.text.startsWith("Περιοχές ύδρευσης ΔΕΥΑΗ\n"), water.ToolTip.text)
            verify(water.ToolTip.text.includes("agrisci/heraklion-waterstatus"), water.ToolTip.text)
            verify(water.ToolTip.text.includes("MIT"), water.ToolTip.text)
            const roads = Gui.findChild(rowItem("Κύριοι δρόμοι"), "layerName")
            mouseMove(roads, roads.width / 2, roads.height / 2)
            tryVerify(() => roads.ToolTip.visible, 5000)
            compare(roads.ToolTip.text, "Κύριοι δρόμοι")
        }
    }
}

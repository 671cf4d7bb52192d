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

            // A bad expression shows GDAL's message and keeps the rows.
            typeFilter(panel, "kind = ")
            tryVerify(() => Gui.findChild(panel, "filterError").text.indexOf("kind = ") >= 0)
            compare(table.rows, 14)

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
    }
}

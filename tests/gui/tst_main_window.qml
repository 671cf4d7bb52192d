import QtQuick
import QtQuick.Controls
import QtTest
import Polis

// The whole application window as a person sees it: layers panel, map, status bar.
TestCase {
    id: testCase
    name: "MainWindow"
    when: windowShown

    property var window: null

    function findChild(item, name) {
        if (!item)
            return null
        if (item.objectName === name)
            return item
        const children = item.children || []
        for (let i = 0; i < children.length; ++i) {
            const found = findChild(children[i], name)
            if (found)
                return found
        }
        return null
    }

    function initTestCase() {
        const component = Qt.createComponent("qrc:/Polis/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, { source: sampleData + "/heraklion.polis", width: 1280, height: 800 })
        verify(window)
        waitForRendering(window.contentItem)
    }

    function cleanupTestCase() {
        if (window)
            window.destroy()
    }

    function test_windowShowsLayersMapAndStatus() {
        const map = findChild(window.contentItem, "mapView")
        verify(map)
        tryVerify(() => map.framesRendered > 0 && !map.rendering, 20000)
        const layerList = findChild(window.contentItem, "layerList")
        tryCompare(layerList, "count", 11)
        compare(findChild(window.contentItem, "mapCrs").text, "EPSG:2100")

        // Hovering the map shows the map coordinates and WGS84 of the cursor.
        const at = Qt.point(Math.round(map.width / 2), Math.round(map.height / 2))
        mouseMove(map, at.x - 10, at.y - 10)
        mouseMove(map, at.x, at.y)
        const p = map.mapPointAt(at)
        tryCompare(findChild(window.contentItem, "cursorMap"), "text", p.x.toFixed(1) + ", " + p.y.toFixed(1))
        // Heraklion is near 25.1 E, 35.3 N.
        const wgs = findChild(window.contentItem, "cursorWgs84").text
        verify(/WGS84 2[45]\.\d+, 35\.\d+/.test(wgs), wgs)

        // Typing a scale zooms the map to it.
        const scale = findChild(window.contentItem, "scaleField")
        scale.text = "50000"
        scale.accepted()
        fuzzyCompare(map.scaleDenominator, 50000, 1)
        // The layers panel opens a layer's attribute table; clicking a row selects the feature on the map.
        const openTable = findChild(window.contentItem, "openTable") // the top row: bike-share docks
        verify(openTable)
        mouseClick(openTable)
        const panel = findChild(window.contentItem, "attributeTablePanel")
        tryCompare(panel, "visible", true)
        const table = findChild(panel, "attributeTable")
        tryCompare(table, "rows", 12) // sample-data/README.md: 12 bike-share docks
        waitForRendering(table)
        mouseClick(table, 30, 12)
        tryCompare(map.document, "selectionCount", 1)
        tryVerify(() => !map.rendering, 20000)
        grabImage(window.contentItem.parent).save(screenshotPath.replace(".png", "-window.png"))
    }
}

import QtQuick
import QtQuick.Controls
import QtTest
import Polis
import "gui_helpers.js" as Gui

// The locator as a planner uses it from the keyboard: Ctrl+K opens the search field over the map; «ηρακλειο»
// typed on a Greek keyboard without accents lists the city of Heraklion first (GeoNames spells it «Irákleion»)
// and its municipality «Ηρακλείου» among the rest; Enter zooms the map there at street scale and selects the
// city; the arrow keys move through the list; a WGS84 pair takes the map to Lions Square (E 602931 N 3910906
// in EPSG:2100, sample-data/README.md); a click on a result zooms to it; Esc closes without moving the map; a
// scenario's added features are found once it is shown (the index is built again for its layers).
TestCase {
    id: testCase
    name: "Locator"
    when: windowShown

    property var window: null
    property var map: null
    property var bar: null

    function initTestCase() {
        verify(heraklionCity.x > 0) // from the sample's settlements layer (tst_gui.cpp)
        window = Gui.openMain(testCase, sampleData + "/heraklion.polis")
        map = Gui.findChild(window, "mapView")
        bar = Gui.findChild(window, "locatorBar")
        tryVerify(() => !map.document.loading && map.document.layers.count === 18, 20000)
        Gui.waitForFrame(testCase, map, 0)
    }

    function cleanupTestCase() {
        window.destroy()
    }

    function centreDistanceTo(x, y) {
        const r = map.viewRect()
        return Math.hypot(r.x + r.width / 2 - x, r.y + r.height / 2 - y)
    }

    // Opens the bar with Ctrl+K and types `text` over what it held; waits for the results.
    function search(text) {
        keySequence("Ctrl+K")
        tryVerify(() => bar.visible && Gui.findChild(bar, "locatorField").activeFocus)
        keyboard.type(text) // replaces the selected earlier query
        compare(Gui.findChild(bar, "locatorField").text, text)
        tryVerify(() => !bar.controller.searching && bar.controller.query === text, 10000)
        return bar.controller.results
    }

    function test_1_greekWithoutAccentsFindsHeraklion() {
        verify(!bar.visible)
        map.zoomToFullExtent()
        const results = search("ηρακλειο")
        verify(results.length >= 3, JSON.stringify(results))
        compare(results[0].label, "Irákleion")
        compare(results[0].layer, "Οικισμοί (GeoNames)")
        compare(results[0].kind, "point")
        verify(results.some(r => r.label === "Ηρακλείου"), JSON.stringify(results.map(r => r.label)))
        compare(bar.currentIndex, 0)
        waitForRendering(window.contentItem)
        grabImage(window.contentItem).save(screenshotPath.replace(".png", "-locator.png"))
        verify(centreDistanceTo(heraklionCity.x, heraklionCity.y) > 1000) // the whole municipality shown
        keyClick(Qt.Key_Return)
        tryVerify(() => !bar.visible)
        tryVerify(() => centreDistanceTo(heraklionCity.x, heraklionCity.y) < 1, 5000)
        verify(map.scaleDenominator < 10000, map.scaleDenominator) // street scale, not the whole map
        compare(map.document.selectionCount, 1)
        verify(map.activeFocus) // the keys go back to the map
    }

    function test_2_arrowKeysMove() {
        const results = search("σ") // many names hold a sigma
        verify(results.length > 3)
        compare(bar.currentIndex, 0)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        compare(bar.currentIndex, 2)
        keyClick(Qt.Key_Up)
        compare(bar.currentIndex, 1)
        keyClick(Qt.Key_Escape)
        verify(!bar.visible)
    }

    function test_3_wgs84PairZoomsToLionsSquare() {
        map.zoomToFullExtent()
        const results = search("35.3387 25.1343")
        compare(results[0].kind, "coordinate")
        compare(results[0].label, "35.33870° N, 25.13430° E")
        grabImage(window.contentItem).save(screenshotPath.replace(".png", "-locator-coordinates.png"))
        keyClick(Qt.Key_Return)
        tryVerify(() => centreDistanceTo(602931, 3910906) < 5, 5000, "centre " + JSON.stringify(map.viewRect()))
    }

    function test_4_clickAResult() {
        const results = search("κεντρο")
        compare(results[0].label, "Κέντρο") // the district
        compare(results[0].kind, "area")
        const list = Gui.findChild(bar, "locatorResults")
        const first = list.itemAtIndex(0)
        mouseMove(first, first.width / 2, first.height / 2) // as a hand does, before clicking
        mouseClick(first)
        tryVerify(() => !bar.visible)
        const view = map.viewRect()
        verify(view.width < 20000, JSON.stringify(view)) // the district, not the municipality
        compare(map.document.selectionCount, 1)
    }

    function test_5_escapeClosesWithoutMoving() {
        const before = map.viewRect()
        const results = search("602931 3910906")
        compare(results[0].kind, "coordinate")
        keyClick(Qt.Key_Escape)
        verify(!bar.visible)
        compare(map.viewRect(), before)
        search("xqxqxq")
        verify(Gui.findChild(bar, "locatorNothing").visible)
        keyClick(Qt.Key_Return) // nothing to go to
        verify(!bar.visible)
        compare(map.viewRect(), before)
    }

    function test_6_scenarioFeaturesAfterSwitching() {
        compare(search("διαδρομος 09").length, 0) // the baseline has no new runway
        keyClick(Qt.Key_Escape)
        map.document.activeScenario = "Airport to Kasteli + Pankritio marina"
        tryVerify(() => !map.document.loading, 20000)
        keySequence("Ctrl+K")
        tryVerify(() => bar.visible)
        keyClick(Qt.Key_End) // the earlier query kept, not selected
        keyClick(Qt.Key_Backspace) // the same query again, on the scenario's layers
        keyboard.type("9")
        compare(bar.controller.query, "διαδρομος 09")
        tryVerify(() => !bar.controller.searching && bar.controller.results.length > 0, 10000)
        compare(bar.controller.results[0].label, "Διάδρομος 09/27 Καστελίου")
        compare(bar.controller.results[0].kind, "line")
        keyClick(Qt.Key_Escape)
        map.document.activeScenario = "baseline"
        tryVerify(() => !map.document.loading, 20000)
    }
}

import QtQuick
import QtQuick.Controls
import QtTest
import Polis
import "gui_helpers.js" as Gui

// Comparing the sample's scenarios: side by side with synchronised views, swipe, difference view and the
// indicator table. Expected colours and values come from sample-data/README.md and the scenario sources.
TestCase {
    name: "Compare"
    when: windowShown

    readonly property string airport: "Airport to Kasteli + Pankritio marina"
    readonly property string fibre: "Fibre ring phase 2 + smart lighting"
    // The planning layer's park in scenario A is "proposed": the park colour #2E7D32 halfway to white,
    // #97BE99 (the planning style's status modifiers, sample-data/README.md).
    readonly property color parkGreen: "#97be99"

    property var window: null
    property var doc: null
    property var panel: null

    function initTestCase() {
        const component = Qt.createComponent("qrc:/Polis/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, { source: sampleData + "/heraklion.polis" })
        doc = Gui.findChild(window, "mapView").document
        tryVerify(() => !doc.loading && doc.layers.count === 18, 20000)
        panel = Gui.findChild(window, "comparePanel")
        verify(panel && !panel.visible)
    }

    function cleanupTestCase() {
        window.destroy()
    }

    function choose(name, text) {
        const box = Gui.findChild(panel, name)
        const index = box.find(text)
        verify(index >= 0, text)
        box.currentIndex = index
    }

    function rendered(view) {
        tryVerify(() => view.framesRendered > 0 && !view.rendering, 20000)
        wait(50)
        tryVerify(() => !view.rendering, 20000)
    }

    function sameRect(a, b) {
        const t = 1e-6 * a.width
        return Math.abs(a.x - b.x) < t && Math.abs(a.y - b.y) < t && Math.abs(a.width - b.width) < t
               && Math.abs(a.height - b.height) < t
    }

    function test_1_sideBySideShowsEachScenario() {
        mouseClick(Gui.findChild(window, "compareButton"))
        verify(panel.visible)
        choose("compareA", "baseline")
        choose("compareB", airport)
        const a = Gui.findChild(panel, "compareViewA")
        const b = Gui.findChild(panel, "compareViewB")
        compare(a.scenario, "baseline")
        compare(b.scenario, airport)
        a.zoomToRect(Qt.rect(parkCentre.x - 2000, parkCentre.y - 1500, 4000, 3000))
        verify(sameRect(a.viewRect(), b.viewRect()), "B follows A's zoom")
        rendered(a)
        rendered(b)
        const p = b.itemPointFor(parkCentre.x, parkCentre.y)
        verify(p.x > 0 && p.x < b.width && p.y > 0 && p.y < b.height)
        verify(Gui.near(b.frameColorAt(p.x, p.y), parkGreen, 0.05), "the park in B: " + b.frameColorAt(p.x, p.y))
        verify(!Gui.near(a.frameColorAt(p.x, p.y), parkGreen, 0.15), "no park in the baseline: " + a.frameColorAt(p.x, p.y))
    }

    function test_2_panningOneViewMovesTheOther() {
        const a = Gui.findChild(panel, "compareViewA")
        const b = Gui.findChild(panel, "compareViewB")
        const before = a.viewRect()
        mouseDrag(b, b.width / 2, b.height / 2, 80, -50)
        const after = b.viewRect()
        verify(Math.abs(after.x - before.x) > 10 * b.mapUnitsPerPixel(), "the drag moved B")
        verify(sameRect(a.viewRect(), after), "A follows B: " + a.viewRect() + " vs " + after)
        mouseDrag(a, a.width / 2, a.height / 2, -80, 50) // and back, dragging A
        verify(sameRect(b.viewRect(), a.viewRect()))
        verify(Math.abs(a.viewRect().x - after.x) > 10 * a.mapUnitsPerPixel(), "the drag moved A")
    }

    function test_3_swipeDividerRevealsB() {
        mouseClick(Gui.findChild(panel, "compareSwipe"))
        const swipe = Gui.findChild(panel, "compareSwipeView")
        const under = Gui.findChild(swipe, "swipeViewA")
        const over = Gui.findChild(swipe, "swipeViewB")
        tryVerify(() => swipe.visible && swipe.width > 0)
        verify(sameRect(under.viewRect(), over.viewRect()))
        rendered(under)
        rendered(over)
        const p = under.itemPointFor(parkCentre.x, parkCentre.y)
        const divider = Gui.findChild(swipe, "swipeDivider")
        // Divider right of the park: B (with the park) shows there.
        mouseDrag(divider, divider.width / 2, divider.height / 2, p.x + 60 - (divider.x + divider.width / 2), 0)
        verify(divider.x > p.x, "divider at " + divider.x)
        // What the window shows there (the two views composited), not what either view holds.
        const w = swipe.mapToItem(null, p.x, p.y)
        waitForRendering(window.contentItem)
        let image = grabImage(window.contentItem.parent)
        verify(Gui.near(image.pixel(w.x, w.y), parkGreen, 0.05), "B at the park: " + image.pixel(w.x, w.y))
        // Divider left of it: A (the baseline, no park).
        mouseDrag(divider, divider.width / 2, divider.height / 2, p.x - 60 - (divider.x + divider.width / 2), 0)
        verify(divider.x < p.x, "divider at " + divider.x)
        waitForRendering(window.contentItem)
        image = grabImage(window.contentItem.parent)
        verify(!Gui.near(image.pixel(w.x, w.y), parkGreen, 0.15), "A at the park: " + image.pixel(w.x, w.y))
    }

    function test_4_differenceMarksWhatBAdds() {
        mouseClick(Gui.findChild(panel, "compareDifference"))
        const view = Gui.findChild(panel, "differenceView")
        tryVerify(() => view.visible && view.width > 0)
        compare(view.compareTo, "baseline")
        compare(view.scenario, airport)
        rendered(view)
        const p = view.itemPointFor(parkCentre.x, parkCentre.y)
        verify(Gui.near(view.frameColorAt(p.x, p.y), panel.controller.addedColor, 0.05),
               "added colour at the park: " + view.frameColorAt(p.x, p.y))
        // src/scenario_changes.csv: the scenario adds the runway, the marina and the park, modifies the two
        // airports and removes the Linoperamata power station (sites fid 3).
        compare(panel.controller.added, 3)
        compare(panel.controller.removed, 1)
        compare(panel.controller.modified, 2)
        verify(Gui.findChild(panel, "legendAdded").text.indexOf("3") >= 0)
        view.zoomToFullExtent()
        rendered(view)
        waitForRendering(window.contentItem)
        grabImage(window.contentItem.parent).save(screenshotPath.replace(".png", "-difference.png"))
    }

    function cell(indicator, scenario) {
        const c = Gui.findChild(panel, "indicator:" + indicator + ":" + scenario)
        return c ? c.text : ""
    }

    function test_5_indicatorTable() {
        tryVerify(() => !panel.controller.job.busy && panel.controller.table.length === 6, 30000)
        compare(panel.controller.tableScenarios, ["baseline", airport, fibre])
        // The values of sample-data/README.md's indicator table, with units and differences to the baseline.
        tryVerify(() => cell("Fibre (km)", "baseline") === "17.854 km", 30000) // computed on a worker
        compare(cell("Fibre (km)", fibre), "20.007 km (+2.153)")
        compare(cell("Street lights", fibre), "76 (+7)")
        compare(cell("Public buildings within 2 km of an operating airport", airport), "0 (-5)")
        // Money in the user's locale, thousands grouped (sample-data/README.md: 480000000 and 2450000).
        const eur = (v) => Number(v).toLocaleString(Qt.locale(), "f", 0)
        compare(cell("Cost phase 1 (EUR)", airport), eur(480000000) + " (+" + eur(480000000) + ")")
        compare(cell("Cost phase 2 (EUR)", fibre), eur(2450000) + " (+" + eur(2450000) + ")")
        // SpatiaLite over heraklion.gpkg and the phase-2 routes of scenario_changes.csv: 1 school within
        // 200 m of the baseline ring, 2 with phase 2.
        compare(cell("Schools within 200 m of fibre", fibre), "2 (+1)")
        // Switching the window to Greek recomputes the table in Greek: the indicators' titles of
        // sample-data/src/indicators.json and Greek number formatting (17,854).
        LanguageSettings.language = "el"
        tryVerify(() => cell("Οπτική ίνα (km)", "baseline") === "17,854 km", 30000)
        LanguageSettings.language = ""
        tryVerify(() => cell("Fibre (km)", "baseline") === "17.854 km", 30000)
        mouseClick(Gui.findChild(panel, "compareSideBySide"))
        const b = Gui.findChild(panel, "compareViewB")
        rendered(b)
        waitForRendering(window.contentItem)
        grabImage(window.contentItem.parent).save(screenshotPath.replace(".png", "-compare.png"))
    }

    function test_6_closes() {
        mouseClick(Gui.findChild(panel, "compareClose"))
        verify(!panel.visible)
    }
}

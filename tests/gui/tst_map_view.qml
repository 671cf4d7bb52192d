import QtQuick
import QtTest
import Polis

Item {
    width: 640
    height: 480

    MapView {
        id: map
        width: 640
        height: 480
        source: sampleData + "/heraklion.polis"
    }

TestCase {
    name: "MapView"
    when: windowShown

    // Heraklion City Hall (the Loggia) in sample-data/heraklion.gpkg, EPSG:2100, drawn in #D7301F (see
    // sample-data/README.md); the fibre ring in #E0208C.
    readonly property point loggia: Qt.point(602857.70, 3910993.67)

    function near(c, hex) {
        const e = Qt.color(hex)
        return Math.abs(c.r - e.r) < 0.1 && Math.abs(c.g - e.g) < 0.1 && Math.abs(c.b - e.b) < 0.1
    }

    function waitForFrame(previous) {
        tryVerify(() => !map.loading && map.framesRendered > previous && !map.rendering, 20000)
    }

    function test_1_loadsTheSampleProject() {
        waitForFrame(0)
        compare(map.errors.length, 0, map.errors.join("\n"))
        compare(map.crs, "EPSG:2100")
        verify(map.layerCount >= 10)
        grabImage(map).save(screenshotPath)
    }

    function test_2_showsTheCityHallInItsColour() {
        let frames = map.framesRendered
        map.zoomToExtent(loggia.x - 150, loggia.y - 150, loggia.x + 150, loggia.y + 150)
        waitForFrame(frames)
        const p = map.itemPointFor(loggia.x, loggia.y)
        compare(Math.round(p.x), 320)
        compare(Math.round(p.y), 240)
        verify(near(map.frameColorAt(p.x, p.y), "#D7301F"), map.frameColorAt(p.x, p.y))
        verify(!near(map.frameColorAt(p.x + 60, p.y), "#D7301F"))
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
        verify(near(map.frameColorAt(after.x, after.y), "#D7301F"))
        verify(!near(map.frameColorAt(before.x, before.y), "#D7301F"))
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
}
}

import QtQuick
import QtQuick.Controls
import QtTest
import Polis
import "gui_helpers.js" as Gui

// The planner's question on the sample city: which schools are within 200 m of the fibre ring?
TestCase {
    name: "QueryPanel"
    when: windowShown

    property var window: null
    property var doc: null
    property var panel: null

    SignalSpy {
        id: exportedSpy
        signalName: "exported"
    }

    function initTestCase() {
        const component = Qt.createComponent("qrc:/Polis/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, { source: sampleData + "/heraklion.polis" })
        doc = Gui.findChild(window, "mapView").document
        tryVerify(() => !doc.loading && doc.layers.count === 18, 20000) // the 17 layers of sample-data/src/polis_layers.csv and the planning layer
        window.requestActivate() // typing goes to the focus window
        tryVerify(() => window.active)
        panel = Gui.findChild(window, "queryPanel")
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

    function test_1_schoolsNearTheFibreRing() {
        verify(schoolsNearFibreRing > 0)
        mouseClick(Gui.findChild(window, "queryButton"))
        verify(panel.visible)
        choose("queryLayer", "Δημόσια κτίρια")
        choose("queryWith", "Δακτύλιος οπτικών ινών")
        Gui.findChild(panel, "queryPredicate").currentIndex = 5 // within a distance of
        compare(Gui.findChild(panel, "queryDistance").value, 200)
        const where = Gui.findChild(panel, "queryWhere")
        mouseClick(where)
        for (const c of "kind = 'school'")
            keyClick(c)
        compare(where.text, "kind = 'school'")
        mouseClick(Gui.findChild(panel, "queryRun"))
        tryVerify(() => !panel.controller.job.busy && panel.controller.count >= 0, 20000)
        compare(panel.controller.error, "")
        compare(panel.controller.count, schoolsNearFibreRing)
        compare(doc.selectionCount, schoolsNearFibreRing)
        compare(panel.controller.history.length, 1)
        verify(panel.controller.history[0].label.indexOf("school") >= 0, panel.controller.history[0].label)
        verify(Gui.findChild(panel, "queryCount").text.indexOf(String(schoolsNearFibreRing)) >= 0)
        const map = Gui.findChild(window, "mapView")
        tryVerify(() => map.framesRendered > 0 && !map.rendering, 20000)
        waitForRendering(window.contentItem)
        grabImage(window.contentItem.parent).save(screenshotPath.replace(".png", "-query.png"))
    }

    function test_2_historyRerunsAfterTheSelectionIsCleared() {
        doc.clearSelection()
        compare(doc.selectionCount, 0)
        const history = Gui.findChild(panel, "queryHistory")
        mouseClick(history.itemAtIndex(0))
        tryVerify(() => doc.selectionCount === schoolsNearFibreRing, 20000)
    }

    function test_3_liveQueryFollowsNewData() {
        mouseClick(Gui.findChild(panel, "queryLive"))
        verify(panel.controller.live)
        doc.clearSelection()
        doc.reload() // the layers read again: new data
        tryVerify(() => !doc.loading && doc.selectionCount === schoolsNearFibreRing, 20000)
        mouseClick(Gui.findChild(panel, "queryLive"))
        verify(!panel.controller.live)
    }

    function test_4_exportsTheResult() {
        exportedSpy.target = panel.controller
        panel.controller.exportResult(tempDir + "/schools.geojson") // what the save dialog hands over
        exportedSpy.wait(20000)
        compare(exportedSpy.signalArguments[0][1], "")
        const check = Qt.createQmlObject("import Polis; MapDocument {}", window)
        check.source = tempDir + "/schools.geojson"
        tryVerify(() => !check.loading && check.layers.count === 1, 20000)
        compare(check.layers.data(check.layers.index(0, 0), Qt.UserRole + 5), schoolsNearFibreRing)
        check.destroy()
    }

    function test_5_statisticsGroupByAField() {
        Gui.findChild(panel, "queryWhere").text = ""
        choose("queryGroupField", "kind")
        mouseClick(Gui.findChild(panel, "queryRun"))
        tryVerify(() => !panel.controller.job.busy && panel.controller.history.length === 2, 20000)
        compare(panel.controller.error, "")
        verify(panel.controller.count >= schoolsNearFibreRing)
        const groups = panel.controller.statistics
        verify(groups.length > 1, JSON.stringify(groups))
        compare(groups.reduce((n, g) => n + g.count, 0), panel.controller.count)
        verify(groups.some(g => g.key === "school" && g.count === schoolsNearFibreRing), JSON.stringify(groups))
    }
}

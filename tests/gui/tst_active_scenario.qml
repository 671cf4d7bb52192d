import QtQuick
import QtQuick.Controls
import QtTest
import Polis
import "gui_helpers.js" as Gui

// The scenario a planner works in is part of the project: chosen in the toolbar, saved, shown again on
// reopening, kept through an import (which saves and reloads the project), and Compare opens with the
// baseline (A) against it (B).
TestCase {
    id: testCase
    name: "ActiveScenario"
    when: windowShown

    readonly property string airport: "Airport to Kasteli + Pankritio marina"
    readonly property string path: tempDir + "/active scenario.polis"
    property var window: null
    property var reopened: null

    function cleanupTestCase() {
        if (reopened)
            reopened.destroy()
        window.destroy()
    }

    function documentOf(w) {
        return Gui.findChild(w, "mapView").document
    }

    function test_1_theChosenScenarioIsSaved() {
        window = Gui.openMain(testCase, sampleData + "/heraklion.polis")
        const doc = documentOf(window)
        tryVerify(() => !doc.loading && doc.layers.count === 18, 20000)
        compare(doc.activeScenario, "baseline")
        const box = Gui.findChild(window, "scenarioBox")
        mouseClick(box) // opens the list
        const popup = box.popup
        tryVerify(() => popup.opened)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Return)
        tryVerify(() => doc.activeScenario === airport && !doc.loading, 20000)
        compare(doc.save(path, Gui.findChild(window, "mapView").viewRect()), "")
        tryVerify(() => !doc.saving)
    }

    function test_2_reopeningShowsIt() {
        reopened = Gui.openMain(testCase, path)
        const doc = documentOf(reopened)
        tryVerify(() => !doc.loading && doc.layers.count === 18 && doc.activeScenario === airport, 20000)
        compare(Gui.findChild(reopened, "scenarioBox").currentText, airport)
    }

    function test_3_compareOpensBaselineAgainstIt() {
        mouseClick(Gui.findChild(reopened, "compareButton"))
        const panel = Gui.findChild(reopened, "comparePanel")
        tryVerify(() => panel.visible)
        compare(Gui.findChild(panel, "compareA").currentText, "baseline")
        compare(Gui.findChild(panel, "compareB").currentText, airport)
        compare(Gui.findChild(panel, "compareViewB").scenario, airport)
        panel.visible = false
    }

    function test_4_anImportKeepsIt() {
        const doc = documentOf(reopened)
        const dialog = Gui.findChild(reopened, "importDialog")
        dialog.openWith([sampleData + "/coastline.geojson"])
        tryVerify(() => !dialog.controller.job.busy && dialog.controller.readyCount === 1, 20000)
        mouseClick(Gui.findChild(dialog.contentItem, "importRun"))
        tryVerify(() => doc.layers.count === 19 && !doc.loading, 20000) // the 18 sample layers and the import
        compare(doc.activeScenario, airport)
        compare(Gui.findChild(reopened, "scenarioBox").currentText, airport)
        dialog.close()
    }
}

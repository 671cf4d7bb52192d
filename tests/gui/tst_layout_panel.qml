import QtQuick
import QtQuick.Controls
import QtTest
import Polis
import "gui_helpers.js" as Gui

// The council's map: the layout panel previews page 1 with the map's colours, keeps its settings in the
// project, and exports a PDF.
TestCase {
    name: "LayoutPanel"
    when: windowShown

    property var window: null
    property var doc: null
    property var panel: null

    SignalSpy {
        id: exportedSpy
        signalName: "exported"
    }
    Component {
        id: reopenedComponent
        LayoutController {
            document: MapDocument {}
        }
    }

    function initTestCase() {
        const component = Qt.createComponent("qrc:/Polis/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, { source: sampleData + "/heraklion.polis" })
        doc = Gui.findChild(window, "mapView").document
        tryVerify(() => !doc.loading && doc.layers.count === 18, 20000) // the 17 layers of sample-data/src/polis_layers.csv and the planning layer
        window.requestActivate() // typing goes to the focus window
        tryVerify(() => window.active)
        panel = Gui.findChild(window, "layoutPanel")
        verify(panel && !panel.visible)
    }

    function cleanupTestCase() {
        window.destroy()
    }

    function test_1_previewShowsTheMapColours() {
        mouseClick(Gui.findChild(window, "layoutButton"))
        verify(panel.visible)
        const preview = Gui.findChild(panel, "layoutPreview")
        // The fibre ring (#E0208C) and the public buildings (#D7301F), as sample-data/README.md styles them.
        tryVerify(() => Gui.countColour(grabImage(preview), "#E0208C", 0.12, 1) > 0, 20000, "no fibre ring colour")
        verify(Gui.countColour(grabImage(preview), "#D7301F", 0.12, 1) > 0, "no public buildings colour")
    }

    function test_2_settingsAreKeptInTheProject() {
        const title = Gui.findChild(panel, "layoutTitle")
        mouseClick(title)
        title.selectAll()
        for (const c of "Fibre ring")
            keyClick(c)
        compare(panel.controller.settings.title, "Fibre ring")
        mouseClick(Gui.findChild(panel, "layout_overview"))
        compare(panel.controller.settings.overview, true)
        const path = tempDir + "/layout.polis"
        compare(doc.save(path, Qt.rect(0, 0, 0, 0)), "")
        tryVerify(() => !doc.saving) // saved on a worker
        const reopened = reopenedComponent.createObject(null)
        reopened.document.source = path
        tryVerify(() => !reopened.document.loading && reopened.document.layers.count === 18, 20000)
        compare(reopened.settings.title, "Fibre ring")
        compare(reopened.settings.overview, true)
        reopened.destroy()
        waitForRendering(window.contentItem)
        wait(500) // the preview follows the new title
        grabImage(window.contentItem.parent).save(screenshotPath.replace(".png", "-layout.png"))
    }

    function test_3_exportsAPdf() {
        exportedSpy.target = panel.controller
        panel.controller.exportTo(tempDir + "/council map.pdf", 150) // what the save dialog hands over
        exportedSpy.wait(30000)
        compare(exportedSpy.signalArguments[0][1], "")
        const request = new XMLHttpRequest()
        request.open("GET", "file://" + tempDir + "/council map.pdf", false)
        request.send()
        verify(request.responseText.startsWith("%PDF"), request.responseText.substring(0, 16))
    }

    function test_4_theActiveScenarioIsThePagesScenario() {
        // The window shows a scenario: the page it prints is labelled with that scenario, not the baseline.
        const scenario = "Airport to Kasteli + Pankritio marina" // sample-data/README.md
        verify(doc.scenarios.indexOf(scenario) >= 0, doc.scenarios.join("|"))
        doc.activeScenario = scenario
        tryVerify(() => doc.activeScenario === scenario && !doc.loading, 20000)
        exportedSpy.clear()
        panel.controller.exportTo(tempDir + "/scenario.svg", 96)
        exportedSpy.wait(30000)
        compare(exportedSpy.signalArguments[0][1], "")
        const request = new XMLHttpRequest()
        request.open("GET", "file://" + tempDir + "/scenario.svg", false)
        request.send()
        const svg = request.responseText
        verify(svg.indexOf("Scenario: " + scenario) >= 0, "the page does not name the scenario shown")
        verify(svg.indexOf("Scenario: baseline") < 0, "the page is labelled baseline")
        doc.activeScenario = "baseline"
        tryVerify(() => !doc.loading, 20000)
    }
}

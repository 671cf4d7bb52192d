import QtQuick
import QtQuick.Controls
import QtTest
import Polis
import "gui_helpers.js" as Gui

// The import wizard as GIS staff use it: open it from the toolbar, choose a shapefile, read what was found,
// embed it into the saved project, see it on the map and the summary in the emptied list; a broken file names
// itself in the error; a layer without CRS gets its own, checked against its coordinates.
TestCase {
    name: "ImportDialog"
    when: windowShown

    property var window: null
    property var doc: null
    property var dialog: null

    function initTestCase() {
        const component = Qt.createComponent("qrc:/Polis/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, { source: sampleData + "/roads.geojson" })
        window.requestActivate() // typed EPSG codes go to the active window (Xvfb has no window manager)
        tryVerify(() => window.active, 5000)
        doc = Gui.findChild(window, "mapView").document
        tryVerify(() => !doc.loading && doc.layers.count === 1, 20000)
        compare(doc.save(tempDir + "/import.polis", Qt.rect(0, 0, 0, 0)), "")
        tryVerify(() => !doc.saving) // saved on a worker
        doc.source = tempDir + "/import.polis"
        tryVerify(() => !doc.loading && doc.layers.count === 1, 20000)
        dialog = Gui.findChild(window, "importDialog")
        verify(dialog)
    }

    function cleanupTestCase() {
        window.destroy()
    }

    function label(name) {
        const item = Gui.findChild(dialog.contentItem, name)
        verify(item, name)
        return item.text
    }

    function test_1_inspectsTheDistricts() {
        mouseClick(Gui.findChild(window, "importButton"))
        tryVerify(() => dialog.opened)
        dialog.controller.add([sampleData + "/districts.shp"]) // what the file dialog hands over
        tryVerify(() => !dialog.controller.job.busy && dialog.controller.layers.length === 1, 20000)
        compare(dialog.controller.errors.length, 0, dialog.controller.errors.join("\n"))
        compare(label("importFormat"), "ESRI Shapefile")
        compare(label("importCrs"), "EPSG:2100")
        verify(label("importEncoding").startsWith("UTF-8"), label("importEncoding"))
        verify(/[\u0391-\u03C9]/.test(label("importSample")), label("importSample"))
        const preview = Gui.findChild(dialog.contentItem, "importPreview")
        tryVerify(() => preview.framesRendered > 0 && !preview.rendering, 20000)
        waitForRendering(window.contentItem)
        grabImage(window.contentItem.parent).save(screenshotPath.replace(".png", "-import.png"))
    }

    function test_1b_anEncodingOverrideChangesTheSample() {
        const utf8Sample = label("importSample")
        const box = Gui.findChild(dialog.contentItem, "importEncodingOverride")
        box.currentIndex = 2 // Windows Greek (CP1253), chosen as a person would
        box.activated(2)
        tryVerify(() => !dialog.controller.job.busy && label("importEncoding").startsWith("CP1253"), 20000)
        verify(label("importSample") !== utf8Sample, label("importSample"))
        box.currentIndex = 0 // back to the detected UTF-8 for the import
        box.activated(0)
        tryVerify(() => !dialog.controller.job.busy && label("importSample") === utf8Sample, 20000)
    }

    function test_2_embedsIntoTheProject() {
        const map = Gui.findChild(window, "mapView")
        const frames = map.framesRendered
        const run = Gui.findChild(dialog.contentItem, "importRun")
        compare(run.text, qsTr("Import %n layer(s)", "", 1))
        mouseClick(run)
        tryVerify(() => !doc.loading && doc.layers.count === 2, 20000)
        compare(doc.errors.length, 0, doc.errors.join("\n"))
        // The list is emptied (a second click cannot import it twice) and the summary names what came in.
        tryVerify(() => dialog.controller.layers.length === 0 && dialog.controller.summary.length === 1)
        verify(!run.enabled)
        const line = Gui.findChild(dialog.contentItem, "importSummaryLine")
        verify(line.visible && line.text.indexOf("districts (districts.shp)") === 0 && line.text.indexOf("EPSG:2100") > 0,
               line.text)
        waitForRendering(dialog.contentItem)
        grabImage(window.contentItem.parent).save(screenshotPath.replace(".png", "-import-summary.png"))
        dialog.close()
        const top = doc.layers.index(0, 0)
        compare(doc.layers.data(top, Qt.UserRole + 1), "districts")
        tryVerify(() => map.framesRendered > frames && !map.rendering, 20000)
        const fill = Gui.overWhite(doc.layers.data(top, Qt.UserRole + 6))
        verify(Gui.countColour(grabImage(map), fill, 0.04, 3) > 100, "no districts colour " + fill)
    }

    function test_3_aBrokenFileNamesItself() {
        dialog.openWith([tempDir + "/broken.geojson"])
        tryVerify(() => !dialog.controller.job.busy && dialog.controller.errors.length === 1, 20000)
        verify(dialog.controller.errors[0].indexOf("broken.geojson") >= 0, dialog.controller.errors[0])
        const shown = Gui.findChild(dialog.contentItem, "importError")
        verify(shown && shown.visible && shown.text.indexOf("broken.geojson") >= 0)
        dialog.close()
    }

    function typeEpsg(card, digits) {
        const field = Gui.findChild(card, "importLayerEpsg")
        verify(field.visible)
        mouseClick(field)
        field.selectAll()
        keyClick(Qt.Key_Delete)
        for (const d of digits)
            keyClick(d)
        keyClick(Qt.Key_Return)
    }

    function card(i) {
        const list = Gui.findChild(dialog.contentItem, "importReports")
        return list.itemAtIndex(i)
    }

    // The districts without their .prj and a GeoJSON (WGS 84): only the districts wait for a CRS. Degrees
    // (EPSG:4326) cannot hold their Greek Grid coordinates: a problem on their card, until "Import anyway"
    // or the suggestion. The coastline is imported at once and leaves the list; the districts follow.
    function test_4_aLayerWithoutCrsGetsItsOwn() {
        const run = Gui.findChild(dialog.contentItem, "importRun")
        dialog.openWith([tempDir + "/noprj", sampleData + "/coastline.geojson"]) // a dropped folder and a file
        tryVerify(() => !dialog.controller.job.busy && dialog.controller.layers.length === 2, 20000)
        const districts = dialog.controller.layers[0].layer === "districts" ? 0 : 1
        compare(Gui.findChild(card(districts), "importCrs").text, qsTr("none declared"))
        compare(Gui.findChild(card(districts), "importState").text, qsTr("Waits"))
        compare(Gui.findChild(card(1 - districts), "importState").text, qsTr("Ready"))
        compare(run.text, qsTr("Import %n layer(s)", "", 1))
        typeEpsg(card(districts), "4326")
        tryVerify(() => !dialog.controller.job.busy && dialog.controller.layers[districts].crs === "EPSG:4326", 20000)
        const problem = Gui.findChild(card(districts), "importCrsProblem")
        verify(problem.visible && problem.text.indexOf("cannot be in EPSG:4326") > 0
               && problem.text.indexOf("EPSG:2100") > 0, problem.text)
        compare(Gui.findChild(card(districts), "importState").text, qsTr("Waits"))
        waitForRendering(dialog.contentItem)
        grabImage(window.contentItem.parent).save(screenshotPath.replace(".png", "-import-crs-problem.png"))
        const anyway = Gui.findChild(card(districts), "importAnyway")
        verify(anyway.visible)
        mouseClick(anyway)
        compare(Gui.findChild(card(districts), "importState").text, qsTr("Ready"))
        compare(dialog.controller.readyCount, 2)
        mouseClick(Gui.findChild(card(districts), "importAnyway")) // not really: the suggestion is right
        compare(dialog.controller.readyCount, 1)

        mouseClick(run) // the coastline alone
        tryVerify(() => !doc.loading && doc.layers.count === 3, 20000)
        tryVerify(() => dialog.controller.layers.length === 1 && dialog.controller.summary.length === 1, 20000)
        verify(dialog.controller.summary[0].indexOf("coastline") === 0, dialog.controller.summary[0])
        compare(dialog.controller.layers[0].layer, "districts")

        const suggestion = Gui.findChild(card(0), "importUseSuggested")
        verify(suggestion.visible && suggestion.text.indexOf("EPSG:2100") >= 0, suggestion.text)
        mouseClick(suggestion)
        tryVerify(() => !dialog.controller.job.busy && dialog.controller.layers[0].crs === "EPSG:2100"
                  && dialog.controller.layers[0].ready, 20000)
        verify(!Gui.findChild(card(0), "importCrsProblem").visible)
        compare(Gui.findChild(card(0), "importLayerEpsg").text, "2100")
        mouseClick(run)
        tryVerify(() => !doc.loading && doc.layers.count === 4, 20000)
        compare(doc.errors.length, 0, doc.errors.join("\n"))
        tryVerify(() => dialog.controller.layers.length === 0)
        dialog.close()
    }

    function test_3b_problemsAreShown() {
        dialog.openWith([tempDir + "/bowtie.geojson"])
        tryVerify(() => !dialog.controller.job.busy && dialog.controller.layers.length === 1, 20000)
        verify(/1 invalid/.test(label("importProblems")), label("importProblems"))
        dialog.close()
    }

    function test_4a_inspectingCanBeCancelled() {
        dialog.openWith([tempDir + "/many points.geojson"])
        tryVerify(() => dialog.opened)
        const cancel = Gui.findChild(dialog.contentItem, "importCancel")
        verify(cancel.enabled) // busy: 200,000 features are being checked
        mouseClick(cancel)
        tryVerify(() => !dialog.controller.job.busy, 20000)
        compare(dialog.controller.status, qsTr("Cancelled."))
        compare(dialog.controller.layers.length, 0)
    }

    function test_4b_keepsAReference() {
        const before = doc.layers.count
        dialog.openWith([sampleData + "/coastline.geojson"])
        tryVerify(() => dialog.opened && !dialog.controller.job.busy && dialog.controller.layers.length === 1, 20000)
        mouseClick(Gui.findChild(dialog.contentItem, "importReference"))
        mouseClick(Gui.findChild(dialog.contentItem, "importRun"))
        tryVerify(() => !doc.loading && doc.layers.count === before + 1, 20000)
        compare(dialog.controller.layers.length, 0)
        dialog.close()
        compare(doc.layers.data(doc.layers.index(0, 0), Qt.UserRole + 1), "coastline")
    }

    function test_5_anEmptyMapImportsIntoANewProject() {
        const fresh = Qt.createComponent("qrc:/Polis/Main.qml").createObject(null)
        const freshDoc = Gui.findChild(fresh, "mapView").document
        const wizard = Gui.findChild(fresh, "importDialog")
        wizard.openWith([sampleData + "/districts.shp"])
        tryVerify(() => !wizard.controller.job.busy && wizard.controller.layers.length === 1, 20000)
        wizard.controller.embedInto(tempDir + "/new project", Qt.rect(0, 0, 0, 0)) // as the save dialog would
        tryVerify(() => !freshDoc.loading && freshDoc.layers.count === 1, 20000)
        compare(wizard.controller.errors.length, 0, wizard.controller.errors.join("\n"))
        compare(freshDoc.source, tempDir + "/new project.polis")
        compare(freshDoc.crs, "EPSG:2100")
        fresh.destroy()
    }
}

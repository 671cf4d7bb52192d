import QtQuick
import QtQuick.Controls
import QtTest
import Polis
import "gui_helpers.js" as Gui

// Opening a project that has a recovery copy (tst_gui.cpp writes one in which the public buildings are
// #123456 instead of the project's #D7301F): the dialog offers it, Recover shows the edit on the map,
// unsaved; closing the window then asks Save / Discard / Cancel.
TestCase {
    name: "Recovery"
    when: windowShown

    property var window: null
    property var doc: null
    property var map: null

    function initTestCase() {
        const component = Qt.createComponent("qrc:/Polis/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, { source: recoverableProject })
        map = Gui.findChild(window, "mapView")
        doc = map.document
        tryVerify(() => !doc.loading && doc.layers.count === 18, 20000)
    }

    function cleanupTestCase() {
        if (window)
            window.destroy()
    }

    // The map pixel at City Hall, after the current frame is drawn.
    function colourAtCityHall() {
        map.zoomToRect(Qt.rect(cityHall.x - 1000, cityHall.y - 800, 2000, 1600))
        tryVerify(() => map.framesRendered > 0 && !map.rendering, 20000)
        wait(50)
        tryVerify(() => !map.rendering, 20000)
        const p = map.itemPointFor(cityHall.x, cityHall.y)
        return map.frameColorAt(p.x, p.y)
    }

    // The button named `name` in a dialog's DialogButtonBox footer.
    function button(dialog, name) {
        for (let i = 0; i < dialog.footer.count; ++i) {
            if (dialog.footer.itemAt(i).objectName === name)
                return dialog.footer.itemAt(i)
        }
        return null
    }

    function test_1_recoverRestoresTheEdit() {
        const dialog = Gui.findChild(window, "recoveryDialog")
        verify(dialog)
        tryVerify(() => dialog.opened)
        verify(Gui.near(colourAtCityHall(), "#D7301F", 0.08), "the saved red: " + colourAtCityHall())
        verify(!doc.modified)
        mouseClick(button(dialog, "recoverButton"))
        tryVerify(() => !dialog.visible)
        tryVerify(() => doc.modified, 20000)
        compare(doc.source, recoverableProject)
        tryVerify(() => Gui.near(colourAtCityHall(), "#123456", 0.08), 20000, "the recovered colour")
        // The copy's scenario is shown again, as opening the project shows its saved one.
        tryCompare(doc, "activeScenario", "Fibre ring phase 2 + smart lighting", 20000)
        // Still unsaved: autosave writes the copy again and says so in the status bar.
        const status = Gui.findChild(window, "autosaveStatus")
        compare(status.text, "")
        Gui.findChild(window, "autosave").interval = 200
        tryVerify(() => status.text.indexOf("Autosaved ") === 0, 20000)
        verify(/^Autosaved \d\d:\d\d$/.test(status.text), status.text)
    }

    function test_2_closingAsksAboutUnsavedChanges() {
        const dialog = Gui.findChild(window, "unsavedDialog")
        window.close()
        tryVerify(() => dialog.opened)
        verify(window.visible)
        mouseClick(button(dialog, "closeCancelButton"))
        tryVerify(() => !dialog.visible)
        verify(window.visible)
        window.close()
        tryVerify(() => dialog.opened)
        waitForRendering(window.contentItem)
        grabImage(window.contentItem.parent).save(screenshotPath.replace(".png", "-unsaved.png"))
        mouseClick(button(dialog, "closeDiscardButton"))
        tryVerify(() => !window.visible)
    }
}

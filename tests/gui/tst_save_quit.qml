import QtQuick
import QtQuick.Controls
import QtTest
import Polis
import "gui_helpers.js" as Gui

// Saving as a planner expects, from the keyboard: Ctrl+Shift+S asks for a name (Save enabled once one is
// typed, asking before replacing a file), Ctrl+S then saves in place with "Saved hh:mm" in the status bar,
// Ctrl+N starts an empty map (asking about unsaved edits), Ctrl+Q quits (asking too). The menu bar lists
// every action with its shortcut.
TestCase {
    id: testCase
    name: "SaveQuit"
    when: windowShown

    property var window: null
    property var doc: null

    function initTestCase() {
        window = Gui.openMain(testCase, sampleData + "/heraklion.polis")
        doc = Gui.findChild(window, "mapView").document
        tryVerify(() => !doc.loading && doc.layers.count === 18, 20000)
        // Work on a copy: a failing step must never save into the sample's folder.
        compare(doc.save(tempDir + "/heraklion.polis", Qt.rect(0, 0, 0, 0)), "")
        tryVerify(() => !doc.saving && doc.source === tempDir + "/heraklion.polis")
    }

    function cleanupTestCase() {
        window.destroy()
    }

    function button(popup, name) { // the buttons are in the dialog's footer
        return Gui.findChild(popup.footer, name)
    }

    function type(text) {
        for (const c of text)
            keyClick(c)
    }

    function test_1_saveAsAsksForAName() {
        keySequence("Ctrl+Shift+S")
        const dialog = Gui.findChild(window.contentItem.parent, "saveAsDialog")
        tryVerify(() => dialog.opened)
        const save = button(dialog, "saveAsSave")
        compare(save.text, qsTr("Save"))
        compare(Gui.findChild(dialog, "saveAsFolder").text, tempDir) // the project's folder
        const name = Gui.findChild(dialog, "saveAsName")
        compare(name.text, "heraklion.polis") // the project's name, selected
        keyClick(Qt.Key_Delete)
        verify(!save.enabled)
        type("plan")
        verify(save.enabled)
        waitForRendering(window.contentItem)
        grabImage(window.contentItem.parent).save(screenshotPath.replace(".png", "-save-as.png"))
        mouseClick(save)
        tryVerify(() => !dialog.opened && !doc.saving && doc.fileExists(tempDir + "/plan.polis"), 20000)
        compare(doc.source, tempDir + "/plan.polis") // Ctrl+S saves here from now on
        const status = Gui.findChild(window, "autosaveStatus")
        tryVerify(() => /^Saved \d\d:\d\d$/.test(status.text), 5000, status.text)
    }

    function test_2_saveAsAsksBeforeReplacing() {
        keySequence("Ctrl+Shift+S")
        const dialog = Gui.findChild(window.contentItem.parent, "saveAsDialog")
        tryVerify(() => dialog.opened)
        compare(Gui.findChild(dialog, "saveAsName").text, "plan.polis")
        keyClick(Qt.Key_Return)
        const replace = Gui.findChild(window.contentItem.parent, "replaceDialog")
        tryVerify(() => replace.opened)
        mouseClick(button(replace, "replaceCancelButton"))
        tryVerify(() => !replace.opened)
        verify(dialog.opened) // back to choosing a name
        mouseClick(button(dialog, "saveAsSave"))
        tryVerify(() => replace.opened)
        mouseClick(button(replace, "replaceButton"))
        tryVerify(() => !replace.opened && !dialog.opened && !doc.saving, 20000)
    }

    function test_3_ctrlSSavesInPlace() {
        doc.layers.setLayerOpacity(doc.layers.layerId(0), 0.5) // an edit
        verify(doc.modified)
        keySequence("Ctrl+S")
        tryVerify(() => !doc.modified && !doc.saving, 20000) // no dialog: saved where it was
        verify(!Gui.findChild(window.contentItem.parent, "saveAsDialog").opened)
        compare(doc.source, tempDir + "/plan.polis")
    }

    function test_4_theMenuShowsShortcuts() {
        const bar = window.menuBar
        verify(bar && bar.count === 8, "eight menus")
        const titles = []
        for (let i = 0; i < bar.count; ++i)
            titles.push(bar.menuAt(i).title)
        compare(titles, [qsTr("File"), qsTr("Edit"), qsTr("View"), qsTr("Layer"), qsTr("Scenario"), qsTr("Analysis"),
                         qsTr("Layout"), qsTr("Help")])
        mouseClick(bar.itemAt(0)) // opens File
        const file = bar.menuAt(0)
        tryVerify(() => file.opened)
        waitForRendering(window.contentItem)
        grabImage(window.contentItem.parent).save(screenshotPath.replace(".png", "-file-menu.png"))
        const shortcuts = []
        for (let i = 0; i < file.count; ++i) {
            const item = file.itemAt(i)
            if (item.action)
                shortcuts.push(item.action.text + " " + item.action.shortcut)
        }
        verify(shortcuts.indexOf(qsTr("Save") + " Ctrl+S") >= 0, shortcuts.join(", "))
        verify(shortcuts.indexOf(qsTr("Quit") + " Ctrl+Q") >= 0, shortcuts.join(", "))
        keyClick(Qt.Key_Escape)
        tryVerify(() => !file.opened)
    }

    function test_5_newAsksAboutUnsavedEdits() {
        doc.layers.setLayerOpacity(doc.layers.layerId(0), 0.8)
        verify(doc.modified)
        keySequence("Ctrl+N")
        const unsaved = Gui.findChild(window.contentItem.parent, "unsavedDialog")
        tryVerify(() => unsaved.opened)
        mouseClick(button(unsaved, "closeCancelButton"))
        tryVerify(() => !unsaved.opened)
        compare(doc.layers.count, 18) // cancelled: nothing happened
        keySequence("Ctrl+N")
        tryVerify(() => unsaved.opened)
        mouseClick(button(unsaved, "closeDiscardButton"))
        tryVerify(() => doc.layers.count === 0 && doc.source === "" && !doc.modified)
        verify(window.visible) // a new map, not a closed window
    }

    function test_6_quitAsksAboutUnsavedEditsThenCloses() {
        doc.addSources([sampleData + "/coastline.geojson"])
        tryVerify(() => !doc.loading && doc.layers.count === 1)
        doc.layers.setLayerOpacity(doc.layers.layerId(0), 0.5)
        verify(doc.modified)
        keySequence("Ctrl+Q")
        const unsaved = Gui.findChild(window.contentItem.parent, "unsavedDialog")
        tryVerify(() => unsaved.opened)
        verify(window.visible)
        mouseClick(button(unsaved, "closeDiscardButton"))
        tryVerify(() => !window.visible)
    }
}

import QtQuick
import QtQuick.Controls
import QtTest
import Polis
import "gui_helpers.js" as Gui

// The window in the user's language, switched at once from the status bar's language box (kept in
// QSettings): Greek texts in the toolbar, layers, query, layout and compare panels; Hebrew mirrors the window
// (the layers panel moves to the right) but not the map.
TestCase {
    id: testCase
    name: "Languages"
    when: windowShown

    property var window: null

    // The visible item under `root` showing exactly `text`, or null.
    function findText(root, text) {
        if (!root)
            return null
        if (root.visible && root.text === text)
            return root
        const children = root.children || []
        for (let i = 0; i < children.length; ++i) {
            const found = findText(children[i], text)
            if (found)
                return found
        }
        return null
    }

    function expectTexts(texts) {
        const root = window.contentItem.parent
        for (const t of texts)
            tryVerify(() => findText(root, t) !== null, 5000, "\"" + t + "\" is not shown")
    }

    function initTestCase() {
        window = Gui.openMain(testCase, sampleData + "/heraklion.polis")
        tryCompare(Gui.findChild(window.contentItem, "layerList"), "count", 18)
    }

    function cleanupTestCase() {
        LanguageSettings.language = "" // the system's again, for the tests that follow
        if (window)
            window.destroy()
    }

    // Unfolds the classes (kinds and statuses) of the planning layer, the styled one, from its row.
    function showPlanningClasses() {
        const layers = Gui.findChild(window.contentItem, "mapView").document.layers
        let row = 0
        while (row < layers.count && layers.data(layers.index(row, 0), LayerListModel.LegendRole).length === 0)
            ++row
        verify(row < layers.count, "no styled layer")
        const list = Gui.findChild(window.contentItem, "layerList")
        list.positionViewAtIndex(row, ListView.Contain)
        waitForRendering(list)
        const toggle = Gui.findChild(list.itemAtIndex(row), "legendToggle")
        if (!list.itemAtIndex(row).legendShown) {
            mouseMove(toggle)
            mouseClick(toggle)
        }
        tryVerify(() => list.itemAtIndex(row).legendShown)
    }

    function test_1_greek() {
        const box = Gui.findChild(window.contentItem.parent, "languageBox")
        verify(box)
        box.currentIndex = box.indexOfValue("el")
        box.activated(box.currentIndex) // as a click on "Ελληνικά" does
        compare(LanguageSettings.language, "el")
        compare(box.currentText, "Ελληνικά")
        showPlanningClasses()
        // The toolbar, the layers panel and the status bar, without reopening anything.
        expectTexts(["Εισαγωγή…", "Ερώτημα…", "Διάταξη εκτύπωσης…", "Σύγκριση…", "Επίπεδα", "18 επίπεδα", "Κλίμακα 1:",
                     "υφιστάμενη κατάσταση", "αεροδρόμιο", "προτεινόμενο"]) // the baseline, planning kinds, statuses
        Gui.findChild(window.contentItem, "queryPanel").visible = true
        expectTexts(["Ερώτημα", "Επιλογή από", "Εκτέλεση"])
        Gui.findChild(window.contentItem, "queryPanel").visible = false
        Gui.findChild(window.contentItem, "layoutPanel").visible = true
        expectTexts(["Διάταξη εκτύπωσης", "Υπόμνημα", "Βέλος βορρά", "Γραφική κλίμακα"])
        const map = Gui.findChild(window.contentItem, "mapView")
        tryVerify(() => map.framesRendered > 0 && !map.rendering, 20000)
        waitForRendering(window.contentItem)
        grabImage(window.contentItem.parent).save(screenshotPath.replace(".png", "-greek.png"))
        Gui.findChild(window.contentItem, "layoutPanel").visible = false
        const comparePanel = Gui.findChild(window.contentItem.parent, "comparePanel")
        comparePanel.visible = true
        expectTexts(["Σύγκριση", "Δίπλα-δίπλα", "Σάρωση", "Διαφορά"])
        comparePanel.visible = false
        verify(findText(window.contentItem.parent, "Import…") === null)
    }

    function test_2_hebrewMirrors() {
        LanguageSettings.language = "he"
        verify(LanguageSettings.rightToLeft)
        showPlanningClasses()
        expectTexts(["שכבות", "ייבוא…", "שאילתה…", "מצב קיים", "שדה תעופה"])
        const root = window.contentItem.parent
        const layersTitle = findText(root, "שכבות")
        const layerList = Gui.findChild(window.contentItem, "layerList")
        tryVerify(() => layerList.mapToItem(root, 0, 0).x > root.width / 2, 5000, "the layers panel is not on the right")
        verify(layersTitle.mapToItem(root, 0, 0).x > root.width / 2)
        // The map keeps its own geometry: west stays on the left.
        const map = Gui.findChild(window.contentItem, "mapView")
        verify(!map.LayoutMirroring.enabled)
        tryVerify(() => map.framesRendered > 0 && !map.rendering, 20000)
        waitForRendering(window.contentItem)
        grabImage(root).save(screenshotPath.replace(".png", "-hebrew.png"))
    }
}

import QtQuick
import QtQuick.Controls
import QtTest
import Polis
import "gui_helpers.js" as Gui

// The compact layers panel on the Heraklion sample: at 1600 x 1000 every layer's row is on screen at once;
// the layer menu (its "⋯" or a right-click) renames, removes, zooms and shows properties. At 1280 x 800, in
// English and in Greek, no text of the toolbar, the status bar or the layers panel is cut off. The toolbar's
// buttons show icons of the icon theme that load, and tooltips.
Item {
    TestCase {
        id: testCase
        name: "LayersPanel"
        when: windowShown

        property var window: null
        property var map: null
        property var doc: null
        property var list: null

        function initTestCase() {
            window = Gui.openMain(testCase, sampleData + "/heraklion.polis", 1600, 1000)
            map = Gui.findChild(window.contentItem, "mapView")
            doc = map.document
            list = Gui.findChild(window.contentItem, "layerList")
            tryVerify(() => !doc.loading && doc.layers.count === 18 && map.framesRendered > 0 && !map.rendering, 20000)
        }

        function cleanupTestCase() {
            LanguageSettings.language = "" // the system's again, for the tests that follow
            if (window)
                window.destroy()
        }

        function screenshot(name) {
            waitForRendering(window.contentItem)
            grabImage(window.contentItem.parent).save(screenshotPath.replace(".png", "-" + name + ".png"))
        }

        // Every row of the sample (16 layers) lies wholly inside the list, which lies inside the window: no
        // scrolling needed.
        function test_1_everyRowFitsAt1600x1000() {
            const root = window.contentItem
            list.positionViewAtBeginning()
            waitForRendering(list)
            const l = list.mapToItem(root, 0, 0)
            verify(l.x >= 0 && l.y >= 0 && l.x + list.width <= root.width && l.y + list.height <= root.height,
                   "the list is outside the window: " + l + " " + list.width + "x" + list.height)
            for (let r = 0; r < doc.layers.count; ++r) {
                const row = list.itemAtIndex(r)
                verify(row, "row " + r + " is not shown")
                const p = row.mapToItem(list, 0, 0)
                const what = "row " + r + " (" + row.name + ") at " + p.x + "," + p.y + " " + row.width + "x" + row.height
                verify(row.visible && row.height > 0, what)
                verify(p.y >= 0 && p.y + row.height <= list.height + 0.5, what + " is outside the list's " + list.height)
                verify(p.x >= 0 && p.x + row.width <= list.width + 0.5, what)
                verify(Gui.findChild(row, "layerName").width > 40, what + ": no room for the name")
            }
            screenshot("panel-1600")
        }

        // Rename from the menu: the name is edited in place, Enter keeps it, one undo step.
        function test_2_renameFromTheMenu() {
            const r = Gui.layerRow(doc, "Κύριοι δρόμοι")
            Gui.triggerLayerMenu(testCase, window, r, "renameLayer")
            const field = Gui.findChild(list.itemAtIndex(r), "layerNameField")
            tryVerify(() => field.visible && field.activeFocus)
            compare(field.selectedText, "Κύριοι δρόμοι")
            for (const c of "Roads")
                keyClick(c)
            keyClick(Qt.Key_Return)
            tryCompare(Gui.findChild(list.itemAtIndex(r), "layerName"), "text", "Roads")
            compare(Gui.layerRow(doc, "Roads"), r)
            compare(doc.undoText, "Rename Κύριοι δρόμοι to Roads")
            verify(!field.visible)
            doc.undo()
            compare(Gui.layerRow(doc, "Κύριοι δρόμοι"), r)
        }

        // Remove from the menu, opened by a right-click on the row; undo brings the layer back.
        function test_3_removeFromARightClickMenu() {
            const r = Gui.layerRow(doc, "Αερολιμένες")
            list.positionViewAtIndex(r, ListView.Contain)
            const name = Gui.findChild(list.itemAtIndex(r), "layerName")
            mouseMove(name)
            mouseClick(name, name.width / 2, name.height / 2, Qt.RightButton)
            const menu = Gui.findChild(window.contentItem, "layerMenu")
            tryCompare(menu, "opened", true)
            compare(menu.layerId, doc.layers.layerId(r))
            const remove = Gui.findChild(menu, "removeLayer")
            mouseMove(remove)
            mouseClick(remove)
            tryCompare(doc.layers, "count", 17)
            compare(Gui.layerRow(doc, "Αερολιμένες"), -1)
            doc.undo()
            tryCompare(doc.layers, "count", 18)
            compare(Gui.layerRow(doc, "Αερολιμένες"), r)
        }

        // Zoom to layer frames the layer: the view's centre moves to the layer's centre.
        function test_4_zoomFromTheMenu() {
            map.zoomToFullExtent()
            const before = map.viewRect()
            const r = Gui.layerRow(doc, "Δημόσια κτίρια")
            const extent = doc.layers.layerExtent(doc.layers.layerId(r))
            verify(extent.width > 0 && extent.width < before.width / 4, "the public buildings' extent: " + extent)
            Gui.triggerLayerMenu(testCase, window, r, "zoomToLayer")
            tryVerify(() => map.viewRect().width < before.width / 2, 5000, "still " + map.viewRect())
            const v = map.viewRect()
            fuzzyCompare(v.x + v.width / 2, extent.x + extent.width / 2, extent.width / 10)
            fuzzyCompare(v.y + v.height / 2, extent.y + extent.height / 2, extent.height / 10)
            verify(v.width >= extent.width && v.height >= extent.height, "the view " + v + " cuts " + extent)
        }

        // Properties show the layer's credit and opacity; the classes of a styled layer unfold under its row.
        function test_5_propertiesAndClasses() {
            const r = Gui.layerRow(doc, "Περιοχές ύδρευσης ΔΕΥΑΗ")
            Gui.triggerLayerMenu(testCase, window, r, "layerProperties")
            const popup = Gui.findChild(window.contentItem, "layerPropertiesPopup")
            tryCompare(popup, "opened", true)
            compare(Gui.findChild(popup, "propertiesTitle").text, "Περιοχές ύδρευσης ΔΕΥΑΗ")
            compare(Gui.findChild(popup, "opacity").value,
                    doc.layers.data(doc.layers.index(r, 0), LayerListModel.OpacityRole))
            screenshot("layer-properties")
            popup.close()
            tryCompare(popup, "visible", false)

            let styled = 0
            while (doc.layers.data(doc.layers.index(styled, 0), LayerListModel.LegendRole).length === 0)
                ++styled
            list.positionViewAtIndex(styled, ListView.Contain)
            waitForRendering(list)
            const row = list.itemAtIndex(styled)
            const height = row.height
            const toggle = Gui.findChild(row, "legendToggle")
            mouseMove(toggle)
            mouseClick(toggle)
            tryVerify(() => row.height > height + 100, 5000, "the classes did not unfold: " + row.height)
            Gui.openLayerMenu(testCase, window, styled)
            screenshot("layer-menu")
            keyClick(Qt.Key_Escape)
            tryCompare(Gui.findChild(window.contentItem, "layerMenu"), "visible", false)
            mouseClick(toggle)
            tryCompare(row, "height", height)
        }

        // A description of every text under `root` cut off: a Text wider than its room without elide or
        // wrap, a button narrower than its text, or either sticking out of its parent (a list's rows may
        // scroll: only their sides count).
        function clippedTexts(root, found) {
            if (!root || !root.visible || root.width <= 0)
                return found
            const text = typeof root.text === "string" ? root.text : ""
            const isText = text !== "" && root.elide !== undefined && root.wrapMode !== undefined
            const isButton = text !== "" && root.display !== undefined && root.display !== AbstractButton.IconOnly
            const what = () => "\"" + text + "\" " + root.width.toFixed(1) + " wide (needs " + root.implicitWidth.toFixed(1) + ")"
            if (isText && root.implicitWidth > root.width + 0.5 && root.elide === Text.ElideNone && root.wrapMode === Text.NoWrap)
                found.push(what() + ": cut off")
            if (isButton && root.implicitWidth > root.width + 0.5)
                found.push("button " + what() + ": cut off")
            const p = root.parent
            if ((isText || isButton) && p && p.width > 0) {
                const scrolled = p.parent && p.parent.contentItem === p
                if (root.x < -0.5 || root.x + root.width > p.width + 0.5
                        || (isText && !scrolled && (root.y < -0.5 || root.y + root.height > p.height + 0.5)))
                    found.push(what() + " at " + root.x.toFixed(1) + "," + root.y.toFixed(1) + " sticks out of its parent " + p.width.toFixed(1) + "x" + p.height.toFixed(1))
            }
            for (const child of Array.from(root.children || []))
                clippedTexts(child, found)
            return found
        }

        function expectNothingClipped(language) {
            const parts = [window.header, window.footer, Gui.findChild(window.contentItem, "layersPanel")]
            for (const part of parts) {
                verify(part && part.visible)
                const p = part.mapToItem(window.contentItem.parent, 0, 0)
                verify(p.x >= 0 && p.x + part.width <= window.width + 0.5, language + ": " + part + " leaves the window")
                const clipped = clippedTexts(part, [])
                verify(clipped.length === 0, language + ": " + clipped.join("; "))
            }
        }

        function test_6_nothingClippedAt1280x800() {
            window.width = 1280
            window.height = 800
            tryCompare(window.contentItem.parent, "width", 1280)
            list.positionViewAtBeginning()
            waitForRendering(window.contentItem)
            expectNothingClipped("English")
            screenshot("1280-en")

            LanguageSettings.language = "el"
            tryVerify(() => Gui.findChild(window.contentItem, "layersPanel").children.length > 0
                      && Gui.findChild(window.header, "importButton").text === "Εισαγωγή…", 5000)
            waitForRendering(window.contentItem)
            expectNothingClipped("Greek")
            screenshot("1280-el")
            LanguageSettings.language = ""
        }

        // Each toolbar button: an icon that loads (at 1x and 2x) and a tooltip with its name.
        function test_7_toolbarIcons() {
            const buttons = []
            const collect = (item) => {
                if (item.icon !== undefined && item.display !== undefined && item.checkable !== undefined)
                    buttons.push(item)
                for (const child of Array.from(item.children || []))
                    collect(child)
            }
            collect(window.header)
            verify(buttons.length >= 15, buttons.length + " buttons")
            for (const b of buttons) {
                const source = b.icon.source.toString()
                verify(source.endsWith(".svg"), b.text + ": " + source)
                // Its name (or its longer description) first, then the shortcut if it has one.
                verify(b.ToolTip.text.length > 0 && b.ToolTip.text.indexOf(b.tip || b.text) === 0,
                       b.text + ": tooltip \"" + b.ToolTip.text + "\"")
                for (const size of [20, 40]) { // 1x and 2x
                    const image = Qt.createQmlObject("import QtQuick; Image {}", testCase)
                    image.sourceSize = Qt.size(size, size)
                    image.source = source
                    tryCompare(image, "status", Image.Ready, 5000, source)
                    compare(image.implicitWidth, size)
                    image.destroy()
                }
            }
            const shortcutTip = Gui.findChild(window.header, "zoomInButton").ToolTip.text
            verify(shortcutTip.indexOf("Ctrl++") > 0, shortcutTip)
        }
    }
}

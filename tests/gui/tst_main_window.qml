import QtQuick
import QtQuick.Controls
import QtTest
import Polis
import "gui_helpers.js" as Gui

// The whole application window as a person sees it: layers panel, map, status bar.
TestCase {
    id: testCase
    name: "MainWindow"
    when: windowShown

    property var window: null

    function initTestCase() {
        const component = Qt.createComponent("qrc:/Polis/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, { source: sampleData + "/heraklion.polis", width: 1280, height: 800 })
        verify(window)
        waitForRendering(window.contentItem)
    }

    function cleanupTestCase() {
        if (window)
            window.destroy()
    }

    function test_windowShowsLayersMapAndStatus() {
        const map = Gui.findChild(window.contentItem, "mapView")
        verify(map)
        tryVerify(() => map.framesRendered > 0 && !map.rendering, 20000)
        const layerList = Gui.findChild(window.contentItem, "layerList")
        tryCompare(layerList, "count", 18) // the 17 layers of sample-data/src/polis_layers.csv and the planning layer
        compare(Gui.findChild(window.contentItem, "mapCrs").text, "EPSG:2100")

        // Hovering the map shows the map coordinates and WGS84 of the cursor.
        const at = Qt.point(Math.round(map.width / 2), Math.round(map.height / 2))
        mouseMove(map, at.x - 10, at.y - 10)
        mouseMove(map, at.x, at.y)
        const p = map.mapPointAt(at)
        tryCompare(Gui.findChild(window.contentItem, "cursorMap"), "text", p.x.toFixed(1) + ", " + p.y.toFixed(1))
        // Heraklion is near 25.1 E, 35.3 N.
        const wgs = Gui.findChild(window.contentItem, "cursorWgs84").text
        verify(/WGS84 2[45]\.\d+, 35\.\d+/.test(wgs), wgs)

        // Typing a scale zooms the map to it.
        const scale = Gui.findChild(window.contentItem, "scaleField")
        scale.text = "50000"
        scale.accepted()
        fuzzyCompare(map.scaleDenominator, 50000, 1)
        // The layers panel opens a layer's attribute table; clicking a row selects the feature on the map.
        Gui.triggerLayerMenu(testCase, window, 0, "openTable") // the top row: bike-share docks
        const panel = Gui.findChild(window.contentItem, "attributeTablePanel")
        tryCompare(panel, "visible", true)
        const table = Gui.findChild(panel, "attributeTable")
        tryCompare(table, "rows", 12) // sample-data/README.md: 12 bike-share docks
        waitForRendering(table)
        mouseClick(table, 30, 12)
        tryCompare(map.document, "selectionCount", 1)
        // Measuring: the toolbar's Measure button, then clicks on the map add points.
        const measureButton = Gui.findChild(window.contentItem.parent, "measureButton")
        mouseClick(measureButton)
        const tool = Gui.findChild(window.contentItem, "measureTool")
        tryCompare(tool, "visible", true)
        mouseClick(map, 200, 200)
        mouseClick(map, 400, 200)
        compare(tool.controller.points.length, 2)
        const a = map.mapPointAt(Qt.point(200, 200)), b = map.mapPointAt(Qt.point(400, 200))
        fuzzyCompare(tool.controller.planar, Math.abs(b.x - a.x), map.mapUnitsPerPixel())
        verify(/km|m/.test(Gui.findChild(window.contentItem, "measureResult").text))
        tryVerify(() => !map.rendering, 20000)
        grabImage(window.contentItem.parent).save(screenshotPath.replace(".png", "-window.png"))
    }

    // The style panel, opened from the layers panel, makes the districts categorized by name: each district
    // then shows its Set1 colour (categories in text order: Ammoudara, Fortetsa, Kentro, ...). Undo restores.
    function test_stylePanelCategorizesDistricts() {
        const map = Gui.findChild(window.contentItem, "mapView")
        const doc = map.document
        tryVerify(() => !doc.loading && map.framesRendered > 0 && !map.rendering, 20000)
        let row = -1
        for (let r = 0; r < doc.layers.count; ++r) {
            if (doc.layers.data(doc.layers.index(r, 0), Qt.UserRole + 1) === "Δημοτικά διαμερίσματα")
                row = r
            else
                doc.layers.setLayerVisible(doc.layers.layerId(r), false)
        }
        verify(row >= 0)
        doc.layers.setLayerOpacity(doc.layers.layerId(row), 1)
        map.zoomToExtent(597000, 3905000, 610000, 3912000)
        // Interior points (PointOnSurface) of two districts in sample-data/districts.shp.
        const kentro = () => map.itemPointFor(602638.33, 3910305.81)
        const fortetsa = () => map.itemPointFor(604640.28, 3906207.79)
        const colourAt = (p) => map.frameColorAt(p.x, p.y)
        tryVerify(() => !map.rendering && Gui.near(colourAt(kentro()), "#EDE6D6"), 20000)

        Gui.triggerLayerMenu(testCase, window, row, "openStyle")
        const panel = Gui.findChild(window.contentItem, "stylePanel")
        tryCompare(panel, "visible", true)
        // Reordering the layer list while the panel is open leaves it on the same layer (its id, not a row).
        const districts = doc.layers.layerId(row)
        compare(panel.layerId, districts)
        doc.layers.moveLayer(districts, doc.layers.layerId(0))
        compare(Gui.layerRow(doc, "Δημοτικά διαμερίσματα"), 0)
        compare(panel.layerId, districts)
        compare(Gui.findChild(panel, "styleTitle").text, qsTr("Style: %1").arg("Δημοτικά διαμερίσματα"))
        const mode = Gui.findChild(panel, "styleMode")
        compare(mode.currentIndex, 0) // the sample's single symbol
        mode.currentIndex = 1
        const field = Gui.findChild(panel, "styleField")
        field.currentIndex = field.find("name_en")
        const ramp = Gui.findChild(panel, "styleRamp")
        ramp.currentIndex = ramp.find("Set1")
        mouseClick(Gui.findChild(panel, "applyStyle"))
        tryVerify(() => !map.rendering && Gui.near(colourAt(kentro()), "#4DAF4A"), 20000, String(colourAt(kentro())))
        verify(Gui.near(colourAt(fortetsa()), "#377EB8"), String(colourAt(fortetsa())))
        compare(doc.layers.data(doc.layers.index(0, 0), Qt.UserRole + 8).length, 6) // 5 districts + other
        verify(doc.canUndo)

        doc.undo()
        tryVerify(() => !map.rendering && Gui.near(colourAt(kentro()), "#EDE6D6"), 20000)
        doc.redo()
        tryVerify(() => !map.rendering && Gui.near(colourAt(fortetsa()), "#377EB8"), 20000)

        Gui.findChild(panel, "labelsEnabled").checked = true
        const labelField = Gui.findChild(panel, "labelField")
        labelField.currentIndex = labelField.find("name_en")
        mouseClick(Gui.findChild(panel, "applyStyle"))
        tryVerify(() => doc.undoText.length > 0 && !map.rendering, 20000)
        grabImage(window.contentItem.parent).save(screenshotPath.replace(".png", "-styles.png"))

        doc.undo()
        doc.undo()
        doc.undo() // the move
        compare(Gui.layerRow(doc, "Δημοτικά διαμερίσματα"), row)
        for (let r = 0; r < doc.layers.count; ++r)
            doc.layers.setLayerVisible(doc.layers.layerId(r), true)
        doc.layers.setLayerOpacity(doc.layers.layerId(row), 0.55)
        panel.closed()
    }
}

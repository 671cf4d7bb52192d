import QtQuick
import QtQuick.Controls
import QtTest
import Polis
import "gui_helpers.js" as Gui

// Opening the sample from the welcome page, saving the map as a project, reopening it, adding layers.
TestCase {
    name: "ProjectWorkflow"
    when: windowShown

    property var window: null

    function cleanupTestCase() {
        if (window)
            window.destroy()
    }

    Component {
        id: documentComponent
        MapDocument {}
    }

    function test_1_welcomeOpensTheSample() {
        const component = Qt.createComponent("qrc:/Polis/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, { sampleProject: sampleData + "/heraklion.polis" })
        waitForRendering(window.contentItem)
        const button = Gui.findChild(window.contentItem.parent, "openSample")
        verify(button && button.visible)
        mouseClick(button)
        const map = Gui.findChild(window.contentItem, "mapView")
        tryCompare(map.document.layers, "count", 18, 20000) // sample-data/src/polis_layers.csv and the planning layer: 18 layers
        tryVerify(() => !map.document.loading)
        verify(!button.visible)
    }

    function test_2_saveAndReopen() {
        const map = Gui.findChild(window.contentItem, "mapView")
        map.document.layers.setLayerVisible(map.document.layers.layerId(0), false) // the top layer hidden, saved as such
        const path = tempDir + "/Έργο δοκιμής.polis"
        compare(map.document.save(path, map.viewRect()), "")
        tryVerify(() => !map.document.saving) // saved on a worker
        const reopened = documentComponent.createObject(null, { source: path })
        tryVerify(() => !reopened.loading && reopened.layers.count > 0, 20000)
        compare(reopened.errors.length, 0, reopened.errors.join("\n"))
        compare(reopened.layers.count, 18)
        compare(reopened.crs, "EPSG:2100")
        compare(reopened.scenarios.length, 3) // baseline and the two sample scenarios survive a save
        const visibleRole = Qt.UserRole + 2
        compare(reopened.layers.data(reopened.layers.index(0, 0), visibleRole), false)
        compare(reopened.layers.data(reopened.layers.index(1, 0), visibleRole), true)
        verify(reopened.recentProjects.indexOf(path) >= 0, reopened.recentProjects.join("\n"))
        reopened.destroy()
    }

    function test_3_addLayersFromFiles() {
        const map = Gui.findChild(window.contentItem, "mapView")
        const before = map.document.layers.count
        map.document.addSources([sampleData + "/roads.geojson", sampleData + "/no-such-file.shp"])
        tryCompare(map.document.layers, "count", before + 1, 20000)
        tryVerify(() => !map.document.loading)
        // The bad file is reported by name; the good one is on top.
        verify(map.document.errors.some(e => e.indexOf("no-such-file.shp") >= 0), map.document.errors.join("\n"))
        compare(map.document.layers.data(map.document.layers.index(0, 0), Qt.UserRole + 1), "roads")
    }
}

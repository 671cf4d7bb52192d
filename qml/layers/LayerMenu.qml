import QtQuick
import QtQuick.Controls
import Polis

// The menu of one layer of the layers panel (its row's "⋯" or a right-click): zoom, style, table,
// properties, rename, drawing order, group, removal. One menu serves every row: show() sets the layer.
Menu {
    id: menu
    required property LayerListModel layers
    property string layerId
    property int row: -1
    property bool vector: true // rasters have no style editor nor table
    signal zoomRequested(string layerId)
    signal styleRequested(string layerId)
    signal tableRequested(string layerId)
    signal propertiesRequested(string layerId)
    signal renameRequested(string layerId)

    objectName: "layerMenu"

    /// Opens the menu of the layer in `row` at (x, y) of item `at`.
    function show(row, at, x, y) {
        const m = menu.layers
        menu.row = row
        menu.layerId = m.layerId(row)
        menu.vector = m.data(m.index(row, 0), LayerListModel.FeatureCountRole) >= 0
        groupMenu.group = m.data(m.index(row, 0), LayerListModel.GroupRole)
        menu.popup(at, x, y)
    }

    MenuItem {
        objectName: "zoomToLayer"
        text: qsTr("Zoom to layer")
        onTriggered: menu.zoomRequested(menu.layerId)
    }
    MenuItem {
        objectName: "openStyle"
        text: qsTr("Style…")
        enabled: menu.vector
        onTriggered: menu.styleRequested(menu.layerId)
    }
    MenuItem {
        objectName: "openTable"
        text: qsTr("Attribute table…")
        enabled: menu.vector
        onTriggered: menu.tableRequested(menu.layerId)
    }
    MenuItem {
        objectName: "layerProperties"
        text: qsTr("Properties…")
        onTriggered: menu.propertiesRequested(menu.layerId)
    }
    MenuItem {
        objectName: "renameLayer"
        text: qsTr("Rename")
        onTriggered: menu.renameRequested(menu.layerId)
    }
    MenuSeparator {}
    MenuItem {
        objectName: "moveUp"
        text: qsTr("Draw above the layer over it")
        enabled: menu.row > 0
        onTriggered: menu.layers.moveLayer(menu.layerId, menu.layers.layerId(menu.row - 1))
    }
    MenuItem {
        objectName: "moveDown"
        text: qsTr("Draw below the layer under it")
        enabled: menu.row >= 0 && menu.row < menu.layers.count - 1
        onTriggered: menu.layers.moveLayer(menu.layerId, menu.layers.layerId(menu.row + 1))
    }
    LayerGroupMenu {
        id: groupMenu
        layers: menu.layers
        layerId: menu.layerId
    }
    MenuSeparator {}
    MenuItem {
        objectName: "removeLayer"
        text: qsTr("Remove")
        onTriggered: menu.layers.removeLayer(menu.layerId)
    }
}

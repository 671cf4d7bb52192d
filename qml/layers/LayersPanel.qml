import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// The layers of the map, top of the drawing order first, one compact row each: groups (collapsible,
// shown/hidden together), visibility, a legend swatch mirroring each layer's style, name, feature count; the
// order by dragging a row's handle; everything else from the layer's menu (its "⋯" or a right-click).
Pane {
    id: panel
    required property MapDocument document
    signal zoomToLayer(rect extent)
    signal openTable(string layerId, string name)
    signal openStyle(string layerId)

    // Collapsed groups by name (panel state, not saved).
    property var collapsed: ({})
    // The row being dragged and the row it would be dropped on (-1 = none).
    property int dragFrom: -1
    property int dropRow: -1
    // Layers whose classes are unfolded, by id (panel state, not saved), and the layer being renamed.
    property var legendsShown: ({})
    property string renamingId

    function toggleLegend(layerId) {
        const next = Object.assign({}, legendsShown)
        next[layerId] = !next[layerId]
        legendsShown = next
    }

    function toggleCollapsed(group) {
        const next = Object.assign({}, collapsed)
        next[group] = !next[group]
        collapsed = next
    }

    function dragTo(point) {
        const p = list.contentItem.mapFromItem(list, point.x, point.y)
        dropRow = list.indexAt(list.width / 2, p.y)
    }

    padding: 6

    ColumnLayout {
        anchors.fill: parent
        Label {
            text: qsTr("Layers")
            font.bold: true
        }
        ListView {
            id: list
            objectName: "layerList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.document.layers
            spacing: 1
            section.property: "group"
            section.criteria: ViewSection.FullString
            section.delegate: GroupHeader {
                layers: panel.document.layers
                collapsed: !!panel.collapsed[section]
                onToggleCollapsed: panel.toggleCollapsed(section)
            }
            delegate: LayerDelegate {
                width: list.width
                document: panel.document
                folded: group !== "" && !!panel.collapsed[group]
                legendShown: !!panel.legendsShown[layerId]
                renaming: panel.renamingId === layerId
                dropTarget: panel.dragFrom >= 0 && panel.dropRow === index && panel.dropRow !== panel.dragFrom
                dropAbove: panel.dragFrom > index
                onZoomRequested: panel.zoomToLayer(panel.document.layers.layerExtent(layerId))
                onMenuRequested: (at, x, y) => layerMenu.show(index, at, x, y)
                onLegendToggled: panel.toggleLegend(layerId)
                onRenamed: (name) => {
                    panel.renamingId = ""
                    panel.document.layers.renameLayer(layerId, name)
                }
                onRenameFinished: panel.renamingId = ""
                onDragStarted: {
                    panel.dragFrom = index
                    panel.dropRow = index
                }
                onDragMoved: (point) => panel.dragTo(point)
                onDragFinished: {
                    const from = panel.dragFrom, to = panel.dropRow
                    panel.dragFrom = -1
                    panel.dropRow = -1
                    if (from >= 0 && to >= 0 && to !== from)
                        panel.document.layers.moveLayer(panel.document.layers.layerId(from), panel.document.layers.layerId(to))
                }
            }
        }
    }

    LayerMenu {
        id: layerMenu
        layers: panel.document.layers
        onZoomRequested: (layerId) => panel.zoomToLayer(panel.document.layers.layerExtent(layerId))
        onStyleRequested: (layerId) => panel.openStyle(layerId)
        onTableRequested: (layerId) => {
            const m = panel.document.layers
            panel.openTable(layerId, m.data(m.index(layerMenu.row, 0), LayerListModel.NameRole))
        }
        onPropertiesRequested: (layerId) => {
            properties.layerId = layerId
            properties.open()
        }
        // Edited once the menu has closed: closing gives the focus back to where it was.
        property string renameNext
        onRenameRequested: (layerId) => renameNext = layerId
        onClosed: {
            if (renameNext === "")
                return
            list.positionViewAtIndex(layerMenu.row, ListView.Contain)
            panel.renamingId = renameNext
            renameNext = ""
        }
    }
    LayerProperties {
        id: properties
        layers: panel.document.layers
        x: panel.mirrored ? 8 - width : panel.width - 8 // beside the panel, over the map
        y: 40
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// The layers of the map, top of the drawing order first: groups (collapsible, shown/hidden together),
// visibility, opacity, order (drag a row by its handle, or the ▲▼ buttons from the keyboard), zoom, removal,
// feature counts and a legend swatch mirroring each layer's style.
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
            spacing: 2
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
                dropTarget: panel.dragFrom >= 0 && panel.dropRow === index && panel.dropRow !== panel.dragFrom
                dropAbove: panel.dragFrom > index
                onZoomRequested: panel.zoomToLayer(panel.document.layers.layerExtent(layerId))
                onTableRequested: panel.openTable(layerId, name)
                onStyleRequested: panel.openStyle(layerId)
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
}

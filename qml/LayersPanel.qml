import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// The layers of the map, top of the drawing order first: visibility, opacity, order, zoom, removal,
// feature counts and a legend swatch mirroring each layer's style.
Pane {
    id: panel
    required property MapDocument document
    signal zoomToLayer(rect extent)
    signal openTable(int row, string name)
    signal openStyle(int row)

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
            delegate: LayerDelegate {
                width: list.width
                document: panel.document
                onZoomRequested: panel.zoomToLayer(panel.document.layerExtent(index))
                onTableRequested: panel.openTable(index, name)
                onStyleRequested: panel.openStyle(index)
            }
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// A layer's properties, from its menu in the layers panel: kind, features, group, the data's credit, and its
// opacity (a slider drag is one undo step).
Popup {
    id: popup
    required property LayerListModel layers
    property string layerId

    objectName: "layerPropertiesPopup"
    padding: 12
    modal: false
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    // The layer's value of `role`, re-read when any layer changes (its row may move).
    function value(role) {
        popup.layers.revision
        for (let r = 0; r < popup.layers.count; ++r) {
            if (popup.layers.layerId(r) === popup.layerId)
                return popup.layers.data(popup.layers.index(r, 0), role)
        }
        return undefined
    }

    contentItem: GridLayout {
        columns: 2
        columnSpacing: 12
        Label {
            objectName: "propertiesTitle"
            Layout.columnSpan: 2
            Layout.maximumWidth: 360
            text: popup.value(LayerListModel.NameRole) || ""
            font.bold: true
            elide: Text.ElideRight
        }
        Label { text: qsTr("Features") }
        Label {
            text: {
                const n = popup.value(LayerListModel.FeatureCountRole)
                return n >= 0 ? Number(n).toLocaleString(Qt.locale(), "f", 0) : qsTr("raster")
            }
        }
        Label { text: qsTr("Group") }
        Label { text: popup.value(LayerListModel.GroupRole) || "—" }
        Label {
            text: qsTr("Data")
            visible: credit.visible
        }
        Label {
            id: credit
            Layout.maximumWidth: 360
            visible: text !== ""
            text: popup.value(LayerListModel.AttributionRole) || ""
            wrapMode: Text.Wrap
        }
        Label { text: qsTr("Opacity") }
        RowLayout {
            Slider {
                objectName: "opacity"
                Layout.preferredWidth: 200
                from: 0
                to: 1
                value: popup.value(LayerListModel.OpacityRole) || 0
                onMoved: popup.layers.setLayerOpacity(popup.layerId, value)
            }
            Label {
                text: qsTr("%1 %").arg(Math.round(100 * (popup.value(LayerListModel.OpacityRole) || 0)))
            }
        }
    }
}

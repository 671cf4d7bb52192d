import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// Snapping for the sketch and edit tools: on/off, the tolerance in screen pixels, and the layers to snap to.
RowLayout {
    id: options
    required property Snapper snapper

    CheckBox {
        objectName: "snapToggle"
        text: qsTr("Snap")
        checked: options.snapper.enabled
        onToggled: options.snapper.enabled = checked
        ToolTip.text: qsTr("Snap clicks and vertex drags to vertices and segments of the chosen layers")
        ToolTip.visible: hovered
    }
    SpinBox {
        objectName: "snapTolerance"
        enabled: options.snapper.enabled
        from: 1
        to: 50
        value: options.snapper.tolerancePixels
        onValueModified: options.snapper.tolerancePixels = value
    }
    Label {
        text: qsTr("px")
    }
    Button {
        objectName: "snapLayersButton"
        enabled: options.snapper.enabled
        text: qsTr("Layers…")
        onClicked: layersPopup.open()
    }
    Popup {
        id: layersPopup
        objectName: "snapLayersPopup"
        y: parent.height
        Column { // a Repeater directly inside a Layout is a Qt 6.4 crash risk
            Repeater {
                model: options.snapper.layers
                delegate: CheckBox {
                    required property var modelData
                    objectName: "snapLayer_" + modelData.layerId
                    text: modelData.name
                    checked: modelData.checked
                    onToggled: options.snapper.setLayerChecked(modelData.layerId, checked)
                }
            }
        }
    }
}

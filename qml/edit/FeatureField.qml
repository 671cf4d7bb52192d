import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// One field of the attribute form: a choice of the schema's values, a number or text.
RowLayout {
    id: field
    required property var modelData
    readonly property bool choice: modelData.editor === "choice"
    readonly property var value: choice ? combo.currentValue : text.text // choices: the stored value, not its label

    Label {
        Layout.preferredWidth: 150
        text: field.modelData.unit.length > 0 ? qsTr("%1 (%2)").arg(field.modelData.label).arg(field.modelData.unit)
                                              : field.modelData.label
        elide: Text.ElideRight
    }
    ComboBox {
        id: combo
        objectName: "formChoice_" + field.modelData.name
        visible: field.choice
        Layout.fillWidth: true
        model: field.modelData.options
        textRole: "label"
        valueRole: "value"
        currentIndex: count > 0 ? Math.max(0, indexOfValue(String(field.modelData.value))) : -1
    }
    TextField {
        id: text
        objectName: "formText_" + field.modelData.name
        visible: !field.choice
        Layout.fillWidth: true
        text: field.modelData.value === undefined || field.modelData.value === null ? "" : String(field.modelData.value)
        inputMethodHints: field.modelData.editor === "text" ? Qt.ImhNone : Qt.ImhFormattedNumbersOnly
        validator: field.modelData.editor === "integer" ? integer : field.modelData.editor === "real" ? real : null
        IntValidator { id: integer }
        DoubleValidator { id: real; locale: "C"; notation: DoubleValidator.StandardNotation }
    }
}

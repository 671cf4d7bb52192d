import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// The attribute form of a new or selected feature: one editor per field of its layer (as
// ScenarioEditor.formFields describes them). OK submits the values by field name.
Dialog {
    id: form
    property var fields: []
    property bool editing: false
    signal submitted(var values)

    modal: true
    standardButtons: Dialog.Ok | Dialog.Cancel

    function openFor(formFields, heading, edit) {
        fields = formFields
        title = heading
        editing = edit
        open()
    }

    onAccepted: {
        const values = {}
        for (let i = 0; i < editors.count; ++i) {
            const item = editors.itemAt(i)
            values[item.modelData.name] = item.value
        }
        submitted(values)
    }

    ScrollView {
        implicitWidth: 460
        implicitHeight: Math.min(column.implicitHeight, 420)
        Column { // not a Layout: the Repeater's model is replaced for every form
            id: column
            spacing: 4
            width: 440
            Repeater {
                id: editors
                model: form.fields
                delegate: FeatureField {
                    width: column.width
                }
            }
        }
    }
}

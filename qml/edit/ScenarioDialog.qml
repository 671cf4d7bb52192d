import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// Managing scenarios: create one (shown at once), duplicate, rename, describe or delete the active one.
// Every action is one step of the undo history.
Dialog {
    id: dialog
    required property ScenarioEditor editor
    title: qsTr("Scenarios")
    modal: true
    standardButtons: Dialog.Close

    onAboutToShow: {
        nameField.text = ""
        descriptionField.text = editor.activeDescription
    }

    ColumnLayout {
        implicitWidth: 480
        Label {
            text: dialog.editor.editable ? qsTr("Active scenario: %1").arg(dialog.editor.activeName)
                                         : qsTr("The map shows the baseline (the project's layers).")
            font.bold: true
        }
        TextField {
            id: nameField
            objectName: "scenarioName"
            Layout.fillWidth: true
            placeholderText: qsTr("Name of a new scenario, or the new name")
        }
        TextArea {
            id: descriptionField
            objectName: "scenarioDescription"
            Layout.fillWidth: true
            Layout.preferredHeight: 80
            placeholderText: qsTr("Description: what the scenario proposes")
            wrapMode: TextEdit.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: 4
            Button {
                objectName: "createScenario"
                text: qsTr("Create")
                enabled: nameField.text.trim().length > 0
                onClicked: if (dialog.editor.createScenario(nameField.text, descriptionField.text)) dialog.close()
            }
            Button {
                objectName: "duplicateScenario"
                text: qsTr("Duplicate")
                enabled: dialog.editor.editable && nameField.text.trim().length > 0
                onClicked: if (dialog.editor.duplicateScenario(nameField.text)) dialog.close()
            }
            Button {
                objectName: "renameScenario"
                text: qsTr("Rename")
                enabled: dialog.editor.editable && nameField.text.trim().length > 0
                onClicked: if (dialog.editor.renameScenario(nameField.text)) dialog.close()
            }
            Button {
                objectName: "describeScenario"
                text: qsTr("Save description")
                enabled: dialog.editor.editable && descriptionField.text !== dialog.editor.activeDescription
                onClicked: dialog.editor.describeScenario(descriptionField.text)
            }
            Button {
                objectName: "deleteScenario"
                text: qsTr("Delete")
                enabled: dialog.editor.editable
                onClicked: if (dialog.editor.deleteScenario()) dialog.close()
            }
        }
        Label {
            objectName: "scenarioError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.editor.error
            color: "#b71c1c"
            wrapMode: Text.Wrap
        }
    }
}

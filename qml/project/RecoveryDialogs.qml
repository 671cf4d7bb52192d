import QtQuick
import QtQuick.Controls
import Polis

// Autosave's dialogs: offering a recovery copy when a project is opened, and the unsaved-changes question
// when the window closes or a new map replaces this one.
Item {
    id: dialogs
    required property MapDocument document
    required property MapView map
    required property AutosaveController autosave
    /// The user chose Save (with a project file) or Discard: the window may close now.
    signal closeAllowed()
    property bool closeAfterSave: false
    /// What to do instead of closing once the question is answered (a new map), or null.
    property var pendingAction: null
    function allow() {
        const action = pendingAction
        pendingAction = null
        if (action)
            action()
        else
            closeAllowed()
    }
    /// Runs `action` now, or after the unsaved changes are saved or discarded (never on Cancel).
    function confirmThen(action) {
        pendingAction = action
        if (confirmClose())
            allow()
    }
    Connections {
        target: dialogs.document
        function onSaved(path, error) { // a failed save is shown by the project dialogs
            const close = dialogs.closeAfterSave && error.length === 0 && !dialogs.document.saving
            if (dialogs.closeAfterSave && error.length > 0)
                dialogs.closeAfterSave = false
            if (!close)
                return
            dialogs.closeAfterSave = false
            if (dialogs.document.modified) // edited while it saved: ask again
                unsavedDialog.open()
            else
                dialogs.allow()
        }
    }
    /// The user chose Save but the map has no project file yet: ask where.
    signal saveAsRequested()

    /// Asks about unsaved changes; returns true when the window may close right away.
    function confirmClose() {
        if (document.saving) { // never quit in the middle of writing the project
            closeAfterSave = true
            return false
        }
        if (!document.modified)
            return true
        unsavedDialog.open()
        return false
    }

    Dialog {
        id: recoveryDialog
        objectName: "recoveryDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: 460
        modal: true
        visible: dialogs.autosave.recoveryAvailable
        title: qsTr("Unsaved edits found")
        closePolicy: Popup.NoAutoClose
        Label {
            text: qsTr("Recover unsaved edits from %1?")
                  .arg(Qt.formatDateTime(dialogs.autosave.recoveryTime, Qt.locale().dateTimeFormat(Locale.ShortFormat)))
        }
        footer: DialogButtonBox {
            Button {
                objectName: "recoverButton"
                text: qsTr("Recover")
                onClicked: dialogs.autosave.recover()
            }
            Button {
                objectName: "discardRecoveryButton"
                text: qsTr("Discard")
                onClicked: dialogs.autosave.discardRecovery()
            }
            Button {
                objectName: "laterButton"
                text: qsTr("Later")
                onClicked: dialogs.autosave.postpone()
            }
        }
    }

    Dialog {
        id: unsavedDialog
        objectName: "unsavedDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: 460
        modal: true
        title: qsTr("Unsaved changes")
        Label {
            text: qsTr("The map has changes that are not saved.")
        }
        footer: DialogButtonBox {
            Button {
                objectName: "closeSaveButton"
                text: qsTr("Save")
                onClicked: {
                    unsavedDialog.close()
                    if (!dialogs.document.isProject) {
                        dialogs.saveAsRequested()
                        return
                    }
                    const error = dialogs.document.save(dialogs.document.source, dialogs.map.viewRect())
                    if (error.length === 0)
                        dialogs.closeAfterSave = true // the save runs on a worker: close once it is done
                    else
                        saveError.show(error)
                }
            }
            Button {
                objectName: "closeDiscardButton"
                text: qsTr("Discard")
                onClicked: {
                    unsavedDialog.close()
                    dialogs.autosave.discardRecovery()
                    dialogs.allow()
                }
            }
            Button {
                objectName: "closeCancelButton"
                text: qsTr("Cancel")
                onClicked: {
                    dialogs.pendingAction = null
                    unsavedDialog.close()
                }
            }
        }
    }

    Dialog {
        id: saveError
        parent: Overlay.overlay
        anchors.centerIn: parent
        title: qsTr("The project could not be saved")
        standardButtons: Dialog.Ok
        function show(message) {
            errorLabel.text = message
            open()
        }
        Label {
            id: errorLabel
        }
    }
}

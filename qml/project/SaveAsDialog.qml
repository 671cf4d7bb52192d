import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Polis

// Save As: a folder (typed, or chosen) and a file name. Save is enabled as soon as a name is typed; an
// existing file is replaced only after asking.
Dialog {
    id: dialog
    required property MapDocument document
    required property MapView map
    /// The save could not start, or failed: the message to show.
    signal failed(string error)

    objectName: "saveAsDialog"
    title: qsTr("Save the project as")
    anchors.centerIn: parent
    width: Math.min(parent.width - 40, 600)
    modal: true

    readonly property string path: {
        const name = nameField.text.trim()
        const file = folderField.text.replace(/\/+$/, "") + "/" + name
        return name.length === 0 || file.endsWith(".polis") ? file : file + ".polis"
    }

    function localPath(url) {
        return decodeURIComponent(url.toString().replace(/^file:\/\//, ""))
    }

    /// Opens the dialog on the project's folder and name (MapDocument.saveFolder for a new map).
    function start() {
        folderField.text = document.saveFolder()
        nameField.text = document.isProject ? document.source.substring(document.source.lastIndexOf("/") + 1) : ""
        open()
        nameField.forceActiveFocus()
        nameField.selectAll()
    }

    function trySave() {
        if (nameField.text.trim().length === 0)
            return
        if (document.fileExists(path))
            replaceDialog.open()
        else
            write()
    }

    function write() {
        const error = document.save(path, map.viewRect())
        close()
        if (error.length > 0)
            failed(error)
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Choose the folder to save the project in")
        onAccepted: folderField.text = dialog.localPath(selectedFolder)
    }

    contentItem: GridLayout {
        columns: 3
        columnSpacing: 8
        Label { text: qsTr("Folder") }
        TextField {
            id: folderField
            objectName: "saveAsFolder"
            Layout.fillWidth: true
        }
        Button {
            text: qsTr("Choose…")
            onClicked: folderDialog.open()
        }
        Label { text: qsTr("File name") }
        TextField {
            id: nameField
            objectName: "saveAsName"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. Heraklion 2030")
            onAccepted: dialog.trySave()
        }
    }
    footer: DialogButtonBox {
        Button {
            objectName: "saveAsSave"
            text: qsTr("Save")
            highlighted: true
            enabled: nameField.text.trim().length > 0
            onClicked: dialog.trySave()
        }
        Button {
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
    }

    Dialog {
        id: replaceDialog
        objectName: "replaceDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: 480
        modal: true
        title: qsTr("Replace the file?")
        Label {
            width: parent.width
            text: qsTr("%1 already exists. Replace it with this project?").arg(dialog.path)
            wrapMode: Text.Wrap
        }
        footer: DialogButtonBox {
            Button {
                objectName: "replaceButton"
                text: qsTr("Replace")
                onClicked: {
                    replaceDialog.close()
                    dialog.write()
                }
            }
            Button {
                objectName: "replaceCancelButton"
                text: qsTr("Cancel")
                onClicked: replaceDialog.close()
            }
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Polis

// The menu bar: every action of the window, each with its shortcut shown; the window's shortcuts live here,
// once. Actions call the same functions as the toolbar and the panels.
MenuBar {
    id: bar
    required property ApplicationWindow window
    required property MapDocument document
    required property MapView map
    required property MapToolBar toolBar
    required property ProjectDialogs dialogs
    required property RecoveryDialogs recovery
    signal scenariosRequested()
    signal searchRequested()

    // The colour behind every layer (the sea of a coastal map), saved in the project.
    property ColorDialog backgroundDialog: ColorDialog {
        objectName: "backgroundDialog"
        title: qsTr("Map background colour")
        onAccepted: bar.document.background = selectedColor
    }

    // A menu whose items show their shortcut at the right.
    component ShortcutMenu: Menu {
        delegate: Component {
            MenuItem {
                id: item
                contentItem: RowLayout {
                    spacing: 24
                    Label {
                        Layout.fillWidth: true
                        text: item.text
                        color: item.enabled ? item.palette.windowText : item.palette.mid
                    }
                    Label {
                        text: item.action && item.action.shortcut ? String(item.action.shortcut) : ""
                        opacity: 0.6
                    }
                }
            }
        }
    }

    ShortcutMenu {
        title: qsTr("File")
        Action {
            objectName: "newAction"
            text: qsTr("New project")
            shortcut: "Ctrl+N"
            onTriggered: bar.recovery.confirmThen(() => bar.document.newProject())
        }
        Action {
            text: qsTr("Open…")
            shortcut: "Ctrl+O"
            onTriggered: bar.dialogs.openProject()
        }
        MenuSeparator {}
        Action {
            objectName: "saveAction"
            text: qsTr("Save")
            shortcut: "Ctrl+S"
            onTriggered: bar.dialogs.save()
        }
        Action {
            objectName: "saveAsAction"
            text: qsTr("Save as…")
            shortcut: "Ctrl+Shift+S"
            onTriggered: bar.dialogs.saveAs()
        }
        MenuSeparator {}
        Action {
            objectName: "quitAction"
            text: qsTr("Quit")
            shortcut: "Ctrl+Q"
            onTriggered: bar.window.close() // asks about unsaved edits
        }
    }
    ShortcutMenu {
        title: qsTr("Edit")
        Action {
            text: qsTr("Undo")
            shortcut: "Ctrl+Z"
            enabled: bar.document.canUndo
            onTriggered: bar.document.undo()
        }
        Action {
            text: qsTr("Redo")
            shortcut: "Ctrl+Shift+Z"
            enabled: bar.document.canRedo
            onTriggered: bar.document.redo()
        }
        MenuSeparator {}
        Action {
            text: qsTr("History")
            checkable: true
            checked: bar.toolBar.historyShown
            onTriggered: bar.toolBar.historyShown = checked
        }
    }
    ShortcutMenu {
        title: qsTr("View")
        Action {
            objectName: "searchAction"
            text: qsTr("Search…")
            shortcut: "Ctrl+K"
            onTriggered: bar.searchRequested()
        }
        MenuSeparator {}
        Action {
            text: qsTr("Full extent")
            shortcut: "Ctrl+Shift+F"
            onTriggered: bar.map.zoomToFullExtent()
        }
        Action {
            text: qsTr("Zoom in")
            shortcut: "Ctrl++"
            onTriggered: bar.map.zoomAt(Qt.point(bar.map.width / 2, bar.map.height / 2), 2)
        }
        Action {
            text: qsTr("Zoom out")
            shortcut: "Ctrl+-"
            onTriggered: bar.map.zoomAt(Qt.point(bar.map.width / 2, bar.map.height / 2), 0.5)
        }
        Action {
            text: qsTr("Previous extent")
            shortcut: "Alt+Left"
            onTriggered: bar.map.zoomPrevious()
        }
        Action {
            text: qsTr("Next extent")
            shortcut: "Alt+Right"
            onTriggered: bar.map.zoomNext()
        }
        MenuSeparator {}
        Action {
            objectName: "backgroundAction"
            text: qsTr("Map background colour…")
            onTriggered: {
                bar.backgroundDialog.selectedColor = bar.document.background
                bar.backgroundDialog.open()
            }
        }
    }
    ShortcutMenu {
        title: qsTr("Layer")
        Action {
            text: qsTr("Add layers…")
            shortcut: "Ctrl+Shift+A"
            onTriggered: bar.dialogs.addLayers()
        }
        Action {
            text: qsTr("Import…")
            shortcut: "Ctrl+I"
            onTriggered: bar.dialogs.importFiles([])
        }
    }
    ShortcutMenu {
        title: qsTr("Scenario")
        Action {
            text: qsTr("Scenarios…")
            onTriggered: bar.scenariosRequested()
        }
        Action {
            text: qsTr("Sketch")
            checkable: true
            checked: bar.toolBar.sketching
            onTriggered: bar.toolBar.sketching = checked
        }
        Action {
            text: qsTr("Compare…")
            shortcut: "Ctrl+Shift+C"
            onTriggered: bar.toolBar.compareRequested()
        }
    }
    ShortcutMenu {
        title: qsTr("Analysis")
        Action {
            text: qsTr("Query…")
            shortcut: "Ctrl+F"
            onTriggered: bar.toolBar.queryRequested()
        }
        Action {
            text: qsTr("Measure")
            shortcut: "Ctrl+Shift+M"
            checkable: true
            checked: bar.toolBar.measuring
            onTriggered: bar.toolBar.measuring = checked
        }
    }
    ShortcutMenu {
        title: qsTr("Layout")
        Action {
            text: qsTr("Print layout…")
            shortcut: "Ctrl+P"
            onTriggered: bar.toolBar.layoutRequested()
        }
    }
    ShortcutMenu {
        title: qsTr("Help")
        Action {
            text: qsTr("About Polis")
            onTriggered: about.open()
        }
    }
    Dialog {
        id: about
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("About Polis")
        standardButtons: Dialog.Ok
        Label {
            text: qsTr("Polis: a desktop GIS for urban planning, on GDAL, PROJ and GEOS.")
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Polis

// The main window's file dialogs and their shortcuts: open a project, add layers, save, import.
Item {
    id: dialogs
    required property MapDocument document
    required property MapView map

    function openProject() { openDialog.open() }
    function addLayers() { addDialog.open() }
    function saveProject() { saveDialog.open() }
    // Opens the import wizard on `urls` (dropped files), or empty to choose files in it.
    function importFiles(urls) {
        if (urls.length > 0)
            importDialog.openWith(urls)
        else
            importDialog.open()
    }

    Shortcut {
        sequence: StandardKey.Open
        onActivated: openDialog.open()
    }
    Shortcut {
        sequence: StandardKey.Save
        onActivated: saveDialog.open()
    }
    Shortcut {
        sequence: "Ctrl+Shift+A"
        onActivated: addDialog.open()
    }
    Shortcut {
        sequence: "Ctrl+I"
        onActivated: importDialog.open()
    }

    ImportDialog {
        id: importDialog
        parent: Overlay.overlay
        document: dialogs.document
        map: dialogs.map
    }
    FileDialog {
        id: openDialog
        title: qsTr("Open a project or dataset")
        nameFilters: [qsTr("Polis projects (*.polis)"), qsTr("All files (*)")]
        onAccepted: dialogs.document.source = selectedFile.toString()
    }
    FileDialog {
        id: addDialog
        title: qsTr("Add layers")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("GIS data (*.shp *.geojson *.json *.gpkg *.kml *.gpx *.csv *.fgb *.zip *.tif *.tiff)"),
                      qsTr("All files (*)")]
        onAccepted: dialogs.document.addSources(selectedFiles.map(u => u.toString()))
    }
    FileDialog {
        id: saveDialog
        title: qsTr("Save the project")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Polis projects (*.polis)")]
        onAccepted: {
            const error = dialogs.document.save(selectedFile.toString(), dialogs.map.viewRect())
            if (error.length > 0)
                saveError.show(error)
        }
    }
    Connections { // saves finish on a worker
        target: dialogs.document
        function onSaved(path, error) {
            if (error.length > 0)
                saveError.show(error)
        }
    }
    ToolTip {
        id: saveError
        parent: Overlay.overlay
        timeout: 8000
        function show(message) {
            text = message
            open()
        }
    }
}

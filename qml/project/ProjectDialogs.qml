import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Polis

// The main window's file dialogs: open a project, add layers, save in place or as, import. Their shortcuts
// are the menu bar's (MainMenu.qml).
Item {
    id: dialogs
    required property MapDocument document
    required property MapView map
    /// When the last save finished without error (null before any).
    property var lastSaved: null

    function openProject() { openDialog.open() }
    function addLayers() { addDialog.open() }
    /// Saves the project in place; a map without a project file asks where (Save As).
    function save() {
        if (!document.isProject)
            return saveAs()
        const error = document.save(document.source, map.viewRect())
        if (error.length > 0)
            saveError.show(error)
    }
    function saveAs() { saveAsDialog.start() }
    // Opens the import wizard on `urls` (dropped files), or empty to choose files in it.
    function importFiles(urls) {
        if (urls.length > 0)
            importDialog.openWith(urls)
        else
            importDialog.open()
    }
    /// The status bar's note: "Saved hh:mm" or "Autosaved hh:mm", whichever happened last ("" = neither).
    function savedText(autosaved) {
        const autosavedLast = !isNaN(autosaved) && (lastSaved === null || autosaved > lastSaved)
        return autosavedLast ? qsTr("Autosaved %1").arg(Qt.formatTime(autosaved, "hh:mm"))
                             : lastSaved !== null ? qsTr("Saved %1").arg(Qt.formatTime(lastSaved, "hh:mm")) : ""
    }

    ImportDialog {
        id: importDialog
        parent: Overlay.overlay
        document: dialogs.document
        map: dialogs.map
    }
    SaveAsDialog {
        id: saveAsDialog
        parent: Overlay.overlay
        document: dialogs.document
        map: dialogs.map
        onFailed: (error) => saveError.show(error)
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
    Connections { // saves finish on a worker
        target: dialogs.document
        function onSaved(path, error) {
            if (error.length > 0)
                saveError.show(error)
            else
                dialogs.lastSaved = new Date()
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

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Polis

// The import wizard: choose or drop files, folders and zipped shapefiles, check what the importer found in
// each layer (with a preview map), fix the encoding or CRS, then embed the layers into the project or add
// them as references. The work runs on a worker thread with progress and cancel. Imported layers leave the
// list and a summary says what came in, with its problems; layers waiting for a CRS stay.
Dialog {
    id: dialog
    required property MapDocument document
    required property MapView map
    property alias controller: controller

    objectName: "importDialog"
    title: qsTr("Import layers")
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent.width - 60, 1100)
    height: Math.min(parent.height - 60, 700)

    function openWith(urls) {
        controller.clear()
        controller.add(urls)
        open()
    }

    ImportController {
        id: controller
        document: dialog.document
    }
    FileDialog {
        id: filesDialog
        title: qsTr("Choose files to import")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("GIS data (*.shp *.zip *.geojson *.json *.gpkg *.kml *.gpx *.csv *.fgb)"), qsTr("All files (*)")]
        onAccepted: controller.add(selectedFiles.map(u => u.toString()))
    }
    FolderDialog {
        id: folderDialog
        title: qsTr("Choose a folder to import")
        onAccepted: controller.add([selectedFolder.toString()])
    }
    FileDialog {
        id: projectDialog
        title: qsTr("Save the project to embed the layers into")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Polis projects (*.polis)")]
        onAccepted: controller.embedInto(selectedFile.toString(), dialog.map.viewRect())
    }

    contentItem: ColumnLayout {
        spacing: 8
        RowLayout {
            Button {
                text: qsTr("Add files…")
                onClicked: filesDialog.open()
            }
            Button {
                text: qsTr("Add folder…")
                onClicked: folderDialog.open()
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%n dataset(s) chosen — you can also drop files on the window", "", controller.datasets.length)
                opacity: 0.7
                elide: Text.ElideRight
            }
        }
        ImportOptionsBar {
            id: options
            controller: controller
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Frame {
                    objectName: "importSummary"
                    Layout.fillWidth: true
                    visible: controller.summary.length > 0
                    Column {
                        width: parent.width
                        spacing: 2
                        Label {
                            text: qsTr("Imported")
                            font.bold: true
                        }
                        Repeater {
                            model: controller.summary
                            delegate: Label {
                                required property string modelData
                                objectName: "importSummaryLine"
                                width: parent.width
                                text: modelData
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
                ListView {
                    id: reportList
                    objectName: "importReports"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: controller.layers
                    delegate: ImportLayerCard {
                        onAssignCrs: (epsg) => controller.setLayerCrs(index, epsg)
                        onImportAnyway: (anyway) => controller.setImportAnyway(index, anyway)
                    }
                    ScrollBar.vertical: ScrollBar {}
                }
            }
            Frame {
                Layout.preferredWidth: 340
                Layout.fillHeight: true
                padding: 1
                MapView {
                    id: preview
                    objectName: "importPreview"
                    anchors.fill: parent
                    document: MapDocument {
                        source: reportList.currentIndex >= 0 && reportList.currentIndex < controller.layers.length
                                ? controller.layers[reportList.currentIndex].previewSource : ""
                    }
                }
            }
        }
        // A Column, not the layout itself, holds the repeated labels: Qt 6.4's layouts crash when a
        // Repeater inside them replaces its delegates just before a relayout (seen when reopening).
        Column {
            Layout.fillWidth: true
            Repeater {
                model: controller.errors
                delegate: Label {
                    required property string modelData
                    objectName: "importError"
                    width: parent ? parent.width : 0
                    text: modelData
                    color: "#b00020"
                    wrapMode: Text.Wrap
                }
            }
        }
        RowLayout {
            ProgressBar {
                Layout.fillWidth: true
                visible: controller.job.busy
                indeterminate: controller.job.progress < 0
                value: Math.max(0, controller.job.progress)
            }
            Label {
                Layout.fillWidth: true
                visible: !controller.job.busy
                text: controller.status
            }
            Button {
                objectName: "importCancel"
                text: qsTr("Cancel")
                enabled: controller.job.busy
                onClicked: controller.job.cancel()
            }
            Button {
                objectName: "importRun"
                text: controller.readyCount > 0 ? qsTr("Import %n layer(s)", "", controller.readyCount) : qsTr("Import")
                highlighted: true
                enabled: !controller.job.busy && controller.readyCount > 0
                onClicked: {
                    if (!options.embed)
                        controller.addReferences()
                    else if (dialog.document.isProject)
                        controller.embedInto(dialog.document.source, dialog.map.viewRect())
                    else
                        projectDialog.open()
                }
            }
            Button {
                text: qsTr("Close")
                onClicked: dialog.close()
            }
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Polis

// Export of the print layout: PDF, PNG at a chosen resolution, or SVG, through a save dialog.
ColumnLayout {
    id: bar
    required property LayoutController controller

    function choose(format, filter) {
        exportDialog.defaultSuffix = format
        exportDialog.nameFilters = [filter]
        exportDialog.open()
    }

    RowLayout {
        Button {
            objectName: "exportPdf"
            text: qsTr("Export PDF…")
            enabled: !bar.controller.job.busy
            onClicked: bar.choose("pdf", qsTr("PDF documents (*.pdf)"))
        }
        Button {
            text: qsTr("Export PNG…")
            enabled: !bar.controller.job.busy
            onClicked: bar.choose("png", qsTr("PNG images (*.png)"))
        }
        Button {
            text: qsTr("Export SVG…")
            enabled: !bar.controller.job.busy
            onClicked: bar.choose("svg", qsTr("SVG drawings (*.svg)"))
        }
    }
    RowLayout {
        Label { text: qsTr("PNG resolution (dpi)") }
        SpinBox {
            id: dpiBox
            from: 72
            to: 600
            stepSize: 50
            value: 150
            editable: true
        }
        BusyIndicator {
            running: bar.controller.job.busy
            Layout.preferredHeight: 28
        }
    }
    Label {
        id: status
        objectName: "layoutExportStatus"
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
    }
    Connections {
        target: bar.controller
        function onExported(path, error) {
            status.text = error.length > 0 ? error : qsTr("Saved %1").arg(path)
        }
    }
    FileDialog {
        id: exportDialog
        title: qsTr("Export the layout")
        fileMode: FileDialog.SaveFile
        onAccepted: bar.controller.exportTo(selectedFile.toString(), dpiBox.value)
    }
}

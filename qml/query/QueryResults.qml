import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Polis

// The query panel's lower half: the count, statistics per group, export, and the history (click to re-run).
ColumnLayout {
    id: results
    required property QueryController controller

    Label {
        objectName: "queryCount"
        Layout.fillWidth: true
        visible: results.controller.count >= 0 || results.controller.error.length > 0
        text: results.controller.error.length > 0 ? results.controller.error
                                                  : qsTr("%n feature(s) selected", "", results.controller.count)
        color: results.controller.error.length > 0 ? "#b00020" : palette.text
        font.bold: true
        wrapMode: Text.Wrap
    }
    Repeater {
        objectName: "queryStatistics"
        model: results.controller.count > 0 ? results.controller.statistics : []
        delegate: Label {
            required property var modelData
            Layout.fillWidth: true
            elide: Text.ElideRight
            text: {
                let parts = [qsTr("%1: %n feature(s)", "", modelData.count).arg(modelData.key.length > 0 ? modelData.key : qsTr("all"))]
                if (modelData.sum !== 0)
                    parts.push(qsTr("sum %1, mean %2").arg(modelData.sum.toLocaleString(Qt.locale(), "f", 1))
                                                     .arg(modelData.mean.toLocaleString(Qt.locale(), "f", 1)))
                if (modelData.area > 0)
                    parts.push(qsTr("area %1 ha").arg((modelData.area / 10000).toLocaleString(Qt.locale(), "f", 2)))
                if (modelData.length > 0)
                    parts.push(qsTr("length %1 km").arg((modelData.length / 1000).toLocaleString(Qt.locale(), "f", 2)))
                return parts.join(" · ")
            }
        }
    }
    Button {
        text: qsTr("Export result…")
        enabled: results.controller.count > 0 && !results.controller.job.busy
        onClicked: exportDialog.open()
    }
    Label {
        id: exportStatus
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
        opacity: 0.8
    }
    Connections {
        target: results.controller
        function onExported(path, error) {
            exportStatus.text = error.length > 0 ? error : qsTr("Saved %1").arg(path)
        }
    }
    FileDialog {
        id: exportDialog
        title: qsTr("Export the query result")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "gpkg"
        nameFilters: [qsTr("GeoPackage (*.gpkg)"), qsTr("GeoJSON (*.geojson)"), qsTr("CSV with WKT (*.csv)")]
        onAccepted: results.controller.exportResult(selectedFile.toString())
    }
    Label {
        text: qsTr("History")
        font.bold: true
        visible: results.controller.history.length > 0
    }
    ListView {
        objectName: "queryHistory"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: results.controller.history
        delegate: ItemDelegate {
            required property var modelData
            required property int index
            width: ListView.view.width
            text: modelData.label
            onClicked: results.controller.rerun(index)
            ToolTip.text: qsTr("Run again: %1").arg(modelData.label)
            ToolTip.visible: hovered
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// Shown while no map is open: the Heraklion sample, recent projects, and opening a file.
Pane {
    id: page
    property string sampleProject
    property var recentProjects: []
    signal openRequested(string path)
    signal browseRequested()

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 40, 520)
        spacing: 12
        Label {
            text: qsTr("Polis")
            font.pixelSize: 28
            font.bold: true
        }
        Label {
            text: qsTr("Open a city project, sketch proposals and export maps for the council.")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "openSample"
            text: qsTr("Open the Heraklion sample project")
            enabled: page.sampleProject.length > 0
            onClicked: page.openRequested(page.sampleProject)
        }
        Button {
            text: qsTr("Open a project or dataset…")
            onClicked: page.browseRequested()
        }
        Label {
            visible: page.recentProjects.length > 0
            text: qsTr("Recent projects")
            font.bold: true
        }
        Repeater {
            model: page.recentProjects
            delegate: ItemDelegate {
                required property string modelData
                Layout.fillWidth: true
                text: modelData
                onClicked: page.openRequested(modelData)
            }
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// Attributes of the features under the last click, top layer first.
Pane {
    id: panel
    property var results: []
    signal cleared()

    function clear() {
        results = []
        cleared()
    }

    ColumnLayout {
        anchors.fill: parent
        RowLayout {
            Label {
                Layout.fillWidth: true
                text: qsTr("%n feature(s) here", "", panel.results.length)
                font.bold: true
            }
            ToolButton {
                text: "✕"
                onClicked: panel.clear()
            }
        }
        ListView {
            objectName: "identifyList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.results
            spacing: 8
            delegate: ColumnLayout {
                required property var modelData
                width: ListView.view.width
                Label {
                    text: qsTr("%1 — feature %2").arg(modelData.layer).arg(modelData.fid)
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Repeater {
                    model: modelData.attributes
                    delegate: RowLayout {
                        required property var modelData
                        Label {
                            text: modelData.name
                            opacity: 0.7
                            Layout.preferredWidth: 90
                            elide: Text.ElideRight
                        }
                        Label {
                            text: modelData.value === undefined || modelData.value === null ? "NULL" : String(modelData.value) // not translated: SQL NULL
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                        }
                    }
                }
            }
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// The undo history of the document: every edit, the current state marked; clicking an entry undoes or
// redoes up to it.
Pane {
    id: panel
    required property MapDocument document
    readonly property alias model: history
    signal closed()

    UndoHistoryModel {
        id: history
        document: panel.document
    }

    ColumnLayout {
        anchors.fill: parent
        RowLayout {
            Label {
                Layout.fillWidth: true
                text: qsTr("History")
                font.bold: true
            }
            ToolButton {
                text: "✕"
                onClicked: panel.closed()
            }
        }
        ListView {
            id: list
            objectName: "historyList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: history
            currentIndex: history.currentIndex
            delegate: ItemDelegate {
                required property int index
                required property var model
                readonly property bool done: model.done
                width: ListView.view.width
                text: model.text
                highlighted: index === history.currentIndex
                font.italic: !done
                opacity: done ? 1 : 0.6
                contentItem: Label {
                    text: (parent.highlighted ? "▶ " : "   ") + parent.text
                    elide: Text.ElideRight
                    font: parent.font
                }
                onClicked: history.currentIndex = index
            }
        }
    }
}

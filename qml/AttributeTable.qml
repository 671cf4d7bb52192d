import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// The attribute table of one layer: sortable by clicking a header, rows selectable (shared with the map).
Pane {
    id: panel
    required property MapDocument document
    property alias layerRow: tableModel.layerRow
    property string layerName
    signal closed()

    padding: 4

    AttributeTableModel {
        id: tableModel
        document: panel.document
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 2
        RowLayout {
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 — %n feature(s)", "", table.rows).arg(panel.layerName)
                font.bold: true
                elide: Text.ElideRight
            }
            ToolButton {
                text: "✕"
                onClicked: panel.closed()
            }
        }
        HorizontalHeaderView {
            id: header
            Layout.fillWidth: true
            syncView: table
            clip: true
            delegate: ItemDelegate {
                required property int index
                required property var model
                text: model.display + (tableModel.sortColumn === index ? (tableModel.sortAscending ? " ▲" : " ▼") : "")
                font.bold: true
                onClicked: tableModel.sortBy(index, tableModel.sortColumn === index ? !tableModel.sortAscending : true)
            }
        }
        TableView {
            id: table
            objectName: "attributeTable"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: tableModel
            columnWidthProvider: (column) => column === 0 ? 70 : 140
            ScrollBar.vertical: ScrollBar {}
            ScrollBar.horizontal: ScrollBar {}
            delegate: Rectangle {
                required property int row
                required property var display
                required property bool selected
                implicitHeight: 24
                color: selected ? "#ffe680" : (row % 2 ? "#f4f4f4" : "#ffffff")
                Label {
                    anchors.fill: parent
                    anchors.leftMargin: 4
                    verticalAlignment: Text.AlignVCenter
                    text: display === undefined ? "" : String(display)
                    elide: Text.ElideRight
                }
                TapHandler {
                    onTapped: (point) => tableModel.selectRow(row, point.modifiers & Qt.ControlModifier)
                }
            }
        }
    }
}

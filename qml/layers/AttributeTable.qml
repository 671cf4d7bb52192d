import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// The attribute table of one layer: sortable by clicking a header, filterable by an OGR SQL expression,
// rows selectable (shared with the map).
Pane {
    id: panel
    required property MapDocument document
    property alias layerId: tableModel.layerId // "" = none
    property string layerName
    signal closed()

    padding: 4

    AttributeTableModel {
        id: tableModel
        document: panel.document
        onLayerIdChanged: filterField.text = ""
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 2
        RowLayout {
            Label {
                objectName: "tableTitle"
                Layout.fillWidth: true
                text: panel.layerName
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                objectName: "rowCount"
                text: tableModel.filter.trim() === "" ? qsTr("%n feature(s)", "", tableModel.totalCount)
                                                      : qsTr("%1 of %2").arg(table.rows).arg(tableModel.totalCount)
            }
            ToolButton {
                text: "✕"
                onClicked: panel.closed()
            }
        }
        RowLayout {
            TextField {
                id: filterField
                objectName: "filterField"
                Layout.fillWidth: true
                placeholderText: qsTr("Filter, e.g. kind = 'school' AND floors > 2")
                selectByMouse: true
                onAccepted: tableModel.filter = text
            }
            BusyIndicator {
                implicitWidth: 24
                implicitHeight: 24
                running: tableModel.filterJob.busy
                visible: running
            }
            Button {
                objectName: "selectAllMatching"
                text: qsTr("Select all matching")
                enabled: tableModel.filter.trim() !== "" && tableModel.filterError === "" && table.rows > 0
                onClicked: tableModel.selectAllShown()
            }
        }
        Label {
            objectName: "filterError"
            Layout.fillWidth: true
            visible: text !== ""
            text: tableModel.filterError
            color: "#b00020"
            wrapMode: Text.Wrap
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

import QtQuick
import QtQuick.Controls
import Polis

// The project's indicators (rows) for the baseline and every scenario (columns): value with unit and the
// difference to the baseline, computed by the engine on a worker thread (CompareController).
Column {
    id: table
    required property CompareController controller
    readonly property int nameWidth: 300
    readonly property int cellWidth: 240
    spacing: 2

    Row {
        Label {
            width: table.nameWidth
            text: table.controller.job.busy ? qsTr("Indicators (computing…)") : qsTr("Indicators")
            font.bold: true
        }
        Repeater {
            model: table.controller.tableScenarios
            Label {
                required property string modelData
                width: table.cellWidth
                text: modelData === "baseline" ? qsTr("baseline") : modelData
                font.bold: true
                elide: Text.ElideRight
            }
        }
    }
    Repeater {
        model: table.controller.table
        Row {
            id: row
            required property var modelData
            Label {
                width: table.nameWidth
                text: row.modelData.name
                elide: Text.ElideRight
            }
            Repeater {
                model: row.modelData.values.length
                Label {
                    required property int index
                    objectName: "indicator:" + row.modelData.name + ":" + table.controller.tableScenarios[index]
                    width: table.cellWidth
                    text: {
                        const value = row.modelData.values[index] + (row.modelData.unit ? " " + row.modelData.unit : "")
                        const d = row.modelData.differences[index]
                        return d === "" ? value : qsTr("%1 (%2)").arg(value).arg(d)
                    }
                }
            }
        }
    }
    Label {
        visible: table.controller.tableErrors.length > 0
        text: table.controller.tableErrors.join("\n")
        color: "#b00020"
    }
}

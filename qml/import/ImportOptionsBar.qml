import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// The import wizard's options: text encoding override, repair, destination (each layer's CRS is on its card).
GridLayout {
    id: bar
    required property ImportController controller
    property alias embed: embedButton.checked

    columns: 4
    columnSpacing: 12

    Label { text: qsTr("Text encoding") }
    ComboBox {
        objectName: "importEncodingOverride"
        Layout.preferredWidth: 200
        // Values are iconv names; the first entry keeps what the importer detected.
        readonly property var values: ["", "UTF-8", "CP1253", "ISO-8859-7", "CP1252"]
        model: [qsTr("As detected"), "UTF-8", qsTr("Windows Greek (CP1253)"), qsTr("ISO Greek (ISO-8859-7)"),
                qsTr("Windows Latin (CP1252)")]
        onActivated: (i) => bar.controller.encoding = values[i]
    }
    CheckBox {
        objectName: "importRepair"
        Layout.columnSpan: 2
        text: qsTr("Repair invalid geometries")
        checked: bar.controller.repair
        onToggled: bar.controller.repair = checked
    }
    RowLayout {
        Layout.columnSpan: 2
        RadioButton {
            id: embedButton
            objectName: "importEmbed"
            text: qsTr("Embed into the project")
            checked: true
        }
        RadioButton {
            objectName: "importReference"
            text: qsTr("Keep a reference to the files")
        }
    }
}

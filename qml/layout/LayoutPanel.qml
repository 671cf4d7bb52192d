import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// The print layout of the map: paper, orientation, title, what surrounds the map; a preview of page 1 as the
// export prints it; export to PDF, PNG or SVG. The settings are kept in the project when it is saved.
Pane {
    id: panel
    required property MapDocument document
    property alias controller: controller
    signal closed()

    readonly property var papers: ["A4", "A3", "A2", "A1", "A0"]
    readonly property var orientations: ["portrait", "landscape"]

    LayoutController {
        id: controller
        document: panel.visible ? panel.document : null // no preview renders while the panel is closed
    }

    ColumnLayout {
        anchors.fill: parent
        RowLayout {
            Label {
                Layout.fillWidth: true
                text: qsTr("Print layout")
                font.bold: true
            }
            ToolButton {
                text: "✕"
                onClicked: panel.closed()
                ToolTip.text: qsTr("Close the layout panel")
                ToolTip.visible: hovered
            }
        }
        GridLayout {
            columns: 4
            Label { text: qsTr("Paper") }
            ComboBox {
                objectName: "layoutPaper"
                Layout.fillWidth: true
                model: panel.papers
                currentIndex: panel.papers.indexOf(controller.settings.paper)
                onActivated: (i) => controller.set("paper", panel.papers[i])
            }
            Label { text: qsTr("Orientation") }
            ComboBox {
                objectName: "layoutOrientation"
                Layout.fillWidth: true
                model: [qsTr("Portrait"), qsTr("Landscape")]
                currentIndex: panel.orientations.indexOf(controller.settings.orientation)
                onActivated: (i) => controller.set("orientation", panel.orientations[i])
            }
            Label { text: qsTr("Title") }
            TextField {
                objectName: "layoutTitle"
                Layout.columnSpan: 3
                Layout.fillWidth: true
                placeholderText: qsTr("The project's title")
                text: controller.settings.title || ""
                onTextEdited: controller.set("title", text)
            }
            Label { text: qsTr("Subtitle") }
            TextField {
                objectName: "layoutSubtitle"
                Layout.columnSpan: 3
                Layout.fillWidth: true
                text: controller.settings.subtitle || ""
                onTextEdited: controller.set("subtitle", text)
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: 4
            Repeater {
                model: [{key: "legend", text: qsTr("Legend")}, {key: "scale_bar", text: qsTr("Scale bar")},
                        {key: "north_arrow", text: qsTr("North arrow")}, {key: "overview", text: qsTr("Overview")}]
                delegate: CheckBox {
                    required property var modelData
                    objectName: "layout_" + modelData.key
                    text: modelData.text
                    checked: controller.settings[modelData.key] === true
                    onToggled: controller.set(modelData.key, checked)
                }
            }
        }
        PreviewImage {
            id: preview
            objectName: "layoutPreview"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 200
            image: controller.preview
        }
        Label {
            Layout.fillWidth: true
            visible: controller.error.length > 0
            text: controller.error
            color: "#b00020"
            wrapMode: Text.Wrap
        }
        LayoutExportBar {
            Layout.fillWidth: true
            controller: controller
        }
    }
}

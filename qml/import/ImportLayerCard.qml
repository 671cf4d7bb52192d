import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// One layer of the import wizard: what the importer found in it (format, CRS, encoding with decoded
// sample values, feature count, geometry type, problems). The layer has its own CRS: when it declares
// none, an EPSG field and the suggestion; coordinates that cannot be in the CRS are a problem, and the
// layer waits until the CRS is fixed or "Import anyway" is ticked.
ItemDelegate {
    id: card
    required property var modelData
    required property int index
    signal assignCrs(int epsg)
    signal importAnyway(bool anyway)

    width: ListView.view.width
    highlighted: ListView.isCurrentItem
    onClicked: ListView.view.currentIndex = index

    background: Rectangle {
        color: card.highlighted ? "#e3eef9" : (card.hovered ? "#f2f2f2" : "transparent")
        border.color: card.highlighted ? "#7aa7d6" : "#d0d0d0"
        radius: 3
    }

    contentItem: GridLayout {
        columns: 2
        columnSpacing: 12
        rowSpacing: 2
        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            text: qsTr("%1 — %2").arg(card.modelData.fileName).arg(card.modelData.layer)
            font.bold: true
            elide: Text.ElideMiddle
        }
        Label { text: qsTr("Format"); opacity: 0.7 }
        Label { objectName: "importFormat"; text: card.modelData.format }
        Label { text: qsTr("CRS"); opacity: 0.7 }
        RowLayout {
            Label {
                objectName: "importCrs"
                text: card.modelData.crs.length > 0 ? card.modelData.crs : qsTr("none declared")
                color: card.modelData.crs.length > 0 && card.modelData.crsProblem.length === 0 ? palette.text : "#b00020"
            }
            Label {
                visible: !card.modelData.crsDeclared
                text: qsTr("EPSG")
            }
            TextField {
                objectName: "importLayerEpsg"
                visible: !card.modelData.crsDeclared
                Layout.preferredWidth: 90
                placeholderText: qsTr("e.g. 2100")
                validator: IntValidator { bottom: 0; top: 999999 }
                text: card.modelData.assignedEpsg > 0 ? String(card.modelData.assignedEpsg) : ""
                onEditingFinished: card.assignCrs(text.length > 0 ? parseInt(text) : 0)
            }
            Button {
                objectName: "importUseSuggested"
                visible: !card.modelData.crsDeclared && card.modelData.suggestedEpsg > 0
                         && card.modelData.assignedEpsg !== card.modelData.suggestedEpsg
                text: qsTr("Use suggested EPSG:%1").arg(card.modelData.suggestedEpsg)
                onClicked: card.assignCrs(card.modelData.suggestedEpsg)
            }
        }
        Label {
            objectName: "importState"
            text: card.modelData.ready ? qsTr("Ready") : qsTr("Waits")
            color: card.modelData.ready ? "#2e7d32" : "#b00020"
            font.bold: true
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                objectName: "importCrsProblem"
                Layout.fillWidth: true
                visible: text.length > 0
                text: card.modelData.crs.length === 0 ? qsTr("Choose this layer's CRS: without one it would be drawn in the wrong place.")
                                                      : card.modelData.crsProblem
                color: "#b00020"
                wrapMode: Text.Wrap
            }
            CheckBox {
                objectName: "importAnyway"
                visible: card.modelData.crsProblem.length > 0
                text: qsTr("Import anyway")
                checked: card.modelData.importAnyway
                onToggled: card.importAnyway(checked)
            }
            Label {
                visible: card.modelData.ready
                text: qsTr("will be imported")
                opacity: 0.7
            }
        }
        Label { text: qsTr("Encoding"); opacity: 0.7 }
        Label {
            objectName: "importEncoding"
            text: qsTr("%1 (%2)").arg(card.modelData.encoding).arg(card.modelData.encodingOrigin)
        }
        Label { text: qsTr("Sample"); opacity: 0.7 }
        Label {
            objectName: "importSample"
            Layout.fillWidth: true
            text: card.modelData.sample.join(" · ")
            elide: Text.ElideRight
        }
        Label { text: qsTr("Features"); opacity: 0.7 }
        Label {
            objectName: "importFeatures"
            text: qsTr("%1 × %2").arg(card.modelData.featureCount).arg(card.modelData.geometryType)
        }
        Label { text: qsTr("Problems"); opacity: 0.7 }
        Label {
            objectName: "importProblems"
            Layout.fillWidth: true
            text: card.modelData.problems.length > 0 ? card.modelData.problems.join("\n") : qsTr("none found")
            color: card.modelData.problems.length > 0 ? "#9a5b00" : palette.text
            wrapMode: Text.Wrap
        }
    }
}

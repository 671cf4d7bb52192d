import QtQuick
import QtQuick.Controls
import Polis

// What scenario B adds, removes and modifies relative to A, marked over B (faded), with a legend and counts.
Item {
    id: root
    property MapDocument document
    required property CompareController controller
    property string scenarioA
    property string scenarioB
    readonly property alias view: diffView
    /// The view state shown (shared with the other compare views).
    property MapViewport viewport

    MapView {
        id: diffView
        objectName: "differenceView"
        anchors.fill: parent
        document: root.document
        scenario: root.scenarioB
        compareTo: root.scenarioA
        viewport: root.viewport
    }
    Pane {
        objectName: "differenceLegend"
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 8
        opacity: 0.92
        Column {
            spacing: 4
            Label {
                text: qsTr("%1 compared with %2").arg(root.scenarioB).arg(root.scenarioA)
                font.bold: true
            }
            LegendRow { colour: root.controller.addedColor; text: qsTr("Added: %1").arg(root.controller.added); objectName: "legendAdded" }
            LegendRow { colour: root.controller.removedColor; text: qsTr("Removed: %1").arg(root.controller.removed); objectName: "legendRemoved" }
            LegendRow { colour: root.controller.modifiedColor; text: qsTr("Modified: %1").arg(root.controller.modified); objectName: "legendModified" }
        }
    }

    component LegendRow: Row {
        property color colour
        property alias text: label.text
        spacing: 6
        Rectangle {
            width: 16
            height: 16
            color: parent.colour
        }
        Label {
            id: label
        }
    }
}

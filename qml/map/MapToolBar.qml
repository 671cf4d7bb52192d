import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// Navigation: full extent, zoom, previous and next extent.
ToolBar {
    id: bar
    required property MapView map
    property string title
    property bool measuring: false
    property bool sketching: false
    property bool historyShown: false
    signal openRequested()
    signal addRequested()
    signal saveRequested()
    signal importRequested()
    signal queryRequested()
    signal layoutRequested()
    signal compareRequested()

    RowLayout {
        anchors.fill: parent
        ToolButton {
            text: qsTr("Open…")
            onClicked: bar.openRequested()
        }
        ToolButton {
            text: qsTr("Add layer…")
            onClicked: bar.addRequested()
        }
        ToolButton {
            text: qsTr("Save as…")
            onClicked: bar.saveRequested()
        }
        ToolButton {
            objectName: "importButton"
            text: qsTr("Import…")
            onClicked: bar.importRequested()
            ToolTip.text: qsTr("Check and import GIS files (Ctrl+I)")
            ToolTip.visible: hovered
        }
        ToolButton {
            objectName: "queryButton"
            text: qsTr("Query…")
            onClicked: bar.queryRequested()
            ToolTip.text: qsTr("Select features by location and attributes (Ctrl+F)")
            ToolTip.visible: hovered
        }
        ToolButton {
            objectName: "layoutButton"
            text: qsTr("Print layout…")
            onClicked: bar.layoutRequested()
            ToolTip.text: qsTr("Page layout, preview and export (Ctrl+P)")
            ToolTip.visible: hovered
        }
        ToolButton {
            objectName: "compareButton"
            text: qsTr("Compare…")
            onClicked: bar.compareRequested()
            ToolTip.text: qsTr("Compare scenarios: side by side, swipe, difference, indicators (Ctrl+Shift+C)")
            ToolTip.visible: hovered
        }
        ToolSeparator {}
        ToolButton {
            text: qsTr("Full extent")
            onClicked: bar.map.zoomToFullExtent()
            ToolTip.text: qsTr("Show the whole map (Home)")
            ToolTip.visible: hovered
        }
        ToolButton {
            text: qsTr("Zoom in")
            onClicked: bar.map.zoomAt(Qt.point(bar.map.width / 2, bar.map.height / 2), 2)
        }
        ToolButton {
            text: qsTr("Zoom out")
            onClicked: bar.map.zoomAt(Qt.point(bar.map.width / 2, bar.map.height / 2), 0.5)
        }
        ToolButton {
            objectName: "previousExtent"
            text: qsTr("Previous")
            enabled: bar.map.canZoomPrevious
            onClicked: bar.map.zoomPrevious()
        }
        ToolButton {
            objectName: "nextExtent"
            text: qsTr("Next")
            enabled: bar.map.canZoomNext
            onClicked: bar.map.zoomNext()
        }
        ToolSeparator {}
        ToolButton {
            objectName: "measureButton"
            text: qsTr("Measure")
            checkable: true
            checked: bar.measuring
            onToggled: bar.measuring = checked
            ToolTip.text: qsTr("Measure distances and areas (Ctrl+Shift+M)")
            ToolTip.visible: hovered
        }
        ToolButton {
            objectName: "sketchButton"
            text: qsTr("Sketch")
            checkable: true
            checked: bar.sketching
            onToggled: bar.sketching = checked
            ToolTip.text: qsTr("Sketch proposals in the active scenario")
            ToolTip.visible: hovered
        }
        ToolButton {
            objectName: "historyButton"
            text: qsTr("History")
            checkable: true
            checked: bar.historyShown
            onToggled: bar.historyShown = checked
            ToolTip.text: qsTr("Every edit, to undo or redo up to any of them")
            ToolTip.visible: hovered
        }
        ScenarioBox {
            objectName: "scenarioBox"
            implicitWidth: 220
            model: bar.map.document ? bar.map.document.scenarios : []
            currentIndex: bar.map.document ? model.indexOf(bar.map.document.activeScenario) : -1
            onActivated: bar.map.document.activeScenario = currentText
            ToolTip.text: qsTr("The scenario shown on the map")
            ToolTip.visible: hovered
        }

        Label {
            Layout.fillWidth: true
            text: bar.title
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignHCenter
            font.bold: true
        }
    }
}

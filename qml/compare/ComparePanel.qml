import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// Compare two scenarios of the document (the baseline included): side by side in synchronised views, as a
// swipe, or as a difference view; with the indicator table of every scenario below.
Pane {
    id: panel
    required property MapDocument document
    /// The main map: the compare views start at its extent.
    required property MapView map
    property alias controller: controller
    signal closed()

    CompareController {
        id: controller
        document: panel.document
        scenarioA: boxA.currentText
        scenarioB: boxB.currentText
    }
    Connections {
        target: LanguageSettings
        function onLanguageChanged() { controller.refreshTable() } // the indicators' titles, the numbers
    }

    // Views draw only while they can be seen: closed, or on another tab, they follow no document.
    function shownIn(page) {
        return visible && modes.currentIndex === page ? document : null
    }

    // Every view shares one viewport (centre and scale): moving one moves them all. They start where the main
    // map is.
    MapViewport {
        id: sharedViewport
        objectName: "compareViewport"
    }
    readonly property alias viewport: sharedViewport
    // Opened, it compares the baseline (A) with the scenario the planner works in (B; the first scenario when
    // that is the baseline).
    onVisibleChanged: {
        if (!visible)
            return
        sharedViewport.copyFrom(map.viewport)
        boxA.currentIndex = 0
        const active = document.scenarios.indexOf(document.activeScenario)
        boxB.currentIndex = active > 0 ? active : Math.min(1, boxB.count - 1)
    }

    component SideView: MapView {
        id: side
        property string caption
        y: panel.captionHeight
        width: Math.floor((parent.width - 6) / 2)
        height: parent.height - panel.captionHeight
        document: panel.shownIn(0)
        scenario: caption
        viewport: sharedViewport
        Label {
            y: -panel.captionHeight
            width: parent.width
            text: side.caption
            font.bold: true
            elide: Text.ElideRight
        }
    }
    readonly property int captionHeight: 22

    ColumnLayout {
        anchors.fill: parent
        RowLayout {
            Label {
                text: qsTr("Compare")
                font.bold: true
            }
            Label { text: qsTr("A") }
            ScenarioBox {
                id: boxA
                objectName: "compareA"
                implicitWidth: 260
                model: panel.document.scenarios
            }
            Label { text: qsTr("B") }
            ScenarioBox {
                id: boxB
                objectName: "compareB"
                implicitWidth: 260
                model: panel.document.scenarios
                currentIndex: count > 1 ? 1 : 0
            }
            TabBar {
                id: modes
                Layout.fillWidth: true
                TabButton {
                    objectName: "compareSideBySide"
                    text: qsTr("Side by side")
                }
                TabButton {
                    objectName: "compareSwipe"
                    text: qsTr("Swipe")
                }
                TabButton {
                    objectName: "compareDifference"
                    text: qsTr("Difference")
                }
            }
            ToolButton {
                objectName: "compareClose"
                text: "✕"
                onClicked: panel.closed()
                ToolTip.text: qsTr("Close the compare panel")
                ToolTip.visible: hovered
            }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: modes.currentIndex
            Item {
                // Two views of exactly the same size, so that synchronised views show the same rectangle.
                SideView {
                    id: sideA
                    objectName: "compareViewA"
                    anchors.left: parent.left
                    caption: boxA.currentText
                }
                SideView {
                    id: sideB
                    objectName: "compareViewB"
                    anchors.right: parent.right
                    caption: boxB.currentText
                }
            }
            CompareSwipe {
                id: swipe
                objectName: "compareSwipeView"
                document: panel.shownIn(1)
                scenarioA: boxA.currentText
                scenarioB: boxB.currentText
                viewport: sharedViewport
            }
            CompareDifference {
                id: difference
                document: panel.shownIn(2)
                controller: controller
                scenarioA: boxA.currentText
                scenarioB: boxB.currentText
                viewport: sharedViewport
            }
        }
        IndicatorTable {
            objectName: "indicatorTable"
            Layout.fillWidth: true
            Layout.preferredHeight: implicitHeight
            controller: controller
        }
    }
}

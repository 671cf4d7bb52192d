import QtQuick
import QtQuick.Controls
import Polis

// Two scenarios in one place: A everywhere, B revealed left of a divider that is dragged sideways.
Item {
    id: swipe
    property MapDocument document
    property string scenarioA
    property string scenarioB
    readonly property alias under: underView
    readonly property alias over: overView
    /// The view state both views show.
    property MapViewport viewport

    clip: true

    MapView {
        id: underView
        objectName: "swipeViewA"
        anchors.fill: parent
        document: swipe.document
        scenario: swipe.scenarioA
        viewport: swipe.viewport
    }
    Item {
        id: reveal
        width: Math.max(0, divider.x + divider.width / 2)
        height: parent.height
        clip: true
        MapView {
            id: overView
            objectName: "swipeViewB"
            width: swipe.width
            height: swipe.height
            document: swipe.document
            scenario: swipe.scenarioB
            viewport: swipe.viewport
        }
    }
    Rectangle {
        id: divider
        objectName: "swipeDivider"
        x: swipe.width / 2 - width / 2
        width: 10
        height: parent.height
        color: "#ffffff"
        border.color: "#404040"
        MouseArea {
            anchors.fill: parent
            cursorShape: Qt.SplitHCursor
            drag.target: divider
            drag.axis: Drag.XAxis
            drag.minimumX: -divider.width / 2
            drag.maximumX: swipe.width - divider.width / 2
            drag.threshold: 0
        }
        ToolTip.text: qsTr("Drag to reveal B over A")
        ToolTip.visible: dividerHover.hovered
        HoverHandler { id: dividerHover }
    }
}

import QtQuick
import Polis

// A small picture of a layer's style: a filled box for polygons, a stroke for lines, a dot for points.
// A dashed style draws the box's border and the line as dashes (4 px, 2 px gaps).
Item {
    id: swatch
    property string kind
    property color fillColor
    property color strokeColor
    property bool dashed: false

    implicitWidth: 20
    implicitHeight: 14

    Rectangle {
        anchors.fill: parent
        visible: swatch.kind === "polygon"
        color: swatch.fillColor
        border.color: swatch.dashed ? "transparent" : swatch.strokeColor
    }
    Rectangle {
        anchors.verticalCenter: parent.verticalCenter
        width: parent.width
        height: 3
        visible: swatch.kind === "line" && !swatch.dashed
        color: swatch.strokeColor
    }
    // Dashes: along the line, or along the top and bottom of the box and down its sides.
    Repeater {
        model: swatch.dashed && (swatch.kind === "polygon" || swatch.kind === "line") ? Math.ceil(swatch.width / 6) : 0
        delegate: Item {
            required property int index
            Rectangle {
                x: parent.index * 6
                y: swatch.kind === "line" ? (swatch.height - height) / 2 : 0
                width: Math.min(4, swatch.width - x)
                height: swatch.kind === "line" ? 3 : 1
                color: swatch.strokeColor
            }
            Rectangle {
                x: parent.index * 6
                y: swatch.height - 1
                width: Math.min(4, swatch.width - x)
                height: 1
                visible: swatch.kind === "polygon"
                color: swatch.strokeColor
            }
        }
    }
    Repeater {
        model: swatch.dashed && swatch.kind === "polygon" ? Math.ceil(swatch.height / 6) * 2 : 0
        delegate: Rectangle {
            required property int index
            x: index % 2 ? swatch.width - 1 : 0
            y: Math.floor(index / 2) * 6
            width: 1
            height: Math.min(4, swatch.height - y)
            color: swatch.strokeColor
        }
    }
    Rectangle {
        anchors.centerIn: parent
        width: 9
        height: 9
        radius: 4.5
        visible: swatch.kind === "point"
        color: swatch.fillColor
        border.color: swatch.strokeColor
    }
    Rectangle {
        anchors.fill: parent
        visible: swatch.kind === "raster"
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0; color: "#404040" }
            GradientStop { position: 1; color: "#f0f0f0" }
        }
    }
}

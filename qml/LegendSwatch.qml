import QtQuick

// A small picture of a layer's style: a filled box for polygons, a stroke for lines, a dot for points.
Item {
    id: swatch
    property string kind
    property color fillColor
    property color strokeColor

    implicitWidth: 20
    implicitHeight: 14

    Rectangle {
        anchors.fill: parent
        visible: swatch.kind === "polygon"
        color: swatch.fillColor
        border.color: swatch.strokeColor
    }
    Rectangle {
        anchors.verticalCenter: parent.verticalCenter
        width: parent.width
        height: 3
        visible: swatch.kind === "line"
        color: swatch.strokeColor
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

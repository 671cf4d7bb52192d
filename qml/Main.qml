import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

ApplicationWindow {
    id: window
    property alias source: map.source

    width: 1280
    height: 800
    visible: true
    title: map.title.length > 0 ? qsTr("%1 — Polis").arg(map.title) : qsTr("Polis")

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            ToolButton {
                text: qsTr("Full extent")
                onClicked: map.zoomToFullExtent()
            }
            ToolButton {
                text: qsTr("Zoom in")
                onClicked: map.zoomAt(Qt.point(map.width / 2, map.height / 2), 2)
            }
            ToolButton {
                text: qsTr("Zoom out")
                onClicked: map.zoomAt(Qt.point(map.width / 2, map.height / 2), 0.5)
            }
            Label {
                Layout.fillWidth: true
                text: map.title
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }

    MapView {
        id: map
        objectName: "mapView"
        anchors.fill: parent
        focus: true
        Keys.onPressed: (event) => {
            if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal)
                map.zoomAt(Qt.point(width / 2, height / 2), 2)
            else if (event.key === Qt.Key_Minus)
                map.zoomAt(Qt.point(width / 2, height / 2), 0.5)
            else if (event.key === Qt.Key_Home)
                map.zoomToFullExtent()
        }

        Label {
            anchors.centerIn: parent
            visible: map.source.length === 0
            text: qsTr("Open a project: polis PROJECT.polis")
        }
    }

    footer: ToolBar {
        RowLayout {
            anchors.fill: parent
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                color: map.errors.length > 0 ? "#b00020" : palette.windowText
                text: map.loading ? qsTr("Loading…")
                      : map.errors.length > 0 ? map.errors[0]
                      : qsTr("%n layer(s)", "", map.layerCount)
            }
            Label {
                text: map.rendering ? qsTr("Rendering…") : ""
            }
            Label {
                text: map.crs
            }
        }
    }
}

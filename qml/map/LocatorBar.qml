import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// The locator: a search field over the map (Ctrl+K, View > Search…) listing, as one types, named features of
// every layer, a coordinate pair (Greek Grid or WGS84) or an EPSG code. Up/Down move, Enter or a click zooms the
// map there (and selects the feature), Esc closes. The search itself is LocatorController's.
Item {
    id: bar
    required property MapDocument document
    required property MapView map
    readonly property alias controller: controller
    readonly property int currentIndex: list.currentIndex

    visible: false
    width: Math.min(480, parent ? parent.width - 24 : 480)
    height: column.implicitHeight

    function open() {
        visible = true
        field.selectAll()
        field.forceActiveFocus()
    }
    function close() {
        visible = false
        map.forceActiveFocus()
    }
    function choose(row) {
        controller.activate(row)
        close()
    }

    LocatorController {
        id: controller
        objectName: "locatorController"
        document: bar.document
        query: field.text
        onZoomRequested: (rect) => bar.map.zoomToRect(rect)
        onResultsChanged: list.currentIndex = results.length > 0 ? 0 : -1
    }

    Column {
        id: column
        width: parent.width

        TextField {
            id: field
            objectName: "locatorField"
            width: parent.width
            placeholderText: qsTr("Search places, coordinates (35.3387 25.1343) or EPSG codes")
            Keys.onDownPressed: list.incrementCurrentIndex()
            Keys.onUpPressed: list.decrementCurrentIndex()
            Keys.onReturnPressed: bar.choose(list.currentIndex)
            Keys.onEnterPressed: bar.choose(list.currentIndex)
            Keys.onEscapePressed: bar.close()
            onActiveFocusChanged: if (!activeFocus && !list.activeFocus) bar.visible = false
            BusyIndicator {
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                height: parent.height * 0.7
                width: height
                running: controller.searching && field.text.length > 0
                visible: running
            }
        }

        Pane {
            objectName: "locatorPopup"
            width: parent.width
            padding: 2
            visible: field.text.trim().length > 0
            background: Rectangle {
                color: bar.palette.base
                border.color: bar.palette.mid
                radius: 2
            }

            Column {
                width: parent.width
                Label {
                    objectName: "locatorNothing"
                    visible: list.count === 0 && !controller.searching
                    padding: 8
                    text: qsTr("Nothing found")
                    opacity: 0.7
                }
                ListView {
                    id: list
                    objectName: "locatorResults"
                    width: parent.width
                    height: Math.min(contentHeight, 360)
                    clip: true
                    model: controller.results
                    highlightMoveDuration: 0
                    delegate: ItemDelegate {
                        id: row
                        required property var modelData
                        required property int index
                        width: ListView.view.width
                        highlighted: ListView.isCurrentItem
                        focusPolicy: Qt.NoFocus // the field keeps the keys
                        onClicked: bar.choose(index)
                        contentItem: RowLayout {
                            spacing: 8
                            LocatorIcon {
                                kind: row.modelData.kind
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0
                                Label {
                                    Layout.fillWidth: true
                                    text: row.modelData.label
                                    font.bold: true
                                    elide: Text.ElideRight
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: row.modelData.layer
                                    font.pixelSize: 11
                                    opacity: 0.7
                                    elide: Text.ElideRight
                                }
                            }
                            Label {
                                text: row.modelData.kindText
                                font.pixelSize: 11
                                opacity: 0.7
                            }
                        }
                    }
                }
            }
        }
    }

    // What a result is: a point, line or area feature, a coordinate pair or a CRS.
    component LocatorIcon: Rectangle {
        property string kind
        implicitWidth: 22
        implicitHeight: 22
        radius: 11
        color: kind === "coordinate" ? "#2E7D32" : kind === "crs" ? "#6A51A3" : "#3A7BBF"
        Label {
            anchors.centerIn: parent
            color: "white"
            font.pixelSize: 12
            text: ({ point: "●", line: "╱", area: "■", coordinate: "✛", crs: "◎" })[parent.kind] || "" // not translated
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// One row of the layers panel: drag handle (≡), visibility, legend symbol, name (elided; the tooltip gives the
// whole name and the data's credit), feature count and "⋯", the layer's menu (also on right-click). A styled
// layer's classes unfold under the row (▸). Dragging the handle reports positions in list coordinates; the
// panel moves the layer where it is dropped (into the group of the layer it lands on).
ItemDelegate {
    id: row
    required property MapDocument document
    required property int index
    required property string layerId
    required property string name
    required property string kind
    required property bool layerVisible
    required property int featureCount
    required property color fillColor
    required property color strokeColor
    required property var legend
    required property string group
    required property string attribution
    property bool folded: false     // its group is collapsed
    property bool legendShown: false // its classes unfolded
    property bool renaming: false   // the name is being edited
    property bool dropTarget: false // a dragged layer would land here
    property bool dropAbove: false  // ...above this row (else below)
    signal zoomRequested()
    signal menuRequested(Item at, real x, real y)
    signal legendToggled()
    signal renamed(string name)
    signal renameFinished()
    signal dragStarted()
    signal dragMoved(point listPoint)
    signal dragFinished()

    visible: !folded
    height: folded ? 0 : content.implicitHeight + topPadding + bottomPadding
    topPadding: 1
    bottomPadding: 1
    leftPadding: group === "" ? 2 : 14
    rightPadding: 2

    Rectangle {
        visible: row.dropTarget
        width: parent.width
        height: 3
        y: row.dropAbove ? -2 : parent.height - 1
        color: palette.highlight
    }
    onDoubleClicked: zoomRequested()
    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: (eventPoint) => row.menuRequested(row, eventPoint.position.x, eventPoint.position.y)
    }

    contentItem: ColumnLayout {
        id: content
        spacing: 0
        RowLayout {
            spacing: 2
            Label {
                objectName: "dragHandle"
                text: "≡"
                font.pixelSize: 16
                opacity: 0.6
                MouseArea {
                    id: handleArea
                    anchors.fill: parent
                    anchors.margins: -4
                    hoverEnabled: true
                    cursorShape: Qt.SizeVerCursor
                    preventStealing: true
                    onPressed: row.dragStarted()
                    onPositionChanged: (mouse) => row.dragMoved(mapToItem(row.ListView.view, mouse.x, mouse.y))
                    onReleased: row.dragFinished()
                    onCanceled: row.dragFinished()
                }
                ToolTip.text: qsTr("Drag to change the drawing order (or use the menu ⋯)")
                ToolTip.visible: handleArea.containsMouse && !handleArea.pressed
                ToolTip.delay: 800
            }
            CheckBox {
                objectName: "visibility"
                padding: 2
                checked: row.layerVisible
                onToggled: row.document.layers.setLayerVisible(row.layerId, checked)
            }
            LegendSwatch {
                kind: row.kind
                fillColor: row.fillColor
                strokeColor: row.strokeColor
            }
            Label {
                objectName: "layerName"
                Layout.fillWidth: true
                visible: !row.renaming
                text: row.name
                elide: Text.ElideRight
                // The whole name (the row may elide it) and the data's credit, as the council pages print it.
                ToolTip.text: row.attribution ? row.name + "\n" + qsTr("Data: %1").arg(row.attribution) : row.name
                ToolTip.visible: nameHover.hovered
                ToolTip.delay: 600
                HoverHandler { id: nameHover }
            }
            TextField {
                id: nameField
                objectName: "layerNameField"
                Layout.fillWidth: true
                visible: row.renaming
                selectByMouse: true
                onVisibleChanged: {
                    if (!visible)
                        return
                    text = row.name
                    forceActiveFocus()
                    selectAll()
                }
                onAccepted: row.renamed(text)
                onActiveFocusChanged: if (!activeFocus) row.renameFinished()
                Keys.onEscapePressed: row.renameFinished()
            }
            Label {
                objectName: "featureCount"
                text: row.featureCount >= 0 ? Number(row.featureCount).toLocaleString(Qt.locale(), "f", 0) : ""
                opacity: 0.6
            }
            ToolButton {
                objectName: "legendToggle"
                visible: row.legend.length > 0
                padding: 2
                text: row.legendShown ? "▾" : (row.mirrored ? "◂" : "▸")
                onClicked: row.legendToggled()
                ToolTip.text: row.legendShown ? qsTr("Hide the classes") : qsTr("Show the classes")
                ToolTip.visible: hovered
            }
            ToolButton {
                id: menuButton
                objectName: "layerMenuButton"
                padding: 2
                text: "⋯"
                onClicked: row.menuRequested(menuButton, 0, menuButton.height)
                ToolTip.text: qsTr("Zoom, style, table, properties, rename, group, remove")
                ToolTip.visible: hovered
            }
        }
        Column { // a Repeater straight in a Layout can crash when its model is replaced (Qt 6.4)
            Layout.fillWidth: true
            visible: row.legendShown
            Repeater {
                model: row.legendShown ? row.legend : []
                delegate: Row { // a class or modifier row; a heading row (the modifier field) has no swatch
                    required property var modelData
                    leftPadding: 40
                    spacing: 6
                    LegendSwatch {
                        visible: !modelData.heading
                        kind: row.kind
                        fillColor: modelData.heading ? "transparent" : modelData.fillColor
                        strokeColor: modelData.heading ? "transparent" : modelData.strokeColor
                        dashed: modelData.heading ? false : modelData.dashed
                    }
                    Label {
                        width: Math.min(implicitWidth, row.availableWidth - 66)
                        text: modelData.label
                        elide: Text.ElideRight
                        font.pixelSize: 11
                        font.italic: modelData.heading
                        topPadding: modelData.heading ? 4 : 0
                    }
                }
            }
        }
    }
}

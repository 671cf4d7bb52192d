import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// The header of a group of layers in the layers panel: collapse, visibility of the whole group, name
// (double-click to rename), ungroup. Layers outside any group (section "") have no header.
Item {
    id: header
    required property string section
    required property LayerListModel layers
    required property bool collapsed
    signal toggleCollapsed()

    objectName: "groupHeader"
    width: ListView.view ? ListView.view.width : 200
    height: section === "" ? 0 : bar.implicitHeight + 4

    // 0 none, 1 some, 2 all of the group's layers visible
    readonly property int shown: {
        header.layers.revision // re-evaluated whenever a layer changes
        return header.layers.groupVisibility(header.section)
    }

    Rectangle {
        anchors.fill: parent
        visible: header.section !== "" // ListView makes section items visible itself
        color: palette.alternateBase
        radius: 3
    }
    RowLayout {
        id: bar
        anchors.fill: parent
        visible: header.section !== ""
        anchors.leftMargin: 2
        spacing: 2
        ToolButton {
            objectName: "groupCollapse"
            padding: 2
            text: header.collapsed ? "▸" : "▾"
            onClicked: header.toggleCollapsed()
            ToolTip.text: header.collapsed ? qsTr("Show the group's layers") : qsTr("Hide the group's layers in this list")
            ToolTip.visible: hovered
        }
        CheckBox {
            objectName: "groupVisibility"
            padding: 2
            tristate: true
            checkState: header.shown === 2 ? Qt.Checked : header.shown === 1 ? Qt.PartiallyChecked : Qt.Unchecked
            nextCheckState: () => checkState // the model decides, through the binding above
            onClicked: header.layers.setGroupVisible(header.section, header.shown !== 2)
        }
        Label {
            objectName: "groupName"
            Layout.fillWidth: true
            visible: !nameField.visible
            text: header.section
            font.bold: true
            elide: Text.ElideRight
            TapHandler {
                onDoubleTapped: {
                    nameField.text = header.section
                    nameField.visible = true
                    nameField.forceActiveFocus()
                    nameField.selectAll()
                }
            }
        }
        TextField {
            id: nameField
            objectName: "groupNameField"
            Layout.fillWidth: true
            visible: false
            selectByMouse: true
            onAccepted: {
                visible = false
                header.layers.renameGroup(header.section, text)
            }
            onActiveFocusChanged: if (!activeFocus) visible = false
            Keys.onEscapePressed: visible = false
        }
        ToolButton {
            objectName: "ungroup"
            padding: 2
            text: qsTr("Ungroup")
            onClicked: header.layers.ungroup(header.section)
            ToolTip.text: qsTr("Keep the layers, without the group")
            ToolTip.visible: hovered
        }
    }
}

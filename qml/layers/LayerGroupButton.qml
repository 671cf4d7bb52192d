import QtQuick
import QtQuick.Controls
import Polis

// A layer's group menu in the layers panel: a new group, an existing group, or out of its group.
ToolButton {
    id: button
    required property LayerListModel layers
    required property string layerId
    required property string group

    objectName: "groupMenuButton"
    text: "⋯"
    onClicked: menu.open()
    ToolTip.text: qsTr("Group")
    ToolTip.visible: hovered

    // The groups of the map, in panel order, except the layer's own.
    function otherGroups() {
        button.layers.revision // re-evaluated when layers change
        const names = []
        for (let r = 0; r < button.layers.count; ++r) {
            const g = button.layers.data(button.layers.index(r, 0), LayerListModel.GroupRole)
            if (g !== "" && g !== button.group && names.indexOf(g) < 0)
                names.push(g)
        }
        return names
    }

    Menu {
        id: menu
        objectName: "groupMenu"
        MenuItem {
            objectName: "newGroup"
            text: qsTr("New group")
            onTriggered: button.layers.setLayerGroup(button.layerId, button.layers.newGroupName())
        }
        Instantiator {
            model: button.otherGroups()
            delegate: MenuItem {
                required property string modelData
                objectName: "moveTo:" + modelData
                text: qsTr("Move to %1").arg(modelData)
                onTriggered: button.layers.setLayerGroup(button.layerId, modelData)
            }
            onObjectAdded: (index, object) => menu.insertItem(index + 1, object)
            onObjectRemoved: (index, object) => menu.removeItem(object)
        }
        MenuItem {
            objectName: "leaveGroup"
            text: qsTr("Remove from group")
            enabled: button.group !== ""
            onTriggered: button.layers.setLayerGroup(button.layerId, "")
        }
    }
}

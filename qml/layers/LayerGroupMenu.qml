import QtQuick
import QtQuick.Controls
import Polis

// A layer's group submenu in the layers panel's layer menu: a new group, an existing group, or out of its group.
Menu {
    id: menu
    required property LayerListModel layers
    property string layerId
    property string group

    objectName: "groupMenu"
    title: qsTr("Group")

    // The groups of the map, in panel order, except the layer's own.
    function otherGroups() {
        menu.layers.revision // re-evaluated when layers change
        const names = []
        for (let r = 0; r < menu.layers.count; ++r) {
            const g = menu.layers.data(menu.layers.index(r, 0), LayerListModel.GroupRole)
            if (g !== "" && g !== menu.group && names.indexOf(g) < 0)
                names.push(g)
        }
        return names
    }

    MenuItem {
        objectName: "newGroup"
        text: qsTr("New group")
        onTriggered: menu.layers.setLayerGroup(menu.layerId, menu.layers.newGroupName())
    }
    Instantiator {
        model: menu.otherGroups()
        delegate: MenuItem {
            required property string modelData
            objectName: "moveTo:" + modelData
            text: qsTr("Move to %1").arg(modelData)
            onTriggered: menu.layers.setLayerGroup(menu.layerId, modelData)
        }
        onObjectAdded: (index, object) => menu.insertItem(index + 1, object)
        onObjectRemoved: (index, object) => menu.removeItem(object)
    }
    MenuItem {
        objectName: "leaveGroup"
        text: qsTr("Remove from group")
        enabled: menu.group !== ""
        onTriggered: menu.layers.setLayerGroup(menu.layerId, "")
    }
}

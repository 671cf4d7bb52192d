import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// Chooses the map CRS from the EPSG registry (PROJ's database), searched by code or name.
Popup {
    id: picker
    required property MapDocument document

    anchors.centerIn: Overlay.overlay
    width: 560
    height: 520
    modal: true
    focus: true
    onOpened: {
        searchField.text = ""
        crsList.currentIndex = -1
        searchField.forceActiveFocus()
    }

    function accept() {
        const code = crsModel.codeAt(crsList.currentIndex)
        if (code > 0)
            picker.document.setMapCrs(code)
        picker.close()
    }

    CrsListModel {
        id: crsModel
        search: searchField.text
        onCountChanged: crsList.currentIndex = count > 0 ? 0 : -1
    }

    ColumnLayout {
        anchors.fill: parent
        Label {
            text: qsTr("Map coordinate reference system (now %1)").arg(picker.document.crs)
            font.bold: true
        }
        TextField {
            id: searchField
            objectName: "crsSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search by EPSG code or name, e.g. 2100 or Greek Grid")
            selectByMouse: true
            Keys.onDownPressed: crsList.incrementCurrentIndex()
            Keys.onUpPressed: crsList.decrementCurrentIndex()
            onAccepted: picker.accept()
        }
        Label {
            visible: text !== ""
            text: crsModel.error !== "" ? crsModel.error
                  : crsModel.count === 0 && !crsModel.job.busy ? qsTr("No coordinate reference system matches.") : ""
            color: crsModel.error !== "" ? "#b00020" : palette.windowText
        }
        ListView {
            id: crsList
            objectName: "crsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: crsModel
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                required property int index
                required property int code
                required property string name
                required property string area
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                contentItem: Column {
                    Label {
                        text: qsTr("EPSG:%1 — %2").arg(code).arg(name)
                        elide: Text.ElideRight
                        width: parent.width
                    }
                    Label {
                        text: area
                        font.pointSize: 8
                        opacity: 0.7
                        elide: Text.ElideRight
                        width: parent.width
                    }
                }
                onClicked: crsList.currentIndex = index
                onDoubleClicked: {
                    crsList.currentIndex = index
                    picker.accept()
                }
            }
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Button {
                objectName: "crsCancel"
                text: qsTr("Cancel")
                onClicked: picker.close()
            }
            Button {
                objectName: "crsOk"
                text: qsTr("OK")
                enabled: crsList.currentIndex >= 0
                highlighted: true
                onClicked: picker.accept()
            }
        }
    }
}

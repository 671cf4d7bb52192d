import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// The toolbar: files, panels, navigation (full extent, zoom, previous and next extent), map tools, the
// scenario shown. Buttons show an icon (Adwaita's symbolic SVGs, from Debian's adwaita-icon-theme; CC BY-SA
// 3.0 / LGPL 3) and, on hover, their name and shortcut (the shortcuts are the menu bar's).
ToolBar {
    id: bar
    required property MapView map
    property string title
    property bool measuring: false
    property bool sketching: false
    property bool historyShown: false
    signal openRequested()
    signal addRequested()
    signal saveRequested()
    signal importRequested()
    signal queryRequested()
    signal layoutRequested()
    signal compareRequested()

    /// Where the icon theme's scalable icons are (adwaita-icon-theme).
    readonly property url iconFolder: "file:///usr/share/icons/Adwaita/scalable/"

    // An icon button; `text` is its name (read by screen readers), shown with `shortcut` in its tooltip.
    component IconButton: ToolButton {
        id: button
        property string iconName // e.g. "actions/zoom-in-symbolic", without ".svg"
        property string tip
        property string shortcut
        display: AbstractButton.IconOnly
        icon.source: bar.iconFolder + iconName + ".svg"
        icon.width: 20
        icon.height: 20
        ToolTip.text: (tip || text) + (shortcut ? " (" + shortcut + ")" : "")
        ToolTip.visible: hovered
        ToolTip.delay: 500
    }

    RowLayout {
        anchors.fill: parent
        IconButton {
            objectName: "openButton"
            text: qsTr("Open…")
            iconName: "actions/document-open-symbolic"
            shortcut: "Ctrl+O"
            onClicked: bar.openRequested()
        }
        IconButton {
            objectName: "addLayerButton"
            text: qsTr("Add layer…")
            iconName: "actions/list-add-symbolic"
            shortcut: "Ctrl+Shift+A"
            onClicked: bar.addRequested()
        }
        IconButton {
            objectName: "saveAsButton"
            text: qsTr("Save as…")
            iconName: "actions/document-save-as-symbolic"
            shortcut: "Ctrl+Shift+S"
            onClicked: bar.saveRequested()
        }
        IconButton {
            objectName: "importButton"
            text: qsTr("Import…")
            iconName: "places/folder-download-symbolic"
            shortcut: "Ctrl+I"
            tip: qsTr("Check and import GIS files")
            onClicked: bar.importRequested()
        }
        IconButton {
            objectName: "queryButton"
            text: qsTr("Query…")
            iconName: "actions/edit-find-symbolic"
            shortcut: "Ctrl+F"
            tip: qsTr("Select features by location and attributes")
            onClicked: bar.queryRequested()
        }
        IconButton {
            objectName: "layoutButton"
            text: qsTr("Print layout…")
            iconName: "actions/document-print-symbolic"
            shortcut: "Ctrl+P"
            tip: qsTr("Page layout, preview and export")
            onClicked: bar.layoutRequested()
        }
        IconButton {
            objectName: "compareButton"
            text: qsTr("Compare…")
            iconName: "actions/view-dual-symbolic"
            shortcut: "Ctrl+Shift+C"
            tip: qsTr("Compare scenarios: side by side, swipe, difference, indicators")
            onClicked: bar.compareRequested()
        }
        ToolSeparator {}
        IconButton {
            objectName: "fullExtentButton"
            text: qsTr("Full extent")
            iconName: "actions/zoom-fit-best-symbolic"
            shortcut: "Ctrl+Shift+F"
            tip: qsTr("Show the whole map")
            onClicked: bar.map.zoomToFullExtent()
        }
        IconButton {
            objectName: "zoomInButton"
            text: qsTr("Zoom in")
            iconName: "actions/zoom-in-symbolic"
            shortcut: "Ctrl++"
            onClicked: bar.map.zoomAt(Qt.point(bar.map.width / 2, bar.map.height / 2), 2)
        }
        IconButton {
            objectName: "zoomOutButton"
            text: qsTr("Zoom out")
            iconName: "actions/zoom-out-symbolic"
            shortcut: "Ctrl+-"
            onClicked: bar.map.zoomAt(Qt.point(bar.map.width / 2, bar.map.height / 2), 0.5)
        }
        IconButton {
            objectName: "previousExtent"
            text: qsTr("Previous")
            iconName: LanguageSettings.rightToLeft ? "actions/go-previous-symbolic-rtl" : "actions/go-previous-symbolic"
            shortcut: "Alt+Left"
            tip: qsTr("Previous extent")
            enabled: bar.map.canZoomPrevious
            onClicked: bar.map.zoomPrevious()
        }
        IconButton {
            objectName: "nextExtent"
            text: qsTr("Next")
            iconName: LanguageSettings.rightToLeft ? "actions/go-next-symbolic-rtl" : "actions/go-next-symbolic"
            shortcut: "Alt+Right"
            tip: qsTr("Next extent")
            enabled: bar.map.canZoomNext
            onClicked: bar.map.zoomNext()
        }
        ToolSeparator {}
        IconButton {
            objectName: "measureButton"
            text: qsTr("Measure")
            iconName: "categories/applications-engineering-symbolic"
            shortcut: "Ctrl+Shift+M"
            tip: qsTr("Measure distances and areas")
            checkable: true
            checked: bar.measuring
            onToggled: bar.measuring = checked
        }
        IconButton {
            objectName: "sketchButton"
            text: qsTr("Sketch")
            iconName: "actions/document-edit-symbolic"
            tip: qsTr("Sketch proposals in the active scenario")
            checkable: true
            checked: bar.sketching
            onToggled: bar.sketching = checked
        }
        IconButton {
            objectName: "historyButton"
            text: qsTr("History")
            iconName: "actions/document-open-recent-symbolic"
            tip: qsTr("Every edit, to undo or redo up to any of them")
            checkable: true
            checked: bar.historyShown
            onToggled: bar.historyShown = checked
        }
        ScenarioBox {
            objectName: "scenarioBox"
            implicitWidth: 220
            model: bar.map.document ? bar.map.document.scenarios : []
            currentIndex: bar.map.document ? model.indexOf(bar.map.document.activeScenario) : -1
            onActivated: bar.map.document.activeScenario = currentText
            ToolTip.text: qsTr("The scenario shown on the map")
            ToolTip.visible: hovered
        }

        Label {
            Layout.fillWidth: true
            text: bar.title
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignHCenter
            font.bold: true
        }
    }
}

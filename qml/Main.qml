import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Polis

ApplicationWindow {
    id: window
    property alias source: mapDocument.source
    property string sampleProject

    width: 1280
    height: 800
    visible: true
    title: mapDocument.title.length > 0 ? qsTr("%1 — Polis").arg(mapDocument.title) : qsTr("Polis")

    MapDocument {
        id: mapDocument
    }
    AutosaveController {
        id: autosave
        objectName: "autosave"
        document: mapDocument
    }
    RecoveryDialogs {
        id: recoveryDialogs
        document: mapDocument
        map: mapView
        autosave: autosave
        onCloseAllowed: {
            window.closeConfirmed = true
            window.close()
        }
        onSaveAsRequested: dialogs.saveAs()
    }
    property bool closeConfirmed: false
    onClosing: (close) => close.accepted = closeConfirmed || recoveryDialogs.confirmClose()

    menuBar: MainMenu {
        window: window
        document: mapDocument
        map: mapView
        toolBar: toolBar
        dialogs: dialogs
        recovery: recoveryDialogs
        onScenariosRequested: sketchTool.openScenarios()
        onSearchRequested: locatorBar.open()
    }
    header: MapToolBar {
        id: toolBar
        LayoutMirroring.enabled: LanguageSettings.rightToLeft // Hebrew: the window mirrors, the map does not
        LayoutMirroring.childrenInherit: true
        map: mapView
        title: mapDocument.title
        onOpenRequested: dialogs.openProject()
        onAddRequested: dialogs.addLayers()
        onSaveRequested: dialogs.saveAs()
        onImportRequested: dialogs.importFiles([])
        onQueryRequested: queryPanel.visible = true
        onLayoutRequested: layoutPanel.visible = true
        onCompareRequested: comparePanel.visible = true
    }
    ProjectDialogs {
        id: dialogs
        document: mapDocument
        map: mapView
    }

    WelcomePage {
        anchors.fill: parent
        LayoutMirroring.enabled: LanguageSettings.rightToLeft // Hebrew: the window mirrors, the map does not
        LayoutMirroring.childrenInherit: true
        z: 1
        visible: mapDocument.source.length === 0 && mapDocument.layers.count === 0
        sampleProject: window.sampleProject
        recentProjects: mapDocument.recentProjects
        onOpenRequested: (path) => mapDocument.source = path
        onBrowseRequested: dialogs.openProject()
    }

    DropArea {
        anchors.fill: parent
        z: 2
        onDropped: (drop) => {
            if (!drop.hasUrls)
                return
            const urls = drop.urls.map(u => u.toString())
            if (urls.length === 1 && mapDocument.isProjectFile(urls[0]))
                mapDocument.source = urls[0]
            else
                dialogs.importFiles(urls) // GIS files are checked by the import wizard first
        }
    }

    SplitView {
        id: workspace
        anchors.fill: parent
        LayoutMirroring.enabled: LanguageSettings.rightToLeft // Hebrew: the window mirrors, the map does not
        LayoutMirroring.childrenInherit: true
        // SplitView itself does not mirror: its panes are put in reverse order for right-to-left languages.
        property bool reversed: false
        function orderPanes() {
            if (reversed === LanguageSettings.rightToLeft)
                return
            for (let i = 0; i < count - 1; ++i)
                moveItem(count - 1, i)
            reversed = LanguageSettings.rightToLeft
        }
        Component.onCompleted: orderPanes()

        LayersPanel {
            objectName: "layersPanel"
            SplitView.preferredWidth: 340
            SplitView.minimumWidth: 180
            document: mapDocument
            onZoomToLayer: (rect) => mapView.zoomToRect(rect)
            onOpenTable: (layerId, name) => {
                attributeTable.layerName = name
                attributeTable.layerId = layerId
            }
            onOpenStyle: (layerId) => {
                stylePanel.layerId = "" // reload even when the same layer is asked for again
                stylePanel.layerId = layerId
                stylePanel.visible = true
            }
        }

        SplitView {
            orientation: Qt.Vertical
            SplitView.fillWidth: true

        MapView {
            id: mapView
            objectName: "mapView"
            SplitView.fillHeight: true
            document: mapDocument
            focus: true
            LayoutMirroring.enabled: false
            LayoutMirroring.childrenInherit: true
            // One tool takes the map's pointer and keys at a time; QML only picks it.
            tool: toolBar.measuring ? measureTool.mapTool : toolBar.sketching ? sketchTool.mapTool : identifyTool

            IdentifyTool {
                id: identifyTool
                objectName: "identifyTool"
                onIdentified: (results) => identifyPanel.results = results
                onCancelled: identifyPanel.clear()
            }

            MapPinch {}

            LocatorBar {
                id: locatorBar
                objectName: "locatorBar"
                anchors.top: parent.top
                anchors.topMargin: 12
                anchors.horizontalCenter: parent.horizontalCenter
                z: 10 // above the map tools' overlays
                document: mapDocument
                map: mapView
            }

            MeasureTool {
                id: measureTool
                objectName: "measureTool"
                anchors.fill: parent
                map: mapView
                document: mapDocument
                active: toolBar.measuring
                onCancelled: {
                    identifyPanel.clear()
                    toolBar.measuring = false
                }
            }
            SketchTool {
                id: sketchTool
                objectName: "sketchTool"
                anchors.fill: parent
                map: mapView
                active: toolBar.sketching
                onIdentified: (results) => identifyPanel.results = results // picking one to edit
            }
        }

        AttributeTable {
            id: attributeTable
            objectName: "attributeTablePanel"
            visible: layerId !== ""
            SplitView.preferredHeight: 260
            document: mapDocument
            onClosed: layerId = ""
        }
        }

        StylePanel {
            id: stylePanel
            objectName: "stylePanel"
            visible: false
            SplitView.preferredWidth: 300
            document: mapDocument
            onClosed: visible = false
        }

        QueryPanel {
            id: queryPanel
            objectName: "queryPanel"
            visible: false
            SplitView.preferredWidth: 340
            document: mapDocument
            onClosed: visible = false
        }

        LayoutPanel {
            id: layoutPanel
            objectName: "layoutPanel"
            visible: false
            SplitView.preferredWidth: 460
            document: mapDocument
            onClosed: visible = false
        }

        HistoryPanel {
            objectName: "historyPanel"
            visible: toolBar.historyShown
            SplitView.preferredWidth: 280
            document: mapDocument
            onClosed: toolBar.historyShown = false
        }

        IdentifyPanel {
            id: identifyPanel
            visible: results.length > 0
            SplitView.preferredWidth: 300
            onCleared: mapDocument.clearSelection()
        }
    }

    Connections {
        target: LanguageSettings
        function onLanguageChanged() { workspace.orderPanes() }
    }

    ComparePanel {
        id: comparePanel
        LayoutMirroring.enabled: LanguageSettings.rightToLeft // Hebrew: the window mirrors, the map does not
        LayoutMirroring.childrenInherit: true
        objectName: "comparePanel"
        anchors.fill: parent
        z: 3
        visible: false
        document: mapDocument
        map: mapView
        onClosed: visible = false
    }

    footer: StatusBar {
        LayoutMirroring.enabled: LanguageSettings.rightToLeft // Hebrew: the window mirrors, the map does not
        LayoutMirroring.childrenInherit: true
        map: mapView
        document: mapDocument
        autosaveText: dialogs.savedText(autosave.lastAutosave)
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Polis

// Cursor coordinates (map CRS and WGS84), the editable scale, the map CRS (click to change it), loading and
// rendering state, the window's language.
ToolBar {
    id: bar
    required property MapView map
    required property MapDocument document
    /// "Saved hh:mm" or "Autosaved hh:mm" (a recovery copy), whichever happened last; else empty.
    property string autosaveText

    function formatted(p, decimals) {
        return isNaN(p.x) ? "—" : p.x.toFixed(decimals) + ", " + p.y.toFixed(decimals)
    }

    Loader { // created on first use: the catalogue is read then
        id: crsPicker
        objectName: "crsPickerLoader"
        active: false
        sourceComponent: CrsPicker {
            objectName: "crsPicker"
            document: bar.document
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 12
        Label {
            objectName: "statusMessage"
            Layout.fillWidth: true
            elide: Text.ElideRight
            color: bar.document.errors.length > 0 ? "#b00020" : palette.windowText
            text: bar.document.loading ? qsTr("Loading…")
                  : bar.document.errors.length > 0 ? bar.document.errors[0]
                  : bar.document.warnings.length > 0 ? bar.document.warnings[0]
                  : qsTr("%n layer(s)", "", bar.document.layers.count)
        }
        Label {
            objectName: "cursorMap"
            text: bar.formatted(bar.map.cursorPosition, 1)
        }
        Label {
            objectName: "cursorWgs84"
            text: {
                const p = bar.map.cursorPosition
                return isNaN(p.x) ? "" : qsTr("WGS84 %1").arg(bar.formatted(bar.document.toWgs84(p.x, p.y), 5))
            }
        }
        Label {
            text: qsTr("Scale 1:")
        }
        TextField {
            objectName: "scaleField"
            implicitWidth: 90
            selectByMouse: true
            validator: IntValidator { bottom: 1 }
            text: Math.round(bar.map.scaleDenominator)
            onAccepted: bar.map.scaleDenominator = Number(text)
        }
        Label {
            objectName: "autosaveStatus"
            text: bar.autosaveText
        }
        Label {
            text: bar.map.rendering ? qsTr("Rendering…") : ""
        }
        ToolButton {
            objectName: "mapCrs"
            text: bar.document.crs
            enabled: !bar.document.loading
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Change the map's coordinate reference system")
            onClicked: {
                crsPicker.active = true
                crsPicker.item.open()
            }
        }
        ComboBox {
            objectName: "languageBox"
            model: LanguageSettings.choices
            textRole: "name"
            valueRole: "code"
            implicitContentWidthPolicy: ComboBox.WidestText
            onModelChanged: currentIndex = indexOfValue(LanguageSettings.language) // renamed in the new language
            onActivated: LanguageSettings.language = currentValue
            ToolTip.visible: hovered
            ToolTip.text: qsTr("The window's language")
        }
    }
}

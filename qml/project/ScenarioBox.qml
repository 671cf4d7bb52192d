import QtQuick
import QtQuick.Controls

// A choice among scenario names (the values, as the document takes them); the baseline's name is a key, not a
// user's, and is shown in the window's language.
ComboBox {
    id: box
    function shown(name) { return name === "baseline" ? qsTr("baseline") : name }

    displayText: shown(currentText)
    delegate: ItemDelegate {
        required property string modelData
        required property int index
        width: ListView.view.width
        text: box.shown(modelData)
        highlighted: box.highlightedIndex === index
    }
}

#pragma once
#include "document/map_document.hpp"

#include <QPointer>

namespace polis {

/// What most views and controllers follow: whatever changes the map as drawn or queried (not the history or
/// the print layout).
constexpr unsigned kContentChanges = LayersChanged | StyleChanged | SelectionChanged | ScenarioChanged | MapChanged;

/// For items and controllers that follow a MapDocument: points `slot` at `document`, calls `onChange` on
/// `receiver` whenever the document changes in one of the `changes` (DocumentChange bits), and drops the
/// connection to the previous document. Returns false (and does nothing) when `document` is already bound.
template <class Receiver>
bool bindDocument(Receiver* receiver, QPointer<MapDocument>& slot, MapDocument* document, void (Receiver::*onChange)(),
                  unsigned changes = kContentChanges)
{
    if (document == slot)
        return false;
    if (slot)
        QObject::disconnect(slot, nullptr, receiver, nullptr);
    slot = document;
    if (slot) {
        QObject::connect(slot, &MapDocument::changed, receiver, [receiver, onChange, changes](unsigned what) {
            if (what & changes)
                (receiver->*onChange)();
        });
    }
    return true;
}

} // namespace polis

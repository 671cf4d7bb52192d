#pragma once
#include "document/map_document.hpp"

#include <QPointer>

namespace polis {

/// For items and controllers that follow a MapDocument: points `slot` at `document`, connects the
/// document's contentChanged to `onChange` on `receiver` and drops the connection to the previous one.
/// Returns false (and does nothing) when `document` is already the bound one.
template <class Receiver>
bool bindDocument(Receiver* receiver, QPointer<MapDocument>& slot, MapDocument* document, void (Receiver::*onChange)())
{
    if (document == slot)
        return false;
    if (slot)
        QObject::disconnect(slot, nullptr, receiver, nullptr);
    slot = document;
    if (slot)
        QObject::connect(slot, &MapDocument::contentChanged, receiver, onChange);
    return true;
}

} // namespace polis

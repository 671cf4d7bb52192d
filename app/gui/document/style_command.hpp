#pragma once
#include "layers/style/style.hpp"

#include <QUndoCommand>

#include <memory>

namespace polis {

class FeatureStore;
class MapDocument;

/// One style change of one layer, undoable. The layer is found by its feature store (shared by every
/// snapshot), so undo still reaches it after layers were reordered; a removed layer makes it a no-op.
class StyleCommand : public QUndoCommand
{
public:
    StyleCommand(MapDocument* document, std::shared_ptr<const FeatureStore> layer, Style before, Style after,
                 const QString& layerName);

    void undo() override;
    void redo() override;

private:
    MapDocument* m_document;
    std::weak_ptr<const FeatureStore> m_layer;
    Style m_before;
    Style m_after;
};

} // namespace polis

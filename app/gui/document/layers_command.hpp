#pragma once
#include "layers/map/map_content.hpp"

#include <QUndoCommand>

#include <vector>

namespace polis {

class MapDocument;

/// One change of the map's layer list, undoable: visibility, opacity, order, removal, groups. Keeps the
/// layers as they were and as they become (cheap: layers share their data), so undoing a removal brings the
/// layer back with its style. Undo and redo keep each layer's current data (another scenario shown since,
/// edits), matching layers by their baseline data. Consecutive opacity changes of one layer merge into one
/// command, as a slider drag makes many.
class LayersCommand : public QUndoCommand
{
public:
    /// `opacityOf`: the layer (its baseline data) whose opacity this changes, to merge with the next such
    /// change; null for other changes.
    LayersCommand(MapDocument* document, std::vector<MapLayer> before, std::vector<MapLayer> after,
                  const QString& text, const void* opacityOf = nullptr);

    int id() const override { return m_opacityOf ? 1 : -1; }
    bool mergeWith(const QUndoCommand* other) override;
    void undo() override;
    void redo() override;

    /// What identifies a layer across snapshots: its baseline features, or its raster.
    static const void* key(const MapLayer& layer);

private:
    void apply(const std::vector<MapLayer>& layers);

    MapDocument* m_document;
    std::vector<MapLayer> m_before;
    std::vector<MapLayer> m_after;
    const void* m_opacityOf;
};

} // namespace polis

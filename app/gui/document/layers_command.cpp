#include "document/layers_command.hpp"

#include "document/map_document.hpp"

namespace polis {

LayersCommand::LayersCommand(MapDocument* document, std::vector<MapLayer> before, std::vector<MapLayer> after,
                             const QString& text, const void* opacityOf)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after)),
      m_opacityOf(opacityOf)
{
}

const void* LayersCommand::key(const MapLayer& layer)
{
    if (layer.raster)
        return layer.raster.get();
    return layer.baselineFeatures ? layer.baselineFeatures.get() : layer.features.get();
}

bool LayersCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const LayersCommand*>(other); // same id(): a LayersCommand
    if (!m_opacityOf || next->m_opacityOf != m_opacityOf)
        return false;
    m_after = next->m_after;
    return true;
}

void LayersCommand::undo()
{
    apply(m_before);
}

void LayersCommand::redo()
{
    apply(m_after);
}

void LayersCommand::apply(const std::vector<MapLayer>& layers)
{
    std::vector<MapLayer> next = layers;
    const auto& current = m_document->content()->layers;
    for (MapLayer& layer : next) {
        for (const MapLayer& now : current) {
            if (key(now) == key(layer)) {
                layer.features = now.features;
                layer.baselineFeatures = now.baselineFeatures;
                layer.selection = now.selection;
                break;
            }
        }
    }
    m_document->setLayers(std::move(next));
}

} // namespace polis

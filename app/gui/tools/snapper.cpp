#include "tools/snapper.hpp"

#include "document/document_binding.hpp"
#include "map/map_view.hpp"

namespace polis {

Snapper::Snapper(QObject* parent) : QObject(parent) {}

void Snapper::setMap(MapView* map)
{
    if (map == m_map)
        return;
    if (m_map)
        disconnect(m_map, nullptr, this, nullptr);
    m_map = map;
    if (m_map)
        connect(m_map, &MapView::documentChanged, this, &Snapper::bindDocument);
    bindDocument();
    emit mapChanged();
}

void Snapper::bindDocument()
{
    if (polis::bindDocument(this, m_document, m_map ? m_map->document() : nullptr, &Snapper::updateLayers))
        updateLayers();
}

void Snapper::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (!m_enabled)
        clearTarget();
    emit enabledChanged();
}

void Snapper::setTolerancePixels(double pixels)
{
    if (!(pixels > 0) || pixels == m_tolerancePixels)
        return;
    m_tolerancePixels = pixels;
    emit tolerancePixelsChanged();
}

bool Snapper::checked(const LayerId& layer, bool visible) const
{
    const auto it = m_checked.find(layer);
    return it == m_checked.end() ? visible : it->second;
}

void Snapper::updateLayers()
{
    QVariantList layers;
    const std::shared_ptr<const MapContent> content = m_document ? m_document->content() : nullptr;
    const std::vector<MapLayer> none;
    const std::vector<MapLayer>& all = content ? content->layers : none;
    for (auto layer = all.rbegin(); layer != all.rend(); ++layer) { // top first, as the layers panel
        if (layer->features) {
            layers.append(QVariantMap{{"layerId", QString::fromStdString(layer->id.str())},
                                      {"name", QString::fromStdString(layer->name)},
                                      {"checked", checked(layer->id, layer->visible)}});
        }
    }
    if (layers != m_layers) {
        m_layers = layers;
        emit layersChanged();
    }
}

void Snapper::setLayerChecked(const QString& layerId, bool on)
{
    const MapLayer* layer = m_document ? m_document->engine().layer(LayerId(layerId.toStdString())) : nullptr;
    if (!layer || !layer->features)
        return;
    m_checked[layer->id] = on;
    updateLayers();
}

double Snapper::tolerance() const
{
    return m_map ? m_tolerancePixels * m_map->mapUnitsPerPixel() : 0;
}

std::optional<SnapResult> Snapper::snap(double x, double y, const Geometry* drawing)
{
    std::optional<SnapResult> hit;
    if (m_enabled && m_document) {
        const std::shared_ptr<const MapContent> content = m_document->content(); // keeps the stores alive
        std::vector<SnapLayer> layers;
        for (const MapLayer& layer : content->layers) {
            if (layer.features)
                layers.push_back({layer.features.get(), checked(layer.id, layer.visible)});
        }
        hit = polis::snap(layers, x, y, tolerance(), drawing);
    }
    setTarget(hit ? QVariantMap{{"x", hit->x},
                                {"y", hit->y},
                                {"kind", hit->kind == SnapKind::Vertex ? "vertex" : "segment"}}
                  : QVariantMap());
    return hit;
}

void Snapper::clearTarget()
{
    setTarget({});
}

void Snapper::setTarget(const QVariantMap& target)
{
    if (target == m_target)
        return;
    m_target = target;
    emit targetChanged();
}

} // namespace polis

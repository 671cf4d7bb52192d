#include "panels/locator_controller.hpp"

#include "document/map_document.hpp"
#include "jobs/background_job.hpp"
#include "layers/map/locator_layers.hpp"

#include <algorithm>

namespace polis {

LocatorController::LocatorController(QObject* parent)
    : DocumentController(parent), m_search(new BackgroundJob(this))
{
    connect(job(), &BackgroundJob::busyChanged, this, &LocatorController::searchingChanged);
    connect(m_search, &BackgroundJob::busyChanged, this, &LocatorController::searchingChanged);
}

LocatorController::~LocatorController() = default;

bool LocatorController::searching() const
{
    return job()->busy() || m_search->busy();
}

void LocatorController::setQuery(const QString& query)
{
    if (query == m_query)
        return;
    m_query = query;
    emit queryChanged();
    search();
}

void LocatorController::contentChanged()
{
    if (!document())
        return;
    const std::shared_ptr<const MapContent> content = document()->content();
    std::vector<LocatorLayer> layers = locatorLayers(*content);
    Signature signature;
    for (const LocatorLayer& l : layers)
        signature.emplace_back(l.features.get(), l.name, l.labelField);
    // A selection or a colour replaces the snapshot but keeps the stores: the index stays.
    if (signature == m_indexed && (m_index || job()->busy()))
        return;
    m_indexed = std::move(signature);
    job()->start(
        [layers = std::move(layers), crs = content->crs](BackgroundJob::State&) {
            return std::make_shared<const LocatorIndex>(LocatorIndex::build(layers, crs));
        },
        [this](std::shared_ptr<const LocatorIndex> index) {
            m_index = std::move(index);
            search();
        });
}

void LocatorController::search()
{
    if (!m_index)
        return; // the build searches when it is done
    if (m_query.trimmed().isEmpty()) {
        show({});
        return;
    }
    const QString query = m_query;
    m_search->start([index = m_index, text = query.toStdString()](
                        BackgroundJob::State&) { return index->search(text); },
                    [this, query](std::vector<LocatorResult> found) {
                        if (query == m_query) // else a blank query came after it
                            show(std::move(found));
                    });
}

void LocatorController::show(std::vector<LocatorResult> found)
{
    m_found = std::move(found);
    m_results.clear();
    for (const LocatorResult& r : m_found)
        m_results << describe(r);
    emit resultsChanged();
    if (m_pendingRow >= 0 && !searching()) {
        const int row = m_pendingRow < int(m_found.size()) ? m_pendingRow : 0;
        m_pendingRow = -1;
        activate(row);
    }
}

QVariantMap LocatorController::describe(const LocatorResult& r) const
{
    switch (r.kind) {
    case LocatorResult::Kind::Feature: {
        const GeometryKind geometry = r.features->kind(r.feature);
        const bool point = geometry == GeometryKind::Point, line = geometry == GeometryKind::Line;
        return {{"label", QString::fromStdString(r.label)},
                {"layer", QString::fromStdString(r.layerName)},
                {"kind", point ? "point" : line ? "line" : "area"},
                {"kindText", point ? tr("Point") : line ? tr("Line") : tr("Area")}};
    }
    case LocatorResult::Kind::Coordinate: {
        const bool wgs84 = r.epsg == 4326;
        const QString label =
            wgs84 ? tr("%1° %2, %3° %4")
                        .arg(std::abs(r.y), 0, 'f', 5)
                        .arg(r.y < 0 ? tr("S") : tr("N"))
                        .arg(std::abs(r.x), 0, 'f', 5)
                        .arg(r.x < 0 ? tr("W") : tr("E"))
                  : tr("E %1, N %2").arg(r.x, 0, 'f', 0).arg(r.y, 0, 'f', 0);
        return {{"label", label},
                {"layer", wgs84 ? tr("WGS 84 latitude and longitude") : tr("Greek Grid (EGSA87, EPSG:2100)")},
                {"kind", "coordinate"},
                {"kindText", tr("Coordinates")}};
    }
    case LocatorResult::Kind::Crs:
        return {{"label", tr("EPSG:%1 %2").arg(r.epsg).arg(QString::fromStdString(r.label))},
                {"layer", tr("Where the coordinate reference system is used")},
                {"kind", "crs"},
                {"kindText", tr("CRS")}};
    }
    return {};
}

void LocatorController::activate(int row)
{
    if (searching()) {
        m_pendingRow = std::max(row, 0);
        return;
    }
    if (row < 0 || row >= int(m_found.size()) || !m_index)
        return;
    const LocatorResult& r = m_found[std::size_t(row)];
    const Extent view = m_index->viewExtent(r);
    emit zoomRequested(QRectF(view.xmin, view.ymin, view.width(), view.height()));
    if (r.kind != LocatorResult::Kind::Feature || !document())
        return;
    const MapLayer* layer = document()->engine().layer(r.layer);
    if (layer && layer->features == r.features) // the layer still shows what was searched
        document()->setSelection(r.layer, {r.feature});
}

} // namespace polis

#include "tools/measure_controller.hpp"

#include "document/document_binding.hpp"
#include "layers/core/error.hpp"
#include "layers/query/measure.hpp"

#include <cmath>

namespace polis {
namespace {

QString lengthText(double metres)
{
    return metres >= 1000 ? MeasureController::tr("%1 km").arg(metres / 1000, 0, 'f', 3)
                          : MeasureController::tr("%1 m").arg(metres, 0, 'f', 1);
}

QString areaText(double squareMetres)
{
    if (squareMetres >= 1e6)
        return MeasureController::tr("%1 km²").arg(squareMetres / 1e6, 0, 'f', 3);
    if (squareMetres >= 1e4)
        return MeasureController::tr("%1 ha").arg(squareMetres / 1e4, 0, 'f', 2);
    return MeasureController::tr("%1 m²").arg(squareMetres, 0, 'f', 1);
}

} // namespace

MeasureController::MeasureController(QObject* parent) : QObject(parent) {}

void MeasureController::setDocument(MapDocument* document)
{
    if (!bindDocument(this, m_document, document, &MeasureController::recompute))
        return;
    emit documentChanged();
    recompute();
}

void MeasureController::setArea(bool area)
{
    if (area == m_area)
        return;
    m_area = area;
    recompute();
}

QVariantList MeasureController::points() const
{
    QVariantList list;
    for (const QPointF& p : m_points)
        list.append(p);
    return list;
}

void MeasureController::addPoint(double x, double y)
{
    m_points.emplace_back(x, y);
    recompute();
}

void MeasureController::setPoints(std::vector<QPointF> points)
{
    m_points = std::move(points);
    recompute();
}

void MeasureController::clear()
{
    m_points.clear();
    recompute();
}

void MeasureController::recompute()
{
    m_planar = 0;
    m_geodesic = std::nan("");
    const std::size_t needed = m_area ? 3 : 2;
    if (m_points.size() >= needed) {
        // The drawn path (or closed ring) as a one-feature store, measured by the engine.
        FeatureStore store;
        store.beginFeature(1, m_area ? GeometryKind::Polygon : GeometryKind::Line);
        store.beginPart();
        store.beginRing();
        for (const QPointF& p : m_points)
            store.addPoint(p.x(), p.y());
        if (m_area)
            store.addPoint(m_points.front().x(), m_points.front().y());
        store.endFeature();
        store.finish();
        m_planar = m_area ? planarArea(store, 0) : planarLength(store, 0);
        const Crs crs = m_document ? m_document->content()->crs : Crs();
        try {
            if (crs.isValid()) {
                const GeodesicMeasure geodesic(crs);
                m_geodesic = m_area ? geodesic.area(store, 0) : geodesic.length(store, 0);
            }
        } catch (const Error&) {
            // No ellipsoid to measure on: the planar figure stands alone.
        }
    }
    emit changed();
}

QString MeasureController::summary() const
{
    const std::size_t needed = m_area ? 3 : 2;
    if (m_points.size() < needed)
        return m_area ? tr("Click at least three points") : tr("Click at least two points");
    const bool metric = m_document && !m_document->content()->crs.isGeographic();
    const QString planar = metric ? (m_area ? areaText(m_planar) : lengthText(m_planar))
                                  : tr("%1 map units").arg(m_planar, 0, 'g', 6);
    if (std::isnan(m_geodesic))
        return planar;
    return tr("%1 (geodesic %2)").arg(planar, m_area ? areaText(m_geodesic) : lengthText(m_geodesic));
}

} // namespace polis

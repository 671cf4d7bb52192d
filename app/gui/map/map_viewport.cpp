#include "map/map_viewport.hpp"

#include "layers/core/error.hpp"
#include "layers/core/transform.hpp"

#include <cmath>

namespace polis {
namespace {

constexpr double kMetresPerInch = 0.0254;
constexpr double kLogicalDpi = 96.0;
constexpr double kMetresPerDegree = 111319.49; ///< along the equator (WGS84)

bool isUsable(QSizeF size)
{
    return size.width() > 0 && size.height() > 0;
}

} // namespace

MapViewport::MapViewport(QObject* parent) : QObject(parent) {}

void MapViewport::setCenter(QPointF center)
{
    setView(center, m_unitsPerPixel);
}

void MapViewport::setMapUnitsPerPixel(double unitsPerPixel)
{
    setView(m_center, unitsPerPixel);
}

void MapViewport::setView(QPointF center, double unitsPerPixel)
{
    if (!(unitsPerPixel > 0) || !std::isfinite(unitsPerPixel) || !std::isfinite(center.x()) ||
        !std::isfinite(center.y()))
        return;
    if (center == m_center && unitsPerPixel == m_unitsPerPixel)
        return;
    m_pending.reset();
    m_center = center;
    m_unitsPerPixel = unitsPerPixel;
    emit changed();
}

void MapViewport::setSize(QSizeF size)
{
    if (size == m_size)
        return;
    m_size = size;
    if (m_pending && isUsable(size)) {
        const Extent pending = *m_pending;
        zoomToExtent(pending, size); // emits changed
        return;
    }
    emit changed();
}

double MapViewport::scaleDenominator() const
{
    if (!isValid())
        return 0;
    double metresPerUnit = 1.0;
    if (m_crs.isValid() && m_crs.isGeographic()) // degrees: metres along the parallel at the centre
        metresPerUnit = kMetresPerDegree * std::cos(m_center.y() * M_PI / 180.0);
    return m_unitsPerPixel * metresPerUnit * kLogicalDpi / kMetresPerInch;
}

void MapViewport::setCrs(const Crs& crs)
{
    if (crs.isSame(m_crs))
        return;
    const Crs old = m_crs;
    m_crs = crs;
    if (old.isValid() && crs.isValid() && isValid()) {
        const QSizeF size = isUsable(m_size) ? m_size : QSizeF(1, 1);
        try {
            const Transform transform(old, crs);
            double xy[2] = {m_center.x(), m_center.y()};
            const Extent moved = transform.apply(extent(size));
            const bool failed = transform.apply(xy, 1) > 0 || moved.isEmpty();
            m_center = QPointF(xy[0], xy[1]);
            m_unitsPerPixel = failed ? 0.0 : std::max(moved.width() / size.width(), moved.height() / size.height());
        } catch (const Error&) {
            m_unitsPerPixel = 0; // no way between the two: the views show everything again
        }
    }
    clearHistory();
    emit changed();
}

Extent MapViewport::extent(QSizeF size) const
{
    if (!isUsable(size))
        size = m_size;
    if (!isValid() || !isUsable(size))
        return {};
    const double halfW = size.width() * m_unitsPerPixel / 2;
    const double halfH = size.height() * m_unitsPerPixel / 2;
    return Extent::of(m_center.x() - halfW, m_center.y() - halfH, m_center.x() + halfW, m_center.y() + halfH);
}

QRectF MapViewport::extentRect() const
{
    const Extent e = extent();
    return e.isEmpty() ? QRectF() : QRectF(e.xmin, e.ymin, e.width(), e.height());
}

QPointF MapViewport::toMap(QPointF screen, QSizeF size) const
{
    return {m_center.x() + (screen.x() - size.width() / 2) * m_unitsPerPixel,
            m_center.y() - (screen.y() - size.height() / 2) * m_unitsPerPixel};
}

QPointF MapViewport::toScreen(QPointF map, QSizeF size) const
{
    if (!isValid())
        return {};
    return {size.width() / 2 + (map.x() - m_center.x()) / m_unitsPerPixel,
            size.height() / 2 - (map.y() - m_center.y()) / m_unitsPerPixel};
}

void MapViewport::zoomToExtent(const Extent& extent, QSizeF size)
{
    if (extent.isEmpty() || !(extent.width() > 0) || !(extent.height() > 0))
        return;
    if (!isUsable(size))
        size = m_size;
    if (!isUsable(size)) {
        m_pending = extent;
        return;
    }
    setView(QPointF(extent.centerX(), extent.centerY()),
            std::max(extent.width() / size.width(), extent.height() / size.height()));
}

void MapViewport::showExactly(const Extent& extent, QSizeF size)
{
    if (extent.isEmpty() || !isUsable(size))
        return;
    const QPointF center(extent.centerX(), extent.centerY());
    const double units = std::max(extent.width() / size.width(), extent.height() / size.height());
    const double tolerance = 1e-9 * std::max(extent.width(), extent.height());
    if (std::abs(center.x() - m_center.x()) <= tolerance && std::abs(center.y() - m_center.y()) <= tolerance &&
        std::abs(units - m_unitsPerPixel) * size.width() <= tolerance)
        return;
    setView(center, units);
}

void MapViewport::showRect(const QRectF& rect)
{
    zoomToExtent(Extent::of(rect.left(), rect.top(), rect.right(), rect.bottom()));
}

void MapViewport::zoomAt(QPointF screen, double factor, QSizeF size)
{
    if (!isValid() || !(factor > 0) || !isUsable(size))
        return;
    // The map point under `screen` stays there: the centre moves towards it by (1 - 1/factor).
    const QPointF at = toMap(screen, size);
    setView(at + (m_center - at) / factor, m_unitsPerPixel / factor);
}

void MapViewport::panBy(double dx, double dy)
{
    if (isValid())
        setView(QPointF(m_center.x() - dx * m_unitsPerPixel, m_center.y() + dy * m_unitsPerPixel), m_unitsPerPixel);
}

void MapViewport::copyFrom(MapViewport* other)
{
    if (!other || other == this || !other->isValid())
        return;
    if (!other->m_crs.isSame(m_crs)) {
        m_crs = other->m_crs;
        clearHistory();
    }
    m_unitsPerPixel = 0; // force one `changed` even when centre and scale are equal
    setView(other->m_center, other->m_unitsPerPixel);
}

void MapViewport::remember()
{
    if (!isValid())
        return;
    if (m_historyIndex >= 0 && m_history[std::size_t(m_historyIndex)].center == m_center &&
        m_history[std::size_t(m_historyIndex)].unitsPerPixel == m_unitsPerPixel)
        return; // nothing moved since
    m_history.resize(std::size_t(m_historyIndex + 1));
    m_history.push_back({m_center, m_unitsPerPixel});
    m_historyIndex = int(m_history.size()) - 1;
    emit historyChanged();
}

void MapViewport::zoomPrevious()
{
    if (!canZoomPrevious())
        return;
    --m_historyIndex;
    emit historyChanged();
    setView(m_history[std::size_t(m_historyIndex)].center, m_history[std::size_t(m_historyIndex)].unitsPerPixel);
}

void MapViewport::zoomNext()
{
    if (!canZoomNext())
        return;
    ++m_historyIndex;
    emit historyChanged();
    setView(m_history[std::size_t(m_historyIndex)].center, m_history[std::size_t(m_historyIndex)].unitsPerPixel);
}

void MapViewport::clearHistory()
{
    m_history.clear();
    m_historyIndex = -1;
    emit historyChanged();
}

} // namespace polis

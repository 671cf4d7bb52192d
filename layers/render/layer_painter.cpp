#include "layer_painter.hpp"

#include <QPainterPath>
#include <QPolygonF>

#include <cmath>

namespace polis::detail {
namespace {

void toPolygon(const RingView& ring, const ViewTransform& view, QPolygonF& out)
{
    out.resize(int(ring.count));
    for (std::uint32_t i = 0; i < ring.count; ++i)
        out[int(i)] = QPointF(view.px(ring.xy[2 * i]), view.py(ring.xy[2 * i + 1]));
}

} // namespace

void drawMarker(QPainter& painter, MarkerShape shape, QPointF c, double size)
{
    const double r = size / 2;
    switch (shape) {
    case MarkerShape::Circle:
        painter.drawEllipse(c, r, r);
        break;
    case MarkerShape::Square:
        painter.drawRect(QRectF(c.x() - r, c.y() - r, size, size));
        break;
    case MarkerShape::Triangle: {
        const QPointF pts[] = {{c.x(), c.y() - r}, {c.x() + r, c.y() + r}, {c.x() - r, c.y() + r}};
        painter.drawPolygon(pts, 3);
        break;
    }
    case MarkerShape::Diamond: {
        const QPointF pts[] = {{c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}};
        painter.drawPolygon(pts, 4);
        break;
    }
    }
}

void paintFeatures(QPainter& painter, const MapLayer& layer, const ViewTransform& view, const Extent& area,
                   double pixelRatio, const std::atomic<bool>* cancel, RenderStats& stats)
{
    const FeatureStore& store = *layer.features;
    const Style& style = layer.style;
    QPen pen(toQColor(style.stroke), std::max(0.0, style.strokeWidth * pixelRatio));
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    const QBrush brush = style.fill ? QBrush(toQColor(*style.fill)) : QBrush(Qt::NoBrush);
    const QColor pixelColor = style.fill ? toQColor(*style.fill) : toQColor(style.stroke);
    const double markerSize = style.markerSize * pixelRatio;
    // Markers and strokes reach beyond a feature's box: widen the query by that much.
    const double reach = (std::max(markerSize, pen.widthF()) + 2) / view.scale;
    const Extent query = area.buffered(reach);

    painter.setOpacity(layer.opacity);
    painter.setPen(style.strokeWidth > 0 ? pen : QPen(Qt::NoPen));
    painter.setBrush(brush);

    QPolygonF polygon;
    QPainterPath path;
    std::size_t visited = 0;
    bool stopped = false;
    store.index().query(query, [&](std::uint32_t f) {
        if (stopped)
            return;
        if (cancel && (++visited & 511) == 0 && cancel->load(std::memory_order_relaxed)) {
            stopped = true;
            return;
        }
        const GeometryKind kind = store.kind(f);
        const Extent& box = store.bbox(f);
        if (kind != GeometryKind::Point && box.width() * view.scale < 1 && box.height() * view.scale < 1) {
            // Level of detail: a feature smaller than a pixel is one pixel, not a polygon.
            painter.fillRect(QRectF(std::floor(view.px(box.xmin)), std::floor(view.py(box.ymax)), 1, 1), pixelColor);
            ++stats.featuresAsPixel;
            return;
        }
        ++stats.featuresDrawn;
        for (std::uint32_t p = store.firstPart(f); p < store.endPart(f); ++p) {
            const std::uint32_t r0 = store.firstRing(p);
            const std::uint32_t r1 = store.endRing(p);
            switch (kind) {
            case GeometryKind::Point: {
                const RingView pt = store.ring(r0);
                if (pt.count > 0)
                    drawMarker(painter, style.marker, QPointF(view.px(pt.xy[0]), view.py(pt.xy[1])), markerSize);
                break;
            }
            case GeometryKind::Line:
                toPolygon(store.ring(r0), view, polygon);
                painter.drawPolyline(polygon);
                break;
            case GeometryKind::Polygon:
                if (r1 - r0 == 1) {
                    toPolygon(store.ring(r0), view, polygon);
                    painter.drawPolygon(polygon, Qt::OddEvenFill);
                } else {
                    path.clear();
                    path.setFillRule(Qt::OddEvenFill);
                    for (std::uint32_t r = r0; r < r1; ++r) {
                        toPolygon(store.ring(r), view, polygon);
                        path.addPolygon(polygon);
                        path.closeSubpath();
                    }
                    painter.drawPath(path);
                }
                break;
            case GeometryKind::None:
                break;
            }
        }
    });
    if (stopped)
        stats.cancelled = true;
    painter.setOpacity(1.0);
}

} // namespace polis::detail

#include "layer_painter.hpp"

#include <QPainterPath>
#include <QPolygonF>

#include <cmath>

namespace polis::detail {
namespace {

QColor qcolor(const Color& c)
{
    return QColor(c.r, c.g, c.b, c.a);
}

void toPolygon(const RingView& ring, const ViewTransform& view, QPolygonF& out)
{
    out.resize(int(ring.count));
    for (std::uint32_t i = 0; i < ring.count; ++i)
        out[int(i)] = QPointF(view.px(ring.xy[2 * i]), view.py(ring.xy[2 * i + 1]));
}

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


/// Blends one premultiplied colour into a pixel (source-over).
inline void blendPixel(QImage& image, int x, int y, QRgb premultiplied)
{
    if (x < 0 || y < 0 || x >= image.width() || y >= image.height())
        return;
    auto* p = reinterpret_cast<QRgb*>(image.scanLine(y)) + x;
    const uint alpha = qAlpha(premultiplied);
    if (alpha == 255) {
        *p = premultiplied;
        return;
    }
    const uint inv = 255 - alpha;
    const QRgb d = *p;
    *p = qRgba(qRed(premultiplied) + qRed(d) * inv / 255, qGreen(premultiplied) + qGreen(d) * inv / 255,
               qBlue(premultiplied) + qBlue(d) * inv / 255, alpha + qAlpha(d) * inv / 255);
}

} // namespace

void paintFeatures(const PaintTarget& target, const MapLayer& layer, const std::atomic<bool>* cancel,
                   RenderStats& stats)
{
    QPainter& painter = target.painter;
    const ViewTransform& view = target.view;
    const FeatureStore& store = *layer.features;
    const Style& style = layer.style;
    const double strokeWidth = std::max(0.0, style.strokeWidth * target.pixelRatio);
    QPen pen(qcolor(style.stroke), strokeWidth);
    if (strokeWidth <= 1.0) {
        pen.setCosmetic(true); // Qt's fast cosmetic stroker: no stroke outline to build
    } else if (strokeWidth < 3.0) {
        pen.setJoinStyle(Qt::MiterJoin); // round joins cost curves per vertex and look the same this thin
        pen.setCapStyle(Qt::FlatCap);
    } else {
        pen.setJoinStyle(Qt::RoundJoin);
        pen.setCapStyle(Qt::RoundCap);
    }
    const QBrush brush = style.fill ? QBrush(qcolor(*style.fill)) : QBrush(Qt::NoBrush);
    const QColor pixelColor = style.fill ? qcolor(*style.fill) : qcolor(style.stroke);
    QColor blended = pixelColor; // direct pixel writes bypass the painter's opacity
    blended.setAlphaF(pixelColor.alphaF() * layer.opacity);
    const QRgb pixelRgb = qPremultiply(blended.rgba());
    const double markerSize = style.markerSize * target.pixelRatio;
    // Markers and strokes reach beyond a feature's box: widen the query by that much.
    const double reach = (std::max(markerSize, strokeWidth) + 2) / view.scale;
    const Extent query = view.mapRect(0, 0, target.size.width(), target.size.height()).buffered(reach);

    painter.setOpacity(layer.opacity);
    painter.setPen(style.strokeWidth > 0 ? pen : QPen(Qt::NoPen));
    painter.setBrush(brush);

    // Raster tiles stamp a pre-drawn marker image: one antialiased marker instead of one per point.
    QImage sprite;
    double spriteCentre = 0;
    if (target.pixels && store.size() > 0) {
        const int side = int(std::ceil(markerSize + strokeWidth)) + 2;
        spriteCentre = side / 2.0;
        sprite = QImage(side, side, QImage::Format_ARGB32_Premultiplied);
        sprite.fill(Qt::transparent);
        QPainter sp(&sprite);
        sp.setRenderHint(QPainter::Antialiasing);
        sp.setPen(painter.pen());
        sp.setBrush(brush);
        drawMarker(sp, style.marker, QPointF(spriteCentre, spriteCentre), markerSize);
    }
    QPolygonF polygon;
    QPainterPath path;
    QPainterPath lines;
    auto flushLines = [&] {
        if (!lines.isEmpty())
            painter.strokePath(lines, painter.pen());
        lines.clear();
    };

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
            const int x = int(std::floor(view.px(box.centerX())));
            const int y = int(std::floor(view.py(box.centerY())));
            if (target.pixels)
                blendPixel(*target.pixels, x, y, pixelRgb);
            else
                painter.fillRect(QRectF(x, y, 1, 1), pixelColor);
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
                if (pt.count == 0)
                    break;
                const QPointF at(view.px(pt.xy[0]), view.py(pt.xy[1]));
                if (sprite.isNull())
                    drawMarker(painter, style.marker, at, markerSize);
                else
                    painter.drawImage(QPointF(std::round(at.x() - spriteCentre), std::round(at.y() - spriteCentre)), sprite);
                break;
            }
            case GeometryKind::Line: {
                // Lines are batched into one path per few thousand vertices: one stroke call instead of
                // one per feature (Qt's per-call cost dominates for short street segments).
                const RingView line = store.ring(r0);
                for (std::uint32_t i = 0; i < line.count; ++i) {
                    const QPointF pt(view.px(line.xy[2 * i]), view.py(line.xy[2 * i + 1]));
                    if (i == 0)
                        lines.moveTo(pt);
                    else
                        lines.lineTo(pt);
                }
                if (lines.elementCount() > 4096)
                    flushLines();
                break;
            }
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
    flushLines();
    if (stopped)
        stats.cancelled = true;
    painter.setOpacity(1.0);
}

} // namespace polis::detail

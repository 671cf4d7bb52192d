#include "layer_painter.hpp"

#include "../core/detail/rect_clip.hpp"
#include "pixel_fill.hpp"

#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <optional>

namespace polis::detail {

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

namespace {


/// The highlight for selected features: a yellow outline and a translucent yellow fill.
Symbol selectionSymbol(const Symbol& base)
{
    Symbol s = base;
    s.stroke = Color{0xff, 0xd4, 0x00};
    s.fill = Color{0xff, 0xd4, 0x00, 0x66};
    s.strokeWidth = std::max(2.5, base.strokeWidth + 1.5);
    s.markerSize = base.markerSize + 4;
    return s;
}

/// How far (device pixels) a symbol reaches beyond a feature's box.
double symbolReach(const Symbol& symbol, double pixelRatio)
{
    return (std::max(symbol.markerSize, std::max(0.0, symbol.strokeWidth)) * pixelRatio + 2);
}

/// Polygons reaching further than this beyond a tile (device pixels) are clipped to it before painting.
constexpr double kClipBeyondPx = 1024;

/// True when every point of `polygon` lies inside `box`.
bool within(const PixelPolygon& polygon, const Extent& box)
{
    for (std::size_t i = 0; i + 1 < polygon.xy.size(); i += 2) {
        if (!box.contains(polygon.xy[i], polygon.xy[i + 1]))
            return false;
    }
    return true;
}

/// Polygons smaller than this (device pixels, both sides of the box) are drawn without antialiasing.
constexpr double kSmallPolygonPx = 6.0;

/// Draws features of one store with one symbol onto a target; keeps its buffers between features.
class FeaturePainter
{
public:
    /// `pixels`: the target's pixels (raster output) or null.
    FeaturePainter(const PaintTarget& target, const Pixels* pixels, const FeatureStore& store, const Symbol& style,
                   double opacity)
        : m_painter(target.painter), m_view(target.view), m_store(store), m_style(style), m_pixels(pixels)
    {
        const double strokeWidth = std::max(0.0, style.strokeWidth * target.pixelRatio);
        // Small polygons go straight into the tile's pixels (pixel_fill.hpp) when the outline is thin.
        auto premultiplied = [opacity](const Color& c, bool on) {
            QColor q = toQColor(c);
            q.setAlphaF(on ? q.alphaF() * opacity : 0.0);
            return qPremultiply(q.rgba());
        };
        m_fillRgb = premultiplied(style.fill.value_or(Color{}), style.fill.has_value());
        m_strokeRgb = premultiplied(style.stroke, style.strokeWidth > 0);
        m_directSmall = m_pixels && strokeWidth <= 1.5;
        QPen pen(toQColor(style.stroke), strokeWidth);
        if (strokeWidth <= 1.0) {
            pen.setCosmetic(true); // Qt's fast cosmetic stroker: no stroke outline to build
        } else if (strokeWidth < 3.0) {
            pen.setJoinStyle(Qt::MiterJoin); // round joins cost curves per vertex and look the same this thin
            pen.setCapStyle(Qt::FlatCap);
        } else {
            pen.setJoinStyle(Qt::RoundJoin);
            pen.setCapStyle(Qt::RoundCap);
        }
        if (!style.dash.empty())
            pen.setDashPattern(QVector<qreal>(style.dash.begin(), style.dash.end())); // in pen widths, as Symbol's
        m_pen = style.strokeWidth > 0 ? pen : QPen(Qt::NoPen);
        // Thin solid polygon outlines on raster tiles are drawn by outlinePolygon (pixel_fill.hpp), Qt fills
        // only; dashed ones are Qt's.
        m_ownOutlines = m_pixels && style.strokeWidth > 0 && strokeWidth == 1.0 && style.dash.empty();
        m_brush = style.fill ? QBrush(toQColor(*style.fill)) : QBrush(Qt::NoBrush);
        m_markerSize = style.markerSize * target.pixelRatio;
        m_painter.setOpacity(opacity);
        m_initialSmooth = m_painter.testRenderHint(QPainter::Antialiasing);
        m_painter.setPen(m_ownOutlines ? QPen(Qt::NoPen) : m_pen);
        m_painter.setBrush(m_brush);
        m_stampMarkers = target.pixels != nullptr;
        m_spritePen = strokeWidth;
        const double margin = 2 * strokeWidth + 4; // clipped edges stay out of sight, under the stroke too
        m_clip = Extent::of(-margin, -margin, target.size.width() + margin, target.size.height() + margin);
    }
    ~FeaturePainter()
    {
        flushLines();
        m_painter.setRenderHint(QPainter::Antialiasing, m_initialSmooth);
        m_painter.setOpacity(1.0);
    }
    FeaturePainter(const FeaturePainter&) = delete;
    FeaturePainter& operator=(const FeaturePainter&) = delete;

    void draw(std::uint32_t f)
    {
        const GeometryKind kind = m_store.kind(f);
        const Extent& box = m_store.bbox(f);
        // Polygons a few pixels across are drawn without antialiasing: Qt's aliased scanline fill costs a
        // fraction of the antialiased one, and at this size the difference does not show.
        const bool smooth = kind != GeometryKind::Polygon || box.width() * m_view.scale >= kSmallPolygonPx ||
                            box.height() * m_view.scale >= kSmallPolygonPx;
        if (smooth != m_smooth) {
            m_painter.setRenderHint(QPainter::Antialiasing, smooth && m_initialSmooth);
            m_smooth = smooth;
        }
        for (std::uint32_t p = m_store.firstPart(f); p < m_store.endPart(f); ++p) {
            const std::uint32_t r0 = m_store.firstRing(p);
            const std::uint32_t r1 = m_store.endRing(p);
            switch (kind) {
            case GeometryKind::Point:
                drawPoint(m_store.ring(r0));
                break;
            case GeometryKind::Line:
                addLine(m_store.ring(r0));
                break;
            case GeometryKind::Polygon:
                drawPolygon(r0, r1);
                break;
            case GeometryKind::None:
                break;
            }
        }
    }

private:
    /// Ring `r` of m_small as m_polygon.
    void toPolygon(std::size_t r)
    {
        const std::uint32_t b = m_small.rings[r], e = m_small.rings[r + 1];
        m_polygon.resize(int(e - b));
        for (std::uint32_t i = b; i < e; ++i)
            m_polygon[int(i - b)] = QPointF(m_small.xy[2 * i], m_small.xy[2 * i + 1]);
    }

    void drawPoint(const RingView& pt)
    {
        if (pt.count == 0)
            return;
        const QPointF at(m_view.px(pt.xy[0]), m_view.py(pt.xy[1]));
        if (!m_stampMarkers) {
            drawMarker(m_painter, m_style.marker, at, m_markerSize);
            return;
        }
        if (m_sprite.isNull())
            makeSprite();
        m_painter.drawImage(QPointF(std::round(at.x() - m_spriteCentre), std::round(at.y() - m_spriteCentre)), m_sprite);
    }

    /// Raster tiles stamp a pre-drawn marker image: one antialiased marker instead of one per point. Made at
    /// the first point, so that tiles of polygon and line layers never paint one.
    void makeSprite()
    {
        const int side = int(std::ceil(m_markerSize + m_spritePen)) + 2;
        m_spriteCentre = side / 2.0;
        m_sprite = QImage(side, side, QImage::Format_ARGB32_Premultiplied);
        m_sprite.fill(Qt::transparent);
        QPainter sp(&m_sprite);
        sp.setRenderHint(QPainter::Antialiasing);
        sp.setPen(m_pen);
        sp.setBrush(m_brush);
        drawMarker(sp, m_style.marker, QPointF(m_spriteCentre, m_spriteCentre), m_markerSize);
    }

    /// Lines are batched into one path per few thousand vertices: one stroke call instead of one per
    /// feature (Qt's per-call cost dominates for short street segments).
    void addLine(const RingView& line)
    {
        for (std::uint32_t i = 0; i < line.count; ++i) {
            const QPointF pt(m_view.px(line.xy[2 * i]), m_view.py(line.xy[2 * i + 1]));
            if (i == 0)
                m_lines.moveTo(pt);
            else
                m_lines.lineTo(pt);
        }
        if (m_lines.elementCount() > 4096)
            flushLines();
    }

    void flushLines()
    {
        if (!m_lines.isEmpty())
            m_painter.strokePath(m_lines, m_pen);
        m_lines.clear();
    }

    void drawPolygon(std::uint32_t r0, std::uint32_t r1)
    {
        m_small.clear();
        for (std::uint32_t r = r0; r < r1; ++r) {
            const RingView ring = m_store.ring(r);
            for (std::uint32_t i = 0; i < ring.count; ++i) {
                m_small.xy.push_back(m_view.px(ring.xy[2 * i]));
                m_small.xy.push_back(m_view.py(ring.xy[2 * i + 1]));
            }
            m_small.rings.push_back(std::uint32_t(m_small.xy.size() / 2));
        }
        if (!within(m_small, m_clip.buffered(kClipBeyondPx)) && !clipSmall())
            return; // nothing of it in the tile
        // A small polygon is filled and outlined in the tile's pixels unless too complex for that path.
        if (!m_smooth && m_directSmall && fillSmallPolygon(*m_pixels, m_small, m_fillRgb, m_strokeRgb))
            return;
        if (r1 - r0 == 1) {
            toPolygon(0);
            m_painter.drawPolygon(m_polygon, Qt::OddEvenFill);
        } else {
            m_path.clear();
            m_path.setFillRule(Qt::OddEvenFill);
            for (std::size_t r = 0; r + 1 < m_small.rings.size(); ++r) {
                toPolygon(r);
                m_path.addPolygon(m_polygon);
                m_path.closeSubpath();
            }
            m_painter.drawPath(m_path);
        }
        if (m_ownOutlines)
            outlinePolygon(*m_pixels, m_small, m_strokeRgb);
    }

    /// Clips m_small to m_clip, ring by ring: Qt's fill of a path reaching millions of pixels beyond the
    /// tile (a zoom into a huge polygon, a world layer) takes minutes. False when nothing is left.
    bool clipSmall()
    {
        PixelPolygon clipped;
        for (std::size_t r = 0; r + 1 < m_small.rings.size(); ++r) {
            const std::uint32_t b = m_small.rings[r], e = m_small.rings[r + 1];
            clipRing(m_small.xy.data() + 2 * b, e - b, m_clip, m_ring);
            if (m_ring.empty())
                continue;
            clipped.xy.insert(clipped.xy.end(), m_ring.begin(), m_ring.end());
            clipped.rings.push_back(std::uint32_t(clipped.xy.size() / 2));
        }
        m_small = std::move(clipped);
        return m_small.rings.size() > 1;
    }

    QPainter& m_painter;
    const ViewTransform& m_view;
    const FeatureStore& m_store;
    const Symbol& m_style;
    QPen m_pen;
    QBrush m_brush;
    double m_markerSize = 0;
    bool m_stampMarkers = false; ///< raster output: points are stamped from m_sprite
    double m_spritePen = 0;      ///< the stroke width the sprite is drawn with (device pixels)
    QImage m_sprite;             ///< made at the first point (makeSprite)
    double m_spriteCentre = 0;
    QPolygonF m_polygon;
    QPainterPath m_path;
    QPainterPath m_lines;
    const Pixels* m_pixels = nullptr; ///< the tile's pixels (raster output only)
    QRgb m_fillRgb = 0;          ///< premultiplied, opacity applied (for direct pixel writes)
    QRgb m_strokeRgb = 0;
    bool m_directSmall = false;  ///< small polygons are drawn by fillSmallPolygon
    bool m_ownOutlines = false;  ///< polygon outlines are drawn by outlinePolygon (the painter's pen is none)
    PixelPolygon m_small;        ///< the polygon being drawn, in device pixels
    Extent m_clip;               ///< the tile and a margin (device pixels): polygons reaching far beyond are clipped
    std::vector<double> m_ring;  ///< clipSmall's buffer
    bool m_smooth = true;        ///< whether the feature drawn last was drawn as a smooth (large) one
    bool m_initialSmooth = true; ///< the painter's antialiasing when this painter began
};

} // namespace

void paintFeatures(const PaintTarget& target, const MapLayer& layer, const std::vector<std::uint16_t>* classes,
                   const std::atomic<bool>* cancel, RenderStats& stats)
{
    const FeatureStore& store = *layer.features;
    const ViewTransform& view = target.view;
    const Extent frame = view.mapRect(0, 0, target.size.width(), target.size.height());
    const Style& style = layer.style;
    const bool classified = classes && classes->size() == store.size();
    const std::size_t symbolCount = classified ? style.symbolCount() : 1;
    std::vector<Symbol> symbols;
    std::vector<QColor> pixelColors;
    std::vector<QRgb> pixelRgbs;
    double reach = 0;
    for (std::size_t c = 0; c < symbolCount; ++c) {
        symbols.push_back(classified ? style.drawnSymbol(c) : static_cast<const Symbol&>(style));
        const Symbol& symbol = symbols.back();
        pixelColors.push_back(symbol.fill ? toQColor(*symbol.fill) : toQColor(symbol.stroke));
        QColor blended = pixelColors.back(); // direct pixel writes bypass the painter's opacity
        blended.setAlphaF(blended.alphaF() * layer.opacity);
        pixelRgbs.push_back(qPremultiply(blended.rgba()));
        reach = std::max(reach, symbolReach(symbol, target.pixelRatio) / view.scale);
    }

    // Features are sorted by symbol first, so that each symbol's pen, brush and marker sprite are made once
    // per tile and its lines are batched into one stroke. Sub-pixel features are drawn at once.
    std::optional<Pixels> tilePixels;
    if (target.pixels)
        tilePixels.emplace(*target.pixels);
    const Pixels* pixels = tilePixels ? &*tilePixels : nullptr;
    std::vector<std::vector<std::uint32_t>> bySymbol(symbolCount);
    std::size_t visited = 0;
    bool stopped = false;
    store.index().query(frame.buffered(reach), [&](std::uint32_t f) {
        if (stopped)
            return;
        if (cancel && (++visited & 511) == 0 && cancel->load(std::memory_order_relaxed)) {
            stopped = true;
            return;
        }
        const std::size_t c = classified ? (*classes)[f] : 0;
        const Extent& box = store.bbox(f);
        if (store.kind(f) != GeometryKind::Point && box.width() * view.scale < 1 && box.height() * view.scale < 1) {
            // Level of detail: a feature smaller than a pixel is one pixel, not a shape.
            const int x = int(std::floor(view.px(box.centerX())));
            const int y = int(std::floor(view.py(box.centerY())));
            if (pixels)
                blendPixel(*pixels, x, y, pixelRgbs[c]);
            else
                target.painter.fillRect(QRectF(x, y, 1, 1), pixelColors[c]);
            ++stats.featuresAsPixel;
            return;
        }
        bySymbol[c].push_back(f);
    });
    for (std::size_t c = 0; c < symbolCount && !stopped; ++c) {
        if (bySymbol[c].empty())
            continue;
        FeaturePainter painter(target, pixels, store, symbols[c], layer.opacity);
        for (std::size_t i = 0; i < bySymbol[c].size(); ++i) {
            if (cancel && (i & 511) == 511 && cancel->load(std::memory_order_relaxed)) {
                stopped = true;
                break;
            }
            painter.draw(bySymbol[c][i]);
        }
        stats.featuresDrawn += bySymbol[c].size();
    }
    if (layer.selection && !layer.selection->empty() && !stopped) {
        // One highlight over every class: the selection reads the same whatever the feature's symbol.
        const Symbol highlight = selectionSymbol(style);
        FeaturePainter painter(target, pixels, store, highlight, 1.0);
        const Extent area = frame.buffered(symbolReach(highlight, target.pixelRatio) / view.scale);
        for (std::uint32_t f : *layer.selection) {
            if (f < store.size() && store.bbox(f).intersects(area))
                painter.draw(f);
        }
    }
    if (stopped)
        stats.cancelled = true;
}

} // namespace polis::detail

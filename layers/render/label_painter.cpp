#include "label_painter.hpp"

#include "../core/hit_test.hpp"
#include "../style/classification.hpp"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QTextLayout>

#include <array>
#include <cmath>
#include <unordered_map>

namespace polis::detail {
namespace {

constexpr double kCell = 64; // collision grid cell, device pixels

/// Placed label boxes in a coarse grid, so that a collision test looks at nearby boxes only.
class LabelGrid
{
public:
    bool overlaps(const QRectF& r) const
    {
        bool hit = false;
        forCells(r, [&](std::int64_t cell) {
            const auto it = m_cells.find(cell);
            if (it == m_cells.end())
                return;
            for (std::size_t i : it->second)
                hit = hit || m_boxes[i].intersects(r);
        });
        return hit;
    }
    void add(const QRectF& r)
    {
        m_boxes.push_back(r);
        forCells(r, [&](std::int64_t cell) { m_cells[cell].push_back(m_boxes.size() - 1); });
    }

private:
    template <class F> static void forCells(const QRectF& r, F&& f)
    {
        const auto x0 = std::int64_t(std::floor(r.left() / kCell)), x1 = std::int64_t(std::floor(r.right() / kCell));
        const auto y0 = std::int64_t(std::floor(r.top() / kCell)), y1 = std::int64_t(std::floor(r.bottom() / kCell));
        for (std::int64_t y = y0; y <= y1; ++y)
            for (std::int64_t x = x0; x <= x1; ++x)
                f((y << 32) ^ (x & 0xffffffff));
    }

    std::vector<QRectF> m_boxes;
    std::unordered_map<std::int64_t, std::vector<std::size_t>> m_cells;
};

/// Even-odd point in polygon over every ring of the feature (holes excluded).
bool inside(const FeatureStore& store, std::uint32_t f, double x, double y)
{
    bool in = false;
    for (std::uint32_t p = store.firstPart(f); p < store.endPart(f); ++p) {
        for (std::uint32_t r = store.firstRing(p); r < store.endRing(p); ++r)
            in = in != insideRing(store.ring(r), x, y);
    }
    return in;
}

/// The point halfway along a line (map units).
QPointF lineMidpoint(const RingView& line)
{
    double length = 0;
    for (std::uint32_t i = 1; i < line.count; ++i)
        length += std::hypot(line.xy[2 * i] - line.xy[2 * i - 2], line.xy[2 * i + 1] - line.xy[2 * i - 1]);
    double left = length / 2;
    for (std::uint32_t i = 1; i < line.count; ++i) {
        const double dx = line.xy[2 * i] - line.xy[2 * i - 2], dy = line.xy[2 * i + 1] - line.xy[2 * i - 1];
        const double d = std::hypot(dx, dy);
        if (d >= left && d > 0)
            return {line.xy[2 * i - 2] + dx * left / d, line.xy[2 * i - 1] + dy * left / d};
        left -= d;
    }
    return {line.xy[0], line.xy[1]};
}

/// Where a feature's label is anchored (map units), and whether it goes right of the anchor (points) or
/// centred on it. False when the feature gets no label.
bool anchor(const FeatureStore& store, std::uint32_t f, double scale, QPointF& at, bool& right)
{
    const Extent& box = store.bbox(f);
    const GeometryKind kind = store.kind(f);
    if (kind == GeometryKind::None || store.firstPart(f) == store.endPart(f))
        return false;
    if (kind != GeometryKind::Point && box.width() * scale < 1 && box.height() * scale < 1)
        return false;
    const RingView first = store.ring(store.firstRing(store.firstPart(f)));
    if (first.count == 0)
        return false;
    right = kind == GeometryKind::Point;
    if (kind == GeometryKind::Point)
        at = {first.xy[0], first.xy[1]};
    else if (kind == GeometryKind::Line)
        at = lineMidpoint(first);
    else if (inside(store, f, box.centerX(), box.centerY()))
        at = {box.centerX(), box.centerY()};
    else
        at = {first.xy[0], first.xy[1]};
    return true;
}

/// A label's text shaped once (the costly part of text drawing), then measured and drawn from the result:
/// its advance, and its glyph runs placed relative to the top-left of its line.
struct ShapedText
{
    double width = 0;
    double ascent = 0;
    QList<QGlyphRun> runs;
};

ShapedText shape(const QString& text, const QFont& font)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    return {line.horizontalAdvance(), line.ascent(), layout.glyphRuns()};
}

/// A lower bound of a text's advance without shaping it: half the sum of its characters' own advances
/// (kerning and ligatures never take half of that away; characters outside the table count 0). A label whose
/// box at this width already overlaps a placed label is rejected before its text is shaped: in a dense
/// frame most candidates are.
class AdvanceBound
{
public:
    explicit AdvanceBound(const QFontMetricsF& metrics) : m_metrics(metrics) { m_advance.fill(-1); }
    double of(const QString& text)
    {
        double sum = 0;
        for (const QChar c : text) {
            if (c.unicode() >= m_advance.size())
                continue;
            double& a = m_advance[c.unicode()];
            if (a < 0)
                a = m_metrics.horizontalAdvance(c);
            sum += a;
        }
        return sum / 2;
    }

private:
    const QFontMetricsF& m_metrics;
    std::array<double, 0x800> m_advance; ///< Latin, Greek, Cyrillic, Hebrew, Arabic; -1 until measured
};

} // namespace

FrameLabels placeLabels(const ViewTransform& view, QSize size, double pixelRatio, const std::vector<MapLayer>& layers,
                        const std::atomic<bool>* cancel)
{
    const QRectF frameRect(QPointF(0, 0), QSizeF(size));
    const Extent frame = view.mapRect(0, 0, size.width(), size.height());
    LabelGrid placed;
    FrameLabels result;
    for (auto layer = layers.rbegin(); layer != layers.rend(); ++layer) {
        const LabelStyle& labels = layer->style.labels;
        if (!layer->visible || !layer->features || !labels.enabled())
            continue;
        const FeatureStore& store = *layer->features;
        const int field = store.fieldIndex(labels.field);
        if (field < 0)
            continue;
        QFont font;
        font.setPixelSize(std::max(1, int(std::lround(labels.size * 96.0 / 72.0 * pixelRatio))));
        const QFontMetricsF metrics(font);
        const double h = metrics.height();
        AdvanceBound advanceBound(metrics);
        QHash<QString, ShapedText> shaped; // repeated values (a street's segments) are shaped once a frame
        const double halo = labels.haloWidth * pixelRatio;
        const double offset = (layer->style.markerSize / 2 + 2) * pixelRatio;
        FrameLabels::Layer& out = result.layers.emplace_back();
        out.opacity = layer->opacity;
        out.color = QColor(labels.color.r, labels.color.g, labels.color.b, labels.color.a);
        out.halo = QColor(labels.halo.r, labels.halo.g, labels.halo.b, labels.halo.a);
        if (halo > 0) {
            for (int i = 0; i < 8; ++i)
                out.haloOffsets.emplace_back(halo * std::cos(i * M_PI / 4), halo * std::sin(i * M_PI / 4));
        }
        std::size_t visited = 0;
        bool stopped = false;
        // Where a text `width` wide starts, and its label box (with halo).
        auto topLeftOf = [&](const QPointF& p, bool right, double width) {
            return right ? QPointF(p.x() + offset, p.y() - h / 2) : QPointF(p.x() - width / 2, p.y() - h / 2);
        };
        auto boxOf = [&](const QPointF& topLeft, double width) {
            return QRectF(topLeft, QSizeF(width, h)).adjusted(-halo, -halo, halo, halo);
        };
        store.index().query(frame, [&](std::uint32_t f) {
            stopped = stopped || (cancel && (++visited & 255) == 0 && cancel->load(std::memory_order_relaxed));
            if (stopped || store.isNull(f, std::size_t(field)))
                return;
            QPointF at;
            bool right = false;
            if (!anchor(store, f, view.scale, at, right))
                return;
            const QPointF p(view.px(at.x()), view.py(at.y()));
            // Every label covers at least a sliver of its text height at its anchor: test that before
            // looking at the text, so crowded features are skipped cheaply.
            const QRectF sliver(right ? p.x() + offset : p.x() - 1, p.y() - h / 2, 2, h);
            if (!frameRect.contains(p) || placed.overlaps(sliver))
                return;
            const QString text = QString::fromStdString(attributeText(store, f, std::size_t(field)));
            if (text.isEmpty())
                return;
            const double minWidth = advanceBound.of(text);
            if (placed.overlaps(boxOf(topLeftOf(p, right, minWidth), minWidth)))
                return;
            auto it = shaped.find(text);
            if (it == shaped.end())
                it = shaped.insert(text, shape(text, font));
            const QPointF topLeft = topLeftOf(p, right, it->width);
            const QRectF box = boxOf(topLeft, it->width);
            if (placed.overlaps(box))
                return;
            placed.add(box);
            // The runs' origin: the top of the line whose baseline is the text's (ascent below topLeft).
            out.labels.push_back({topLeft + QPointF(0, metrics.ascent() - it->ascent), it->runs});
        });
    }
    return result;
}

void paintLabels(QPainter& painter, const FrameLabels& labels)
{
    painter.save();
    for (const FrameLabels::Layer& layer : labels.layers) {
        painter.setOpacity(layer.opacity);
        for (const FrameLabels::Label& label : layer.labels) {
            // The halo: the text in the halo colour at 8 offsets around it. Glyph runs use Qt's glyph cache;
            // stroking the text outline as a QPainterPath measured ~10x slower (curve flattening and hinting).
            painter.setPen(layer.halo);
            for (const QPointF& d : layer.haloOffsets) {
                for (const QGlyphRun& run : label.runs)
                    painter.drawGlyphRun(label.origin + d, run);
            }
            painter.setPen(layer.color);
            for (const QGlyphRun& run : label.runs)
                painter.drawGlyphRun(label.origin, run);
        }
    }
    painter.restore();
}

} // namespace polis::detail

#include "label_painter.hpp"

#include "label_candidates.hpp"
#include "label_texts.hpp"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace polis::detail {
namespace {

constexpr double kCell = 64; // collision grid cell, device pixels

/// Placed label boxes in a grid of kCell-pixel cells over the frame, so that a collision test looks at
/// nearby boxes only. Boxes reaching beyond the frame are filed in its border cells.
class LabelGrid
{
public:
    explicit LabelGrid(QSize size)
        : m_columns(std::max(1, int(std::ceil(size.width() / kCell)))),
          m_rows(std::max(1, int(std::ceil(size.height() / kCell)))), m_cells(std::size_t(m_columns) * m_rows)
    {
    }
    bool overlaps(const QRectF& r) const
    {
        bool hit = false;
        forCells(r, [&](std::size_t cell) {
            for (std::uint32_t i : m_cells[cell])
                hit = hit || m_boxes[i].intersects(r);
        });
        return hit;
    }
    void add(const QRectF& r)
    {
        m_boxes.push_back(r);
        forCells(r, [&](std::size_t cell) { m_cells[cell].push_back(std::uint32_t(m_boxes.size() - 1)); });
    }

private:
    template <class F> void forCells(const QRectF& r, F&& f) const
    {
        auto clamp = [](double v, int n) { return std::clamp(int(std::floor(v / kCell)), 0, n - 1); };
        const int x0 = clamp(r.left(), m_columns), x1 = clamp(r.right(), m_columns);
        const int y0 = clamp(r.top(), m_rows), y1 = clamp(r.bottom(), m_rows);
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                f(std::size_t(y) * m_columns + x);
    }

    int m_columns, m_rows;
    std::vector<QRectF> m_boxes;
    std::vector<std::vector<std::uint32_t>> m_cells;
};

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

namespace {

/// The ranks (positions in `candidates.items`) of the first `count` candidates whose anchor may lie in
/// `frame`, ascending. Walks whichever is shorter: those candidates, or the features in the frame.
std::vector<std::uint32_t> ranksIn(const FeatureStore& store, const LabelCandidates& candidates, std::size_t count,
                                   const Extent& frame)
{
    std::vector<std::uint32_t> ranks;
    const Extent& all = store.extent();
    const double overlap = std::max(0.0, std::min(frame.xmax, all.xmax) - std::max(frame.xmin, all.xmin)) *
                           std::max(0.0, std::min(frame.ymax, all.ymax) - std::max(frame.ymin, all.ymin));
    const double area = all.width() * all.height();
    const double inFrame = area > 0 ? store.size() * std::min(1.0, overlap / area) : double(store.size());
    if (double(count) <= inFrame) {
        for (std::uint32_t r = 0; r < count; ++r) {
            const LabelCandidates::Candidate& c = candidates.items[r];
            if (c.x >= frame.xmin && c.x <= frame.xmax && c.y >= frame.ymin && c.y <= frame.ymax)
                ranks.push_back(r);
        }
        return ranks;
    }
    store.index().query(frame, [&](std::uint32_t f) {
        const std::uint32_t r = candidates.rank[f];
        if (r < count)
            ranks.push_back(r);
    });
    std::sort(ranks.begin(), ranks.end());
    return ranks;
}

} // namespace

namespace {

constexpr std::size_t kMaxObstacleStore = 50000; ///< point layers larger than this are dense clouds: no obstacles

/// The point markers of the visible layers in `frame`, added to `placed` as obstacles: a label never hides a
/// marker (the city hall under the city's name). A layer of more than kMaxObstacleStore features is skipped:
/// its markers cover each other anyway, and looking at them all would slow every frame.
void addMarkerObstacles(LabelGrid& placed, const ViewTransform& view, const Extent& frame, double pixelRatio,
                        const std::vector<MapLayer>& layers)
{
    for (const MapLayer& layer : layers) {
        if (!layer.visible || !layer.features || layer.features->size() > kMaxObstacleStore)
            continue;
        const FeatureStore& store = *layer.features;
        const double half = layer.style.markerSize / 2 * pixelRatio;
        store.index().query(frame, [&](std::uint32_t f) {
            if (store.kind(f) != GeometryKind::Point || store.endPart(f) - store.firstPart(f) != 1)
                return;
            const Extent& b = store.bbox(f);
            placed.add(QRectF(view.px(b.xmin) - half, view.py(b.ymax) - half, 2 * half, 2 * half));
        });
    }
}

/// Where a label goes around its anchor: a point's label tries the right of its marker, then the left, above
/// and below (the first free one wins); a line's or polygon's is centred on its anchor.
enum class Around : std::uint8_t { Right, Left, Above, Below, Centre };
constexpr Around kAroundPoint[] = {Around::Right, Around::Left, Around::Above, Around::Below};
constexpr Around kCentred[] = {Around::Centre};

} // namespace

FrameLabels placeLabels(const ViewTransform& view, QSize size, double pixelRatio, const std::vector<MapLayer>& layers,
                        const std::atomic<bool>* cancel, bool sprites)
{
    const QRectF frameRect(QPointF(0, 0), QSizeF(size));
    const Extent frame = view.mapRect(0, 0, size.width(), size.height());
    LabelGrid placed(size);
    FrameLabels result;
    if (std::any_of(layers.begin(), layers.end(), [](const MapLayer& l) { return l.visible && l.style.labels.enabled(); }))
        addMarkerObstacles(placed, view, frame, pixelRatio, layers);
    for (auto layer = layers.rbegin(); layer != layers.rend(); ++layer) {
        const LabelStyle& labels = layer->style.labels;
        if (!layer->visible || !layer->features || !labels.enabled())
            continue;
        const FeatureStore& store = *layer->features;
        const int field = store.fieldIndex(labels.field);
        if (field < 0)
            continue;
        const std::shared_ptr<const LabelCandidates> candidates = labelCandidates(layer->features, std::size_t(field));
        QFont font;
        font.setPixelSize(std::max(1, int(std::lround(labels.size * 96.0 / 72.0 * pixelRatio))));
        const QFontMetricsF metrics(font);
        const double h = metrics.height();
        AdvanceBound advanceBound(metrics);
        const double halo = labels.haloWidth * pixelRatio;
        // From a point to its label's text: clear of the marker and of the label's own halo.
        const double offset = (layer->style.markerSize / 2 + 2) * pixelRatio + halo;
        // Above and below: also clear of labels on the point's sides, so that four can share one point.
        const double over = std::max(offset, h / 2 + 2 * halo + 1);
        FrameLabels::Layer& out = result.layers.emplace_back();
        out.opacity = layer->opacity;
        out.font = font;
        out.color = QColor(labels.color.r, labels.color.g, labels.color.b, labels.color.a);
        out.halo = QColor(labels.halo.r, labels.halo.g, labels.halo.b, labels.halo.a);
        out.haloOffsets = haloOffsets(halo);
        // Where a text `width` wide starts, and its label box (with halo).
        auto topLeftOf = [&](const QPointF& p, Around at, double width) {
            switch (at) {
            case Around::Right: return QPointF(p.x() + offset, p.y() - h / 2);
            case Around::Left: return QPointF(p.x() - offset - width, p.y() - h / 2);
            case Around::Above: return QPointF(p.x() - width / 2, p.y() - over - h);
            case Around::Below: return QPointF(p.x() - width / 2, p.y() + over);
            case Around::Centre: break;
            }
            return QPointF(p.x() - width / 2, p.y() - h / 2);
        };
        auto boxOf = [&](const QPointF& topLeft, double width) {
            return QRectF(topLeft, QSizeF(width, h)).adjusted(-halo, -halo, halo, halo);
        };
        // Lines and polygons smaller than the label is tall get none: a prefix of the candidates remains.
        const std::size_t count = candidates->countAtLeast(h / view.scale);
        std::size_t visited = 0;
        for (const std::uint32_t r : ranksIn(store, *candidates, count, frame)) {
            if (cancel && (++visited & 255) == 0 && cancel->load(std::memory_order_relaxed))
                break;
            const LabelCandidates::Candidate& c = candidates->items[r];
            const QPointF p(view.px(c.x), view.py(c.y));
            if (!frameRect.contains(p))
                continue;
            const QString& text = candidates->texts[c.text];
            std::optional<double> minWidth; // measured once a place is free at the anchor's side
            std::optional<TextMetrics> shaped;
            const Around* first = c.right ? std::begin(kAroundPoint) : std::begin(kCentred);
            const Around* last = c.right ? std::end(kAroundPoint) : std::end(kCentred);
            for (const Around* at = first; at != last; ++at) {
                // Every label covers at least a sliver of its text height beside its anchor: test that before
                // looking at the text, so crowded features are skipped cheaply.
                const QPointF near = topLeftOf(p, *at, 2);
                if (placed.overlaps(QRectF(near, QSizeF(2, h))))
                    continue;
                if (!minWidth)
                    minWidth = advanceBound.of(text);
                if (placed.overlaps(boxOf(topLeftOf(p, *at, *minWidth), *minWidth)))
                    continue;
                if (!shaped)
                    shaped = textMetrics(text, font);
                const QPointF topLeft = topLeftOf(p, *at, shaped->width);
                const QRectF box = boxOf(topLeft, shaped->width);
                if (placed.overlaps(box))
                    continue;
                placed.add(box);
                // The runs' origin: the top of the line whose baseline is the text's (ascent below topLeft).
                out.labels.push_back({topLeft + QPointF(0, metrics.ascent() - shaped->ascent), text,
                                      sprites ? labelSprite(text, font, out.color, out.halo, halo) : nullptr, box});
                break;
            }
        }
    }
    return result;
}

bool stampsLabels(const QPainter& painter)
{
    return painter.device() && painter.device()->devType() == QInternal::Image &&
           painter.transform().type() <= QTransform::TxTranslate;
}

void paintLabels(QPainter& painter, const FrameLabels& labels)
{
    painter.save();
    for (const FrameLabels::Layer& layer : labels.layers) {
        painter.setOpacity(layer.opacity);
        QHash<QString, ShapedText> shaped; // vector output: a repeated value is shaped once a frame
        for (const FrameLabels::Label& label : layer.labels) {
            if (label.sprite) {
                const QPoint at(int(std::lround(label.origin.x())), int(std::lround(label.origin.y())));
                painter.drawImage(at - label.sprite->origin, label.sprite->image);
                continue;
            }
            auto it = shaped.find(label.text);
            if (it == shaped.end())
                it = shaped.insert(label.text, shapeText(label.text, layer.font));
            // The halo: glyph runs use Qt's glyph cache; stroking the text outline as a QPainterPath measured
            // ~10x slower (curve flattening and hinting).
            painter.setPen(layer.halo);
            for (const QPointF& d : layer.haloOffsets) {
                for (const QGlyphRun& run : it->runs)
                    painter.drawGlyphRun(label.origin + d, run);
            }
            painter.setPen(layer.color);
            for (const QGlyphRun& run : it->runs)
                painter.drawGlyphRun(label.origin, run);
        }
    }
    painter.restore();
}

} // namespace polis::detail

#include "legend.hpp"

#include "../render/layer_painter.hpp"
#include "../map/planning_layer.hpp"
#include "../style/classification.hpp"
#include "detail/page_painter.hpp"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>
#include <array>

namespace polis {
namespace {

constexpr double kPadMm = 3, kHeadingMm = 7, kRowMm = 6, kSwatchWidthMm = 8, kSwatchHeightMm = 4.5;
constexpr double kIndentMm = 4, kMinColumnMm = 50;
constexpr double kCssPixelMm = 25.4 / 96; ///< style sizes are 1/96 inch

/// The most common geometry kind of a layer's features (a layer is normally of one kind).
GeometryKind dominantKind(const FeatureStore& store)
{
    std::array<std::size_t, 4> counts{};
    for (std::size_t i = 0; i < store.size(); ++i)
        ++counts[std::size_t(store.kind(i))];
    const auto most = std::max_element(counts.begin() + 1, counts.end());
    return *most ? GeometryKind(most - counts.begin()) : GeometryKind::None;
}

/// The swatch kind of a layer's symbols: the shape its features mostly have.
LegendSwatch::Kind swatchKind(const MapLayer& layer)
{
    if (layer.raster || layer.style.type == Style::Type::Raster)
        return LegendSwatch::Kind::Ramp;
    if (!layer.features)
        return LegendSwatch::Kind::None;
    switch (dominantKind(*layer.features)) {
    case GeometryKind::Point:
        return LegendSwatch::Kind::Marker;
    case GeometryKind::Line:
        return LegendSwatch::Kind::Line;
    case GeometryKind::Polygon:
        return LegendSwatch::Kind::Fill; // an outlined box when the style has no fill
    case GeometryKind::None:
        break;
    }
    return layer.style.fill ? LegendSwatch::Kind::Fill : LegendSwatch::Kind::Line;
}

/// A row drawn with `symbol` (the rest of the layer's style kept).
LegendRow symbolRow(const std::string& label, const MapLayer& layer, LegendSwatch::Kind kind, const Symbol& symbol,
                    int indent)
{
    LegendRow row{label, {kind, layer.style, layer.opacity}, indent};
    static_cast<Symbol&>(row.swatch.style) = symbol;
    return row;
}

/// Which classes (classCount() + 1, the last for other values) and modifiers (modifierCount()) at least one
/// feature of `layer` is drawn with.
std::pair<std::vector<bool>, std::vector<bool>> usedSymbols(const MapLayer& layer)
{
    const Style& style = layer.style;
    std::vector<bool> classes(style.classCount() + 1, false), modifiers(style.modifierCount(), false);
    if (!layer.features)
        return {classes, modifiers};
    const std::size_t per = style.modifierCount() + 1;
    for (std::uint16_t s : classifyFeatures(style, *layer.features)) {
        classes[s / per] = true;
        if (s % per < style.modifierCount())
            modifiers[s % per] = true;
    }
    return {classes, modifiers};
}

/// The rows of one layer: one for a single style; for classified styles a heading, a row per class and one
/// for all other values; for styles with modifiers a block headed by the modifier field with a row per
/// modifier, shown on the base symbol (the modifiers apply to every class alike). A print legend explains
/// what the map shows: classes and modifiers no feature is drawn with are left out.
void appendLayerRows(const MapLayer& layer, std::vector<LegendRow>& rows)
{
    const Style& style = layer.style;
    const LegendSwatch::Kind kind = swatchKind(layer);
    if (style.symbolCount() == 1 || style.type == Style::Type::Raster) {
        rows.push_back({layer.name, {kind, style, layer.opacity}, 0});
        return;
    }
    const auto [classes, modifiers] = usedSymbols(layer);
    rows.push_back({layer.name, {LegendSwatch::Kind::None, style, layer.opacity}, 0});
    for (std::size_t i = 0; i < style.categories.size(); ++i) {
        if (classes[i])
            rows.push_back(symbolRow(planningLabel(style.categories[i].value), layer, kind, style.categories[i].symbol, 1));
    }
    for (std::size_t i = 0; i < style.ranges.size(); ++i) {
        const Range& r = style.ranges[i];
        if (classes[i]) {
            const QString label = QStringLiteral("%L1 – %L2").arg(r.lower, 0, 'g', 6).arg(r.upper, 0, 'g', 6);
            rows.push_back(symbolRow(label.toStdString(), layer, kind, r.symbol, 1));
        }
    }
    if (classes.back()) {
        const QString others = style.classCount() ? LayoutText::tr("all other values") : LayoutText::tr("all values");
        rows.push_back(symbolRow(others.toStdString(), layer, kind, style, 1));
    }
    if (std::none_of(modifiers.begin(), modifiers.end(), [](bool used) { return used; }))
        return;
    rows.push_back({planningLabel(style.modifierField), {LegendSwatch::Kind::None, style, layer.opacity}, 1});
    for (std::size_t i = 0; i < modifiers.size(); ++i) {
        if (modifiers[i])
            rows.push_back(symbolRow(planningLabel(style.modifiers[i].value), layer, kind, style.modifiers[i].applied(style), 2));
    }
}

void paintSwatch(QPainter& painter, const LegendSwatch& swatch, const QRectF& r, double dotsPerMm)
{
    const Style& s = swatch.style;
    const double strokePx = std::max(0.1, s.strokeWidth * kCssPixelMm) * dotsPerMm;
    painter.save();
    painter.setOpacity(swatch.opacity);
    QPen pen(detail::toQColor(s.stroke), strokePx, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    if (!s.dash.empty())
        pen.setDashPattern(QVector<qreal>(s.dash.begin(), s.dash.end())); // in pen widths, as on the map
    painter.setPen(pen);
    painter.setBrush(s.fill ? QBrush(detail::toQColor(*s.fill)) : QBrush(Qt::NoBrush));
    switch (swatch.kind) {
    case LegendSwatch::Kind::None:
        break;
    case LegendSwatch::Kind::Fill:
        painter.drawRect(r.adjusted(strokePx / 2, strokePx / 2, -strokePx / 2, -strokePx / 2));
        break;
    case LegendSwatch::Kind::Line:
        painter.drawLine(QPointF(r.left() + strokePx, r.center().y()), QPointF(r.right() - strokePx, r.center().y()));
        break;
    case LegendSwatch::Kind::Marker:
        detail::drawMarker(painter, s.marker, r.center(),
                           std::min(s.markerSize * kCssPixelMm * dotsPerMm * 1.3, r.height()));
        break;
    case LegendSwatch::Kind::Ramp: {
        QLinearGradient ramp(r.topLeft(), r.topRight());
        ramp.setColorAt(0, QColor(0x30, 0x30, 0x30));
        ramp.setColorAt(1, QColor(0xf0, 0xf0, 0xf0));
        painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 0.15 * dotsPerMm));
        painter.setBrush(ramp);
        painter.drawRect(r);
        break;
    }
    }
    painter.restore();
}

} // namespace

Legend Legend::fromLayers(const std::vector<MapLayer>& layers)
{
    Legend legend;
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        if (it->visible)
            appendLayerRows(*it, legend.m_rows);
    }
    return legend;
}

double Legend::heightMm() const
{
    return 2 * kPadMm + kHeadingMm + kRowMm * double(m_rows.size());
}

void Legend::paint(QPainter& painter, const QRectF& box, double dotsPerMm) const
{
    const detail::PageMetrics m{dotsPerMm};
    painter.save();
    painter.setPen(QPen(QColor(0x60, 0x60, 0x60), m.px(0.3)));
    painter.setBrush(Qt::white);
    painter.drawRect(box);
    const QRectF inner = box.adjusted(m.px(kPadMm), m.px(kPadMm), -m.px(kPadMm), -m.px(kPadMm));
    painter.setPen(Qt::black);
    painter.setFont(layoutFont(10, true));
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), m.px(kHeadingMm)),
                     Qt::AlignLeft | Qt::AlignTop, LayoutText::tr("Legend"));
    // Rows run down as many columns (at least kMinColumnMm wide) as they need; when even those are too
    // few, the last place says how many layers are left out.
    const double top = inner.top() + m.px(kHeadingMm);
    const std::size_t perColumn = std::size_t(std::max(0.0, std::floor((inner.bottom() + 0.5 - top) / m.px(kRowMm))));
    const std::size_t maxColumns = std::max<std::size_t>(1, std::size_t(inner.width() / m.px(kMinColumnMm)));
    const std::size_t columns =
        perColumn == 0 ? 1 : std::clamp<std::size_t>((m_rows.size() + perColumn - 1) / perColumn, 1, maxColumns);
    const double columnWidth = inner.width() / double(columns);
    const std::size_t room = perColumn * columns;
    const std::size_t shown = m_rows.size() <= room ? m_rows.size() : room - std::min<std::size_t>(room, 1);
    auto cell = [&](std::size_t i) {
        return QRectF(inner.left() + double(i / perColumn) * columnWidth, top + double(i % perColumn) * m.px(kRowMm),
                      columnWidth - m.px(2), m.px(kRowMm));
    };
    // 8 pt, smaller (down to 6 pt) when the longest label would not fit a column; elided below that.
    const double textWidth = columnWidth - m.px(2 + kSwatchWidthMm + 2.5);
    double widest = 0;
    for (const LegendRow& row : m_rows) {
        widest = std::max(widest, QFontMetricsF(layoutFont(8), painter.device())
                                          .horizontalAdvance(QString::fromStdString(row.label)) +
                                      m.px(kIndentMm * row.indent));
    }
    const QFont font = layoutFont(widest > textWidth ? std::max(6.0, 8 * textWidth / widest) : 8.0);
    const QFontMetricsF metrics(font, painter.device());
    painter.setFont(font);
    for (std::size_t i = 0; i < shown; ++i) {
        const LegendRow& row = m_rows[i];
        const QRectF place = cell(i);
        const double x = place.left() + m.px(kIndentMm * row.indent);
        const QRectF swatch(x, place.top() + (m.px(kRowMm) - m.px(kSwatchHeightMm)) / 2, m.px(kSwatchWidthMm),
                            m.px(kSwatchHeightMm));
        paintSwatch(painter, row.swatch, swatch, dotsPerMm);
        const double textX = row.swatch.kind == LegendSwatch::Kind::None ? x : swatch.right() + m.px(2.5);
        const QRectF text(textX, place.top(), place.right() - textX, place.height());
        painter.setPen(Qt::black);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(QString::fromStdString(row.label), Qt::ElideRight, text.width()));
    }
    if (shown < m_rows.size() && room > 0) {
        painter.setPen(QColor(0x40, 0x40, 0x40));
        painter.drawText(cell(shown), Qt::AlignLeft | Qt::AlignVCenter,
                         LayoutText::tr("… and %n more layer(s)", nullptr, int(m_rows.size() - shown)));
    }
    painter.restore();
}

} // namespace polis

#include "legend.hpp"

#include "../render/layer_painter.hpp"
#include "detail/page_painter.hpp"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

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

/// The rows of one layer. Single styles give one row; classified styles will add a row per class here.
void appendLayerRows(const MapLayer& layer, std::vector<LegendRow>& rows)
{
    LegendRow row{layer.name, {LegendSwatch::Kind::None, layer.style, layer.opacity}, 0};
    if (layer.raster || layer.style.type == Style::Type::Raster) {
        row.swatch.kind = LegendSwatch::Kind::Ramp;
    } else if (layer.features) {
        switch (dominantKind(*layer.features)) {
        case GeometryKind::Point:
            row.swatch.kind = LegendSwatch::Kind::Marker;
            break;
        case GeometryKind::Line:
            row.swatch.kind = LegendSwatch::Kind::Line;
            break;
        case GeometryKind::Polygon:
            row.swatch.kind = LegendSwatch::Kind::Fill; // an outlined box when the style has no fill
            break;
        case GeometryKind::None:
            row.swatch.kind = layer.style.fill ? LegendSwatch::Kind::Fill : LegendSwatch::Kind::Line;
            break;
        }
    }
    rows.push_back(std::move(row));
}

void paintSwatch(QPainter& painter, const LegendSwatch& swatch, const QRectF& r, double dotsPerMm)
{
    const Style& s = swatch.style;
    const double strokePx = std::max(0.1, s.strokeWidth * kCssPixelMm) * dotsPerMm;
    painter.save();
    painter.setOpacity(swatch.opacity);
    painter.setPen(QPen(detail::toQColor(s.stroke), strokePx, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
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
                     Qt::AlignLeft | Qt::AlignTop, layoutTr("Legend"));
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
                         layoutTr("… and %n more layer(s)", nullptr, int(m_rows.size() - shown)));
    }
    painter.restore();
}

} // namespace polis

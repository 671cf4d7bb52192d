#include "scale_bar.hpp"

#include "../core/detail/number_text.hpp"
#include "detail/page_painter.hpp"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace polis {
namespace {

constexpr double kMinFraction = 0.2, kMaxFraction = 0.3, kTargetFraction = 0.25;

bool isRoundLength(double metres)
{
    const double mantissa = metres / std::pow(10.0, std::floor(std::log10(metres) + 1e-9));
    return std::abs(mantissa - 1) < 1e-6 || std::abs(mantissa - 2) < 1e-6 || std::abs(mantissa - 5) < 1e-6;
}

} // namespace

ScaleBar ScaleBar::choose(double frameWidthMetres)
{
    if (!(frameWidthMetres > 0) || !std::isfinite(frameWidthMetres))
        return {};
    ScaleBar best;
    double bestScore = std::numeric_limits<double>::infinity();
    const int decade = int(std::floor(std::log10(frameWidthMetres)));
    for (int exponent = decade - 3; exponent <= decade; ++exponent) {
        for (const double mantissa : {1.0, 2.0, 5.0}) {
            const double segment = mantissa * std::pow(10.0, exponent);
            for (int segments = 2; segments <= 5; ++segments) {
                const double fraction = segment * segments / frameWidthMetres;
                if (fraction < kMinFraction || fraction > kMaxFraction)
                    continue;
                // A round total first, then closeness to the target, then more segments (finer reading).
                const double score = (isRoundLength(segment * segments) ? 0 : 10) +
                                     std::abs(fraction - kTargetFraction) - 1e-4 * segments;
                if (score < bestScore) {
                    bestScore = score;
                    best = {segment, segments};
                }
            }
        }
    }
    return best;
}

double ScaleBar::groundMetresPerUnit(const Crs& crs, const Extent& extent)
{
    if (!crs.isValid() || extent.isEmpty())
        return 0.0;
    if (!crs.isGeographic())
        return crs.metresPerUnit();
    // One degree of longitude along the parallel of the frame centre on the WGS84 ellipsoid.
    constexpr double a = 6378137.0, e2 = 0.00669437999014, pi = 3.14159265358979323846;
    const double phi = std::clamp(extent.centerY(), -89.9, 89.9) * pi / 180;
    return pi / 180 * a * std::cos(phi) / std::sqrt(1 - e2 * std::sin(phi) * std::sin(phi));
}

std::string ScaleBar::tickLabel(int i) const
{
    const bool km = lengthMetres() >= 1000;
    const double value = std::round(i * segmentMetres / (km ? 1000 : 1) * 1e6) / 1e6;
    std::string text = detail::formatDouble(value);
    if (i == segments)
        text += " " + (km ? LayoutText::tr("km") : LayoutText::tr("m")).toStdString();
    return text;
}

void ScaleBar::paint(QPainter& painter, const QPointF& bottomLeft, double barWidth, double dotsPerMm) const
{
    if (!isValid())
        return;
    painter.save();
    const QFont font = layoutFont(7);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const double pad = 2 * dotsPerMm;
    const double barHeight = 1.6 * dotsPerMm;
    const double textHeight = metrics.height();
    const QString last = QString::fromStdString(tickLabel(segments));
    // The last label (with the unit) starts under its tick, centred on the number.
    const double lastOffset = metrics.horizontalAdvance(last.section(' ', 0, 0)) / 2;
    const QRectF box(bottomLeft.x(), bottomLeft.y() - (2 * pad + textHeight + barHeight),
                     2 * pad + barWidth - lastOffset + metrics.horizontalAdvance(last), 2 * pad + textHeight + barHeight);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 220));
    painter.drawRect(box);
    const double top = box.top() + pad + textHeight;
    const double left = box.left() + pad;
    const double step = barWidth / segments;
    painter.setPen(QPen(Qt::black, 0.2 * dotsPerMm));
    for (int i = 0; i < segments; ++i) {
        painter.setBrush(i % 2 ? Qt::white : Qt::black);
        painter.drawRect(QRectF(left + i * step, top, step, barHeight));
    }
    for (int i = 0; i <= segments; ++i) {
        const QString label = QString::fromStdString(tickLabel(i));
        const double width = metrics.horizontalAdvance(label);
        const double x = left + i * step - (i == segments ? lastOffset : width / 2);
        painter.drawText(QRectF(x, box.top() + pad / 2, width + 1, textHeight), Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    painter.restore();
}

} // namespace polis

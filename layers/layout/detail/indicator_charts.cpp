#include "indicator_charts.hpp"

#include "../scenario_colours.hpp"
#include "page_painter.hpp"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace polis::detail {
namespace {

constexpr double kMinChartWidthMm = 90, kMinChartHeightMm = 28, kGapMm = 6, kTitleMm = 6;

/// The key above the charts: a swatch and the name of each scenario.
double paintKey(QPainter& painter, const PageMetrics& m, const RectMm& area, const IndicatorTable& table)
{
    const QFont font = layoutFont(8);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    double x = area.x;
    const double rowMm = 5;
    for (std::size_t s = 0; s < table.scenarios.size(); ++s) {
        const QString name = scenarioTitle(table.scenarios[s]);
        const double textMm = metrics.horizontalAdvance(name) / m.dotsPerMm;
        painter.setPen(Qt::NoPen);
        painter.setBrush(scenarioColour(s));
        painter.drawRect(m.rect({x, area.y + 1, 3.5, 3}));
        painter.setPen(Qt::black);
        painter.drawText(m.rect({x + 5, area.y, textMm + 1, rowMm}), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += 5 + textMm + 6;
    }
    return rowMm + 2;
}

void paintChart(QPainter& painter, const PageMetrics& m, const RectMm& box, const IndicatorTable& table, std::size_t i)
{
    const std::vector<double>& values = table.values[i];
    painter.setPen(Qt::black);
    painter.setFont(layoutFont(9, true));
    const QFontMetricsF titleMetrics(painter.font(), painter.device());
    painter.drawText(m.rect({box.x, box.y, box.width, kTitleMm}), Qt::AlignLeft | Qt::AlignVCenter,
                     titleMetrics.elidedText(QString::fromStdString(table.indicators[i]), Qt::ElideRight, m.px(box.width)));
    double low = 0, high = 0;
    for (double v : values) {
        if (std::isfinite(v)) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    }
    const QFont font = layoutFont(7);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    // Bars take the left 60 %; the value and its difference are written after each bar.
    const RectMm bars{box.x, box.y + kTitleMm, box.width * 0.6, box.height - kTitleMm};
    const double rowMm = bars.height / double(std::max<std::size_t>(1, values.size()));
    const double span = high > low ? high - low : 1;
    auto xOf = [&](double v) { return bars.x + (v - low) / span * bars.width; };
    const double baseline = values.empty() ? NAN : values[0];
    for (std::size_t s = 0; s < values.size(); ++s) {
        const double y = bars.y + rowMm * double(s);
        const double v = values[s];
        QString label = localeNumber(v);
        if (std::isfinite(v)) {
            const double x0 = xOf(0), x1 = xOf(v);
            painter.setPen(Qt::NoPen);
            painter.setBrush(scenarioColour(s));
            painter.drawRect(m.rect({std::min(x0, x1), y + rowMm * 0.15, std::max(std::abs(x1 - x0), 0.3), rowMm * 0.7}));
            if (s > 0 && std::isfinite(baseline))
                label += QStringLiteral("  (") + localeNumber(v - baseline, true) + QLatin1Char(')');
        }
        painter.setPen(Qt::black);
        const double textX = std::max(xOf(0), std::isfinite(v) ? xOf(v) : xOf(0)) + 1.5;
        painter.drawText(m.rect({textX, y, box.right() - textX, rowMm}), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(label, Qt::ElideRight, m.px(box.right() - textX)));
    }
    if (std::isfinite(baseline)) { // the baseline's value across every bar
        QPen pen(QColor(0x20, 0x20, 0x20), m.px(0.3), Qt::DashLine);
        painter.setPen(pen);
        const double x = xOf(baseline);
        painter.drawLine(m.rect({x, bars.y, 0, 0}).topLeft(), m.rect({x, bars.bottom(), 0, 0}).topLeft());
    }
    painter.setPen(QPen(QColor(0x60, 0x60, 0x60), m.px(0.2)));
    painter.drawLine(m.rect({xOf(0), bars.y, 0, 0}).topLeft(), m.rect({xOf(0), bars.bottom(), 0, 0}).topLeft());
}

} // namespace

void paintIndicatorCharts(QPainter& painter, const PageMetrics& m, const RectMm& area, const IndicatorTable& table)
{
    if (table.indicators.empty() || table.scenarios.empty() || area.height < kMinChartHeightMm)
        return;
    painter.save();
    const double keyMm = paintKey(painter, m, area, table);
    const RectMm grid{area.x, area.y + keyMm, area.width, area.height - keyMm};
    const std::size_t n = table.indicators.size();
    const std::size_t columns = std::clamp<std::size_t>(std::size_t(grid.width / kMinChartWidthMm), 1, n);
    const std::size_t rows = (n + columns - 1) / columns;
    const double cellWidth = (grid.width - kGapMm * double(columns - 1)) / double(columns);
    const double cellHeight = std::max(kMinChartHeightMm, (grid.height - kGapMm * double(rows - 1)) / double(rows));
    for (std::size_t i = 0; i < n; ++i) {
        const RectMm cell{grid.x + double(i % columns) * (cellWidth + kGapMm),
                          grid.y + double(i / columns) * (cellHeight + kGapMm), cellWidth, cellHeight};
        if (cell.bottom() > grid.bottom() + 0.01)
            break;
        paintChart(painter, m, cell, table, i);
    }
    painter.restore();
}

} // namespace polis::detail

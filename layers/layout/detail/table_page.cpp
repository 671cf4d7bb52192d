#include "table_page.hpp"

#include "indicator_charts.hpp"

#include <QFontMetricsF>
#include <QPainter>

namespace polis::detail {

void paintTablePage(QPainter& painter, const PageMetrics& m, const PrintLayout& layout, const SummaryTable& table)
{
    const LayoutGeometry g = layout.geometry();
    RectMm area{g.title.x, g.map.y + 4, g.title.width, g.page.height - g.map.y - 4 - layout.marginMm};
    // Compact rows leave the charts room.
    const double rowMm = table.indicators.indicators.empty() ? 8 : 6;
    const QFont body = layoutFont(10);
    const QFont header = layoutFont(10, true);
    // The first column (names) takes what the others leave; the others share a fixed width.
    const int columns = int(table.columns.size());
    if (columns == 0)
        return;
    const double otherMm = columns > 1 ? std::min(55.0, area.width / 2 / (columns - 1)) : 0;
    const double firstMm = std::min(110.0, area.width - otherMm * (columns - 1));
    area.width = firstMm + otherMm * (columns - 1);
    auto cellRect = [&](int column, double y, double height) {
        const double x = column == 0 ? area.x : area.x + firstMm + otherMm * (column - 1);
        return m.rect({x + 2, y, (column == 0 ? firstMm : otherMm) - 4, height});
    };
    // Scenario names are long: the header row has two lines and wraps them rather than cutting them.
    const double headerMm = 2 * rowMm;
    auto align = [](int column) { return (column >= 2 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter; };

    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xe4, 0xe4, 0xe4));
    painter.drawRect(m.rect({area.x, area.y, area.width, headerMm}));
    painter.setPen(Qt::black);
    painter.setFont(header);
    for (int c = 0; c < columns; ++c)
        painter.drawText(cellRect(c, area.y, headerMm), align(c) | Qt::TextWordWrap,
                         QString::fromStdString(table.columns[std::size_t(c)]));
    double y = area.y + headerMm;
    painter.setFont(body);
    const QFontMetricsF metrics(body, painter.device());
    for (std::size_t r = 0; r < table.rows.size() && y + rowMm <= area.bottom(); ++r, y += rowMm) {
        if (r % 2) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0xf5, 0xf5, 0xf5));
            painter.drawRect(m.rect({area.x, y, area.width, rowMm}));
        }
        painter.setPen(Qt::black);
        const auto& row = table.rows[r];
        for (int c = 0; c < columns && c < int(row.size()); ++c) {
            const QRectF cell = cellRect(c, y, rowMm);
            painter.drawText(cell, align(c),
                             metrics.elidedText(QString::fromStdString(row[std::size_t(c)]), Qt::ElideRight, cell.width()));
        }
    }
    painter.setPen(QPen(QColor(0x60, 0x60, 0x60), m.px(0.3)));
    painter.drawLine(m.rect({area.x, y, area.width, 0}).topLeft(), m.rect({area.x, y, area.width, 0}).topRight());
    painter.restore();
    const double top = y + 8;
    paintIndicatorCharts(painter, m, {g.title.x, top, g.title.width, area.bottom() - top}, table.indicators);
}

} // namespace polis::detail

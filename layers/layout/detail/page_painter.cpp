#include "page_painter.hpp"

#include "../../scenario/scenario.hpp"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace polis {

QFont layoutFont(double points, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setStyleHint(QFont::SansSerif);
    return font;
}

namespace detail {

QString scenarioTitle(const std::string& name)
{
    return name == Scenario::baselineName ? LayoutText::tr("baseline") : QString::fromStdString(name);
}

QString dateText(const QDate& date)
{
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return date.toString(Qt::ISODate);
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return locale.toString(date, format);
}

void paintNorthArrow(QPainter& painter, const QRectF& box)
{
    painter.save();
    const QFont font = layoutFont(9, true);
    const double textHeight = QFontMetricsF(font, painter.device()).height();
    const double cx = box.center().x();
    const double top = box.top() + textHeight;
    const double bottom = box.bottom();
    const double half = std::min(box.width(), bottom - top) / 3;
    const double notch = bottom - (bottom - top) * 0.25;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::black, half / 12));
    QPainterPath left, right;
    left.moveTo(cx, top);
    left.lineTo(cx - half, bottom);
    left.lineTo(cx, notch);
    left.closeSubpath();
    right.moveTo(cx, top);
    right.lineTo(cx + half, bottom);
    right.lineTo(cx, notch);
    right.closeSubpath();
    painter.setBrush(Qt::black);
    painter.drawPath(left);
    painter.setBrush(Qt::white);
    painter.drawPath(right);
    painter.setFont(font);
    painter.drawText(QRectF(box.left(), box.top(), box.width(), textHeight), Qt::AlignCenter, LayoutText::tr("N"));
    painter.restore();
}

} // namespace detail
} // namespace polis

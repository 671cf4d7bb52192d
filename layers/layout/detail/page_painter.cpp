#include "page_painter.hpp"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace polis {

QString layoutTr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("polis::layout", text, disambiguation, n);
}

QFont layoutFont(double points, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setStyleHint(QFont::SansSerif);
    return font;
}

namespace detail {

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
    painter.drawText(QRectF(box.left(), box.top(), box.width(), textHeight), Qt::AlignCenter, layoutTr("N"));
    painter.restore();
}

} // namespace detail
} // namespace polis

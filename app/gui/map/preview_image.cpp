#include "map/preview_image.hpp"

#include <QPainter>

namespace polis {

PreviewImage::PreviewImage(QQuickItem* parent) : QQuickPaintedItem(parent)
{
    setFillColor(QColor(0xd0, 0xd0, 0xd0));
}

void PreviewImage::setImage(const QImage& image)
{
    m_image = image;
    emit imageChanged();
    update();
}

void PreviewImage::paint(QPainter* painter)
{
    if (m_image.isNull())
        return;
    constexpr qreal kMargin = 8;
    const QSizeF size =
        QSizeF(m_image.size()).scaled(width() - 2 * kMargin, height() - 2 * kMargin, Qt::KeepAspectRatio);
    const QRectF target((width() - size.width()) / 2, (height() - size.height()) / 2, size.width(),
                        size.height());
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(target, m_image);
    painter->setPen(QColor(0x80, 0x80, 0x80));
    painter->drawRect(target);
}

} // namespace polis

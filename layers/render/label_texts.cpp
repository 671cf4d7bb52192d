#include "label_texts.hpp"

#include <QHash>
#include <QPainter>
#include <QTextLayout>

#include <cmath>
#include <mutex>

namespace polis::detail {
namespace {

constexpr qsizetype kMetricsBudget = 1 << 18;      ///< texts kept per cache before it starts again
constexpr qsizetype kSpriteBudget = 32 << 20;      ///< bytes of sprites kept before the cache starts again

/// A value cache by text key, emptied when full: the frames that follow fill it again with what they
/// show, and a result never depends on what the cache held.
template <class Value> class TextCache
{
public:
    template <class Make> Value get(const QString& key, qsizetype budget, qsizetype (*cost)(const Value&), Make&& make)
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            const auto it = m_values.constFind(key);
            if (it != m_values.cend())
                return *it;
        }
        Value value = make();
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_used > budget) {
            m_values.clear();
            m_used = 0;
        }
        m_used += cost(value);
        m_values.insert(key, value);
        return value;
    }

private:
    std::mutex m_mutex;
    QHash<QString, Value> m_values;
    qsizetype m_used = 0;
};

} // namespace

ShapedText shapeText(const QString& text, const QFont& font)
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

std::vector<QPointF> haloOffsets(double width)
{
    std::vector<QPointF> offsets;
    for (int i = 0; width > 0 && i < 8; ++i)
        offsets.emplace_back(width * std::cos(i * M_PI / 4), width * std::sin(i * M_PI / 4));
    return offsets;
}

TextMetrics textMetrics(const QString& text, const QFont& font)
{
    static TextCache<TextMetrics> cache;
    const QString key = QString::number(font.pixelSize()) + QChar(0x1f) + text;
    return cache.get(key, kMetricsBudget, [](const TextMetrics&) { return qsizetype(1); }, [&] {
        const ShapedText shaped = shapeText(text, font);
        return TextMetrics{shaped.width, shaped.ascent};
    });
}

std::shared_ptr<const LabelSprite> labelSprite(const QString& text, const QFont& font, const QColor& color,
                                               const QColor& halo, double haloWidth)
{
    using Sprite = std::shared_ptr<const LabelSprite>;
    static TextCache<Sprite> cache;
    const QString key = QString::number(font.pixelSize()) + QChar(0x1f) + QString::number(color.rgba()) + QChar(0x1f) +
                        QString::number(halo.rgba()) + QChar(0x1f) + QString::number(haloWidth) + QChar(0x1f) + text;
    auto cost = [](const Sprite& s) { return qsizetype(s->image.sizeInBytes()); };
    return cache.get(key, kSpriteBudget, cost, [&] {
        const ShapedText shaped = shapeText(text, font);
        const QFontMetricsF metrics(font);
        // Room for the halo and for ink beyond the line (accents over capitals, italic overhangs).
        const int pad = int(std::ceil(std::max(0.0, haloWidth) + 0.3 * metrics.height())) + 1;
        auto sprite = std::make_shared<LabelSprite>();
        sprite->origin = QPoint(pad, pad);
        sprite->image = QImage(int(std::ceil(shaped.width)) + 2 * pad, int(std::ceil(metrics.height())) + 2 * pad,
                               QImage::Format_ARGB32_Premultiplied);
        sprite->image.fill(Qt::transparent);
        QPainter painter(&sprite->image);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPointF at(pad, pad);
        painter.setPen(halo);
        for (const QPointF& d : haloOffsets(haloWidth)) {
            for (const QGlyphRun& run : shaped.runs)
                painter.drawGlyphRun(at + d, run);
        }
        painter.setPen(color);
        for (const QGlyphRun& run : shaped.runs)
            painter.drawGlyphRun(at, run);
        return Sprite(std::move(sprite));
    });
}

} // namespace polis::detail

#pragma once
#include <QColor>
#include <QFont>
#include <QGlyphRun>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace polis::detail {

/// A label's text shaped (QTextLayout, no wrapping): its advance, its line's ascent, and its glyph runs
/// placed relative to the top-left of its line. The runs belong to the calling thread.
struct ShapedText
{
    double width = 0;
    double ascent = 0;
    QList<QGlyphRun> runs;
};
ShapedText shapeText(const QString& text, const QFont& font);

/// The advance and line ascent of `text` in `font` (as shapeText gives them), shaped once per text and
/// font pixel size and then kept (so panning reuses them). Thread-safe: the numbers are shared, never the
/// glyph runs.
struct TextMetrics
{
    double width = 0;
    double ascent = 0;
};
TextMetrics textMetrics(const QString& text, const QFont& font);

/// Where a halo `width` pixels wide draws the text's eight copies, relative to the text (empty for 0).
std::vector<QPointF> haloOffsets(double width);

/// A label painted once into an image: the text in `color` over its halo (the text in `halo` at eight
/// offsets of `haloWidth` pixels around it), on transparent pixels. `origin` is where the line's top-left
/// lies in the image (whole pixels). Raster output stamps these instead of drawing nine glyph runs a label.
struct LabelSprite
{
    QImage image; ///< ARGB32 premultiplied
    QPoint origin;
};

/// The sprite of a label, drawn once per text, font pixel size, colours and halo width and then kept
/// (within a memory budget). Thread-safe; the images are shared read-only.
std::shared_ptr<const LabelSprite> labelSprite(const QString& text, const QFont& font, const QColor& color,
                                               const QColor& halo, double haloWidth);

} // namespace polis::detail

#pragma once
#include "map_renderer.hpp"

#include <QPainter>

namespace polis::detail {

/// The mapping from map coordinates to device pixels for one output (y axis flipped).
struct ViewTransform
{
    double scale = 1;   ///< device pixels per map unit
    double originX = 0; ///< map x at device x = 0
    double originY = 0; ///< map y at device y = 0 (the top edge)

    static ViewTransform of(const Extent& fittedExtent, int width)
    {
        return {width / fittedExtent.width(), fittedExtent.xmin, fittedExtent.ymax};
    }
    double px(double x) const { return (x - originX) * scale; }
    double py(double y) const { return (originY - y) * scale; }
    /// The same mapping with device (dx, dy) as the new (0, 0): a tile's own coordinates.
    ViewTransform shifted(double dx, double dy) const { return {scale, originX + dx / scale, originY - dy / scale}; }
    /// The map rectangle under the device rectangle (x, y, w, h).
    Extent mapRect(double x, double y, double w, double h) const
    {
        return Extent::of(originX + x / scale, originY - y / scale, originX + (x + w) / scale, originY - (y + h) / scale);
    }
};

/// Where one layer is painted: a painter whose device (0,0) is `view`'s origin, covering `size` pixels.
/// `pixels` is the painter's ARGB32-premultiplied image when painting raster tiles (sub-pixel features, small
/// polygons and thin polygon outlines are then drawn into it directly, far cheaper than a QPainter call each),
/// or null for vector outputs.
struct PaintTarget
{
    QPainter& painter;
    ViewTransform view;
    QSize size;
    QImage* pixels = nullptr;
    double pixelRatio = 1.0;
};

inline QColor toQColor(const Color& c)
{
    return QColor(c.r, c.g, c.b, c.a);
}

/// Draws one point marker of `size` device pixels centred on `c` with the painter's pen and brush.
void drawMarker(QPainter& painter, MarkerShape shape, QPointF c, double size);

/// Paints the features of one vector layer that fall inside the target. Stops when `cancel` is set.
/// `classes` holds each feature's drawn symbol under the layer's style (classifyFeatures; null or
/// mismatched for single styles without modifiers): the feature is drawn with Style::drawnSymbol of it.
/// Level of detail: a line or polygon smaller than a pixel is drawn as one pixel, not as a shape, in its
/// symbol's fill colour (stroke colour when unfilled).
void paintFeatures(const PaintTarget& target, const MapLayer& layer, const std::vector<std::uint16_t>* classes,
                   const std::atomic<bool>* cancel, RenderStats& stats);

} // namespace polis::detail

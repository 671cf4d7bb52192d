#pragma once
#include "map_renderer.hpp"

#include <QPainter>

namespace polis::detail {

/// The mapping from map coordinates to device pixels for one output (y axis flipped).
struct ViewTransform
{
    double scale = 1; ///< device pixels per map unit
    double originX = 0; ///< map x at device x = 0
    double originY = 0; ///< map y at device y = 0 (the top edge)

    static ViewTransform of(const Extent& fittedExtent, int width) 
    {
        return {width / fittedExtent.width(), fittedExtent.xmin, fittedExtent.ymax};
    }
    double px(double x) const { return (x - originX) * scale; }
    double py(double y) const { return (originY - y) * scale; }
    /// The map rectangle under the device rectangle (x, y, w, h).
    Extent mapRect(double x, double y, double w, double h) const
    {
        return Extent::of(originX + x / scale, originY - y / scale, originX + (x + w) / scale, originY - (y + h) / scale);
    }
};

inline QColor toQColor(const Color& c)
{
    return QColor(c.r, c.g, c.b, c.a);
}

/// Draws one point marker of `size` device pixels centred on `c` with the painter's pen and brush.
void drawMarker(QPainter& painter, MarkerShape shape, QPointF c, double size);

/// Paints the features of one vector layer that intersect `area` (map units). `device` is the rectangle
/// of device pixels being painted (used for the level-of-detail test). Stops when `cancel` is set.
void paintFeatures(QPainter& painter, const MapLayer& layer, const ViewTransform& view, const Extent& area,
                   double pixelRatio, const std::atomic<bool>* cancel, RenderStats& stats);

} // namespace polis::detail

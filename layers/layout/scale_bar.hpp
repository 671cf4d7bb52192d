#pragma once
#include "../core/crs.hpp"
#include "../core/extent.hpp"

#include <string>

class QPainter;
class QPointF;

namespace polis {

/// A scale bar of round units: `segments` segments of `segmentMetres` each, where the segment length is
/// 1, 2 or 5 x 10^n metres. Chosen so that the whole bar is 20-30 % of the map frame's width.
struct ScaleBar
{
    double segmentMetres = 0;
    int segments = 0;

    double lengthMetres() const { return segmentMetres * segments; }
    bool isValid() const { return segments > 0 && segmentMetres > 0; }

    /// The bar for a frame `frameWidthMetres` wide on the ground. Prefers a whole bar that is itself
    /// 1, 2 or 5 x 10^n and closest to 25 % of the frame; otherwise 2-5 round segments. Invalid for a
    /// width that is not positive and finite. Pure function.
    static ScaleBar choose(double frameWidthMetres);

    /// Ground metres per map unit at the centre of `extent`: the CRS's linear unit for a projected CRS;
    /// for a geographic CRS the length of one degree of longitude at the centre's latitude (WGS84
    /// ellipsoid). 0 when unknown (invalid CRS), in which case no scale bar can be drawn.
    static double groundMetresPerUnit(const Crs& crs, const Extent& extent);

    /// The text under tick `i` (0..segments): "0", "250", ... with the unit ("m" or "km") after the last.
    std::string tickLabel(int i) const;

    /// Paints the bar (alternating black and white segments, tick labels, unit) on a white box whose
    /// bottom-left corner is `bottomLeft` (device units), `barWidth` device units for the whole bar.
    void paint(QPainter& painter, const QPointF& bottomLeft, double barWidth, double dotsPerMm) const;
};

} // namespace polis

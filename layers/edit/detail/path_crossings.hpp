#pragma once
#include <vector>

namespace polis::detail {

/// Where a cutting polyline meets a path (a line or a closed ring), both x/y interleaved in the map CRS.
/// Positions are "segment index + fraction": 2.5 is halfway along the segment from point 2 to point 3.
struct PathCrossing
{
    double cutterPos = 0; ///< along the cutter
    double pathPos = 0;   ///< along the path; for a closed ring in [0, points - 1)
    double x = 0;
    double y = 0;
};

/// Every point where `cutter` touches or crosses `path`, ordered along the cutter, each point once.
/// Collinear overlaps meet at their end points only. `closedRing`: positions wrap (the closing point is 0).
std::vector<PathCrossing> pathCrossings(const std::vector<double>& path, bool closedRing,
                                        const std::vector<double>& cutter);

/// Appends (x, y) to `xy` unless it repeats the last point.
void appendPoint(std::vector<double>& xy, double x, double y);

} // namespace polis::detail

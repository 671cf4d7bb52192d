#pragma once
#include <algorithm>

namespace polis::detail {

/// The point of segment a-b closest to p (planar) and its squared distance to p. A zero-length segment
/// gives a.
struct SegmentPoint
{
    double x = 0;
    double y = 0;
    double d2 = 0;
};

inline SegmentPoint closestOnSegment(double px, double py, double ax, double ay, double bx, double by)
{
    const double dx = bx - ax;
    const double dy = by - ay;
    const double len2 = dx * dx + dy * dy;
    const double t = len2 > 0 ? std::clamp(((px - ax) * dx + (py - ay) * dy) / len2, 0.0, 1.0) : 0.0;
    const double x = ax + t * dx;
    const double y = ay + t * dy;
    return {x, y, (x - px) * (x - px) + (y - py) * (y - py)};
}

} // namespace polis::detail

#include "ring_search.hpp"

#include <algorithm>
#include <cmath>

namespace polis::detail {

bool nearerVertex(const double* xy, std::uint32_t count, bool closed, double x, double y, RingCandidate& best)
{
    const std::uint32_t n = closed && count > 1 ? count - 1 : count;
    bool found = false;
    for (std::uint32_t i = 0; i < n; ++i) {
        const double dx = xy[2 * i] - x;
        const double dy = xy[2 * i + 1] - y;
        const double d2 = dx * dx + dy * dy;
        if (d2 < best.d2) {
            best = {d2, i, xy[2 * i], xy[2 * i + 1]};
            found = true;
        }
    }
    return found;
}

bool nearerSegmentPoint(const double* xy, std::uint32_t count, double x, double y, RingCandidate& best)
{
    bool found = false;
    for (std::uint32_t i = 0; i + 1 < count; ++i) {
        const double ax = xy[2 * i], ay = xy[2 * i + 1];
        const double dx = xy[2 * i + 2] - ax, dy = xy[2 * i + 3] - ay;
        const double len2 = dx * dx + dy * dy;
        const double t = len2 > 0 ? std::clamp(((x - ax) * dx + (y - ay) * dy) / len2, 0.0, 1.0) : 0.0;
        const double px = ax + t * dx, py = ay + t * dy;
        const double d2 = (px - x) * (px - x) + (py - y) * (py - y);
        if (d2 < best.d2) {
            best = {d2, i, px, py};
            found = true;
        }
    }
    return found;
}

} // namespace polis::detail

#include "ring_search.hpp"

#include "../../core/detail/segment_point.hpp"

#include <set>
#include <utility>

namespace polis::detail {

std::size_t distinctPoints(const std::vector<double>& xy)
{
    std::set<std::pair<double, double>> points;
    for (std::size_t i = 0; i + 1 < xy.size(); i += 2)
        points.insert({xy[i], xy[i + 1]});
    return points.size();
}

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
        const SegmentPoint p = closestOnSegment(x, y, xy[2 * i], xy[2 * i + 1], xy[2 * i + 2], xy[2 * i + 3]);
        if (p.d2 < best.d2) {
            best = {p.d2, i, p.x, p.y};
            found = true;
        }
    }
    return found;
}

} // namespace polis::detail

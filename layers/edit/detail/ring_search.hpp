#pragma once
#include <cstdint>
#include <limits>

namespace polis::detail {

/// The closest vertex or segment point found so far in a search (planar distances, map units).
struct RingCandidate
{
    double d2 = std::numeric_limits<double>::infinity(); ///< squared distance to the query point
    std::uint32_t index = 0; ///< the vertex, or the first vertex of the segment
    double x = 0;
    double y = 0;
};

/// Replaces `best` by the vertex of the ring (`count` points, x/y interleaved) closest to (x, y) when it is
/// closer than best.d2; returns whether it did. `closed` rings skip their last (repeated) point.
bool nearerVertex(const double* xy, std::uint32_t count, bool closed, double x, double y, RingCandidate& best);

/// As nearerVertex for the closest point on the ring's segments (index = segment i from vertex i to i+1).
bool nearerSegmentPoint(const double* xy, std::uint32_t count, double x, double y, RingCandidate& best);

} // namespace polis::detail

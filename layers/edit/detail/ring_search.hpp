#pragma once
#include <cstdint>
#include <limits>
#include <vector>

namespace polis::detail {

/// The closest vertex or segment point found so far in a search (planar distances, map units).
struct RingCandidate
{
    double d2 = std::numeric_limits<double>::infinity(); ///< squared distance to the query point
    std::uint32_t index = 0;                             ///< the vertex, or the first vertex of the segment
    double x = 0;
    double y = 0;
};

/// True when the ring (`count` points, x/y interleaved) has at least 2 points and ends where it starts.
inline bool endsWhereItStarts(const double* xy, std::uint32_t count)
{
    return count >= 2 && xy[0] == xy[2 * count - 2] && xy[1] == xy[2 * count - 1];
}

/// The number of distinct points of x/y interleaved coordinates (a closed ring's closing point is not
/// counted).
std::size_t distinctPoints(const std::vector<double>& xy);

/// Replaces `best` by the vertex of the ring (`count` points, x/y interleaved) closest to (x, y) when it is
/// closer than best.d2; returns whether it did. `closed` rings skip their last (repeated) point.
bool nearerVertex(const double* xy, std::uint32_t count, bool closed, double x, double y,
                  RingCandidate& best);

/// As nearerVertex for the closest point on the ring's segments (index = segment i from vertex i to i+1).
bool nearerSegmentPoint(const double* xy, std::uint32_t count, double x, double y, RingCandidate& best);

} // namespace polis::detail

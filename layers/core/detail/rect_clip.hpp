#pragma once
#include "../extent.hpp"

#include <cstddef>
#include <vector>

namespace polis::detail {

/// True when `inner` lies inside `outer` (edges included).
inline bool within(const Extent& inner, const Extent& outer)
{
    return inner.xmin >= outer.xmin && inner.xmax <= outer.xmax && inner.ymin >= outer.ymin &&
           inner.ymax <= outer.ymax;
}

/// The part of the polygon ring `xy` (`count` x, y pairs, closed or not) inside `box`, as a closed ring in
/// `out` (replaced; Sutherland–Hodgman). Where the ring leaves the box and comes back, the result runs along
/// the box's edge: filling it (either fill rule) colours exactly the ring's area inside the box. Empty when
/// no part is inside (fewer than 3 points). For keeping coordinates in a range where projection and painting
/// stay finite and fast (world polygons in a national CRS, a zoom far into a huge polygon). NaN points are
/// dropped. Any thread.
void clipRing(const double* xy, std::size_t count, const Extent& box, std::vector<double>& out);

} // namespace polis::detail

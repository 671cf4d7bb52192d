#pragma once
#include "../../core/crs.hpp"
#include "../../core/extent.hpp"

#include <memory>
#include <optional>

class OGRGeometry;

namespace polis::detail {

/// The box, in the layer's CRS `source`, that a layer is clipped to before being projected into `target`:
/// the target's area of use (PROJ's, in WGS 84 degrees) grown by half its size on each side, so neighbouring
/// land still shows, and expressed in `source`. Outside it a national projection (the Greek Grid's Transverse
/// Mercator) gives coordinates far off or non-finite, and painting polygons across them never ends.
/// nullopt when nothing needs clipping: the area covers the world, the layer's `extent` lies inside it, or the
/// box has no finite image in `source`. Any thread.
std::optional<Extent> projectionDomain(const Crs& source, const Crs& target, const Extent& extent);

/// The part of `g` inside `box`: `g` itself when it lies inside, a new geometry held in `keep` when it
/// crosses the box (polygon rings clipped by rect_clip's clipRing, lines and collections by GEOS through
/// OGR), null when nothing is inside (the feature is then read without a geometry). Any thread.
const OGRGeometry* clipToDomain(const OGRGeometry* g, const Extent& box, std::unique_ptr<OGRGeometry>& keep);

} // namespace polis::detail

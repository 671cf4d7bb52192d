#pragma once
#include <cstddef>

namespace polis {

/// A vertex inside a Geometry or a FeatureStore feature: part, ring within the part, vertex within the ring.
/// For a segment, `vertex` is its first vertex (the segment runs from vertex to vertex + 1).
struct VertexRef
{
    std::size_t part = 0;
    std::size_t ring = 0;
    std::size_t vertex = 0;

    bool operator==(const VertexRef& o) const
    {
        return part == o.part && ring == o.ring && vertex == o.vertex;
    }
    bool operator!=(const VertexRef& o) const { return !(*this == o); }
};

/// A vertex or a point on a segment found near a map point: where it is and its map coordinates.
struct VertexHit
{
    VertexRef ref;
    double x = 0; ///< map CRS
    double y = 0;
};

} // namespace polis

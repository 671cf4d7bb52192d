#pragma once
#include "../core/feature_store.hpp"
#include "../core/geometry.hpp"
#include "vertex_ref.hpp"

#include <cstddef>
#include <limits>
#include <optional>
#include <vector>

namespace polis {

/// One layer offered to snapping. The store is not owned and must outlive the call.
struct SnapLayer
{
    const FeatureStore* store = nullptr;
    bool enabled = true; ///< false: the layer is skipped (the user unticked it)
};

enum class SnapKind : std::uint8_t { Vertex, Segment };

/// Where a map point snapped to.
struct SnapResult
{
    /// `layer` of a snap to the geometry being drawn.
    static constexpr std::size_t kDrawing = std::numeric_limits<std::size_t>::max();

    SnapKind kind = SnapKind::Vertex;
    std::size_t layer = 0;   ///< index into the layers passed, or kDrawing
    std::size_t feature = 0; ///< feature index in that layer's store (0 for the drawing)
    VertexRef vertex;        ///< the vertex snapped to, or the first vertex of the segment
    double x = 0;            ///< the snapped point, map CRS
    double y = 0;
};

/// Snaps map point (x, y) (map CRS) to the enabled layers and to `drawing` (the geometry being sketched, may
/// be null: its own earlier vertices and segments, e.g. its first vertex to close a ring).
/// `tolerance` is in map units (the GUI passes pixels x map units per pixel); distances are planar.
/// Returns the nearest vertex within tolerance; if there is none, the nearest point on a segment within
/// tolerance; else nothing. A vertex always wins over a segment, even a closer one. Ties keep the first
/// layer and the lowest feature index. Candidates come from each store's spatial index (a box of the
/// tolerance around the point), so the cost does not grow with the layer's size.
/// Thread-safe on finished stores.
std::optional<SnapResult> snap(const std::vector<SnapLayer>& layers, double x, double y, double tolerance,
                               const Geometry* drawing = nullptr);

} // namespace polis

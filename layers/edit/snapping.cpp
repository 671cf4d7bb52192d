#include "snapping.hpp"

#include "detail/ring_search.hpp"

#include <algorithm>
#include <cmath>

namespace polis {
namespace {

/// The best vertex and segment candidates so far, with where they were found.
struct Search
{
    detail::RingCandidate vertex;
    detail::RingCandidate segment;
    SnapResult vertexAt;
    SnapResult segmentAt;

    /// Looks at one ring; `at` names its layer, feature, part and ring.
    void ring(const double* xy, std::uint32_t count, bool closed, bool segments, const SnapResult& at)
    {
        if (detail::nearerVertex(xy, count, closed, x, y, vertex))
            vertexAt = at;
        if (segments && detail::nearerSegmentPoint(xy, count, x, y, segment))
            segmentAt = at;
    }
    double x = 0;
    double y = 0;
};

SnapResult result(SnapKind kind, SnapResult at, const detail::RingCandidate& c)
{
    at.kind = kind;
    at.vertex.vertex = c.index;
    at.x = c.x;
    at.y = c.y;
    return at;
}

} // namespace

std::optional<SnapResult> snap(const std::vector<SnapLayer>& layers, double x, double y, double tolerance,
                               const Geometry* drawing)
{
    if (!(tolerance >= 0))
        return std::nullopt;
    Search search;
    search.x = x;
    search.y = y;
    // Only what lies within tolerance can win: start the search there (nextafter keeps "within" inclusive).
    search.vertex.d2 = search.segment.d2 =
        std::nextafter(tolerance * tolerance, std::numeric_limits<double>::infinity());

    const Extent box = Extent::of(x - tolerance, y - tolerance, x + tolerance, y + tolerance);
    for (std::size_t l = 0; l < layers.size(); ++l) {
        if (!layers[l].enabled || !layers[l].store)
            continue;
        const FeatureStore& store = *layers[l].store;
        std::vector<std::uint32_t> candidates = store.index().query(box);
        std::sort(candidates.begin(), candidates.end()); // deterministic ties: lowest feature first
        for (std::uint32_t f : candidates) {
            const bool segments = store.kind(f) != GeometryKind::Point;
            for (std::uint32_t p = store.firstPart(f); p < store.endPart(f); ++p) {
                for (std::uint32_t r = store.firstRing(p); r < store.endRing(p); ++r) {
                    const RingView v = store.ring(r);
                    const SnapResult at{
                        SnapKind::Vertex, l, f, {p - store.firstPart(f), r - store.firstRing(p), 0}, 0, 0};
                    search.ring(v.xy, v.count, detail::endsWhereItStarts(v.xy, v.count), segments, at);
                }
            }
        }
    }
    if (drawing) {
        const bool segments = drawing->kind != GeometryKind::Point;
        for (std::size_t p = 0; p < drawing->parts.size(); ++p) {
            for (std::size_t r = 0; r < drawing->parts[p].size(); ++r) {
                const std::vector<double>& ring = drawing->parts[p][r];
                const auto count = std::uint32_t(ring.size() / 2);
                const SnapResult at{SnapKind::Vertex, SnapResult::kDrawing, 0, {p, r, 0}, 0, 0};
                search.ring(ring.data(), count, detail::endsWhereItStarts(ring.data(), count), segments, at);
            }
        }
    }
    if (search.vertex.d2 <= tolerance * tolerance)
        return result(SnapKind::Vertex, search.vertexAt, search.vertex);
    if (search.segment.d2 <= tolerance * tolerance)
        return result(SnapKind::Segment, search.segmentAt, search.segment);
    return std::nullopt;
}

} // namespace polis

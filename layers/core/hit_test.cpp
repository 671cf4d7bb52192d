#include "hit_test.hpp"

#include "detail/segment_point.hpp"

#include <algorithm>
#include <cmath>

namespace polis {
namespace {

bool nearRing(const RingView& ring, double x, double y, double tolerance2)
{
    if (ring.count == 1) {
        const double dx = ring.xy[0] - x;
        const double dy = ring.xy[1] - y;
        return dx * dx + dy * dy <= tolerance2;
    }
    for (std::uint32_t i = 1; i < ring.count; ++i) {
        const double* a = ring.xy + 2 * (i - 1);
        if (detail::closestOnSegment(x, y, a[0], a[1], a[2], a[3]).d2 <= tolerance2)
            return true;
    }
    return false;
}

bool hits(const FeatureStore& store, std::uint32_t f, double x, double y, double tolerance2)
{
    for (std::uint32_t p = store.firstPart(f); p < store.endPart(f); ++p) {
        bool inside = false;
        for (std::uint32_t r = store.firstRing(p); r < store.endRing(p); ++r) {
            const RingView ring = store.ring(r);
            if (ring.count == 0)
                continue;
            if (nearRing(ring, x, y, tolerance2))
                return true;
            if (store.kind(f) == GeometryKind::Polygon && ring.count >= 3 && insideRing(ring, x, y))
                inside = !inside; // inside the exterior flips on, inside a hole flips back off
        }
        if (inside)
            return true;
    }
    return false;
}

} // namespace

bool insideRing(const RingView& ring, double x, double y)
{
    bool inside = false;
    for (std::uint32_t i = 0, j = ring.count - 1; i < ring.count; j = i++) {
        const double xi = ring.xy[2 * i], yi = ring.xy[2 * i + 1];
        const double xj = ring.xy[2 * j], yj = ring.xy[2 * j + 1];
        if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
            inside = !inside;
    }
    return inside;
}


std::vector<std::uint32_t> featuresAt(const FeatureStore& store, double x, double y, double tolerance)
{
    std::vector<std::uint32_t> out;
    const double t = std::max(0.0, tolerance);
    store.index().query(Extent::of(x - t, y - t, x + t, y + t), [&](std::uint32_t f) {
        if (hits(store, f, x, y, t * t))
            out.push_back(f);
    });
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace polis

#include "geometry_geos.hpp"

#include "../../core/detail/geos_convert.hpp"
#include "../../core/detail/geos_store_builder.hpp"
#include "../../core/error.hpp"

#include <algorithm>

namespace polis::detail {

GeosGeometryPtr toGeos(const Geometry& g)
{
    FeatureStore store;
    g.beginIn(store, 0);
    store.endFeature();
    store.finish();
    try {
        return toGeos(store, 0);
    } catch (const GeometryError&) {
        throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "The geometry cannot be processed: %1"), {lastGeosError()});
    }
}

Geometry fromGeos(const GEOSGeometry* g)
{
    FeatureStore store;
    GeosStoreBuilder builder(store);
    builder.begin(0, g);
    builder.endFeature();
    store.finish();
    return Geometry::fromStore(store, 0);
}

double signedArea2(const std::vector<double>& ring)
{
    double sum = 0;
    for (std::size_t i = 2; i + 1 < ring.size(); i += 2)
        sum += ring[i - 2] * ring[i + 1] - ring[i] * ring[i - 1];
    return sum;
}

namespace {

void reverseRing(std::vector<double>& ring)
{
    for (std::size_t i = 0, j = ring.size() - 2; i < j; i += 2, j -= 2) {
        std::swap(ring[i], ring[j]);
        std::swap(ring[i + 1], ring[j + 1]);
    }
}

} // namespace

void orientRings(Geometry& g, bool ccw)
{
    if (g.kind != GeometryKind::Polygon)
        return;
    for (auto& part : g.parts) {
        for (std::size_t r = 0; r < part.size(); ++r) {
            const bool wantCcw = (r == 0) == ccw;
            if (part[r].size() >= 2 && (signedArea2(part[r]) > 0) != wantCcw)
                reverseRing(part[r]);
        }
    }
}

} // namespace polis::detail

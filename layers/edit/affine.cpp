#include "affine.hpp"

#include "../core/error.hpp"
#include "detail/geometry_geos.hpp"

#include <cmath>

namespace polis {
namespace {

/// Applies f(x, y) -> (x', y') to every point of a copy of `g`.
template <class F> Geometry mapPoints(const Geometry& g, F f)
{
    Geometry out = g;
    for (auto& part : out.parts) {
        for (auto& ring : part) {
            for (std::size_t i = 0; i + 1 < ring.size(); i += 2)
                f(ring[i], ring[i + 1]);
        }
    }
    return out;
}

} // namespace

Geometry translate(const Geometry& g, double dx, double dy)
{
    return mapPoints(g, [&](double& x, double& y) {
        x += dx;
        y += dy;
    });
}

Geometry rotate(const Geometry& g, double degrees, const MapPoint& anchor)
{
    const double a = degrees * M_PI / 180.0;
    const double c = std::cos(a);
    const double s = std::sin(a);
    return mapPoints(g, [&](double& x, double& y) {
        const double u = x - anchor.x;
        const double v = y - anchor.y;
        x = anchor.x + c * u - s * v;
        y = anchor.y + s * u + c * v;
    });
}

MapPoint rotationAnchor(const Geometry& g)
{
    GEOSContextHandle_t ctx = detail::geosContext();
    const detail::GeosGeometryPtr geos = detail::toGeos(g);
    if (GEOSisEmpty_r(ctx, geos.get()) == 1)
        throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "An empty geometry has no centre to rotate about."));
    const detail::GeosGeometryPtr centroid(GEOSGetCentroid_r(ctx, geos.get()));
    MapPoint p;
    if (!centroid || GEOSGeomGetX_r(ctx, centroid.get(), &p.x) != 1 ||
        GEOSGeomGetY_r(ctx, centroid.get(), &p.y) != 1)
        throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "The centre of the geometry cannot be computed: %1"), {detail::lastGeosError()});
    return p;
}

} // namespace polis

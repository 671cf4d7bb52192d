#include "geos_convert.hpp"

#include "../error.hpp"

#include <vector>

namespace polis::detail {
namespace {

GEOSCoordSequence* sequence(GEOSContextHandle_t ctx, const FeatureStore& store, std::uint32_t ring)
{
    const RingView view = store.ring(ring);
    return GEOSCoordSeq_copyFromBuffer_r(ctx, view.xy, view.count, 0, 0);
}

[[noreturn]] void fail(const FeatureStore& store, std::size_t feature)
{
    throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "Feature %1 has a geometry GEOS cannot build: %2"),
                        {std::to_string(store.fid(feature)), lastGeosError()});
}

GEOSGeometry* part(GEOSContextHandle_t ctx, const FeatureStore& store, std::size_t feature, std::uint32_t p)
{
    const std::uint32_t r0 = store.firstRing(p);
    const std::uint32_t r1 = store.endRing(p);
    switch (store.kind(feature)) {
    case GeometryKind::Point:
        return GEOSGeom_createPoint_r(ctx, sequence(ctx, store, r0));
    case GeometryKind::Line:
        return GEOSGeom_createLineString_r(ctx, sequence(ctx, store, r0));
    case GeometryKind::Polygon: {
        GEOSGeometry* shell = GEOSGeom_createLinearRing_r(ctx, sequence(ctx, store, r0));
        if (!shell)
            return nullptr;
        std::vector<GEOSGeometry*> holes;
        for (std::uint32_t r = r0 + 1; r < r1; ++r) {
            GEOSGeometry* hole = GEOSGeom_createLinearRing_r(ctx, sequence(ctx, store, r));
            if (!hole) {
                GEOSGeom_destroy_r(ctx, shell);
                for (GEOSGeometry* h : holes)
                    GEOSGeom_destroy_r(ctx, h);
                return nullptr;
            }
            holes.push_back(hole);
        }
        return GEOSGeom_createPolygon_r(ctx, shell, holes.data(), unsigned(holes.size()));
    }
    case GeometryKind::None:
        break;
    }
    return nullptr;
}

} // namespace

GeosGeometryPtr toGeos(const FeatureStore& store, std::size_t feature)
{
    GEOSContextHandle_t ctx = geosContext();
    const std::uint32_t p0 = store.firstPart(feature);
    const std::uint32_t p1 = store.endPart(feature);
    const GeometryKind kind = store.kind(feature);
    if (p0 == p1 || kind == GeometryKind::None)
        return GeosGeometryPtr(GEOSGeom_createEmptyCollection_r(ctx, GEOS_GEOMETRYCOLLECTION));
    if (p1 - p0 == 1) {
        GEOSGeometry* g = part(ctx, store, feature, p0);
        if (!g)
            fail(store, feature);
        return GeosGeometryPtr(g);
    }
    std::vector<GEOSGeometry*> parts;
    for (std::uint32_t p = p0; p < p1; ++p) {
        GEOSGeometry* g = part(ctx, store, feature, p);
        if (!g) {
            for (GEOSGeometry* q : parts)
                GEOSGeom_destroy_r(ctx, q);
            fail(store, feature);
        }
        parts.push_back(g);
    }
    const int type = kind == GeometryKind::Point  ? GEOS_MULTIPOINT
                     : kind == GeometryKind::Line ? GEOS_MULTILINESTRING
                                                  : GEOS_MULTIPOLYGON;
    return GeosGeometryPtr(GEOSGeom_createCollection_r(ctx, type, parts.data(), unsigned(parts.size())));
}

} // namespace polis::detail

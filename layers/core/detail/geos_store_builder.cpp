#include "geos_store_builder.hpp"

#include <vector>

namespace polis::detail {
namespace {

GeometryKind kindOfDimension(int dimension)
{
    switch (dimension) {
    case 0:
        return GeometryKind::Point;
    case 1:
        return GeometryKind::Line;
    case 2:
        return GeometryKind::Polygon;
    default:
        return GeometryKind::None;
    }
}

/// The highest dimension among the non-empty simple parts of `g`, -1 when it has none.
int maxDimension(GEOSContextHandle_t ctx, const GEOSGeometry* g)
{
    if (GEOSisEmpty_r(ctx, g) == 1)
        return -1;
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_GEOMETRYCOLLECTION) {
        int best = -1;
        for (int i = 0; i < GEOSGetNumGeometries_r(ctx, g); ++i)
            best = std::max(best, maxDimension(ctx, GEOSGetGeometryN_r(ctx, g, i)));
        return best;
    }
    return GEOSGeom_getDimensions_r(ctx, g);
}

} // namespace

void GeosStoreBuilder::begin(std::int64_t fid, const GEOSGeometry* g)
{
    GEOSContextHandle_t ctx = geosContext();
    const int dimension = g ? maxDimension(ctx, g) : -1;
    m_store.beginFeature(fid, kindOfDimension(dimension));
    if (dimension >= 0)
        appendPart(g, dimension);
}

void GeosStoreBuilder::appendRing(const GEOSGeometry* ring)
{
    GEOSContextHandle_t ctx = geosContext();
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, ring);
    unsigned int n = 0;
    GEOSCoordSeq_getSize_r(ctx, seq, &n);
    std::vector<double> xy(2 * std::size_t(n));
    GEOSCoordSeq_copyToBuffer_r(ctx, seq, xy.data(), 0, 0);
    m_store.beginRing();
    for (unsigned int i = 0; i < n; ++i)
        m_store.addPoint(xy[2 * i], xy[2 * i + 1]);
}

void GeosStoreBuilder::appendPart(const GEOSGeometry* g, int dimension)
{
    GEOSContextHandle_t ctx = geosContext();
    if (GEOSisEmpty_r(ctx, g) == 1)
        return;
    const int type = GEOSGeomTypeId_r(ctx, g);
    switch (type) {
    case GEOS_POINT:
    case GEOS_LINESTRING:
    case GEOS_LINEARRING:
        if (GEOSGeom_getDimensions_r(ctx, g) == dimension) {
            m_store.beginPart();
            appendRing(g);
        }
        return;
    case GEOS_POLYGON:
        if (dimension == 2) {
            m_store.beginPart();
            appendRing(GEOSGetExteriorRing_r(ctx, g));
            for (int i = 0; i < GEOSGetNumInteriorRings_r(ctx, g); ++i)
                appendRing(GEOSGetInteriorRingN_r(ctx, g, i));
        }
        return;
    default: // multi-geometries and collections
        for (int i = 0; i < GEOSGetNumGeometries_r(ctx, g); ++i)
            appendPart(GEOSGetGeometryN_r(ctx, g, i), dimension);
        return;
    }
}

void GeosStoreBuilder::copyAttributes(const FeatureStore& from, std::size_t feature, std::size_t first)
{
    for (std::size_t f = 0; f < from.fields().size(); ++f)
        m_store.setAttribute(first + f, from.attribute(feature, f));
}

} // namespace polis::detail

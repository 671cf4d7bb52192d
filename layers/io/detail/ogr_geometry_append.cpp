#include "ogr_geometry_append.hpp"

#include <ogr_geometry.h>

#include <memory>

namespace polis::detail {
namespace {

/// Appends one simple curve (line or ring) as a ring of the current part.
void appendCurve(FeatureStore& store, const OGRSimpleCurve& curve)
{
    store.beginRing();
    const int n = curve.getNumPoints();
    for (int i = 0; i < n; ++i)
        store.addPoint(curve.getX(i), curve.getY(i), curve.getZ(i), curve.getM(i));
}

void appendPart(FeatureStore& store, const OGRGeometry& g)
{
    switch (wkbFlatten(g.getGeometryType())) {
    case wkbPoint: {
        const auto& p = *g.toPoint();
        if (p.IsEmpty())
            return;
        store.beginPart();
        store.beginRing();
        store.addPoint(p.getX(), p.getY(), p.getZ(), p.getM());
        return;
    }
    case wkbLineString:
    case wkbLinearRing:
        store.beginPart();
        appendCurve(store, *g.toSimpleCurve());
        return;
    case wkbPolygon: {
        const auto& poly = *g.toPolygon();
        if (poly.IsEmpty())
            return;
        store.beginPart();
        for (const OGRLinearRing* ring : poly)
            appendCurve(store, *ring);
        return;
    }
    default:
        break;
    }
    if (const auto* collection = dynamic_cast<const OGRGeometryCollection*>(&g)) {
        for (const OGRGeometry* child : *collection)
            appendPart(store, *child);
        return;
    }
    if (const auto* surfaces = dynamic_cast<const OGRPolyhedralSurface*>(&g)) {
        for (const OGRPolygon* child : *surfaces)
            appendPart(store, *child);
    }
}

} // namespace

GeometryKind kindOf(OGRwkbGeometryType type)
{
    switch (wkbFlatten(OGR_GT_GetLinear(type))) {
    case wkbPoint:
    case wkbMultiPoint:
        return GeometryKind::Point;
    case wkbLineString:
    case wkbMultiLineString:
        return GeometryKind::Line;
    case wkbPolygon:
    case wkbMultiPolygon:
    case wkbPolyhedralSurface:
    case wkbTIN:
    case wkbTriangle:
        return GeometryKind::Polygon;
    default:
        return GeometryKind::None;
    }
}

void appendGeometry(FeatureStore& store, std::int64_t fid, const OGRGeometry* g, GeometryKind layerKind)
{
    if (!g) {
        store.beginFeature(fid, layerKind);
        return;
    }
    std::unique_ptr<OGRGeometry> linear;
    if (g->hasCurveGeometry()) {
        linear.reset(g->getLinearGeometry());
        g = linear.get();
    }
    GeometryKind kind = kindOf(g->getGeometryType());
    if (kind == GeometryKind::None) {
        // Geometry collection: take the kind of its first member.
        if (const auto* c = dynamic_cast<const OGRGeometryCollection*>(g); c && c->getNumGeometries() > 0)
            kind = kindOf(c->getGeometryRef(0)->getGeometryType());
    }
    store.beginFeature(fid, kind);
    appendPart(store, *g);
}

} // namespace polis::detail

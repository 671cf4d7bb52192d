#include "geometry_check.hpp"

#include "../../core/detail/geos_handles.hpp"

#include <ogr_geometry.h>

#include <cmath>

namespace polis::detail {
namespace {

/// Visits every vertex; false once a non-finite or out-of-range coordinate is seen.
class CoordinateCheck : public OGRDefaultConstGeometryVisitor
{
public:
    using OGRDefaultConstGeometryVisitor::visit;
    void visit(const OGRPoint* p) override
    {
        if (!p->IsEmpty())
            m_ok = m_ok && usable(p->getX()) && usable(p->getY()) && (!p->Is3D() || std::isfinite(p->getZ()));
    }
    bool ok() const { return m_ok; }

private:
    static bool usable(double v) { return std::isfinite(v) && std::abs(v) <= 1e15; }
    bool m_ok = true;
};

/// Owns a GEOS geometry made from `g`; empty when GEOS rejects it.
GeosGeometryPtr toGeos(const OGRGeometry& g)
{
    return GeosGeometryPtr(g.exportToGEOS(geosContext()));
}

/// Keeps the members of `g` with dimension `dimension` (collections from MakeValid mix polygons and lines).
std::unique_ptr<OGRGeometry> keepDimension(std::unique_ptr<OGRGeometry> g, int dimension)
{
    if (!g || g->IsEmpty())
        return nullptr;
    const auto* collection = dynamic_cast<const OGRGeometryCollection*>(g.get());
    if (wkbFlatten(g->getGeometryType()) != wkbGeometryCollection || !collection)
        return g->getDimension() == dimension ? std::move(g) : nullptr;
    auto kept = std::make_unique<OGRGeometryCollection>();
    for (const OGRGeometry* part : *collection) {
        if (part->getDimension() == dimension && !part->IsEmpty())
            kept->addGeometry(part);
    }
    if (kept->IsEmpty())
        return nullptr;
    const OGRwkbGeometryType multi = dimension == 2 ? wkbMultiPolygon : dimension == 1 ? wkbMultiLineString : wkbMultiPoint;
    return std::unique_ptr<OGRGeometry>(OGRGeometryFactory::forceTo(kept.release(), multi));
}

} // namespace

GeometryState classifyGeometry(const OGRGeometry* g, std::string* reason)
{
    if (!g)
        return GeometryState::Null;
    if (g->IsEmpty())
        return GeometryState::Empty;
    CoordinateCheck check;
    g->accept(&check);
    if (!check.ok())
        return GeometryState::BadCoordinates;
    GEOSContextHandle_t ctx = geosContext();
    const GeosGeometryPtr geos = toGeos(*g);
    if (!geos) {
        if (reason)
            *reason = lastGeosError();
        return GeometryState::Invalid;
    }
    if (GEOSisValid_r(ctx, geos.get()) == 1)
        return GeometryState::Valid;
    if (reason) {
        char* text = GEOSisValidReason_r(ctx, geos.get());
        *reason = text ? text : "";
        GEOSFree_r(ctx, text);
    }
    return GeometryState::Invalid;
}

std::unique_ptr<OGRGeometry> makeValid(const OGRGeometry& g)
{
    GEOSContextHandle_t ctx = geosContext();
    const GeosGeometryPtr geos = toGeos(g);
    if (!geos)
        return nullptr;
    const GeosGeometryPtr valid(GEOSMakeValid_r(ctx, geos.get()));
    if (!valid || GEOSisValid_r(ctx, valid.get()) != 1)
        return nullptr;
    std::unique_ptr<OGRGeometry> out(OGRGeometryFactory::createFromGEOS(ctx, valid.get()));
    if (out)
        out->assignSpatialReference(g.getSpatialReference());
    return keepDimension(std::move(out), g.getDimension());
}

} // namespace polis::detail

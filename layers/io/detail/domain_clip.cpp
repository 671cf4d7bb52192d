#include "domain_clip.hpp"

#include "../../core/detail/rect_clip.hpp"
#include "../../core/transform.hpp"

#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace polis::detail {
namespace {

Extent envelopeOf(const OGRGeometry& g)
{
    OGREnvelope e;
    g.getEnvelope(&e);
    return Extent::of(e.MinX, e.MinY, e.MaxX, e.MaxY);
}

/// `ring` clipped to `box` as a new ring; null when nothing is inside.
std::unique_ptr<OGRLinearRing> clippedRing(const OGRLinearRing& ring, const Extent& box)
{
    std::vector<double> xy(2 * std::size_t(ring.getNumPoints()));
    for (int i = 0; i < ring.getNumPoints(); ++i) {
        xy[2 * std::size_t(i)] = ring.getX(i);
        xy[2 * std::size_t(i) + 1] = ring.getY(i);
    }
    std::vector<double> out;
    clipRing(xy.data(), xy.size() / 2, box, out);
    if (out.empty())
        return nullptr;
    auto clipped = std::make_unique<OGRLinearRing>();
    clipped->setNumPoints(int(out.size() / 2), FALSE);
    for (std::size_t i = 0; i < out.size() / 2; ++i)
        clipped->setPoint(int(i), out[2 * i], out[2 * i + 1]);
    return clipped;
}

/// The polygons of `g` (a Polygon or MultiPolygon, linear) clipped ring by ring to `box`; null when empty.
std::unique_ptr<OGRGeometry> clippedPolygons(const OGRGeometry& g, const Extent& box)
{
    auto result = std::make_unique<OGRMultiPolygon>();
    auto add = [&](const OGRPolygon& polygon) {
        const OGRLinearRing* shell = polygon.getExteriorRing();
        std::unique_ptr<OGRLinearRing> outer = shell ? clippedRing(*shell, box) : nullptr;
        if (!outer)
            return;
        auto part = std::make_unique<OGRPolygon>();
        part->addRingDirectly(outer.release());
        for (int h = 0; h < polygon.getNumInteriorRings(); ++h) {
            if (std::unique_ptr<OGRLinearRing> hole = clippedRing(*polygon.getInteriorRing(h), box))
                part->addRingDirectly(hole.release());
        }
        result->addGeometryDirectly(part.release());
    };
    if (const auto* polygon = dynamic_cast<const OGRPolygon*>(&g)) {
        add(*polygon);
    } else {
        for (const OGRPolygon* part : *g.toMultiPolygon())
            add(*part);
    }
    if (result->IsEmpty())
        return nullptr;
    return result;
}

} // namespace

std::optional<Extent> projectionDomain(const Crs& source, const Crs& target, const Extent& extent)
{
    const Extent area = target.areaOfUse();
    if (area.isEmpty())
        return std::nullopt;
    const double dx = area.width() / 2, dy = area.height() / 2;
    const Extent grown = Extent::of(std::max(-180.0, area.xmin - dx), std::max(-90.0, area.ymin - dy),
                                    std::min(180.0, area.xmax + dx), std::min(90.0, area.ymax + dy));
    if (grown.xmin <= -180 && grown.xmax >= 180 && grown.ymin <= -85 && grown.ymax >= 85)
        return std::nullopt; // the world (Web Mercator's area stops at 85°)
    Extent box;
    try {
        box = Transform(Crs::fromEpsg(4326), source).apply(grown);
    } catch (const std::exception&) {
        return std::nullopt;
    }
    if (box.isEmpty() || !std::isfinite(box.width()) || !std::isfinite(box.height()))
        return std::nullopt;
    if (!extent.isEmpty() && within(extent, box))
        return std::nullopt;
    return box;
}

const OGRGeometry* clipToDomain(const OGRGeometry* g, const Extent& box, std::unique_ptr<OGRGeometry>& keep)
{
    if (!g || g->IsEmpty())
        return g;
    const Extent envelope = envelopeOf(*g);
    if (within(envelope, box))
        return g;
    if (!envelope.intersects(box))
        return nullptr;
    const OGRwkbGeometryType type = wkbFlatten(g->getGeometryType());
    if (type == wkbPolygon || type == wkbMultiPolygon) {
        keep = clippedPolygons(*g, box);
    } else if (type == wkbPoint) {
        return nullptr; // a point's envelope is itself: not inside means outside
    } else {
        OGRPolygon rect;
        auto* shell = new OGRLinearRing();
        shell->addPoint(box.xmin, box.ymin);
        shell->addPoint(box.xmax, box.ymin);
        shell->addPoint(box.xmax, box.ymax);
        shell->addPoint(box.xmin, box.ymax);
        shell->closeRings();
        rect.addRingDirectly(shell);
        std::unique_ptr<OGRGeometry> linear(g->hasCurveGeometry() ? g->getLinearGeometry() : g->clone());
        const OGRwkbGeometryType linearType = wkbFlatten(linear->getGeometryType());
        if (linearType == wkbPolygon || linearType == wkbMultiPolygon)
            keep = clippedPolygons(*linear, box); // curve polygons, linearised
        else
            keep.reset(linear->Intersection(&rect));
    }
    return keep && !keep->IsEmpty() ? keep.get() : nullptr;
}

} // namespace polis::detail

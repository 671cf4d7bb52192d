#include "overlay.hpp"

#include "../core/detail/geos_convert.hpp"
#include "../core/detail/geos_store_builder.hpp"
#include "../core/error.hpp"
#include "detail/feature_subset.hpp"
#include "detail/geos_union.hpp"

#include <algorithm>

namespace polis {
namespace {

using detail::geosContext;
using detail::GeosGeometryPtr;

/// The input's fields, then (for Intersection) the overlay's, renamed "<name>_2" on a clash.
std::vector<Field> resultFields(const FeatureStore& input, const FeatureStore& other, OverlayOp op)
{
    std::vector<Field> fields = input.fields();
    if (op != OverlayOp::Intersection)
        return fields;
    for (Field f : other.fields()) {
        if (input.fieldIndex(f.name) >= 0)
            f.name += "_2";
        fields.push_back(f);
    }
    return fields;
}

bool isEmpty(const GEOSGeometry* g)
{
    return GEOSisEmpty_r(geosContext(), g) != 0;
}

} // namespace

ProcessResult overlay(const FeatureStore& input, const FeatureStore& other, OverlayOp op)
{
    GEOSContextHandle_t ctx = geosContext();
    ProcessResult result;
    result.layer = std::make_shared<FeatureStore>(resultFields(input, other, op));
    detail::GeosStoreBuilder builder(*result.layer);
    std::int64_t pairFid = 0;
    for (std::size_t f = 0; f < input.size(); ++f) {
        const std::vector<std::uint32_t> near = other.index().query(input.bbox(f));
        if (near.empty() && op != OverlayOp::Difference)
            continue;
        GeosGeometryPtr g;
        try {
            g = detail::toGeos(input, f);
        } catch (const GeometryError&) {
            result.invalidFids.push_back(input.fid(f));
            continue;
        }
        if (op == OverlayOp::Intersection) {
            for (const std::uint32_t o : near) {
                std::vector<std::int64_t> bad;
                const GeosGeometryPtr piece = detail::unionOf(other, {o}, bad);
                const GeosGeometryPtr cut(piece ? GEOSIntersection_r(ctx, g.get(), piece.get()) : nullptr);
                if (!cut) {
                    result.invalidFids.push_back(input.fid(f));
                    result.invalidFids.insert(result.invalidFids.end(), bad.begin(), bad.end());
                    continue;
                }
                if (isEmpty(cut.get()))
                    continue;
                builder.begin(++pairFid, cut.get());
                builder.copyAttributes(input, f);
                builder.copyAttributes(other, o, input.fields().size());
                builder.endFeature();
            }
            continue;
        }
        const GeosGeometryPtr mask = detail::unionOf(other, {near.begin(), near.end()}, result.invalidFids);
        GeosGeometryPtr out;
        if (mask)
            out.reset(op == OverlayOp::Clip ? GEOSIntersection_r(ctx, g.get(), mask.get())
                                            : GEOSDifference_r(ctx, g.get(), mask.get()));
        if (!out) {
            result.invalidFids.push_back(input.fid(f));
            continue;
        }
        if (op == OverlayOp::Clip && isEmpty(out.get()))
            continue;
        builder.begin(input.fid(f), out.get());
        builder.copyAttributes(input, f);
        builder.endFeature();
    }
    detail::sortUnique(result.invalidFids);
    result.layer->finish();
    return result;
}

} // namespace polis

#include "geos_union.hpp"

#include "../../core/detail/geos_convert.hpp"
#include "../../core/error.hpp"

namespace polis::detail {

GeosGeometryPtr unionOf(const FeatureStore& store, const std::vector<std::size_t>& members,
                        std::vector<std::int64_t>& invalid)
{
    GEOSContextHandle_t ctx = geosContext();
    std::vector<GEOSGeometry*> parts;
    for (const std::size_t f : members) {
        try {
            parts.push_back(toGeos(store, f).release());
        } catch (const GeometryError&) {
            invalid.push_back(store.fid(f));
        }
    }
    // The collection takes ownership of the parts.
    const GeosGeometryPtr collection(
        GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, parts.data(), unsigned(parts.size())));
    GeosGeometryPtr merged(collection ? GEOSUnaryUnion_r(ctx, collection.get()) : nullptr);
    if (!merged && collection) {
        const GeosGeometryPtr repaired(GEOSMakeValid_r(ctx, collection.get()));
        merged.reset(repaired ? GEOSUnaryUnion_r(ctx, repaired.get()) : nullptr);
    }
    if (!merged) {
        for (const std::size_t f : members)
            invalid.push_back(store.fid(f));
    }
    return merged;
}

} // namespace polis::detail

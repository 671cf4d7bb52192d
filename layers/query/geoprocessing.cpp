#include "geoprocessing.hpp"

#include "../core/detail/geos_convert.hpp"
#include "../core/detail/geos_store_builder.hpp"
#include "../core/error.hpp"
#include "detail/feature_subset.hpp"
#include "detail/geos_union.hpp"
#include "detail/grouping.hpp"

#include <algorithm>

namespace polis {
namespace {

using detail::geosContext;
using detail::GeosGeometryPtr;

int geosCap(CapStyle cap)
{
    switch (cap) {
    case CapStyle::Flat:
        return GEOSBUF_CAP_FLAT;
    case CapStyle::Square:
        return GEOSBUF_CAP_SQUARE;
    case CapStyle::Round:
        break;
    }
    return GEOSBUF_CAP_ROUND;
}

} // namespace

ProcessResult buffer(const FeatureStore& source, const BufferOptions& options)
{
    GEOSContextHandle_t ctx = geosContext();
    ProcessResult result;
    result.layer = std::make_shared<FeatureStore>(source.fields());
    detail::GeosStoreBuilder builder(*result.layer);
    auto one = [&](std::size_t f) {
        try {
            const GeosGeometryPtr g = detail::toGeos(source, f);
            const GeosGeometryPtr buffered(
                GEOSBufferWithStyle_r(ctx, g.get(), options.distance, std::max(1, options.quadrantSegments),
                                      geosCap(options.cap), GEOSBUF_JOIN_ROUND, 5.0));
            if (!buffered) {
                result.invalidFids.push_back(source.fid(f));
                return;
            }
            builder.begin(source.fid(f), buffered.get());
            builder.copyAttributes(source, f);
            builder.endFeature();
        } catch (const GeometryError&) {
            result.invalidFids.push_back(source.fid(f));
        }
    };
    detail::forEachFeature(options.features, source.size(), one);
    result.layer->finish();
    return result;
}

ProcessResult dissolve(const FeatureStore& source, const std::string& field)
{
    const std::vector<detail::FeatureGroup> groups = detail::groupFeatures(source, field);
    ProcessResult result;
    result.layer = std::make_shared<FeatureStore>(std::vector<Field>{
        {field.empty() ? "group" : field, FieldType::String, 0}, {"count", FieldType::Integer, 0}});
    detail::GeosStoreBuilder builder(*result.layer);
    std::int64_t fid = 0;
    for (const detail::FeatureGroup& group : groups) {
        const GeosGeometryPtr merged = detail::unionOf(source, group.members, result.invalidFids);
        builder.begin(++fid, merged.get());
        result.layer->setAttribute(0, group.key);
        result.layer->setAttribute(1, std::int64_t(group.members.size()));
        builder.endFeature();
    }
    detail::sortUnique(result.invalidFids);
    result.layer->finish();
    return result;
}

} // namespace polis

#include "statistics.hpp"

#include "../core/error.hpp"
#include "detail/grouping.hpp"
#include "measure.hpp"

#include <cmath>
#include <limits>
#include <memory>

namespace polis {

std::vector<GroupStatistics> statistics(const FeatureStore& store, const StatisticsOptions& options)
{
    int valueColumn = -1;
    if (!options.valueField.empty()) {
        valueColumn = store.fieldIndex(options.valueField);
        const FieldType type =
            valueColumn >= 0 ? store.fields()[std::size_t(valueColumn)].type : FieldType::Other;
        if (type != FieldType::Integer && type != FieldType::Real)
            throw Error(QT_TRANSLATE_NOOP("polis::Error", "The field \"%1\" is not a numeric field of this layer"), {options.valueField});
    }
    std::unique_ptr<GeodesicMeasure> geodesic;
    if (options.geodesic)
        geodesic = std::make_unique<GeodesicMeasure>(options.crs);

    std::vector<GroupStatistics> out;
    for (const detail::FeatureGroup& group :
         detail::groupFeatures(store, options.groupField, options.features)) {
        GroupStatistics s;
        s.key = group.key;
        s.count = group.members.size();
        for (const std::size_t f : group.members) {
            if (valueColumn >= 0) {
                const AttributeValue v = store.attribute(f, std::size_t(valueColumn));
                if (const auto* i = std::get_if<std::int64_t>(&v)) {
                    s.sum += double(*i);
                    ++s.valueCount;
                } else if (const auto* d = std::get_if<double>(&v)) {
                    s.sum += *d;
                    ++s.valueCount;
                }
            }
            s.area += geodesic ? geodesic->area(store, f) : planarArea(store, f);
            s.length += geodesic ? geodesic->length(store, f) : planarLength(store, f);
        }
        s.mean = s.valueCount ? s.sum / double(s.valueCount) : std::numeric_limits<double>::quiet_NaN();
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace polis

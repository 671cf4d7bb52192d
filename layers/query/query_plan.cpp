#include "query_plan.hpp"

#include "../core/error.hpp"

#include <algorithm>

namespace polis {

std::vector<std::int64_t> QueryResult::fids() const
{
    std::vector<std::int64_t> out;
    out.reserve(indices.size());
    for (const std::size_t i : indices)
        out.push_back(store->fid(i));
    std::sort(out.begin(), out.end());
    return out;
}

void checkPlan(const QueryPlan& plan, const Crs& crs, const std::string& layer)
{
    if (plan.predicate == Predicate::DWithin && crs.isGeographic())
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "%1: dwithin needs a projected CRS in metres, but the layer is in %2"), {layer, crs.displayId()});
}

} // namespace polis

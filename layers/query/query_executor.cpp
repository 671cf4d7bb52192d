#include "query_executor.hpp"

#include "../core/error.hpp"
#include "../io/data_source.hpp"
#include "attribute_filter.hpp"

#include <algorithm>
#include <chrono>
#include <numeric>
#include <utility>

namespace polis {
namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/// The query geometries of `with`, in `crs`: the store given, or the dataset layer read into `crs`.
std::shared_ptr<const FeatureStore> queryStore(const QueryGeometries& with, const Crs& crs)
{
    if (with.store)
        return with.store;
    if (!with.dataset)
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "the query has a location predicate but nothing to relate to"));
    ReadOptions options;
    options.targetCrs = crs;
    return with.dataset->read(with.datasetLayer, options);
}

std::vector<std::size_t> everyFeature(std::size_t count)
{
    std::vector<std::size_t> all(count);
    std::iota(all.begin(), all.end(), std::size_t(0));
    return all;
}

LocationOptions locationOptions(const QueryPlan& plan)
{
    LocationOptions location;
    location.distance = plan.predicate == Predicate::DWithin ? plan.distance : 0.0;
    location.queryFeatures = plan.with.features;
    return location;
}

/// Fills result.groups when the plan asks for statistics of the matches.
void addStatistics(const QueryPlan& plan, QueryResult& result)
{
    if (!plan.statistics)
        return;
    StatisticsOptions options;
    options.valueField = plan.statistics->valueField;
    options.groupField = plan.statistics->groupField;
    options.geodesic = plan.statistics->geodesic;
    options.crs = result.crs;
    options.features = result.indices;
    result.groups = statistics(*result.store, options);
}

} // namespace

QueryExecutor::QueryExecutor(const DataSource& dataset, std::size_t layer)
    : m_dataset(&dataset), m_layer(layer), m_crs(dataset.layers().at(layer).crs)
{
}

QueryExecutor::QueryExecutor(std::shared_ptr<const FeatureStore> store, Crs crs)
    : m_store(std::move(store)), m_crs(std::move(crs))
{
}

std::string QueryExecutor::layerName(const QueryPlan& plan) const
{
    if (!plan.layerName.empty() || !m_dataset)
        return plan.layerName;
    return m_dataset->path() + ", layer " + m_dataset->layers()[m_layer].name;
}

void QueryExecutor::check(const QueryPlan& plan) const
{
    checkPlan(plan, m_crs, layerName(plan));
}

QueryResult QueryExecutor::run(const QueryPlan& plan, const std::function<bool(double)>& progress) const
{
    return m_dataset ? runOnDataset(plan) : runInMemory(plan, progress);
}

QueryResult QueryExecutor::runOnDataset(const QueryPlan& plan) const
{
    const Clock::time_point start = Clock::now();
    const LayerInfo& target = m_dataset->layers()[m_layer];
    check(plan);
    QueryResult result;
    result.crs = m_crs;
    ReadOptions options;
    options.where = plan.where; // parsed and evaluated by OGR on the features read, never by the driver
    std::shared_ptr<const FeatureStore> query;
    const LocationOptions location = locationOptions(plan);
    if (plan.predicate) {
        query = queryStore(plan.with, m_crs);
        if (target.fastSpatialFilter) { // read only the candidates, through the source's spatial index
            options.filters = candidateWindows(*query, location.distance, location.queryFeatures);
            if (options.filters.empty())
                options.filters.push_back(Extent{}); // no query geometry: nothing can match, read nothing
        }
    }
    result.store = m_dataset->read(m_layer, options);
    result.loadMs = msSince(start);

    const Clock::time_point queryStart = Clock::now();
    if (plan.predicate) {
        Selection found = selectByLocation(*result.store, *query, *plan.predicate, location);
        result.indices = std::move(found.indices);
        result.invalidFids = std::move(found.invalidFids);
    } else {
        result.indices = everyFeature(result.store->size()); // the driver applied the filter
    }
    addStatistics(plan, result);
    result.queryMs = msSince(queryStart);
    return result;
}

QueryResult QueryExecutor::runInMemory(const QueryPlan& plan,
                                       const std::function<bool(double)>& progress) const
{
    const Clock::time_point start = Clock::now();
    check(plan);
    auto going = [&progress](double fraction) { return !progress || progress(fraction); };
    QueryResult result;
    result.crs = m_crs;
    result.store = m_store;
    const std::shared_ptr<const FeatureStore> query = plan.predicate ? queryStore(plan.with, m_crs) : nullptr;
    result.loadMs = msSince(start);

    const Clock::time_point queryStart = Clock::now();
    auto cancel = [&result] {
        result.cancelled = true;
        result.indices.clear();
        result.groups.clear();
        return std::move(result);
    };
    if (plan.predicate) {
        Selection found = selectByLocation(*m_store, *query, *plan.predicate, locationOptions(plan));
        result.indices = std::move(found.indices);
        result.invalidFids = std::move(found.invalidFids);
        if (!going(0.5))
            return cancel();
    } else {
        result.indices = everyFeature(m_store->size());
    }
    if (!plan.where.empty()) {
        const std::vector<std::uint32_t> matching =
            filterFeatures(*m_store, plan.where, layerName(plan), [&going] { return !going(0.5); });
        if (!going(0.9))
            return cancel(); // as after the location step: a cancelled query yields nothing
        result.indices.erase(std::remove_if(result.indices.begin(), result.indices.end(),
                                            [&](std::size_t i) {
                                                return !std::binary_search(matching.begin(), matching.end(),
                                                                           std::uint32_t(i));
                                            }),
                             result.indices.end());
    }
    addStatistics(plan, result);
    result.queryMs = msSince(queryStart);
    return result;
}

} // namespace polis

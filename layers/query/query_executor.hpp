#pragma once
#include "../core/crs.hpp"
#include "../core/feature_store.hpp"
#include "query_plan.hpp"

#include <cstddef>
#include <functional>
#include <memory>

namespace polis {

class DataSource;

/// Runs a QueryPlan where the searched features live. Two sources, one set of rules (checkPlan first,
/// then attribute filter, location predicate, statistics):
/// - a dataset layer (the command line; large layers that stay on disk): the attribute filter is pushed
///   down as GDAL's attribute filter (SQL WHERE for GeoPackage and PostGIS), and when the source has a
///   spatial index only the candidate windows around the query geometries are read (ReadOptions::filters);
/// - a FeatureStore in memory (the GUI's layers and scenarios): filtered with GDAL's expression engine
///   (filterFeatures) and related through the store's spatial index (selectByLocation).
/// Both give the same matches for the same data.
///
/// An executor only reads its source; run() works on the calling thread. The in-memory executor may run on
/// any thread (the store is immutable); the dataset executor belongs to the DataSource's thread.
class QueryExecutor
{
public:
    /// Searched features: layer `layer` of `dataset` (not owned; it must outlive the executor).
    QueryExecutor(const DataSource& dataset, std::size_t layer);
    /// Searched features: `store` (finished), in `crs` (the map CRS for the GUI's layers).
    QueryExecutor(std::shared_ptr<const FeatureStore> store, Crs crs);

    /// The CRS of the searched features, in which the plan's distance and query geometries are given.
    const Crs& crs() const { return m_crs; }

    /// Applies checkPlan (the geographic-CRS rule) to `plan` for this source, naming the layer as run() does,
    /// without reading anything: to refuse a plan before opening what it relates to. Throws polis::Error.
    void check(const QueryPlan& plan) const;

    /// Runs `plan`. `progress` (optional) is told the fraction done (0..1) now and then and may return false
    /// to stop: the result is then marked cancelled and holds no matches. Throws polis::Error naming the
    /// layer (checkPlan; a bad filter expression with GDAL's message; a missing statistics field), IoError
    /// when reading fails. Bad geometries do not throw: they are listed in QueryResult::invalidFids.
    QueryResult run(const QueryPlan& plan, const std::function<bool(double)>& progress = {}) const;

private:
    std::string layerName(const QueryPlan& plan) const;
    QueryResult runOnDataset(const QueryPlan& plan) const;
    QueryResult runInMemory(const QueryPlan& plan, const std::function<bool(double)>& progress) const;

    const DataSource* m_dataset = nullptr;
    std::size_t m_layer = 0;
    std::shared_ptr<const FeatureStore> m_store;
    Crs m_crs;
};

} // namespace polis

#pragma once
#include "../core/crs.hpp"
#include "../core/feature_store.hpp"
#include "select_by_location.hpp"
#include "statistics.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace polis {

class DataSource;

/// The features a location predicate relates to: another layer's features, read from a dataset or held in
/// memory (a map layer, a scenario's layer), or any set of geometries put into a FeatureStore (a sketch).
/// Set `store`, or `dataset` (then `store` stays null). Either way the geometries must be, or are read, in
/// the searched layer's CRS.
struct QueryGeometries
{
    /// Geometries in memory, finished, in the searched layer's CRS. Shared, never modified.
    std::shared_ptr<const FeatureStore> store;
    /// Only these features of `store` (e.g. the map selection); nullopt = all of them.
    std::optional<std::vector<std::size_t>> features;
    /// Or layer `datasetLayer` of this dataset (not owned: it must outlive the query; not thread-safe, so
    /// it belongs to the thread that runs the query), read in the searched layer's CRS.
    const DataSource* dataset = nullptr;
    std::size_t datasetLayer = 0;
};

/// Statistics of the features a query found (see statistics()).
struct StatisticsRequest
{
    std::string valueField; ///< numeric field to sum and average; empty = none
    std::string groupField; ///< field whose values form the groups; empty = one group
    bool geodesic = false;  ///< area and length on the ellipsoid (m², m) instead of planar CRS units
};

/// One query, said once for the command line and the GUI alike: which features of the searched layer
/// match an attribute filter and, optionally, a spatial relation to other geometries, and their statistics.
/// A value type; where the searched features come from is the QueryExecutor's business.
struct QueryPlan
{
    /// The searched layer as messages name it (the GUI's layer name; the executor of a dataset names the
    /// file and layer itself when this is empty).
    std::string layerName;
    /// Attribute filter on the searched layer in OGR SQL (`kind = 'school' AND floors > 2`); empty = all.
    std::string where;
    /// The spatial relation a match must have with some feature of `with`; nullopt = attribute filter only.
    std::optional<Predicate> predicate;
    /// What the predicate relates to; unused without a predicate.
    QueryGeometries with;
    /// For Predicate::DWithin: the distance in the searched layer's CRS units (metres in the Greek Grid;
    /// a geographic CRS is refused, see checkPlan). Ignored for the other predicates.
    double distance = 0;
    /// Statistics of the matches; nullopt = none.
    std::optional<StatisticsRequest> statistics;
};

/// What a query found.
struct QueryResult
{
    /// The searched features that were looked at: the in-memory store itself, or what the dataset executor
    /// read (only the candidates near the query geometries when the source has a spatial index). In `crs`.
    std::shared_ptr<const FeatureStore> store;
    Crs crs;
    /// The matches: indices into `store`, ascending, each once.
    std::vector<std::size_t> indices;
    /// Fids of features GEOS could not build or evaluate, from either side, ascending (never matched).
    std::vector<std::int64_t> invalidFids;
    /// Per group, in order of first appearance; empty unless the plan asked for statistics.
    std::vector<GroupStatistics> groups;
    double loadMs = 0;      ///< reading (dataset) the searched and query layers, building their indices
    double queryMs = 0;     ///< filtering, relating and statistics
    bool cancelled = false; ///< the progress callback asked to stop: indices and groups are empty

    /// The fids of the matches, ascending (candidate reads come in window order, not fid order).
    std::vector<std::int64_t> fids() const;
};

/// The one rule every executor applies before reading anything: a DWithin distance is in the searched
/// layer's CRS units, so a geographic CRS (degrees) is refused. Throws polis::Error whose message names
/// `layer` and the CRS; does nothing for other plans. Any thread.
void checkPlan(const QueryPlan& plan, const Crs& crs, const std::string& layer);

} // namespace polis

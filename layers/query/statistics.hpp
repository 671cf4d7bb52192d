#pragma once
#include "../core/crs.hpp"
#include "../core/feature_store.hpp"

#include <optional>
#include <string>
#include <vector>

namespace polis {

/// Options of statistics().
struct StatisticsOptions
{
    /// Numeric field to sum and average; empty = none. Null values are skipped (not counted as 0).
    std::string valueField;
    /// Field whose distinct values form the groups; empty = one group of everything.
    std::string groupField;
    /// Only these features (e.g. a query result); nullopt = all.
    std::optional<std::vector<std::size_t>> features;
    /// Measure area and length on the ellipsoid of `crs` (GeodesicMeasure) instead of planar in the CRS.
    bool geodesic = false;
    /// The store's CRS; needed when geodesic is true.
    Crs crs;
};

/// The statistics of one group.
struct GroupStatistics
{
    std::string key;            ///< group value as text ("" for null and for the single all-group)
    std::size_t count = 0;      ///< features in the group
    std::size_t valueCount = 0; ///< non-null values of the value field
    double sum = 0;             ///< sum of the value field
    double mean = 0;            ///< sum / valueCount; NaN when valueCount is 0
    double area = 0;            ///< total area of polygons: m² (geodesic) or CRS units² (planar)
    double length = 0;          ///< total length of lines: metres (geodesic) or CRS units (planar)
};

/// Count, sum and mean of a numeric field, and total area and length, per group, in order of the groups'
/// first appearance. Throws polis::Error naming the field when a field is missing or the value field is not
/// numeric, CrsError when geodesic measures need a CRS it lacks. Runs on the calling thread.
std::vector<GroupStatistics> statistics(const FeatureStore& store, const StatisticsOptions& options);

} // namespace polis

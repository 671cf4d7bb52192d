#pragma once
#include "../core/feature_store.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace polis {

/// The spatial relation a feature of the searched layer must have with some feature of the query layer.
/// Named from the searched feature's side: Within = "the searched feature lies within the query feature".
enum class Predicate : std::uint8_t { Intersects, Within, Contains, Touches, Crosses, DWithin };

/// "intersects", "within", ... (the command-line spelling).
const char* predicateName(Predicate predicate);
/// The predicate spelled `name` (as predicateName gives it), or nullopt.
std::optional<Predicate> parsePredicate(const std::string& name);
/// Every predicate's name in enum order ("intersects", "within", ..., "dwithin"): the one list behind the
/// command line's usage messages and the GUI's choice of relations.
std::vector<std::string> predicateNames();

/// What selectByLocation() found.
struct Selection
{
    /// Indices into the searched FeatureStore, ascending, each once. Use FeatureStore::fid() for the fids.
    std::vector<std::size_t> indices;
    /// Fids of features GEOS could not build or evaluate (e.g. a polygon ring of two points), from either
    /// layer, ascending, each once. Such features are never selected.
    std::vector<std::int64_t> invalidFids;
};

/// Options of selectByLocation().
struct LocationOptions
{
    /// For DWithin: the distance in units of the stores' CRS (metres in the Greek Grid). Exact distance
    /// between the geometries (PostGIS ST_DWithin semantics: distance <= this), not a buffer.
    double distance = 0;
    /// Only these features of the query store (e.g. the current selection); nullopt = all of them.
    std::optional<std::vector<std::size_t>> queryFeatures;
};

/// Features of `searched` that have `predicate` with at least one feature of `query`. Both stores must be
/// finished and in the same CRS. Candidates come from searched's spatial index: a query line is split
/// into segments and each segment's envelope (grown by the distance) is looked up, so a 10 km route never
/// turns into one envelope covering the city; each query feature is prepared once (GEOSPrepare) and tested
/// against its candidates. Runs on the calling thread with its own GEOS context; the stores are only read,
/// so any number of threads may query the same stores at once. Never throws for bad geometries: they are
/// reported in Selection::invalidFids.
Selection selectByLocation(const FeatureStore& searched, const FeatureStore& query, Predicate predicate,
                           const LocationOptions& options = {});

/// The envelopes through which selectByLocation() looks up candidates for `feature` of `query`, grown by
/// `distance`: one per segment of lines and points' parts, one per part of polygons (whose interior counts).
/// Useful to read only the candidates of a layer from disk (see DataSource's ReadOptions::filter).
std::vector<Extent> candidateEnvelopes(const FeatureStore& query, std::size_t feature, double distance);

/// Rectangles covering every candidate envelope of every feature of `query` (only those in `features` when
/// given), grown by `distance`, consecutive envelopes merged while the merged rectangle stays within 1.5 times
/// the summed areas of its envelopes: a few thin boxes along a route instead of the one box that covers it.
/// For ReadOptions::filters.
std::vector<Extent> candidateWindows(const FeatureStore& query, double distance,
                                     const std::optional<std::vector<std::size_t>>& features = std::nullopt);

} // namespace polis

#pragma once
#include "../core/feature_store.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace polis {

/// How buffer ends are drawn around line ends (GEOS end-cap styles).
enum class CapStyle : std::uint8_t { Round, Flat, Square };

/// Options of buffer().
struct BufferOptions
{
    /// Buffer distance in CRS units (metres in the Greek Grid); negative shrinks polygons.
    double distance = 0;
    CapStyle cap = CapStyle::Round;
    /// Segments per quarter circle for round caps and joins.
    int quadrantSegments = 8;
    /// Only these features (indices of the source store); nullopt = all.
    std::optional<std::vector<std::size_t>> features;
};

/// Features GEOS could not build or process, by fid (ascending); they are left out of the result layer.
using InvalidFids = std::vector<std::int64_t>;

/// A new result layer and the features that could not be processed.
struct ProcessResult
{
    std::shared_ptr<FeatureStore> layer; ///< finished; same CRS as the input
    InvalidFids invalidFids;
};

/// Buffers every (selected) feature (GEOSBufferWithStyle): one polygon feature per input feature, with
/// its fid and attributes. Same CRS as `source`. Runs on the calling thread; `source` is only read.
ProcessResult buffer(const FeatureStore& source, const BufferOptions& options);

/// Unions the features of `source` per distinct value of field `field` (GEOSUnaryUnion per group), or all
/// into one when `field` is empty. The result has one feature per group (fids 1..n in order of the groups'
/// first appearance) and two fields: the group value as text (named after `field`, or "group") and
/// "count" (members). Throws polis::Error naming the fields when `field` does not exist.
ProcessResult dissolve(const FeatureStore& source, const std::string& field = {});

} // namespace polis

#pragma once
#include "../../core/detail/geos_handles.hpp"
#include "../../core/feature_store.hpp"

#include <cstdint>
#include <vector>

namespace polis::detail {

/// Unions features `members` of `store` (GEOSUnaryUnion, this thread's GEOS context); features GEOS cannot
/// build are skipped and their fids appended to `invalid`. When GEOS fails on invalid input (a
/// self-intersecting ring) the union is retried on GEOSMakeValid's repair; returns null, and appends every
/// member's fid, when that fails too.
GeosGeometryPtr unionOf(const FeatureStore& store, const std::vector<std::size_t>& members,
                        std::vector<std::int64_t>& invalid);

} // namespace polis::detail

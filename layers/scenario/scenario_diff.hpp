#pragma once
#include "change_set.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace polis {

/// How one layer differs from scenario A to scenario B. Fids ascending; negative fids are features a
/// scenario added (unique over a project's scenarios, see nextAddedFid(): the same negative fid in A and B
/// is the same feature, B having been duplicated from A).
struct LayerDiff
{
    std::string layer;
    std::vector<std::int64_t> added;    ///< in B, not in A
    std::vector<std::int64_t> removed;  ///< in A, not in B
    std::vector<std::int64_t> modified; ///< in both, with a different geometry or attributes
};

/// The layers that differ from A to B, by layer name; layers without differences are left out.
/// The baseline is the empty ChangeSet.
std::vector<LayerDiff> diffChanges(const ChangeSet& a, const ChangeSet& b);

} // namespace polis

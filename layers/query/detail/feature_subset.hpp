#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace polis::detail {

/// Calls visit(i) for each index of `subset`, or for 0..count-1 when there is none.
template <class Visit>
void forEachFeature(const std::optional<std::vector<std::size_t>>& subset, std::size_t count, Visit&& visit)
{
    if (subset) {
        for (const std::size_t i : *subset)
            visit(i);
    } else {
        for (std::size_t i = 0; i < count; ++i)
            visit(i);
    }
}

/// Sorts `fids` ascending and drops repeats (the form every result's invalid-fid list has).
inline void sortUnique(std::vector<std::int64_t>& fids)
{
    std::sort(fids.begin(), fids.end());
    fids.erase(std::unique(fids.begin(), fids.end()), fids.end());
}

} // namespace polis::detail

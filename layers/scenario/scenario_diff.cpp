#include "scenario_diff.hpp"

#include <set>

namespace polis {
namespace {

/// Whether the feature exists in a scenario whose change of it is `change` (nullptr = unchanged).
bool exists(std::int64_t fid, const FeatureChange* change)
{
    if (!change)
        return fid >= 0; // an unchanged baseline feature; a negative fid exists only when added
    return change->op != FeatureChange::Op::Remove;
}

} // namespace

std::vector<LayerDiff> diffChanges(const ChangeSet& a, const ChangeSet& b)
{
    std::set<std::string> names;
    for (const ChangeSet* set : {&a, &b})
        for (const auto& [name, changes] : set->layers())
            names.insert(name);
    std::vector<LayerDiff> diffs;
    for (const std::string& name : names) {
        std::set<std::int64_t> fids;
        for (const ChangeSet* set : {&a, &b})
            if (const ChangeSet::LayerChanges* changes = set->layer(name))
                for (const auto& [fid, change] : *changes)
                    fids.insert(fid);
        LayerDiff diff{name, {}, {}, {}};
        for (const std::int64_t fid : fids) {
            const FeatureChange* ca = a.find(name, fid);
            const FeatureChange* cb = b.find(name, fid);
            const bool inA = exists(fid, ca);
            const bool inB = exists(fid, cb);
            if (inB && !inA)
                diff.added.push_back(fid);
            else if (inA && !inB)
                diff.removed.push_back(fid);
            else if (inA && (!ca || !cb || !(*ca == *cb)))
                diff.modified.push_back(fid);
        }
        if (!diff.added.empty() || !diff.removed.empty() || !diff.modified.empty())
            diffs.push_back(std::move(diff));
    }
    return diffs;
}

} // namespace polis

#pragma once
#include "map_content.hpp"
#include "diff_overlay.hpp"

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace polis {

/// What views showing another scenario than the document's active one draw: per scenario, the layers with
/// its change set applied, and per pair of scenarios the difference overlay. The feature stores are built
/// once (applyChanges shares untouched layers' stores) and kept until the baseline's stores or the change
/// sets change; the styles, visibility and opacity are always taken from the `baseline` passed in.
///
/// Thread-safe: build() does the expensive work (copying a changed layer's store, the difference overlay)
/// on the calling thread — a worker — without holding the lock, so the GUI thread's cached() never waits.
class ScenarioSnapshots
{
public:
    /// Colours of the difference view (also in its legend), unlike the sample planning layer's categories.
    static constexpr const char* addedColor = "#00c853";
    static constexpr const char* removedColor = "#d50000";
    static constexpr const char* modifiedColor = "#ff8f00";

    /// `baseline` (the document's content with the baseline's stores) shown as scenario `b`, or when `a` is
    /// not empty, `b` drawn faded with what it adds, removes and modifies relative to `a` on top (three
    /// layers, "added", "removed", "modified", in the colours above); null when build() has not made its
    /// stores yet. Cheap. Throws polis::Error naming an unknown scenario.
    std::shared_ptr<const MapContent> cached(const MapContent& baseline, const std::string& b, const std::string& a = {});
    /// Makes what cached() needs for (`baseline`, `b`, `a`). Slow on large layers: call it on a worker.
    /// Throws polis::Error naming an unknown scenario.
    void build(const MapContent& baseline, const std::string& b, const std::string& a = {});

private:
    using Stores = std::vector<std::shared_ptr<const FeatureStore>>;
    struct Applied
    {
        Stores baseline; ///< the stores the entry was built from
        ChangeSet changes;
        Stores stores;
    };
    struct Difference
    {
        Stores baseline;
        ChangeSet a, b;
        DiffOverlay overlay;
    };
    const Applied* applied(const MapContent& baseline, const std::string& name) const;
    const Difference* difference(const MapContent& baseline, const std::string& a, const std::string& b) const;
    void forgetRemoved(const std::vector<Scenario>& scenarios);

    mutable std::mutex m_mutex;
    std::map<std::string, Applied> m_applied;
    std::map<std::pair<std::string, std::string>, Difference> m_differences;
};

} // namespace polis

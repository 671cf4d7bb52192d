#pragma once
#include "map_content.hpp"
#include "diff_overlay.hpp"

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace polis {

/// What views showing another scenario than the document's active one draw: per scenario, the layers with
/// its change set applied, and per pair of scenarios the difference overlay. The feature stores are built
/// once (applyChanges shares untouched layers' stores) and kept until the baseline's stores or the change
/// sets change; the styles, visibility and opacity are always taken from the document's current content.
/// Owned by the Document; its owner thread only.
class ScenarioSnapshots
{
public:
    /// Colours of the difference view (also in its legend), unlike the sample planning layer's categories.
    static constexpr const char* addedColor = "#00c853";
    static constexpr const char* removedColor = "#d50000";
    static constexpr const char* modifiedColor = "#ff8f00";

    /// `baseline` (the document's content with the baseline's stores) shown as scenario `name`. Throws
    /// polis::Error naming an unknown scenario.
    std::shared_ptr<const MapContent> scenario(const MapContent& baseline, const std::string& name);
    /// Scenario `b` drawn faded with what it adds, removes and modifies relative to `a` on top (three
    /// layers, "added", "removed", "modified", in the colours above). Throws polis::Error as scenario().
    std::shared_ptr<const MapContent> difference(const MapContent& baseline, const std::string& a, const std::string& b);

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
    const Stores& stores(const MapContent& baseline, const std::string& name);
    MapContent shownAs(const MapContent& baseline, const std::string& name);
    void forgetRemoved(const std::vector<Scenario>& scenarios);

    std::map<std::string, Applied> m_applied;
    std::map<std::pair<std::string, std::string>, Difference> m_differences;
};

} // namespace polis

#pragma once
#include "../map/map_content.hpp"
#include "../map/print_layout.hpp"

#include <optional>
#include <string>
#include <vector>

namespace polis {

/// A table printed on a page of its own (the council pack's closing page).
struct SummaryTable
{
    std::string heading;                        ///< UTF-8
    std::vector<std::string> columns;           ///< header row
    std::vector<std::vector<std::string>> rows; ///< each as many cells as columns
};

/// One page of an export: the map of one scenario, or (when `table` is set) a table page.
struct LayoutPage
{
    std::string scenario;         ///< map pages: the scenario shown, e.g. "baseline"
    std::vector<MapLayer> layers; ///< map pages: what the map frame draws (snapshots), bottom to top
    std::optional<SummaryTable> table;
};

/// Everything an export prints: the layout, the map's CRS and extent (the same on every map page, so the
/// pages compare) and the pages in order.
struct LayoutDocument
{
    PrintLayout layout;
    std::string title; ///< the layout's title, else the project's
    Crs crs;
    Extent extent;     ///< what the map frame shows (map CRS): the layout's extent, else the project's
    Extent fullExtent; ///< the project's whole extent, for the overview inset
    std::vector<LayoutPage> pages;

    /// The scenarios `map` can be printed in: "baseline", then the project's scenarios.
    static std::vector<std::string> scenarioNames(const MapContent& map);

    /// A document with one map page per name in `scenarios` (in that order) and, when `summaryPage`, a
    /// closing page comparing the scenarios: the layers with their feature counts per scenario, then the
    /// project's indicators per scenario.
    /// Throws polis::Error naming the scenario and listing the available ones when a name is unknown.
    static LayoutDocument build(const MapContent& map, const PrintLayout& layout,
                                const std::vector<std::string>& scenarios, bool summaryPage);
};

} // namespace polis

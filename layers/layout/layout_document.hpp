#pragma once
#include "../map/indicator_values.hpp"
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
    IndicatorTable indicators;                  ///< charted under the table, one chart per indicator
};

/// One page of an export: the map of one scenario, or (when `table` is set) a table page.
struct LayoutPage
{
    /// Map pages: the scenario shown, e.g. "baseline": the one source of the page's title, legend and map.
    std::string scenario;
    std::vector<MapLayer> layers; ///< map pages: the scenario's layers (snapshots), bottom to top
    Extent extent;                ///< map pages: what the frame must show (map CRS), see pageExtent()
    std::optional<SummaryTable> table;
};

/// Everything an export prints: the layout, the map's CRS and the pages in order.
struct LayoutDocument
{
    PrintLayout layout;
    std::string title; ///< the layout's title, else the project's
    Crs crs;
    Color background{0xff, 0xff, 0xff}; ///< the map's background (MapContent::background)
    Extent fullExtent; ///< the project's whole extent, for the overview inset
    std::vector<LayoutPage> pages;

    /// The scenarios `map` can be printed in: "baseline", then the project's scenarios.
    static std::vector<std::string> scenarioNames(const MapContent& map);

    /// A document with one map page per name in `scenarios` (in that order), each with the scenario's layers
    /// and extent (the layout's extent mode, pageExtent()), and, when `summaryPage`, a closing page comparing
    /// the scenarios: the layers with their feature counts per scenario, then the project's indicators per
    /// scenario. `map`'s layers must show the baseline (a window's document: Document::baselineContent()).
    /// Throws polis::Error naming the scenario and listing the available ones when a name is unknown, or
    /// naming the layer when the layout frames a layer the map lacks.
    static LayoutDocument build(const MapContent& map, const PrintLayout& layout,
                                const std::vector<std::string>& scenarios, bool summaryPage);
};

} // namespace polis

#include "layout_document.hpp"

#include "../core/error.hpp"
#include "../map/scenario_layers.hpp"
#include "detail/page_painter.hpp"
#include "page_extent.hpp"
#include "scenario_colours.hpp"

#include <algorithm>

namespace polis {
namespace {

std::string kindName(const MapLayer& layer)
{
    if (layer.raster)
        return polis::LayoutText::tr("raster").toStdString();
    if (!layer.features || layer.features->size() == 0)
        return polis::LayoutText::tr("vector").toStdString();
    switch (layer.features->kind(0)) {
    case GeometryKind::Point:
        return polis::LayoutText::tr("points").toStdString();
    case GeometryKind::Line:
        return polis::LayoutText::tr("lines").toStdString();
    case GeometryKind::Polygon:
        return polis::LayoutText::tr("polygons").toStdString();
    case GeometryKind::None:
        break;
    }
    return polis::LayoutText::tr("vector").toStdString();
}

/// The closing page: one row per layer, its kind and its feature count in each scenario, then one row
/// per indicator with its value in each scenario.
SummaryTable summarize(const MapContent& map, const std::vector<LayoutPage>& maps)
{
    SummaryTable table;
    table.heading = LayoutText::tr("Summary: feature counts and indicators per scenario").toStdString();
    table.columns = {LayoutText::tr("Layer").toStdString(), LayoutText::tr("Type").toStdString()};
    for (const LayoutPage& page : maps)
        table.columns.push_back(detail::scenarioTitle(page.scenario).toStdString());
    if (maps.empty())
        return table;
    for (std::size_t i = 0; i < maps.front().layers.size(); ++i) {
        const MapLayer& layer = maps.front().layers[i];
        std::vector<std::string> row{layer.name, kindName(layer)};
        for (const LayoutPage& page : maps) {
            const MapLayer& version = page.layers[i];
            row.push_back(version.features ? localeNumber(double(version.features->size())).toStdString() : std::string("–"));
        }
        table.rows.push_back(std::move(row));
    }
    table.indicators = computeIndicators(map);
    const IndicatorTable& indicators = table.indicators;
    for (std::size_t i = 0; i < indicators.indicators.size(); ++i) {
        std::vector<std::string> row{indicators.indicators[i], LayoutText::tr("indicator").toStdString()};
        for (const LayoutPage& page : maps) {
            const auto s = std::find(indicators.scenarios.begin(), indicators.scenarios.end(), page.scenario);
            row.push_back(localeNumber(indicators.values[i][std::size_t(s - indicators.scenarios.begin())]).toStdString());
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace

std::vector<std::string> LayoutDocument::scenarioNames(const MapContent& map)
{
    return polis::scenarioNames(map.scenarios);
}

LayoutDocument LayoutDocument::build(const MapContent& map, const PrintLayout& layout,
                                     const std::vector<std::string>& scenarios, bool summaryPage)
{
    LayoutDocument doc;
    doc.layout = layout;
    doc.title = layout.title.empty() ? map.title : layout.title;
    doc.crs = map.crs;
    doc.background = map.background;
    doc.fullExtent = map.extent;
    for (const std::string& name : scenarios) {
        LayoutPage page{name, scenarioLayers(map, name), {}, std::nullopt};
        page.extent = pageExtent(map, layout, page.layers, name);
        doc.pages.push_back(std::move(page));
    }
    if (summaryPage)
        doc.pages.push_back({{}, {}, {}, summarize(map, doc.pages)});
    return doc;
}

} // namespace polis

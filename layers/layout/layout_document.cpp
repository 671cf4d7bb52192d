#include "layout_document.hpp"

#include "../core/error.hpp"
#include "detail/page_painter.hpp"

#include <algorithm>

namespace polis {
namespace {

constexpr const char* kBaseline = "baseline";

std::string kindName(const MapLayer& layer)
{
    if (layer.raster)
        return layoutTr("raster").toStdString();
    if (!layer.features || layer.features->size() == 0)
        return layoutTr("vector").toStdString();
    switch (layer.features->kind(0)) {
    case GeometryKind::Point:
        return layoutTr("points").toStdString();
    case GeometryKind::Line:
        return layoutTr("lines").toStdString();
    case GeometryKind::Polygon:
        return layoutTr("polygons").toStdString();
    case GeometryKind::None:
        break;
    }
    return layoutTr("vector").toStdString();
}

/// The closing page: one row per layer, its kind and its feature count in each scenario.
SummaryTable summarize(const std::vector<LayoutPage>& maps)
{
    SummaryTable table;
    table.heading = layoutTr("Summary: layers and feature counts per scenario").toStdString();
    table.columns = {layoutTr("Layer").toStdString(), layoutTr("Type").toStdString()};
    for (const LayoutPage& page : maps)
        table.columns.push_back(page.scenario);
    if (maps.empty())
        return table;
    for (std::size_t i = 0; i < maps.front().layers.size(); ++i) {
        const MapLayer& layer = maps.front().layers[i];
        std::vector<std::string> row{layer.name, kindName(layer)};
        for (const LayoutPage& page : maps) {
            const MapLayer& version = page.layers[i];
            row.push_back(version.features ? std::to_string(version.features->size()) : std::string("–"));
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace

std::vector<std::string> LayoutDocument::scenarioNames(const MapContent& /*map*/)
{
    return {kBaseline};
}

LayoutDocument LayoutDocument::build(const MapContent& map, const PrintLayout& layout,
                                     const std::vector<std::string>& scenarios, bool summaryPage)
{
    const std::vector<std::string> available = scenarioNames(map);
    LayoutDocument doc;
    doc.layout = layout;
    doc.title = layout.title.empty() ? map.title : layout.title;
    doc.crs = map.crs;
    doc.fullExtent = map.extent;
    doc.extent = layout.extent.isEmpty() ? map.extent : layout.extent;
    for (const std::string& name : scenarios) {
        if (std::find(available.begin(), available.end(), name) == available.end()) {
            QString list;
            for (const std::string& a : available)
                list += (list.isEmpty() ? "" : ", ") + QString::fromStdString(a);
            throw Error(layoutTr("the project has no scenario \"%1\" (available: %2)")
                            .arg(QString::fromStdString(name), list)
                            .toStdString());
        }
        // Only the baseline exists: scenario pages will apply their change sets to these layers.
        doc.pages.push_back({name, map.layers, std::nullopt});
    }
    if (summaryPage)
        doc.pages.push_back({{}, {}, summarize(doc.pages)});
    return doc;
}

} // namespace polis

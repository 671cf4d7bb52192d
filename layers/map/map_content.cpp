#include "map_content.hpp"

#include "../core/error.hpp"
#include "../core/helpers.hpp"
#include "../core/transform.hpp"
#include "../io/data_source.hpp"
#include "../io/database_location.hpp"
#include "detail/assumed_crs.hpp"
#include "layer_groups.hpp"
#include "project.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <filesystem>
#include <thread>
#include <utility>

namespace polis {
namespace {

/// How layer `index` of `ds` is read into the map: into the map CRS (the layer's own, or the one assumed for
/// a layer declaring none, when the map has none yet), from the CRS it declares or is assumed to be in (with a
/// warning in map.warnings). Throws IoError when the layer declares no CRS and none can be assumed.
ReadOptions mapReadOptions(MapContent& map, const DataSource& ds, std::size_t index)
{
    const LayerInfo& info = ds.layers()[index];
    ReadOptions options;
    options.assumedCrs = detail::assumedCrs(info, ds.path(), map.warnings);
    if (!map.crs.isValid())
        map.crs = info.crs.isValid() ? info.crs : options.assumedCrs;
    options.targetCrs = map.crs;
    return options;
}

/// Adds layer `index` of `ds` as read into `features` (null: read it here, in the map CRS).
void addVectorLayer(MapContent& map, const DataSource& ds, std::size_t index, const std::string& name,
                    const Style* style, double opacity, bool visible,
                    std::shared_ptr<const FeatureStore> features = nullptr)
{
    const LayerInfo& info = ds.layers()[index];
    MapLayer layer;
    layer.id = LayerId::generate();
    layer.name = name.empty() ? info.name : name;
    layer.source = ds.path();
    layer.sourceLayer = info.name;
    layer.features = features ? std::move(features) : ds.read(index, mapReadOptions(map, ds, index));
    layer.style = style ? *style : defaultStyle(map.layers.size(), info.geometry);
    layer.opacity = opacity;
    layer.visible = visible;
    map.layers.push_back(std::move(layer));
}

/// Adds the selected layers of `spec`, read in parallel: each layer on its own thread with its own GDAL
/// handle (a DataSource is single-threaded), at most as many at once as there are cores.
void addVectorLayers(MapContent& map, const std::string& spec)
{
    const DataSource ds = DataSource::open(spec);
    const std::vector<std::size_t> selected = ds.selectedLayers();
    std::vector<ReadOptions> options;
    for (std::size_t index : selected)
        options.push_back(mapReadOptions(map, ds, index));
    for (ReadOptions& o : options)
        o.targetCrs = map.crs; // the first layer's CRS, when the map had none
    std::vector<std::shared_ptr<const FeatureStore>> stores(selected.size());
    std::vector<std::exception_ptr> errors(selected.size());
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i = next++; i < selected.size(); i = next++) {
            try {
                stores[i] = DataSource::open(spec).read(selected[i], options[i]);
            } catch (...) {
                errors[i] = std::current_exception();
            }
        }
    };
    const int cores = std::max(1, int(std::thread::hardware_concurrency()));
    runWithHelpers(std::min(int(selected.size()) - 1, cores - 1), worker);
    for (std::size_t i = 0; i < selected.size(); ++i) {
        if (errors[i])
            std::rethrow_exception(errors[i]);
        addVectorLayer(map, ds, selected[i], {}, nullptr, 1.0, true, std::move(stores[i]));
    }
}

void addRasterLayer(MapContent& map, const std::string& path, const std::string& name, double opacity, bool visible)
{
    auto raster = std::make_shared<const RasterSource>(RasterSource::open(path));
    if (!map.crs.isValid())
        map.crs = raster->info().crs;
    MapLayer layer;
    layer.id = LayerId::generate();
    layer.name = name.empty() ? std::filesystem::u8path(path).stem().u8string() : name;
    layer.source = path;
    layer.raster = std::move(raster);
    layer.style.type = Style::Type::Raster;
    layer.opacity = opacity;
    layer.visible = visible;
    map.layers.push_back(std::move(layer));
}

/// Scenario geometries are stored in the project's map CRS: moves them into the CRS the map is shown in.
void reprojectScenarios(std::vector<Scenario>& scenarios, const Transform& transform)
{
    for (Scenario& scenario : scenarios) {
        ChangeSet moved;
        for (const auto& [layer, changes] : scenario.changes.layers()) {
            for (auto [fid, change] : changes) {
                if (change.geometry)
                    for (auto& part : change.geometry->parts)
                        for (auto& ring : part)
                            transform.apply(ring.data(), ring.size() / 2);
                moved.set(layer, fid, std::move(change));
            }
        }
        scenario.changes = std::move(moved);
    }
}

Extent layersExtent(const MapContent& map, std::size_t first = 0)
{
    Extent all;
    for (std::size_t i = first; i < map.layers.size(); ++i) {
        const MapLayer& layer = map.layers[i];
        if (layer.features) {
            all.expand(layer.features->extent());
        } else if (layer.raster) {
            const RasterInfo& info = layer.raster->info();
            if (info.crs.isValid() && map.crs.isValid())
                all.expand(Transform(info.crs, map.crs).apply(info.extent));
            else
                all.expand(info.extent);
        }
    }
    return all;
}

} // namespace

Style defaultStyle(std::size_t index, GeometryKind kind)
{
    static const Color palette[] = {{0xe4, 0x1a, 0x1c}, {0x37, 0x7e, 0xb8}, {0x4d, 0xaf, 0x4a},
                                    {0x98, 0x4e, 0xa3}, {0xff, 0x7f, 0x00}, {0xa6, 0x56, 0x28}};
    Style style;
    const Color c = palette[index % std::size(palette)];
    style.stroke = c;
    if (kind == GeometryKind::Polygon) {
        style.fill = Color{c.r, c.g, c.b, 0x80};
    } else if (kind == GeometryKind::Line) {
        style.fill.reset();
        style.strokeWidth = 1.0; // QGIS's default 0.26 mm is 1 px at 96 dpi; thin lines take Qt's fast path
    } else {
        style.fill = c;
        style.stroke = Color{0x33, 0x33, 0x33};
        style.strokeWidth = 0.5;
    }
    return style;
}

Project toProject(const MapContent& map, const std::string& projectPath, const Extent& view)
{
    namespace fs = std::filesystem;
    Project project;
    project.title = map.title;
    project.layout = map.layout;
    project.scenarios = map.scenarios;
    project.indicators = map.indicators;
    project.activeScenario = map.activeScenario;
    project.background = map.background;
    project.mapCrs = map.crs;
    project.extent = view;
    const bool database = DatabaseLocation::isDatabase(projectPath);
    const fs::path folder = database ? fs::path() : fs::absolute(fs::u8path(projectPath)).parent_path();
    for (const MapLayer& layer : map.layers) {
        ProjectLayer entry;
        entry.name = layer.name;
        entry.source = layer.source;
        const bool connection = layer.source.rfind("PG:", 0) == 0 || layer.source.rfind("/vsi", 0) == 0 ||
                                DatabaseLocation::isDatabase(layer.source);
        if (database && layer.source == projectPath) {
            entry.source.clear(); // a table of the project's own schema
        } else if (!connection && !layer.source.empty()) {
            const fs::path source = fs::absolute(fs::u8path(layer.source)); // as opened: against the cwd
            std::error_code ec;
            const fs::path relative = database ? fs::path() : fs::relative(source, folder, ec);
            if (database) // a schema has no folder to be relative to
                entry.source = source.lexically_normal().u8string();
            else if (!ec && !relative.empty())
                entry.source = relative.u8string();
        }
        entry.layer = layer.sourceLayer;
        entry.raster = layer.raster != nullptr;
        entry.visible = layer.visible;
        entry.opacity = layer.opacity;
        entry.style = layer.style;
        entry.group = layer.group;
        entry.attribution = layer.attribution;
        entry.id = layer.id;
        project.layers.push_back(std::move(entry));
    }
    return project;
}

bool isProjectPath(const std::string& path)
{
    if (DatabaseLocation::isDatabase(path))
        return true;
    return path.size() > 6 && path.compare(path.size() - 6, 6, ".polis") == 0;
}

MapContent loadProject(const std::string& projectPath, const Crs& crs, const SourceTrust& trust)
{
    const Project project = Project::load(projectPath);
    MapContent map;
    map.title = project.title;
    map.layout = project.layout;
    map.crs = crs.isValid() ? crs : project.mapCrs;
    map.scenarios = project.scenarios;
    map.indicators = project.indicators;
    map.activeScenario = project.activeScenario;
    map.background = project.background;
    if (project.mapCrs.isValid() && !project.mapCrs.isSame(map.crs))
        reprojectScenarios(map.scenarios, Transform(project.mapCrs, map.crs));
    for (const ProjectLayer& entry : project.layers) {
        // An empty source means a table embedded in the project GeoPackage itself.
        const std::string source =
            entry.source.empty() ? projectPath : Project::resolveSource(projectPath, entry.source);
        if (const std::string why = untrustedSource(projectPath, entry.source, trust); !why.empty()) {
            map.errors.push_back({entry.name, projectPath + ", layer " + entry.name + ": not opened: " + why +
                                                  " (allow it only if you trust the project's sender)"});
            continue;
        }
        try {
            if (entry.raster) {
                addRasterLayer(map, source, entry.name, entry.opacity, entry.visible);
            } else {
                const DataSource ds = DataSource::open(source);
                const std::size_t index = entry.layer.empty() ? ds.selectedLayers().front() : ds.layerIndex(entry.layer);
                addVectorLayer(map, ds, index, entry.name, &entry.style, entry.opacity, entry.visible);
            }
            map.layers.back().group = entry.group;
            map.layers.back().attribution = entry.attribution;
            map.layers.back().id = entry.id;
        } catch (const Error& e) {
            map.errors.push_back({entry.name, userMessage(IoError(QT_TRANSLATE_NOOP("polis::Error", "%1, layer %2: %3"),
                                                                  {projectPath, entry.name, Error::keep(e)}))});
        }
    }
    gatherGroups(map.layers); // a hand-edited project may have scattered them
    if (!project.extent.isEmpty() && project.mapCrs.isValid()) {
        map.extent = project.mapCrs.isSame(map.crs) ? project.extent
                                                     : Transform(project.mapCrs, map.crs).apply(project.extent);
    } else {
        map.extent = layersExtent(map);
    }
    return map;
}

void keepLayerIds(MapContent& next, const MapContent& previous)
{
    std::vector<bool> taken(previous.layers.size(), false); // a dataset added twice: each id once, in order
    for (MapLayer& layer : next.layers) {
        for (std::size_t i = 0; i < previous.layers.size(); ++i) {
            const MapLayer& p = previous.layers[i];
            if (!taken[i] && p.source == layer.source && p.sourceLayer == layer.sourceLayer && p.name == layer.name) {
                taken[i] = true;
                layer.id = p.id;
                break;
            }
        }
    }
}

MapContent reprojectMap(const MapContent& map, const Crs& crs)
{
    MapContent next = map;
    next.crs = crs;
    if (!map.crs.isValid() || map.crs.isSame(crs))
        return next;
    const Transform transform(map.crs, crs);
    reprojectScenarios(next.scenarios, transform);
    next.extent = transform.apply(map.extent);
    ReadOptions options;
    options.targetCrs = crs;
    for (MapLayer& layer : next.layers) {
        layer.selection.reset();
        if (layer.baselineFeatures)
            layer.features = std::exchange(layer.baselineFeatures, nullptr);
        if (!layer.features)
            continue;
        try {
            const DataSource ds = DataSource::open(layer.source);
            const std::size_t index =
                layer.sourceLayer.empty() ? ds.selectedLayers().front() : ds.layerIndex(layer.sourceLayer);
            std::vector<LayerError> said; // when the layer was loaded
            options.assumedCrs = detail::assumedCrs(ds.layers()[index], ds.path(), said);
            layer.features = ds.read(index, options);
        } catch (const Error& e) {
            layer.visible = false; // never drawn in the wrong place
            next.errors.push_back(
                {layer.name, userMessage(Error(QT_TRANSLATE_NOOP("polis::Error", "%1 (%2): not reprojected to %3: %4"),
                                               {layer.name, layer.source, crs.displayId(), Error::keep(e)}))});
        }
    }
    return next;
}

MapContent loadSources(const std::vector<std::string>& specs, const Crs& crs, const SourceTrust& trust)
{
    MapContent map;
    map.crs = crs;
    for (const std::string& spec : specs) {
        try {
            if (isProjectPath(spec)) {
                MapContent sub = loadProject(spec, map.crs, trust);
                if (map.layers.empty() && map.scenarios.empty()) {
                    // The first project given brings its print layout, scenarios and indicators along.
                    map.layout = std::move(sub.layout);
                    map.scenarios = std::move(sub.scenarios);
                    map.indicators = std::move(sub.indicators);
                    map.activeScenario = std::move(sub.activeScenario);
                    map.background = sub.background;
                }
                if (!map.crs.isValid())
                    map.crs = sub.crs;
                if (map.title.empty())
                    map.title = sub.title;
                if (map.layout == PrintLayout{})
                    map.layout = sub.layout; // the first project's print layout, as its title
                map.extent.expand(sub.extent);
                std::move(sub.layers.begin(), sub.layers.end(), std::back_inserter(map.layers));
                std::move(sub.errors.begin(), sub.errors.end(), std::back_inserter(map.errors));
                std::move(sub.warnings.begin(), sub.warnings.end(), std::back_inserter(map.warnings));
            } else {
                const std::size_t first = map.layers.size();
                if (isRasterDataset(splitSourceSpec(spec).first)) {
                    addRasterLayer(map, spec, {}, 1.0, true);
                } else {
                    addVectorLayers(map, spec);
                }
                map.extent.expand(layersExtent(map, first)); // a project keeps its saved extent
            }
        } catch (const Error& e) {
            map.errors.push_back({spec, userMessage(e)});
        }
    }
    return map;
}

} // namespace polis

#pragma once
#include "../core/crs.hpp"
#include "../core/extent.hpp"
#include "../core/feature_store.hpp"
#include "../core/layer_id.hpp"
#include "print_layout.hpp"
#include "source_trust.hpp"
#include "../scenario/indicator.hpp"
#include "../scenario/scenario.hpp"
#include "../style/style.hpp"
#include "../io/raster_source.hpp"

#include <memory>
#include <string>
#include <vector>

namespace polis {

/// One drawable layer: features already in the map CRS, or a raster warped when drawn.
/// Immutable snapshots: safe to hand to render threads.
struct MapLayer
{
    LayerId id;              ///< stable: kept across reorder, reprojection, scenarios, save and reopen
    std::string name;
    std::string source;      ///< the dataset path (absolute) or connection string it was read from
    std::string sourceLayer; ///< the layer inside the dataset (empty for rasters)
    std::shared_ptr<const FeatureStore> features; ///< set for vector layers
    /// The baseline's features when `features` shows a scenario's version of the layer; else null.
    std::shared_ptr<const FeatureStore> baselineFeatures;
    std::shared_ptr<const RasterSource> raster;   ///< set for raster layers
    Style style;
    double opacity = 1.0;
    bool visible = true;
    /// The layers-panel group the layer belongs to (UTF-8; empty = none). A group's layers are adjacent in
    /// the drawing order (see layer_groups.hpp).
    std::string group;
    std::string attribution; ///< the data's required credit (UTF-8; empty = none), as in ProjectLayer
    /// Selected feature indices (ascending), drawn highlighted on top of the layer; null = none.
    std::shared_ptr<const std::vector<std::uint32_t>> selection;
};

/// A problem with one layer; the others still load.
struct LayerError
{
    std::string layer;   ///< layer name or source spec
    std::string message; ///< names the file, the layer and the problem
};

/// Everything a map shows: the map CRS, the initial extent and the layers bottom to top.
struct MapContent
{
    std::string title;
    Crs crs;
    Extent extent; ///< in crs: the project's saved extent, else the union of the layers
    std::vector<MapLayer> layers;
    std::vector<LayerError> errors;
    /// Layers drawn with an assumption the user should know of (a layer declaring no CRS drawn in the one its
    /// coordinates suggest): shown, but not failures.
    std::vector<LayerError> warnings;
    PrintLayout layout; ///< the project's print layout: exports use it, saving keeps it
    /// The project's scenarios (change sets on top of `layers`; geometries in crs) and indicators.
    std::vector<Scenario> scenarios;
    std::vector<Indicator> indicators;
    /// The scenario to show: the project's saved one when loaded; what a save records ("" = the baseline).
    std::string activeScenario;
    Color background{0xff, 0xff, 0xff}; ///< drawn behind every layer (Project::background)
};

/// Loads a project file and its layers, reprojected into the project's map CRS (or `crs` when valid).
/// Throws IoError when the project itself cannot be read; a layer that fails is reported in errors, as is
/// a layer whose source `trust` does not allow (see untrustedSource: it is not opened).
MapContent loadProject(const std::string& projectPath, const Crs& crs = {}, const SourceTrust& trust = {});

/// Loads datasets (paths or "path:layer"; every vector layer of a dataset, rasters as rasters) with
/// default styles. The map CRS is `crs` when valid, else the first layer's. Never throws for a bad
/// input: each one that fails is reported in errors. `trust` applies to the layers of projects among them
/// (the datasets named in `specs` themselves are the caller's choice).
MapContent loadSources(const std::vector<std::string>& specs, const Crs& crs = {}, const SourceTrust& trust = {});

/// Gives the layers of `next` (the same datasets read again) the ids of `previous`'s layers with the same
/// source, source layer and name, so that what names a layer by id keeps naming it across a reload. A
/// project stores its ids: this is for maps of plain datasets.
void keepLayerIds(MapContent& next, const MapContent& previous);

/// `map` in map CRS `crs`: every vector layer read again from its source into `crs` (name, style, opacity,
/// visibility kept; selection cleared), rasters kept (they are warped when drawn), the scenarios' change-set
/// geometries and the extent transformed. A scenario's version of a layer (baselineFeatures set) comes back as
/// the baseline: apply the scenario again. A layer that cannot be read again is kept as it was but hidden, and
/// reported in errors. Throws CrsError when no transformation links the two CRSs. Worker thread (reads files).
MapContent reprojectMap(const MapContent& map, const Crs& crs);

/// The style of the `index`-th layer without a saved style: a palette colour (ColorBrewer Set1-like, distinct
/// on a light background), filled half-transparent for polygons, stroked for lines, filled for points.
Style defaultStyle(std::size_t index, GeometryKind kind);

struct Project;
/// The project that reopens `map` when saved at `projectPath`: layer sources relative to the project's
/// folder where they are below or beside it, styles, order, visibility, opacity and the print layout;
/// `view` as its extent.
Project toProject(const MapContent& map, const std::string& projectPath, const Extent& view);

/// True when `path` looks like a Polis project: a ".polis" file or a database location (`postgresql://`).
bool isProjectPath(const std::string& path);

} // namespace polis

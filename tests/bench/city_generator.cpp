/// @file city_generator.cpp
/// Deterministic synthetic city generator (see city_generator.hpp).
///
/// Layout: a rectangular street grid of 100 m x 80 m blocks separated by 12 m
/// streets, roughly square overall and centred on (E 608000, N 3912000) in
/// EPSG:2100. The grid is sized from the requested building count so that the
/// average block holds about nine buildings: the centre is dense (30-45
/// buildings per block), density falls off towards the suburbs (3-5 per block)
/// and a few blocks are parks. One million buildings cover about 33 km x 33 km.
///
/// Every block is subdivided into a grid of lots; each building sits inside
/// its own lot with a 1 m setback, so buildings never overlap each other or a
/// street. All randomness comes from a private xoshiro256** generator seeded
/// per block from the user seed, and coordinates are rounded to centimetres,
/// so the same seed and count always produce the same feature content.

#include "city_generator.hpp"

#include "city_plan.hpp"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <initializer_list>
#include <limits>
#include <memory>
#include <stdexcept>
#include <tuple>
#include <utility>
#include <vector>

namespace polis::bench {
namespace {

using namespace detail;


// ---------------------------------------------------------------------------
// GDAL helpers
// ---------------------------------------------------------------------------
[[noreturn]] void fail(const std::string& path, const std::string& what)
{
    std::string msg = CPLGetLastErrorMsg();
    if (msg.empty())
        msg = "unknown GDAL error";
    throw std::runtime_error("generateCity: " + what + " '" + path + "': " + msg);
}

struct Extent {
    double xmin = std::numeric_limits<double>::infinity();
    double ymin = std::numeric_limits<double>::infinity();
    double xmax = -std::numeric_limits<double>::infinity();
    double ymax = -std::numeric_limits<double>::infinity();
    void add(double x, double y)
    {
        xmin = std::min(xmin, x);
        ymin = std::min(ymin, y);
        xmax = std::max(xmax, x);
        ymax = std::max(ymax, y);
    }
};

/// Commits every kFeaturesPerTransaction features.
class Batcher {
public:
    Batcher(GDALDataset& ds, const std::string& path) : ds_(ds), path_(path) {}

    void begin()
    {
        if (ds_.StartTransaction() != OGRERR_NONE)
            fail(path_, "cannot start a transaction in");
        open_ = true;
    }
    void commit()
    {
        if (open_ && ds_.CommitTransaction() != OGRERR_NONE)
            fail(path_, "cannot commit a transaction in");
        open_ = false;
    }
    void write(OGRLayer& layer, OGRFeature& feature)
    {
        feature.SetFID(OGRNullFID);
        if (layer.CreateFeature(&feature) != OGRERR_NONE)
            fail(path_, std::string("cannot write a feature to layer '") + layer.GetName() + "' of");
        if (++pending_ >= kFeaturesPerTransaction) {
            commit();
            begin();
            pending_ = 0;
        }
    }

private:
    GDALDataset& ds_;
    const std::string& path_;
    std::int64_t pending_ = 0;
    bool open_ = false;
};

struct FieldSpec {
    const char* name;
    OGRFieldType type;
};

OGRLayer& createLayer(GDALDataset& ds, const std::string& path, const char* name, OGRwkbGeometryType type,
                      OGRSpatialReference& srs, std::initializer_list<FieldSpec> fields)
{
    CPLStringList options;
    options.SetNameValue("SPATIAL_INDEX", "NO");
    options.SetNameValue("GEOMETRY_NAME", "geom");
    options.SetNameValue("FID", "fid");
    options.SetNameValue("GEOMETRY_NULLABLE", "NO");
    options.SetNameValue("DESCRIPTION", "Polis synthetic benchmark city");
    OGRLayer* layer = ds.CreateLayer(name, &srs, type, options.List());
    if (layer == nullptr)
        fail(path, std::string("cannot create layer '") + name + "' in");
    for (const FieldSpec& spec : fields) {
        OGRFieldDefn field(spec.name, spec.type);
        if (layer->CreateField(&field) != OGRERR_NONE)
            fail(path, std::string("cannot create field '") + spec.name + "' in layer '" + name + "' of");
    }
    return *layer;
}

/// A reusable feature of `layer` owning an empty geometry of the layer type.
OGRFeatureUniquePtr makeFeature(OGRLayer& layer)
{
    OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer.GetLayerDefn()));
    switch (wkbFlatten(layer.GetGeomType())) {
    case wkbPolygon: {
        auto polygon = std::make_unique<OGRPolygon>();
        auto ring = std::make_unique<OGRLinearRing>();
        polygon->addRingDirectly(ring.release());
        feature->SetGeometryDirectly(polygon.release());
        break;
    }
    case wkbLineString: feature->SetGeometryDirectly(std::make_unique<OGRLineString>().release()); break;
    default: feature->SetGeometryDirectly(std::make_unique<OGRPoint>().release()); break;
    }
    return feature;
}

OGRLinearRing& ringOf(OGRFeature& feature)
{
    return *feature.GetGeometryRef()->toPolygon()->getExteriorRing();
}

void createSpatialIndex(GDALDataset& ds, const std::string& path, OGRLayer& layer)
{
    const std::string table = layer.GetName();
    const std::string column = layer.GetGeometryColumn();
    const std::string sql = "SELECT CreateSpatialIndex('" + table + "', '" + column + "')";
    auto release = [&ds](OGRLayer* rs) {
        if (rs != nullptr)
            ds.ReleaseResultSet(rs);
    };
    std::unique_ptr<OGRLayer, decltype(release)> result(ds.ExecuteSQL(sql.c_str(), nullptr, nullptr), release);
    bool ok = false;
    if (result) {
        OGRFeatureUniquePtr row(result->GetNextFeature());
        ok = row && row->GetFieldAsInteger(0) == 1;
    }
    if (!ok)
        fail(path, "cannot create the spatial index of layer '" + table + "' in");
}

/// Removes `path` and stale SQLite side files (a leftover hot journal would
/// otherwise be replayed into the new database). Returns the first failure.
std::string removeExisting(const std::string& path)
{
    std::string failed;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) {
        const std::string file = path + suffix;
        VSIStatBufL st;
        if (VSIStatL(file.c_str(), &st) == 0 && VSI_ISREG(st.st_mode) && VSIUnlink(file.c_str()) != 0 &&
            failed.empty())
            failed = file;
    }
    return failed;
}

// ---------------------------------------------------------------------------
// Layer writers
// ---------------------------------------------------------------------------
struct Poi {
    double x, y;
    const PoiKind* kind;
};

const std::array<int, 6>& useWeights(Landuse landuse)
{
    switch (landuse) {
    case Landuse::Commercial: return kUseCommercial;
    case Landuse::Mixed: return kUseMixed;
    case Landuse::Industrial: return kUseIndustrial;
    default: return kUseResidential;
    }
}

int floorsFor(Rng& rng, std::size_t use, double dist)
{
    const int urban = 2 + static_cast<int>(std::lround(6 * std::exp(-(dist / 0.5) * (dist / 0.5))));
    switch (use) {
    case Industrial: return rng.intIn(1, 2);
    case School: return rng.intIn(1, 3);
    case Hospital: return rng.intIn(3, 8);
    case Commercial:
    case Office: return rng.intIn(1, std::min(8, urban + 1));
    default: return rng.intIn(1, std::min(8, urban));
    }
}

void writeBuildings(const Plan& plan, std::uint64_t seed, OGRLayer& layer, Batcher& batch, Extent& extent,
                    std::vector<Poi>& pois, CityStats& stats)
{
    OGRFeatureUniquePtr feature = makeFeature(layer);
    OGRLinearRing& ring = ringOf(*feature);
    const OGRFeatureDefn& defn = *layer.GetLayerDefn();
    const int fId = defn.GetFieldIndex("id"), fUse = defn.GetFieldIndex("use"),
              fFloors = defn.GetFieldIndex("floors"), fHeight = defn.GetFieldIndex("height"),
              fName = defn.GetFieldIndex("name");

    std::array<int, 64> lots{}; // cols * rows <= 48 for counts <= kMaxPerBlock
    std::int64_t id = 0;
    for (int j = 0; j < plan.ny; ++j) {
        for (int i = 0; i < plan.nx; ++i) {
            const std::size_t b = static_cast<std::size_t>(j) * plan.nx + i;
            const Block& block = plan.blocks[b];
            const int count = block.buildings;
            if (count == 0)
                continue;
            Rng rng = Rng::forItem(seed, b, 2);
            // Lot grid with roughly square lots; pick `count` distinct lots.
            const int cols = std::max(1, static_cast<int>(std::ceil(std::sqrt(count * kBlockW / kBlockH))));
            const int rows = (count + cols - 1) / cols;
            const int nLots = cols * rows;
            for (int k = 0; k < nLots; ++k)
                lots[k] = k;
            for (int k = 0; k < count; ++k)
                std::swap(lots[k], lots[rng.intIn(k, nLots - 1)]);
            std::sort(lots.begin(), lots.begin() + count);
            const double lotW = kBlockW / cols, lotH = kBlockH / rows;
            const double x0 = plan.blockMinX(i), y0 = plan.blockMinY(j);
            const auto& weights = useWeights(block.landuse);

            for (int k = 0; k < count; ++k) {
                const double lx = x0 + (lots[k] % cols) * lotW + kSetback;
                const double ly = y0 + (lots[k] / cols) * lotH + kSetback;
                const double availW = lotW - 2 * kSetback, availH = lotH - 2 * kSetback;
                const double maxW = std::min(kMaxBuilding, availW), maxH = std::min(kMaxBuilding, availH);
                const double bw = rng.range(std::max(kMinBuilding, 0.4 * maxW), maxW);
                const double bh = rng.range(std::max(kMinBuilding, 0.4 * maxH), maxH);
                const double bx = lx + rng.uniform() * (availW - bw);
                const double by = ly + rng.uniform() * (availH - bh);
                const Shape shape = makeBuilding(rng, bx, by, bw, bh, block.landuse == Landuse::Industrial);
                for (int q = 0; q < shape.n; ++q)
                    extent.add(shape.x[q], shape.y[q]);
                ring.setPoints(shape.n + 1, shape.x.data(), shape.y.data());

                const std::size_t use = weightedPick(rng, weights);
                const int floors = floorsFor(rng, use, block.dist);
                const double height = std::round((floors * 3.2 + rng.range(0.3, 2.5)) * 100.0) / 100.0;
                ++id;
                feature->SetField(fId, static_cast<GIntBig>(id));
                feature->SetField(fUse, kUseNames[use]);
                feature->SetField(fFloors, floors);
                feature->SetField(fHeight, height);
                const bool named = rng.chance(0.08);
                if (use == School)
                    feature->SetField(fName, ("Σχολείο " + std::to_string(id)).c_str());
                else if (use == Hospital)
                    feature->SetField(fName, ("Νοσοκομείο " + std::to_string(id)).c_str());
                else if (named)
                    feature->SetField(fName, ("Κτίριο " + std::to_string(id)).c_str());
                else
                    feature->SetFieldNull(fName);
                batch.write(layer, *feature);

                if (id % kPoiEvery == 0) {
                    const PoiKind* kind = use == School     ? &kPoiSchool
                                          : use == Hospital ? &kPoiHospital
                                                            : &kPoiKinds[weightedPick(rng, kPoiWeights)];
                    pois.push_back({shape.anchorX, shape.anchorY, kind});
                }
            }
        }
    }
    stats.buildings = id;
}

void writePois(const std::vector<Poi>& pois, OGRLayer& layer, Batcher& batch, Extent& extent, CityStats& stats)
{
    OGRFeatureUniquePtr feature = makeFeature(layer);
    OGRPoint& point = *feature->GetGeometryRef()->toPoint();
    const int fKind = layer.GetLayerDefn()->GetFieldIndex("kind");
    const int fName = layer.GetLayerDefn()->GetFieldIndex("name");
    std::int64_t id = 0;
    for (const Poi& poi : pois) {
        ++id;
        point.setX(poi.x);
        point.setY(poi.y);
        extent.add(poi.x, poi.y);
        feature->SetField(fKind, poi.kind->kind);
        feature->SetField(fName, (std::string(poi.kind->label) + " " + std::to_string(id)).c_str());
        batch.write(layer, *feature);
    }
    stats.pois = id;
}

void writeParcels(const Plan& plan, OGRLayer& layer, Batcher& batch, Extent& extent, CityStats& stats)
{
    OGRFeatureUniquePtr feature = makeFeature(layer);
    OGRLinearRing& ring = ringOf(*feature);
    const int fId = layer.GetLayerDefn()->GetFieldIndex("id");
    const int fLanduse = layer.GetLayerDefn()->GetFieldIndex("landuse");
    std::int64_t id = 0;
    for (int j = 0; j < plan.ny; ++j) {
        for (int i = 0; i < plan.nx; ++i) {
            const Block& block = plan.blocks[static_cast<std::size_t>(j) * plan.nx + i];
            const double x0 = plan.blockMinX(i), y0 = plan.blockMinY(j);
            const double xs[5] = {x0, x0 + kBlockW, x0 + kBlockW, x0, x0};
            const double ys[5] = {y0, y0, y0 + kBlockH, y0 + kBlockH, y0};
            ring.setPoints(5, xs, ys);
            extent.add(x0, y0);
            extent.add(x0 + kBlockW, y0 + kBlockH);
            feature->SetField(fId, static_cast<GIntBig>(++id));
            feature->SetField(fLanduse, kLanduseNames[static_cast<std::size_t>(block.landuse)]);
            batch.write(layer, *feature);
        }
    }
    stats.parcels = id;
}

void writeRoads(const Plan& plan, OGRLayer& layer, Batcher& batch, Extent& extent, CityStats& stats)
{
    OGRFeatureUniquePtr feature = makeFeature(layer);
    OGRLineString& line = *feature->GetGeometryRef()->toLineString();
    const int fName = layer.GetLayerDefn()->GetFieldIndex("name");
    const int fClass = layer.GetLayerDefn()->GetFieldIndex("class");
    std::int64_t count = 0;

    // Street lines are named and classed by their offset from the central line.
    auto streetName = [](int k, bool vertical, bool primary) {
        const int n = static_cast<int>(kStreetNames.size());
        const int idx = vertical ? k : k + n / 2;
        std::string name = primary ? "Λεωφόρος " : (vertical ? "Οδός " : "Πάροδος ");
        name += kStreetNames[static_cast<std::size_t>(idx % n)];
        if (k >= n)
            name += " " + std::to_string(k / n + 1);
        return name;
    };
    auto streetClass = [](int k, int centre) {
        const int off = std::abs(k - centre);
        return off % 10 == 0 ? "primary" : off % 5 == 0 ? "secondary" : "residential";
    };
    auto emit = [&](double xa, double ya, double xb, double yb, const std::string& name, const char* cls) {
        const double xs[2] = {xa, xb}, ys[2] = {ya, yb};
        line.setPoints(2, xs, ys);
        extent.add(xa, ya);
        extent.add(xb, yb);
        feature->SetField(fName, name.c_str());
        feature->SetField(fClass, cls);
        batch.write(layer, *feature);
        ++count;
    };

    for (int k = 0; k <= plan.nx; ++k) { // north-south streets, one segment per block
        const char* cls = streetClass(k, plan.nx / 2);
        const std::string name = streetName(k, true, cls[0] == 'p');
        const double x = plan.streetX(k);
        for (int j = 0; j < plan.ny; ++j)
            emit(x, plan.streetY(j), x, plan.streetY(j + 1), name, cls);
    }
    for (int k = 0; k <= plan.ny; ++k) { // east-west streets
        const char* cls = streetClass(k, plan.ny / 2);
        const std::string name = streetName(k, false, cls[0] == 'p');
        const double y = plan.streetY(k);
        for (int i = 0; i < plan.nx; ++i)
            emit(plan.streetX(i), y, plan.streetX(i + 1), y, name, cls);
    }
    stats.roads = count;
}

CityStats writeCity(GDALDataset& ds, const std::string& path, const Plan& plan, std::uint64_t seed)
{
    OGRSpatialReference srs;
    if (srs.importFromEPSG(2100) != OGRERR_NONE)
        fail(path, "cannot set up EPSG:2100 for");
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);

    OGRLayer& buildings = createLayer(ds, path, "buildings", wkbPolygon, srs,
                                      {{"id", OFTInteger64},
                                       {"use", OFTString},
                                       {"floors", OFTInteger},
                                       {"height", OFTReal},
                                       {"name", OFTString}});
    OGRLayer& roads = createLayer(ds, path, "roads", wkbLineString, srs, {{"name", OFTString}, {"class", OFTString}});
    OGRLayer& parcels =
        createLayer(ds, path, "parcels", wkbPolygon, srs, {{"id", OFTInteger64}, {"landuse", OFTString}});
    OGRLayer& poiLayer = createLayer(ds, path, "pois", wkbPoint, srs, {{"kind", OFTString}, {"name", OFTString}});

    CityStats stats;
    Extent extent;
    std::vector<Poi> pois;
    Batcher batch(ds, path);
    batch.begin();
    writeBuildings(plan, seed, buildings, batch, extent, pois, stats);
    writePois(pois, poiLayer, batch, extent, stats);
    writeParcels(plan, parcels, batch, extent, stats);
    writeRoads(plan, roads, batch, extent, stats);
    batch.commit();

    for (OGRLayer* layer : {&buildings, &roads, &parcels, &poiLayer})
        createSpatialIndex(ds, path, *layer);

    stats.xmin = extent.xmin;
    stats.ymin = extent.ymin;
    stats.xmax = extent.xmax;
    stats.ymax = extent.ymax;
    return stats;
}

} // namespace

CityStats generateCity(const CityOptions& options)
{
    if (options.buildings < 0)
        throw std::invalid_argument("generateCity: building count must not be negative");
    if (options.output.empty())
        throw std::invalid_argument("generateCity: output path is empty");
    const std::string& path = options.output;

    GDALAllRegister();
    CPLErrorReset();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (driver == nullptr)
        fail(path, "GDAL has no GPKG driver to write");

    const Plan plan = planCity(options.buildings, options.seed);

    const std::string stale = removeExisting(path);
    if (!stale.empty())
        throw std::runtime_error("generateCity: cannot remove existing file '" + stale + "'");
    GDALDatasetUniquePtr ds(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        fail(path, "cannot create GeoPackage");
    try {
        CityStats stats = writeCity(*ds, path, plan, options.seed);
        CPLErrorReset();
        ds.reset(); // close: writes gpkg_contents extents and restores triggers
        if (CPLGetLastErrorType() == CE_Failure)
            fail(path, "error while closing");
        return stats;
    } catch (...) {
        ds.reset();
        removeExisting(path); // do not leave a half-written GeoPackage behind
        throw;
    }
}

} // namespace polis::bench

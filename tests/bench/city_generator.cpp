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

// ---------------------------------------------------------------------------
// Layout constants (metres, EPSG:2100)
// ---------------------------------------------------------------------------
constexpr double kCentreX = 608000.0;
constexpr double kCentreY = 3912000.0;
constexpr double kBlockW = 100.0;
constexpr double kBlockH = 80.0;
constexpr double kStreet = 12.0;
constexpr double kPitchX = kBlockW + kStreet;
constexpr double kPitchY = kBlockH + kStreet;
constexpr double kSetback = 1.0;         // gap between a building and its lot border
constexpr double kMinBuilding = 8.0;     // smallest building extent
constexpr double kMaxBuilding = 30.0;    // largest building extent
constexpr double kAvgPerBlock = 9.0;     // planning density (buildings per block)
constexpr std::int32_t kMaxPerBlock = 48; // 8 x 6 lots of 12.5 m x 13.3 m
constexpr double kParkShare = 0.04;
constexpr std::int64_t kPoiEvery = 50;   // one POI per this many buildings
constexpr std::int64_t kFeaturesPerTransaction = 100000;
constexpr double kPi = 3.14159265358979323846;

// ---------------------------------------------------------------------------
// Deterministic PRNG: splitmix64 for seeding, xoshiro256** for the stream.
// ---------------------------------------------------------------------------
std::uint64_t splitmix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

class Rng {
public:
    explicit Rng(std::uint64_t seed)
    {
        for (auto& word : s_)
            word = splitmix64(seed);
    }

    /// Independent stream for (seed, index, salt).
    static Rng forItem(std::uint64_t seed, std::uint64_t index, std::uint64_t salt)
    {
        std::uint64_t a = seed;
        std::uint64_t mixed = splitmix64(a);
        std::uint64_t b = mixed ^ (index * 0xD1B54A32D192ED03ULL) ^ (salt * 0x8CB92BA72F3D8DD7ULL);
        return Rng(splitmix64(b));
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const std::uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }

    /// Uniform double in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    /// Uniform double in [lo, hi).
    double range(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /// Uniform integer in [lo, hi] (hi - lo small; modulo bias is negligible).
    int intIn(int lo, int hi)
    {
        const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
        return lo + static_cast<int>(next() % span);
    }
    bool chance(double p) { return uniform() < p; }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<std::uint64_t, 4> s_{};
};

/// Picks an index from integer weights (any positive total).
template <std::size_t N>
std::size_t weightedPick(Rng& rng, const std::array<int, N>& weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int r = static_cast<int>(rng.uniform() * total);
    for (std::size_t i = 0; i < N; ++i) {
        if (r < weights[i])
            return i;
        r -= weights[i];
    }
    return N - 1;
}

double roundCm(double v) { return std::round(v * 100.0) / 100.0; }

// ---------------------------------------------------------------------------
// Attribute vocabularies
// ---------------------------------------------------------------------------
enum class Landuse : std::uint8_t { Residential, Commercial, Mixed, Industrial, Park, Vacant };
constexpr std::array<const char*, 6> kLanduseNames = {"residential", "commercial", "mixed",
                                                      "industrial",  "park",       "vacant"};

enum Use : std::size_t { Residential, Commercial, School, Office, Industrial, Hospital };
constexpr std::array<const char*, 6> kUseNames = {"residential", "commercial", "school",
                                                  "office",      "industrial", "hospital"};
// Building use weights (per mille) per block land use.
constexpr std::array<int, 6> kUseResidential = {932, 40, 12, 15, 0, 1};
constexpr std::array<int, 6> kUseCommercial = {195, 500, 0, 300, 0, 5};
constexpr std::array<int, 6> kUseMixed = {603, 200, 20, 160, 15, 2};
constexpr std::array<int, 6> kUseIndustrial = {20, 100, 0, 80, 800, 0};

struct PoiKind {
    const char* kind;
    const char* label; // Greek, UTF-8
};
constexpr std::array<PoiKind, 10> kPoiKinds = {{
    {"cafe", "Καφετέρια"},
    {"restaurant", "Ταβέρνα"},
    {"pharmacy", "Φαρμακείο"},
    {"bakery", "Φούρνος"},
    {"supermarket", "Σούπερ μάρκετ"},
    {"bank", "Τράπεζα"},
    {"kiosk", "Περίπτερο"},
    {"bus_stop", "Στάση λεωφορείου"},
    {"fuel", "Πρατήριο καυσίμων"},
    {"church", "Εκκλησία"},
}};
constexpr std::array<int, 10> kPoiWeights = {20, 15, 8, 8, 8, 5, 10, 15, 4, 7};
constexpr PoiKind kPoiSchool = {"school", "Σχολείο"};
constexpr PoiKind kPoiHospital = {"hospital", "Νοσοκομείο"};

constexpr std::array<const char*, 20> kStreetNames = {
    "Κνωσού",   "Ικάρου",      "Δαιδάλου", "Μίνωος",     "Καλοκαιρινού", "Έβανς",     "Κορνάρου",
    "Χάνδακος", "Μεραμβέλλου", "Ιδομενέως", "Αρκαδίου",  "Μακαρίου",     "Δικαιοσύνης", "Μαχαιράδων",
    "Γιαμαλάκη", "Σμύρνης",    "Πλαστήρα", "Αλικαρνασσού", "Θερίσου",    "Φαιστού"};

// ---------------------------------------------------------------------------
// City plan: grid size and per-block building counts
// ---------------------------------------------------------------------------
struct Block {
    std::int32_t buildings = 0;
    Landuse landuse = Landuse::Residential;
    float dist = 0; // normalised distance from the centre (0 centre, ~1 edge midpoints)
};

struct Plan {
    int nx = 1, ny = 1;
    double originX = 0, originY = 0; // lower-left corner of block (0, 0)
    std::vector<Block> blocks;       // row-major, j * nx + i

    double blockMinX(int i) const { return originX + i * kPitchX; }
    double blockMinY(int j) const { return originY + j * kPitchY; }
    double streetX(int k) const { return originX - kStreet / 2 + k * kPitchX; }
    double streetY(int k) const { return originY - kStreet / 2 + k * kPitchY; }
};

/// Fills plan.blocks for the grid size in `plan`; returns the largest block count.
std::int32_t allocateBuildings(Plan& plan, std::int64_t buildings, std::uint64_t seed)
{
    const std::size_t n = static_cast<std::size_t>(plan.nx) * static_cast<std::size_t>(plan.ny);
    plan.blocks.assign(n, Block{});
    std::vector<double> weight(n, 0.0);
    const double halfW = plan.nx * kPitchX / 2;
    const double halfH = plan.ny * kPitchY / 2;
    double total = 0;
    for (int j = 0; j < plan.ny; ++j) {
        for (int i = 0; i < plan.nx; ++i) {
            const std::size_t b = static_cast<std::size_t>(j) * plan.nx + i;
            Rng rng = Rng::forItem(seed, b, 1);
            const double dx = (plan.blockMinX(i) + kBlockW / 2 - kCentreX) / halfW;
            const double dy = (plan.blockMinY(j) + kBlockH / 2 - kCentreY) / halfH;
            const double d = std::sqrt(dx * dx + dy * dy);
            Block& block = plan.blocks[b];
            block.dist = static_cast<float>(d);
            if (n > 4 && rng.chance(kParkShare)) {
                block.landuse = Landuse::Park;
                continue;
            }
            const double pCommercial = 0.45 * std::exp(-(d / 0.3) * (d / 0.3));
            const double pIndustrial = 0.25 * std::clamp((d - 0.45) / 0.5, 0.0, 1.0);
            const double pMixed = 0.15;
            const double u = rng.uniform();
            if (u < pCommercial)
                block.landuse = Landuse::Commercial;
            else if (u < pCommercial + pIndustrial)
                block.landuse = Landuse::Industrial;
            else if (u < pCommercial + pIndustrial + pMixed)
                block.landuse = Landuse::Mixed;
            else
                block.landuse = Landuse::Residential;
            double w = (0.12 + std::exp(-(d / 0.5) * (d / 0.5))) * rng.range(0.75, 1.25);
            if (block.landuse == Landuse::Industrial)
                w *= 0.4; // fewer, larger sheds
            weight[b] = w;
            total += w;
        }
    }
    if (total <= 0) { // only possible for tiny grids: spread evenly
        std::fill(weight.begin(), weight.end(), 1.0);
        total = static_cast<double>(n);
    }
    // Cumulative rounding: exact total, each block within one of its share.
    double cumulative = 0;
    std::int64_t assigned = 0;
    std::int32_t maxCount = 0;
    for (std::size_t b = 0; b < n; ++b) {
        cumulative += weight[b];
        const std::int64_t upTo =
            (b + 1 == n) ? buildings
                         : std::min<std::int64_t>(buildings, std::llround(static_cast<double>(buildings) *
                                                                          (cumulative / total)));
        const std::int64_t count = std::max<std::int64_t>(0, upTo - assigned);
        assigned += count;
        if (count > kMaxPerBlock)
            return std::numeric_limits<std::int32_t>::max(); // grid too small, caller grows it
        Block& block = plan.blocks[b];
        block.buildings = static_cast<std::int32_t>(count);
        if (count == 0 && block.landuse != Landuse::Park)
            block.landuse = Landuse::Vacant;
        maxCount = std::max(maxCount, block.buildings);
    }
    return maxCount;
}

Plan planCity(std::int64_t buildings, std::uint64_t seed)
{
    const double blocksNeeded = std::max(1.0, static_cast<double>(buildings) / kAvgPerBlock);
    double side = std::sqrt(blocksNeeded * kPitchX * kPitchY);
    for (;;) {
        Plan plan;
        plan.nx = std::max(1, static_cast<int>(std::ceil(side / kPitchX)));
        plan.ny = std::max(1, static_cast<int>(std::ceil(side / kPitchY)));
        plan.originX = kCentreX - (plan.nx * kPitchX - kStreet) / 2;
        plan.originY = kCentreY - (plan.ny * kPitchY - kStreet) / 2;
        if (allocateBuildings(plan, buildings, seed) <= kMaxPerBlock)
            return plan;
        side *= 1.05;
    }
}

// ---------------------------------------------------------------------------
// Building shapes
// ---------------------------------------------------------------------------
struct Shape {
    int n = 0;                       // vertex count without the closing vertex
    std::array<double, 13> x{}, y{}; // closed ring (x[n] == x[0])
    double anchorX = 0, anchorY = 0; // a point inside the building (for POIs)
};

/// Maps local coordinates of a shape drawn in a (lw x lh) frame into the
/// bounding box (bx, by, bw, bh) rotated by rot * 90 degrees. Rotations keep
/// the ring orientation, so counter-clockwise stays counter-clockwise.
struct Frame {
    double bx, by, bw, bh;
    int rot;
    double lw() const { return (rot % 2) ? bh : bw; }
    double lh() const { return (rot % 2) ? bw : bh; }
    std::pair<double, double> map(double u, double v) const
    {
        switch (rot) {
        case 1: return {bx + bw - v, by + u};
        case 2: return {bx + bw - u, by + bh - v};
        case 3: return {bx + v, by + bh - u};
        default: return {bx + u, by + v};
        }
    }
};

void finishShape(Shape& s)
{
    for (int k = 0; k < s.n; ++k) {
        s.x[k] = roundCm(s.x[k]);
        s.y[k] = roundCm(s.y[k]);
    }
    s.x[s.n] = s.x[0];
    s.y[s.n] = s.y[0];
    s.anchorX = roundCm(s.anchorX);
    s.anchorY = roundCm(s.anchorY);
}

void setFromLocal(Shape& s, const Frame& f, const double* u, const double* v, int n, double au, double av)
{
    s.n = n;
    for (int k = 0; k < n; ++k)
        std::tie(s.x[k], s.y[k]) = f.map(u[k], v[k]);
    std::tie(s.anchorX, s.anchorY) = f.map(au, av);
}

/// A building inside the box (bx, by, bw, bh); 4..12 vertices, CCW, simple.
Shape makeBuilding(Rng& rng, double bx, double by, double bw, double bh, bool industrial)
{
    Shape s;
    const double minSide = std::min(bw, bh);
    enum { Rect, Rotated, LShape, UShape, Convex };
    std::array<int, 5> weights = {35, 15, 25, 10, 15};
    if (industrial)
        weights = {70, 10, 15, 5, 0};
    if (minSide < 10)
        weights[Rotated] = 0;
    if (minSide < 12)
        weights[UShape] = 0;
    const auto kind = weightedPick(rng, weights);
    const double cx = bx + bw / 2, cy = by + bh / 2;

    if (kind == LShape || kind == UShape) {
        const Frame f{bx, by, bw, bh, rng.intIn(0, 3)};
        const double lw = f.lw(), lh = f.lh();
        if (kind == LShape) { // top-right corner cut away
            const double cw = rng.range(0.3, 0.6) * lw, ch = rng.range(0.3, 0.6) * lh;
            const double u[6] = {0, lw, lw, lw - cw, lw - cw, 0};
            const double v[6] = {0, 0, lh - ch, lh - ch, lh, lh};
            setFromLocal(s, f, u, v, 6, 0.25 * lw, 0.25 * lh);
        } else { // courtyard notch in the middle of the top side
            const double nw = rng.range(0.3, 0.5) * lw, d = rng.range(0.3, 0.5) * lh;
            const double n0 = (lw - nw) / 2, n1 = n0 + nw;
            const double u[8] = {0, lw, lw, n1, n1, n0, n0, 0};
            const double v[8] = {0, 0, lh, lh, lh - d, lh - d, lh, lh};
            setFromLocal(s, f, u, v, 8, 0.5 * lw, 0.25 * lh);
        }
    } else if (kind == Rotated) {
        // Largest rectangle of the box's proportions that fits once rotated.
        const double theta = rng.range(-15.0, 15.0) * kPi / 180.0;
        const double c = std::cos(theta), sn = std::sin(theta);
        const double ac = std::abs(c), as = std::abs(sn);
        const double k = std::min(bw / (bw * ac + bh * as), bh / (bw * as + bh * ac));
        const double hw = k * bw / 2, hh = k * bh / 2;
        const double u[4] = {-hw, hw, hw, -hw};
        const double v[4] = {-hh, -hh, hh, hh};
        s.n = 4;
        for (int q = 0; q < 4; ++q) {
            s.x[q] = cx + u[q] * c - v[q] * sn;
            s.y[q] = cy + u[q] * sn + v[q] * c;
        }
        s.anchorX = cx;
        s.anchorY = cy;
    } else if (kind == Convex) {
        // Vertices on an ellipse at increasing angles: convex and CCW.
        const int n = rng.intIn(5, 12);
        const double phase = rng.uniform() * 2 * kPi;
        s.n = n;
        double minX = cx, maxX = cx, minY = cy, maxY = cy;
        for (int q = 0; q < n; ++q) {
            const double t = phase + 2 * kPi * (q + rng.range(-0.3, 0.3)) / n;
            s.x[q] = cx + bw / 2 * std::cos(t);
            s.y[q] = cy + bh / 2 * std::sin(t);
            minX = std::min(minX, s.x[q]);
            maxX = std::max(maxX, s.x[q]);
            minY = std::min(minY, s.y[q]);
            maxY = std::max(maxY, s.y[q]);
        }
        // Stretch the vertices onto the full box (a positive scale keeps the
        // polygon convex and counter-clockwise) so the size stays within 8..30 m.
        for (int q = 0; q < n; ++q) {
            s.x[q] = bx + (s.x[q] - minX) * (bw / (maxX - minX));
            s.y[q] = by + (s.y[q] - minY) * (bh / (maxY - minY));
        }
        s.anchorX = cx;
        s.anchorY = cy;
    } else {
        const double u[4] = {bx, bx + bw, bx + bw, bx};
        const double v[4] = {by, by, by + bh, by + bh};
        s.n = 4;
        std::copy(u, u + 4, s.x.begin());
        std::copy(v, v + 4, s.y.begin());
        s.anchorX = cx;
        s.anchorY = cy;
    }
    finishShape(s);
    return s;
}

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

#pragma once
/// The synthetic city's plan: layout constants, the deterministic random stream, attribute vocabularies,
/// the street grid with per-block building counts, and building shapes. No GDAL here: city_generator.cpp
/// writes the plan to a GeoPackage.
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace polis::bench::detail {

// ---------------------------------------------------------------------------
// Layout constants (metres, EPSG:2100)
// ---------------------------------------------------------------------------
inline constexpr double kCentreX = 608000.0;
inline constexpr double kCentreY = 3912000.0;
inline constexpr double kBlockW = 100.0;
inline constexpr double kBlockH = 80.0;
inline constexpr double kStreet = 12.0;
inline constexpr double kPitchX = kBlockW + kStreet;
inline constexpr double kPitchY = kBlockH + kStreet;
inline constexpr double kSetback = 1.0;         // gap between a building and its lot border
inline constexpr double kMinBuilding = 8.0;     // smallest building extent
inline constexpr double kMaxBuilding = 30.0;    // largest building extent
inline constexpr double kAvgPerBlock = 9.0;     // planning density (buildings per block)
inline constexpr std::int32_t kMaxPerBlock = 48; // 8 x 6 lots of 12.5 m x 13.3 m
inline constexpr double kParkShare = 0.04;
inline constexpr std::int64_t kPoiEvery = 50;   // one POI per this many buildings
inline constexpr std::int64_t kFeaturesPerTransaction = 100000;
inline constexpr double kPi = 3.14159265358979323846;

// ---------------------------------------------------------------------------
// Deterministic PRNG: splitmix64 for seeding, xoshiro256** for the stream.
// ---------------------------------------------------------------------------
inline std::uint64_t splitmix64(std::uint64_t& state)
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

inline double roundCm(double v) { return std::round(v * 100.0) / 100.0; }

// ---------------------------------------------------------------------------
// Attribute vocabularies
// ---------------------------------------------------------------------------
enum class Landuse : std::uint8_t { Residential, Commercial, Mixed, Industrial, Park, Vacant };
inline constexpr std::array<const char*, 6> kLanduseNames = {"residential", "commercial", "mixed",
                                                      "industrial",  "park",       "vacant"};

enum Use : std::size_t { Residential, Commercial, School, Office, Industrial, Hospital };
inline constexpr std::array<const char*, 6> kUseNames = {"residential", "commercial", "school",
                                                  "office",      "industrial", "hospital"};
// Building use weights (per mille) per block land use.
inline constexpr std::array<int, 6> kUseResidential = {932, 40, 12, 15, 0, 1};
inline constexpr std::array<int, 6> kUseCommercial = {195, 500, 0, 300, 0, 5};
inline constexpr std::array<int, 6> kUseMixed = {603, 200, 20, 160, 15, 2};
inline constexpr std::array<int, 6> kUseIndustrial = {20, 100, 0, 80, 800, 0};

struct PoiKind {
    const char* kind;
    const char* label; // Greek, UTF-8
};
inline constexpr std::array<PoiKind, 10> kPoiKinds = {{
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
inline constexpr std::array<int, 10> kPoiWeights = {20, 15, 8, 8, 8, 5, 10, 15, 4, 7};
inline constexpr PoiKind kPoiSchool = {"school", "Σχολείο"};
inline constexpr PoiKind kPoiHospital = {"hospital", "Νοσοκομείο"};

inline constexpr std::array<const char*, 20> kStreetNames = {
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

// ---------------------------------------------------------------------------
// Building shapes
// ---------------------------------------------------------------------------
struct Shape {
    int n = 0;                       // vertex count without the closing vertex
    std::array<double, 13> x{}, y{}; // closed ring (x[n] == x[0])
    double anchorX = 0, anchorY = 0; // a point inside the building (for POIs)
};

/// The grid sized for `buildings` and the building count of every block (deterministic for `seed`).
Plan planCity(std::int64_t buildings, std::uint64_t seed);

/// A valid counter-clockwise building of 4-12 vertices inside the box (bx, by, bw, bh).
Shape makeBuilding(Rng& rng, double bx, double by, double bw, double bh, bool industrial);

} // namespace polis::bench::detail

#include "locator_bench.hpp"

#include "city_plan.hpp"

#include "layers/core/crs.hpp"
#include "layers/query/locator.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace polis::bench {
namespace {

using Clock = std::chrono::steady_clock;
using detail::kStreetNames;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

constexpr const char* kKinds[] = {"Οδός", "Πλατεία", "Σχολείο", "Κτίριο", "Πάρκο"};
constexpr const char* kLatinKinds[] = {"Odos", "Plateia", "Scholeio", "Ktirio", "Parko"};

/// `count` points around Heraklion (EPSG:2100) in a seeded square of 20 km, every one named differently:
/// name "<kind> <street> <n>" in Greek with accents, name_en "<Kind> <n>" in Latin. Every name is a distinct
/// key: the locator's worst case (real layers repeat names).
std::shared_ptr<const FeatureStore> namedPoints(std::size_t count, unsigned seed)
{
    auto s = std::make_shared<FeatureStore>(
        std::vector<Field>{{"name", FieldType::String, 0}, {"name_en", FieldType::String, 0}});
    s->reserve(count);
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> dx(593000, 613000), dy(3900000, 3920000);
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t kind = i % std::size(kKinds);
        s->beginFeature(std::int64_t(i + 1), GeometryKind::Point);
        s->beginPart();
        s->beginRing();
        s->addPoint(dx(rng), dy(rng));
        s->setAttribute(0, std::string(kKinds[kind]) + " " + kStreetNames[(i / 5) % kStreetNames.size()] + " " +
                               std::to_string(i));
        s->setAttribute(1, std::string(kLatinKinds[kind]) + " " + std::to_string(i));
        s->endFeature();
    }
    s->finish();
    return s;
}

/// The floor for a search: the raw UTF-8 names scanned for the query's bytes as typed (no folding, no
/// ranking), as a plain loop over the column would.
std::size_t rawScan(const FeatureStore& store, const std::string& needle)
{
    std::size_t hits = 0;
    for (std::size_t f = 0; f < store.size(); ++f)
        hits += store.text(f, 0).find(needle) != std::string::npos || store.text(f, 1).find(needle) != std::string::npos;
    return hits;
}

} // namespace

int locatorBenchmark(int argc, char** argv)
{
    std::size_t count = 100000;
    unsigned seed = 1;
    for (int i = 2; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--features") == 0)
            count = std::size_t(std::atoll(argv[i + 1]));
        else if (std::strcmp(argv[i], "--seed") == 0)
            seed = unsigned(std::atoi(argv[i + 1]));
    }
    const auto store = namedPoints(count, seed);
    const std::vector<LocatorLayer> layers{{LayerId("bench"), "bench", store, ""}};
    const Crs crs = Crs::fromEpsg(2100);
    std::vector<double> builds;
    LocatorIndex index;
    for (int run = 0; run < 3; ++run) {
        const auto start = Clock::now();
        index = LocatorIndex::build(layers, crs);
        builds.push_back(msSince(start));
    }
    // A word start matching a fifth of the features, a name matched exactly, a Latin spelling of a Greek word,
    // nothing at all, a WGS84 pair and an EPSG code.
    const std::string exact = "σχολειο " + std::string(kStreetNames[(count / 2 / 5) % kStreetNames.size()]) + " " +
                              std::to_string(count / 2 - (count / 2) % 5 + 2);
    const std::vector<std::pair<const char*, std::string>> queries{
        {"common_prefix", "πλατ"}, {"exact", exact}, {"latin", "knosou"}, {"none", "ξξξξ"},
        {"wgs84", "35.3387 25.1343"}, {"epsg", "EPSG:2100"}};
    std::string json;
    for (const auto& [key, text] : queries) {
        std::vector<double> ms;
        std::size_t found = 0;
        for (int run = 0; run < 9; ++run) {
            const auto start = Clock::now();
            found = index.search(text).size();
            ms.push_back(msSince(start));
        }
        char buf[160];
        std::snprintf(buf, sizeof buf, "%s\"%s\": {\"ms\": %.3f, \"results\": %zu}", json.empty() ? "" : ", ", key,
                      median(ms), found);
        json += buf;
    }
    std::vector<double> raw;
    std::size_t rawHits = 0;
    for (int run = 0; run < 9; ++run) {
        const auto start = Clock::now();
        rawHits = rawScan(*store, "Σχολείο");
        raw.push_back(msSince(start));
    }
    std::printf("{\"features\": %zu, \"keys\": %zu, \"entries\": %zu, \"build_ms\": {\"median\": %.1f, \"min\": %.1f}, "
                "\"queries\": {%s}, \"raw_scan_ms\": %.3f, \"raw_scan_hits\": %zu}\n",
                store->size(), index.keyCount(), index.entryCount(), median(builds),
                *std::min_element(builds.begin(), builds.end()), json.c_str(), median(raw), rawHits);
    return index.keyCount() == 2 * count ? 0 : 1;
}

} // namespace polis::bench

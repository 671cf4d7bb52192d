#include "query_bench.hpp"

#include "layers/core/detail/geos_handles.hpp"
#include "layers/io/data_source.hpp"
#include "layers/query/select_by_location.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace polis::bench {
namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/// The route: 40 segments of 250 m (10 km), zig-zagging north-east at 25° and 65° from 3.5 km south-west of
/// the layer's centre. Deterministic: the same city gives the same route.
std::vector<double> route(const Extent& city)
{
    constexpr double kPi = 3.14159265358979323846;
    std::vector<double> xy{std::round(city.centerX()) - 3500, std::round(city.centerY()) - 3500};
    for (int i = 0; i < 40; ++i) {
        const double a = (45.0 + (i % 2 ? 20.0 : -20.0)) * kPi / 180;
        xy.push_back(xy[xy.size() - 2] + 250 * std::cos(a));
        xy.push_back(xy[xy.size() - 2] + 250 * std::sin(a));
    }
    return xy;
}

std::string wkt(const std::vector<double>& xy)
{
    std::string out = "LINESTRING(";
    char buf[64];
    for (std::size_t i = 0; i < xy.size(); i += 2) {
        std::snprintf(buf, sizeof buf, "%s%.3f %.3f", i ? "," : "", xy[i], xy[i + 1]);
        out += buf;
    }
    return out + ")";
}

/// Wall-clock milliseconds of a shell command (stdout discarded), or -1 when it fails.
double processMs(const std::string& command)
{
    const auto start = Clock::now();
    const int status = std::system((command + " > /dev/null 2>&1").c_str());
    return status == 0 ? msSince(start) : -1;
}

/// GEOS alone, in memory: every building as a GEOS geometry in a GEOS STRtree (built before timing), then the
/// prepared route and one tree query per segment envelope grown by `distance`. Returns the matches; `ms` is
/// the median of three timed runs.
std::size_t geosOnly(const std::string& path, const std::vector<double>& line, double distance, double& ms)
{
    GEOSContextHandle_t ctx = detail::geosContext();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    std::vector<detail::GeosGeometryPtr> buildings;
    GEOSWKBReader* reader = GEOSWKBReader_create_r(ctx);
    std::vector<unsigned char> wkb;
    for (auto& f : *ds->GetLayerByName("buildings")) {
        const OGRGeometry* g = f->GetGeometryRef();
        wkb.resize(std::size_t(g->WkbSize()));
        g->exportToWkb(wkbNDR, wkb.data());
        buildings.emplace_back(GEOSWKBReader_read_r(ctx, reader, wkb.data(), wkb.size()));
    }
    GEOSWKBReader_destroy_r(ctx, reader);
    GEOSSTRtree* tree = GEOSSTRtree_create_r(ctx, 10);
    for (std::size_t i = 0; i < buildings.size(); ++i)
        GEOSSTRtree_insert_r(ctx, tree, buildings[i].get(), reinterpret_cast<void*>(i));
    GEOSSTRtree_query_r(
        ctx, tree, buildings.front().get(), [](void*, void*) {}, nullptr); // builds the tree

    std::vector<double> runs;
    std::size_t count = 0;
    for (int run = 0; run < 3; ++run) {
        const auto start = Clock::now();
        GEOSCoordSequence* seq =
            GEOSCoordSeq_copyFromBuffer_r(ctx, line.data(), unsigned(line.size() / 2), 0, 0);
        const detail::GeosGeometryPtr lineGeometry(GEOSGeom_createLineString_r(ctx, seq));
        const detail::GeosPreparedPtr prepared(GEOSPrepare_r(ctx, lineGeometry.get()));
        struct State
        {
            std::vector<char> seen;
            std::vector<std::size_t> candidates;
        } state{std::vector<char>(buildings.size(), 0), {}};
        for (std::size_t i = 0; i + 3 < line.size(); i += 2) {
            const detail::GeosGeometryPtr box(GEOSGeom_createRectangle_r(
                ctx, std::min(line[i], line[i + 2]) - distance, std::min(line[i + 1], line[i + 3]) - distance,
                std::max(line[i], line[i + 2]) + distance, std::max(line[i + 1], line[i + 3]) + distance));
            GEOSSTRtree_query_r(
                ctx, tree, box.get(),
                [](void* item, void* data) {
                    auto* s = static_cast<State*>(data);
                    const auto index = reinterpret_cast<std::size_t>(item);
                    if (!s->seen[index]) {
                        s->seen[index] = 1;
                        s->candidates.push_back(index);
                    }
                },
                &state);
        }
        count = 0;
        for (const std::size_t i : state.candidates)
            count += GEOSPreparedDistanceWithin_r(ctx, prepared.get(), buildings[i].get(), distance) == 1;
        runs.push_back(msSince(start));
    }
    std::sort(runs.begin(), runs.end());
    ms = runs[1];
    GEOSSTRtree_destroy_r(ctx, tree);
    return count;
}

} // namespace

int queryBenchmark(int argc, char** argv)
{
    if (argc < 3)
        return 2;
    const std::string path = argv[2];
    const double distance = 200;
    const DataSource ds = DataSource::open(path + ":buildings");
    const std::size_t layer = ds.layerIndex("buildings");
    const std::vector<double> line = route(ds.layers()[layer].extent);

    // The engine in memory: the whole layer loaded and indexed, then the query alone.
    auto start = Clock::now();
    const auto buildings = ds.read(layer);
    const double loadMs = msSince(start);
    FeatureStore routeStore;
    routeStore.beginFeature(1, GeometryKind::Line);
    routeStore.beginPart();
    routeStore.beginRing();
    for (std::size_t i = 0; i < line.size(); i += 2)
        routeStore.addPoint(line[i], line[i + 1]);
    routeStore.endFeature();
    routeStore.finish();
    LocationOptions options;
    options.distance = distance;
    std::vector<double> runs;
    Selection selection;
    for (int i = 0; i < 5; ++i) { // the median of 5
        start = Clock::now();
        selection = selectByLocation(*buildings, routeStore, Predicate::DWithin, options);
        runs.push_back(msSince(start));
    }
    std::sort(runs.begin(), runs.end());
    double geosMs = 0;
    const std::size_t geosCount = geosOnly(path, line, distance, geosMs);

    // Whole processes, as a user would run them: polis query (candidate-only read) and ogrinfo (R-tree +
    // spatialite).
    const std::string routeFile = "/tmp/polis-bench-route.csv";
    std::ofstream(routeFile) << "id,WKT\n1,\"" << wkt(line) << "\"\n";
    std::ofstream(routeFile.substr(0, routeFile.size() - 4) + ".prj") << ds.layers()[layer].crs.wkt() << '\n';
    const std::string polis = argc > 3 ? argv[3] : "polis";
    const double polisMs =
        processMs(polis + " query --layer '" + path + ":buildings' --op dwithin --distance 200 --with " +
                  routeFile + " --count --json");
    char box[256];
    std::snprintf(box, sizeof box, "r.maxx >= %.3f AND r.minx <= %.3f AND r.maxy >= %.3f AND r.miny <= %.3f",
                  routeStore.extent().xmin - distance, routeStore.extent().xmax + distance,
                  routeStore.extent().ymin - distance, routeStore.extent().ymax + distance);
    const double ogrMs = processMs(
        "ogrinfo -q -dialect SQLite -sql \"SELECT COUNT(*) FROM buildings b WHERE b.fid IN (SELECT id FROM "
        "rtree_buildings_geom r WHERE " +
        std::string(box) + ") AND PtDistWithin(b.geom, GeomFromText('" + wkt(line) + "', 2100), 200)\" '" +
        path + "'");

    // PostGIS, when a libpq connection string to a database holding the same buildings table is given:
    // psql with ST_DWithin on the GiST index, and polis query reading PostGIS.
    double psqlMs = -1, polisPgMs = -1;
    if (argc > 4) {
        const std::string pg = argv[4];
        psqlMs = processMs("psql -At -d '" + pg +
                           "' -c \"SELECT count(*) FROM buildings WHERE ST_DWithin(geom, ST_GeomFromText('" +
                           wkt(line) + "', 2100), 200)\"");
        polisPgMs =
            processMs(polis + " query --layer 'PG:" + pg + " tables=buildings' --op dwithin --distance 200 " +
                      "--with " + routeFile + " --count --json");
    }

    std::printf(
        "{\"features\": %zu, \"count\": %zu, \"geos_count\": %zu, \"load_ms\": %.1f, \"query_ms\": %.2f, "
        "\"geos_only_ms\": %.2f, \"query_vs_geos\": %.2f, \"polis_process_ms\": %.1f, "
        "\"ogrinfo_sqlite_rtree_ms\": %.1f, \"postgis_psql_ms\": %.1f, \"polis_postgis_process_ms\": %.1f}\n",
        buildings->size(), selection.indices.size(), geosCount, loadMs, runs[runs.size() / 2], geosMs,
        runs[runs.size() / 2] / geosMs, polisMs, ogrMs, psqlMs, polisPgMs);
    return selection.indices.size() == geosCount ? 0 : 1;
}

} // namespace polis::bench

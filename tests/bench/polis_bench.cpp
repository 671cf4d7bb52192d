// polis-bench: generates the synthetic city and measures rendering against GDAL's own read speed.
//   polis-bench gen-city --buildings N -o FILE.gpkg [--seed S] [--project FILE.polis]
//     --project: also a project on the city with three scenarios and indicators (city_project.hpp)
//   polis-bench render SOURCE [--size 1920x1080] [--frames N] [--styled]
//     --styled: layers with a "use" field categorized by it, labels from "name" where layers have one
//   polis-bench query SOURCE.gpkg [POLIS_BINARY [PG_CONNINFO]]
//   polis-bench gui-stall PROJECT.polis [--add DATASET] [--save FILE.polis] [--steps N] [--timeout S]
//   polis-bench locator [--features N] [--seed S]
// Prints one JSON object on stdout.
#include "city_generator.hpp"
#include "city_project.hpp"
#include "gui_stall.hpp"
#include "locator_bench.hpp"
#include "query_bench.hpp"

#include "layers/core/error.hpp"
#include "layers/core/detail/gdal_error.hpp"
#include "layers/render/map_renderer.hpp"
#include "layers/style/classification.hpp"

#include <QGuiApplication>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

/// The resident set now (not the peak), from /proc/self/statm.
double rssMb()
{
    long pages = 0, resident = 0;
    if (FILE* f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(f);
    }
    return resident * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

std::string summary(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto pick = [&](double q) { return ms.empty() ? 0.0 : ms[std::min(ms.size() - 1, std::size_t(q * (ms.size() - 1) + 0.5))]; };
    char buf[128];
    std::snprintf(buf, sizeof buf, "{\"median\": %.3f, \"p95\": %.3f}", pick(0.5), pick(0.95));
    return buf;
}

const char* option(int argc, char** argv, const char* name, const char* fallback)
{
    for (int i = 0; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return argv[i + 1];
    }
    return fallback;
}

int usage()
{
    std::fprintf(stderr, "usage: polis-bench gen-city --buildings N -o FILE.gpkg [--seed S] [--project FILE.polis]\n"
                         "       polis-bench render SOURCE [--size 1920x1080] [--frames N] [--styled]\n"
                         "       polis-bench query SOURCE.gpkg [POLIS_BINARY [PG_CONNINFO]]\n"
                         "       polis-bench gui-stall PROJECT.polis [--add DATASET] [--save FILE.polis] [--steps N] "
                         "[--timeout S]\n"
                         "       polis-bench locator [--features N] [--seed S]\n");
    return 2;
}

/// GDAL alone iterating every feature with its geometry: the floor for opening.
double gdalReadSeconds(const std::string& path, std::int64_t& features)
{
    const auto start = Clock::now();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    features = 0;
    if (!ds)
        return 0;
    double sink = 0;
    for (OGRLayer* layer : ds->GetLayers()) {
        for (auto& f : *layer) {
            if (const OGRGeometry* g = f->GetGeometryRef()) {
                OGREnvelope env;
                g->getEnvelope(&env);
                sink += env.MinX;
            }
            ++features;
        }
    }
    return seconds(start) + (sink == 0.5 ? 1e-12 : 0); // keep the loop observable
}

int genCity(int argc, char** argv)
{
    polis::bench::CityOptions options;
    options.buildings = std::atoll(option(argc, argv, "--buildings", "10000"));
    options.output = option(argc, argv, "-o", "");
    options.seed = std::strtoull(option(argc, argv, "--seed", "1"), nullptr, 10);
    if (options.output.empty() || options.buildings <= 0)
        return usage();
    const auto start = Clock::now();
    const polis::bench::CityStats stats = polis::bench::generateCity(options);
    std::string project = option(argc, argv, "--project", "");
    std::string projectJson;
    if (!project.empty()) {
        for (const char* suffix : {"", "-journal", "-wal", "-shm"})
            std::remove((project + suffix).c_str());
        const polis::bench::CityProjectStats p = polis::bench::writeCityProject(options.output, project, options.seed);
        projectJson = ", \"project\": \"" + project + "\", \"scenarios\": " + std::to_string(p.scenarios) +
                      ", \"changes\": " + std::to_string(p.changes);
    }
    std::printf("{\"output\": \"%s\", \"buildings\": %lld, \"roads\": %lld, \"parcels\": %lld, \"pois\": %lld, "
                "\"extent\": [%.3f, %.3f, %.3f, %.3f]%s, \"seconds\": %.3f}\n",
                options.output.c_str(), (long long)stats.buildings, (long long)stats.roads, (long long)stats.parcels,
                (long long)stats.pois, stats.xmin, stats.ymin, stats.xmax, stats.ymax, projectJson.c_str(), seconds(start));
    return 0;
}

/// The --styled benchmark: categorized by "use" where a layer has it, labelled from "name" where it has one.
void applyBenchStyles(polis::MapContent& map)
{
    for (polis::MapLayer& l : map.layers) {
        if (!l.features)
            continue;
        if (l.features->fieldIndex("use") >= 0)
            l.style = polis::categorizedStyle(l.style, *l.features, "use", "Set1");
        if (l.features->fieldIndex("name") >= 0)
            l.style.labels.field = "name";
    }
}

int render(int argc, char** argv)
{
    if (argc < 3)
        return usage();
    const std::string source = argv[2];
    int width = 1920, height = 1080;
    if (std::sscanf(option(argc, argv, "--size", "1920x1080"), "%dx%d", &width, &height) != 2)
        return usage();
    const int frames = std::max(1, std::atoi(option(argc, argv, "--frames", "10")));

    std::int64_t gdalFeatures = 0;
    const double gdalRead = gdalReadSeconds(source, gdalFeatures);

    const auto openStart = Clock::now();
    polis::MapContent map = polis::loadSources({source});
    const double open = seconds(openStart);
    const double openRss = rssMb();
    for (const polis::LayerError& e : map.errors)
        std::fprintf(stderr, "%s\n", e.message.c_str());
    if (map.layers.empty())
        return 1;
    const bool styled = std::find_if(argv, argv + argc, [](const char* a) { return std::strcmp(a, "--styled") == 0; }) != argv + argc;
    if (styled)
        applyBenchStyles(map);
    polis::RenderRequest request;
    request.width = width;
    request.height = height;
    request.crs = map.crs;
    request.extent = map.extent;
    request.layers = map.layers;
    std::size_t features = 0;
    for (const polis::MapLayer& l : map.layers)
        features += l.features ? l.features->size() : 0;

    auto frameStart = Clock::now();
    polis::MapRenderer::render(request);
    const double firstFrame = open + seconds(frameStart);

    std::vector<double> full, window, fullLabels, windowLabels;
    polis::RenderStats stats;
    for (int i = 0; i < frames; ++i) {
        frameStart = Clock::now();
        polis::MapRenderer::render(request, nullptr, &stats);
        full.push_back(seconds(frameStart) * 1000);
        fullLabels.push_back(double(stats.labelsDrawn));
    }
    std::mt19937_64 rng(42);
    const polis::Extent all = map.extent;
    for (int i = 0; i < frames * 3; ++i) {
        const double km = map.crs.isGeographic() ? 0.01 : 1000.0;
        const double x = all.xmin + (all.width() - km) * double(rng() % 1000000) / 1e6;
        const double y = all.ymin + (all.height() - km) * double(rng() % 1000000) / 1e6;
        request.extent = polis::Extent::of(x, y, x + km, y + km);
        frameStart = Clock::now();
        polis::MapRenderer::render(request, nullptr, &stats);
        window.push_back(seconds(frameStart) * 1000);
        windowLabels.push_back(double(stats.labelsDrawn));
    }
    std::printf("{\"source\": \"%s\", \"styled\": %s, \"size\": [%d, %d], \"features\": %zu, \"gdal_features\": %lld, "
                "\"gdal_read_s\": %.3f, \"open_s\": %.3f, \"first_frame_s\": %.3f, "
                "\"first_frame_vs_gdal_read\": %.2f, \"full_redraw_ms\": %s, \"window_redraw_ms\": %s, \"full_labels\": %s, "
                "\"window_labels\": %s, \"rss_after_open_mb\": %.1f, \"peak_rss_mb\": %.1f}\n",
                source.c_str(), styled ? "true" : "false", width, height, features, (long long)gdalFeatures, gdalRead, open, firstFrame,
                gdalRead > 0 ? firstFrame / gdalRead : 0.0, summary(full).c_str(), summary(window).c_str(),
                summary(fullLabels).c_str(), summary(windowLabels).c_str(), openRss, peakRssMb());
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs); // gui-stall's window, as in the GUI tests
    int qtArgc = 1;
    QGuiApplication app(qtArgc, argv);
    polis::detail::ensureGdalRegistered();
    if (argc < 2)
        return usage();
    try {
        if (std::strcmp(argv[1], "gen-city") == 0)
            return genCity(argc, argv);
        if (std::strcmp(argv[1], "render") == 0)
            return render(argc, argv);
        if (std::strcmp(argv[1], "query") == 0)
            return argc < 3 ? usage() : polis::bench::queryBenchmark(argc, argv);
        if (std::strcmp(argv[1], "locator") == 0)
            return polis::bench::locatorBenchmark(argc, argv);
        if (std::strcmp(argv[1], "gui-stall") == 0)
            return argc < 3 ? usage() : polis::bench::guiStallBenchmark(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "polis-bench: %s\n", e.what());
        return 1;
    }
    return usage();
}

// Project files (GeoPackage), loadProject and the style JSON. References: the documented on-disk format
// (read back here with GDAL directly), sample-data/src/polis_project.csv and polis_layers.csv (what
// heraklion.polis was built from) and GDAL's feature counts of the referenced datasets.
#include "fixtures.hpp"

#include "layers/core/error.hpp"
#include "layers/core/transform.hpp"
#include "layers/map/map_content.hpp"
#include "layers/map/project.hpp"
#include "layers/style/style.hpp"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <map>

using namespace polis;
using namespace polis::test;

namespace {

/// Rows of a Polis table read with GDAL: polis_project as key -> value, polis_layers by position.
std::map<std::string, std::string> projectTable(const std::string& path)
{
    std::map<std::string, std::string> out;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    if (OGRLayer* l = ds ? ds->GetLayerByName("polis_project") : nullptr) {
        for (auto& f : *l)
            out[f->GetFieldAsString("key")] = f->GetFieldAsString("value");
    }
    return out;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Style JSON fixtures live out here: moc's tokenizer trips over '#' inside raw strings in a class body.
const char* const kPartialStyle = R"({"stroke":"#000000"})";
const char* const kBadColourStyles[] = {R"({"fill":"#12345"})", R"({"fill":"red"})",
                                        R"({"stroke":"#GG0000"})", R"({"stroke":12})"};
const char* const kBadStyles[] = {R"({"marker":"star"})", R"({"type":"heatmap"})", R"({"fill": "#ffffff")",
                                  "[]"};

Style customStyle()
{
    Style s;
    s.fill.reset();
    s.stroke = Color{0x12, 0xab, 0xef, 0x80};
    s.strokeWidth = 2.5;
    s.marker = MarkerShape::Diamond;
    s.markerSize = 9.25;
    return s;
}

/// Every kind of class and a label, for round trips.
Style classifiedStyle()
{
    Style s = customStyle();
    s.type = Style::Type::Categorized;
    s.field = "χρήση";
    s.ramp = "Set1";
    Symbol park;
    park.fill = Color{0x4d, 0xaf, 0x4a, 0x80};
    s.categories = {{"πάρκο", park}, {"", customStyle()}};
    s.labels = {"όνομα", 10.5, Color{1, 2, 3}, Color{250, 251, 252, 0x80}, 2};
    return s;
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT

    Scratch m_dir;

private slots:
    void initTestCase()
    {
        GDALAllRegister();
        // GDAL warns on every direct open of a GeoPackage named *.polis ("non conformant file extension").
        CPLSetErrorHandler(CPLQuietErrorHandler);
        QVERIFY(m_dir.isValid());
    }

    void saveLoadRoundTrip()
    {
        Project p;
        p.title = "Ηράκλειο — σενάριο Β (Καστέλι)";
        p.mapCrs = Crs::fromEpsg(2100);
        p.extent = Extent::of(594500.125, 3900500.5, 612500.75, 3913000.0625);
        ProjectLayer vector{"Δρόμοι", "data/roads.geojson", "roads", false, false, 0.25, customStyle(), "Μεταφορές", LayerId("roads-0001"), "Δρόμοι: © Δήμος Ηρακλείου, CC BY 4.0"};
        ProjectLayer raster{"DEM", "/abs/elevation.tif", "", true, true, 0.6, Style{}, "", LayerId("dem-0002"), ""};
        raster.style.type = Style::Type::Raster;
        ProjectLayer plain{"Σχολεία", "schools.shp", "", false, true, 1.0, Style{}, "Μεταφορές", LayerId("schools-0003"), ""};
        ProjectLayer classified{"Χρήσεις γης", "landuse.shp", "", false, true, 0.5, classifiedStyle(), "", LayerId("landuse-0004"), ""};
        p.layers = {vector, raster, plain, classified};
        const std::string path = m_dir.tmp("round.polis");
        p.save(path);

        // The documented format, read with GDAL itself.
        const auto values = projectTable(path);
        QCOMPARE(values.at("format_version"), std::to_string(Project::formatVersion));
        QCOMPARE(values.at("title"), p.title);
        QCOMPARE(values.at("map_crs"), std::string("EPSG:2100"));
        // polis_project, polis_layers, polis_layout and the scenario tables (project.hpp lists them)
        QCOMPARE(ogrFacts(path).size(), std::size_t(6));

        const Project q = Project::load(path);
        QCOMPARE(q.title, p.title);
        QVERIFY(q.mapCrs.isSame(p.mapCrs));
        QCOMPARE(q.extent, p.extent); // %.17g keeps every bit
        QCOMPARE(q.layers.size(), p.layers.size());
        for (std::size_t i = 0; i < p.layers.size(); ++i) {
            const ProjectLayer &a = p.layers[i], &b = q.layers[i];
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.source, a.source);
            QCOMPARE(b.layer, a.layer);
            QCOMPARE(b.raster, a.raster);
            QCOMPARE(b.visible, a.visible);
            QCOMPARE(b.opacity, a.opacity);
            QVERIFY2(b.style == a.style, styleToJson(b.style).c_str());
            QCOMPARE(b.group, a.group);
            QCOMPARE(b.id, a.id); // ids survive save and reopen
            QCOMPARE(b.attribution, a.attribution);
        }

        // Saving again replaces the content (no duplicated rows).
        p.layers = {plain};
        p.title = "δεύτερο";
        p.extent = Extent{};
        p.activeScenario = "Αεροδρόμιο Καστελίου";
        p.save(path);
        const Project r = Project::load(path);
        QCOMPARE(r.activeScenario, p.activeScenario);
        QCOMPARE(r.layers.size(), std::size_t(1));
        QCOMPARE(r.layers[0].name, plain.name);
        QCOMPARE(r.title, std::string("δεύτερο"));
        QVERIFY(r.extent.isEmpty());
        // polis_project: format_version, title, map_crs, extent, active_scenario, background, revision; polis_layers: one row.
        QCOMPARE(ogrFacts(path)[0].count + ogrFacts(path)[1].count, std::int64_t(7 + 1));
    }

    void customCrsRoundTrips()
    {
        Project p;
        p.mapCrs = Crs::fromUserInput(
            "+proj=tmerc +lat_0=0 +lon_0=25 +k=1 +x_0=200000 +y_0=0 +ellps=GRS80 +units=m");
        QVERIFY(!p.mapCrs.epsg());
        p.save(m_dir.tmp("custom.polis"));
        const Project q = Project::load(m_dir.tmp("custom.polis"));
        QVERIFY(q.mapCrs.isSame(p.mapCrs));
        QVERIFY(!q.mapCrs.isSame(Crs::fromEpsg(2100)));
    }

    void resolveSource()
    {
        QCOMPARE(Project::resolveSource("/a/b/p.polis", "data/x.shp"), std::string("/a/b/data/x.shp"));
        QCOMPARE(Project::resolveSource("/a/b/p.polis", "../x.shp"), std::string("/a/x.shp"));
        QCOMPARE(Project::resolveSource("/a/b/p.polis", "./Δεδομένα/x.gpkg"),
                 std::string("/a/b/Δεδομένα/x.gpkg"));
        QCOMPARE(Project::resolveSource("/a/b/p.polis", "/c/x.shp"), std::string("/c/x.shp"));
        QCOMPARE(Project::resolveSource("/a/b/p.polis", "PG:dbname=city"), std::string("PG:dbname=city"));
        QCOMPARE(Project::resolveSource("/a/b/p.polis", "/vsizip/c.zip/x.shp"),
                 std::string("/vsizip/c.zip/x.shp"));
        // A relative project path resolves against the working directory.
        QCOMPARE(Project::resolveSource("p.polis", "x.shp"), (QDir::currentPath() + "/x.shp").toStdString());
    }

    void embeddedLayer()
    {
        // A layer stored inside the project GeoPackage itself (source "") loads like a referenced one.
        QTemporaryDir dir;
        const std::string geojson = dir.filePath("squares.geojson").toStdString();
        const std::string path = dir.filePath("embedded.polis").toStdString();
        writeText(geojson, kSquaresGeoJson);
        Project project;
        project.mapCrs = Crs::fromEpsg(2100);
        ProjectLayer layer;
        layer.name = "Τετράγωνα";
        layer.layer = "squares";
        project.layers.push_back(layer);
        project.save(path);
        translate(geojson, path, {"-update", "-nln", "squares", "-t_srs", "EPSG:2100"});
        const MapContent map = loadProject(path);
        QVERIFY2(map.errors.empty(), map.errors.empty() ? "" : map.errors.front().message.c_str());
        QCOMPARE(map.layers.size(), std::size_t(1));
        QCOMPARE(map.layers[0].features->size(), std::size_t(3));
        QCOMPARE(map.layers[0].name, std::string("Τετράγωνα"));
    }

    void openingKeepsThePrintLayout()
    {
        // The GUI opens projects through loadSources: the layout must survive it, or saving would lose it.
        Project project;
        project.mapCrs = Crs::fromEpsg(2100);
        project.layout.title = "Δακτύλιος οπτικών ινών";
        project.layout.overview = true;
        const std::string path = m_dir.tmp("layout.polis");
        project.save(path);
        const MapContent map = loadSources({path});
        QVERIFY(map.layout == project.layout);
    }

    void sampleProject()
    {
        // sample-data/src/polis_project.csv and polis_layers.csv.
        const std::string path = sample("heraklion.polis");
        const Project p = Project::load(path);
        QCOMPARE(p.title, std::string("Ηράκλειο — δείγμα έργου"));
        QCOMPARE(p.mapCrs.epsg().value_or(0), 2100);
        QCOMPARE(p.extent, Extent::of(584500, 3888000, 625500, 3914000)); // polis_project.csv: extent
        const std::vector<std::string> names = {"Ξηρά (ακτογραμμή GSHHG)",
                                                "Ανάγλυφο (σκίαση)",
                                                "Υψόμετρο (DEM)",
                                                "Δημοτικά διαμερίσματα",
                                                "Όριο Δήμου Ηρακλείου",
                                                "Ακτογραμμή",
                                                "Δήμοι Κρήτης",
                                                "Περιοχές ύδρευσης ΔΕΥΑΗ",
                                                "Οικισμοί (GeoNames)",
                                                "Αεροδρόμια (OurAirports)",
                                                "Κύριοι δρόμοι",
                                                "Αερολιμένες",
                                                "Έργα / εγκαταστάσεις",
                                                "Δακτύλιος οπτικών ινών",
                                                "Δημόσια κτίρια",
                                                "Έξυπνα φωτιστικά",
                                                "Σχεδιασμός (προτάσεις)",
                                                "Σταθμοί κοινόχρηστων ποδηλάτων"}; // polis_layers.csv, the planning layer at 16
        QCOMPARE(p.layers.size(), names.size());
        for (std::size_t i = 0; i < names.size(); ++i)
            QCOMPARE(p.layers[i].name, names[i]);
        QVERIFY(p.layers[2].raster && p.layers[2].style.type == Style::Type::Raster);
        QCOMPARE(p.layers[3].opacity, 0.55);
        QVERIFY(p.layers[3].style.fill == (Color{0xed, 0xe6, 0xd6}));
        QVERIFY(!p.layers[4].style.fill);
        QCOMPARE(p.layers[13].style.strokeWidth, 2.5);
        QVERIFY(p.layers[17].style.marker == MarkerShape::Square);
        QCOMPARE(p.layers[11].layer, std::string("airports"));
        QVERIFY(p.layers[16].source.empty()); // the planning layer is embedded
        QCOMPARE(p.layers[16].layer, std::string("planning"));
        QVERIFY(p.background == (Color{0xc6, 0xdd, 0xeb})); // polis_project.csv: background, the sea
        QCOMPARE(p.scenarios.size(), std::size_t(2));
        QCOMPARE(p.scenarios[0].name, std::string("Airport to Kasteli + Pankritio marina"));
        QCOMPARE(p.scenarios[1].name, std::string("Fibre ring phase 2 + smart lighting"));
        QCOMPARE(p.indicators.size(), std::size_t(6));

        const MapContent map = loadProject(path);
        for (const LayerError& e : map.errors)
            qWarning("%s: %s", e.layer.c_str(), e.message.c_str());
        QVERIFY(map.errors.empty());
        QCOMPARE(map.title, p.title);
        QCOMPARE(map.crs.epsg().value_or(0), 2100);
        QCOMPARE(map.extent, p.extent);
        QCOMPARE(map.layers.size(), names.size());
        for (std::size_t i = 0; i < map.layers.size(); ++i) {
            const MapLayer& l = map.layers[i];
            const ProjectLayer& e = p.layers[i];
            QCOMPARE(l.name, e.name);
            QCOMPARE(l.opacity, e.opacity);
            if (e.raster) {
                QVERIFY(l.raster && !l.features);
                continue;
            }
            QVERIFY(l.features && !l.raster);
            QVERIFY(l.style == e.style);
            const std::string source = e.source.empty() ? path : sample(QString::fromStdString(e.source));
            const auto facts = ogrFacts(source);
            const auto it = std::find_if(facts.begin(), facts.end(), [&](const OgrLayerFacts& f) {
                return e.layer.empty() || f.name == e.layer;
            });
            QVERIFY(it != facts.end());
            QCOMPARE(std::int64_t(l.features->size()), it->count);
            if (it->count == 0)
                continue; // the planning layer: empty in the baseline, no extent to compare
            // In the map CRS: inside the source extent transformed into EPSG:2100 (0.5 m for rounding).
            const auto layerCrs = layerCrsOf(source);
            const Extent expected = Transform(layerCrs, map.crs).apply(it->extent).buffered(0.5);
            const Extent& got = l.features->extent();
            QVERIFY2(
                expected.contains(got.xmin, got.ymin) && expected.contains(got.xmax, got.ymax),
                qPrintable(QString::fromStdString(e.name) + describe(got) + " not in " + describe(expected)));
            QVERIFY(got.width() > 100); // metres, not degrees
        }
    }

    // The map CRS changed, then saved: the project's CRS, extent and scenario geometries are all in the new CRS.
    // References: the WGS84 coordinates the sample was typed in (sample-data/README.md,
    // src/scenario_changes.csv).
    void reprojectedMapSavesConsistently()
    {
        const MapContent map = loadProject(sample("heraklion.polis"));
        const MapContent moved = reprojectMap(map, Crs::fromEpsg(4326));
        QVERIFY(moved.errors.empty());
        QCOMPARE(moved.crs.epsg().value_or(0), 4326);
        QCOMPARE(moved.layers.size(), map.layers.size());
        // City Hall at the Loggia, 25.1335 E 35.3395 N, is a public building near the Lions Square.
        const auto& buildings = *moved.layers[14].features;
        QCOMPARE(buildings.size(), map.layers[14].features->size());
        QVERIFY(buildings.extent().contains(25.1335, 35.3395));
        QVERIFY(buildings.extent().width() < 1); // degrees
        QVERIFY(moved.layers[14].style == map.layers[14].style);
        QCOMPARE(moved.layers[3].opacity, 0.55);

        const std::string path = m_dir.tmp("in wgs84.polis");
        toProject(moved, path, moved.extent).save(path);
        QCOMPARE(projectTable(path)["map_crs"], std::string("EPSG:4326"));
        const Project saved = Project::load(path);
        QVERIFY(saved.extent.contains(25.1343, 35.3387)); // Lions Square
        QVERIFY(saved.extent.width() < 1);
        bool found = false; // the first street light the fibre scenario adds: POINT (25.1300 35.3380)
        for (const auto& [layer, changes] : saved.scenarios[1].changes.layers()) {
            for (const auto& [fid, change] : changes) {
                if (change.op != FeatureChange::Op::Add || !change.geometry || change.geometry->kind != GeometryKind::Point)
                    continue;
                const auto& xy = change.geometry->parts.front().front();
                found = found || (std::abs(xy[0] - 25.1300) < 1e-7 && std::abs(xy[1] - 35.3380) < 1e-7);
                QVERIFY2(xy[0] > 25 && xy[0] < 25.5 && xy[1] > 35 && xy[1] < 35.5, qPrintable(QString::fromStdString(layer)));
            }
        }
        QVERIFY(found);

        const MapContent reopened = loadProject(path, {}, SourceTrust{false, true}); // the sample data is elsewhere
        QVERIFY(reopened.errors.empty());
        QCOMPARE(reopened.crs.epsg().value_or(0), 4326);
        QVERIFY(reopened.extent.contains(25.1343, 35.3387));
        QVERIFY(reopened.layers[8].features->extent().contains(25.1335, 35.3395));
        QVERIFY(reopened.scenarios == saved.scenarios);
    }

    void refusesToOverwriteOtherFiles()
    {
        const QString path = m_dir.filePath("notes.polis");
        const QByteArray content = "Σημειώσεις — not a GeoPackage\n" + QByteArray(3000, 'x');
        writeBytes(path.toStdString(), content);
        Project p;
        p.title = "x";
        try {
            p.save(path.toStdString());
            QFAIL("no IoError");
        } catch (const IoError& e) {
            QVERIFY2(std::string(e.what()).find(path.toStdString()) != std::string::npos, e.what());
        }
        QCOMPARE(fileBytes(path), content);
        // A GeoPackage that is not a project is refused by load, naming the missing tables.
        try {
            Project::load(sample("heraklion.gpkg"));
            QFAIL("no IoError");
        } catch (const IoError& e) {
            QVERIFY2(std::string(e.what()).find("polis_project") != std::string::npos, e.what());
        }
        QVERIFY_THROWS_EXCEPTION(IoError, Project::load(path.toStdString()));
        QVERIFY_THROWS_EXCEPTION(IoError, Project::load(m_dir.tmp("missing.polis")));
        QVERIFY_THROWS_EXCEPTION(IoError, p.save(m_dir.tmp("no/such/folder/p.polis")));
        QVERIFY(!QFile::exists(m_dir.filePath("no/such/folder/p.polis")));
    }

    void refusesNewerFormat()
    {
        const std::string path = m_dir.tmp("future.polis");
        Project p;
        p.title = "μελλοντικό";
        p.save(path);
        {
            GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
            QVERIFY(ds);
            ds->ExecuteSQL("UPDATE polis_project SET value = '7' WHERE key = 'format_version'", nullptr,
                           nullptr);
        }
        QCOMPARE(projectTable(path).at("format_version"), std::string("7"));
        try {
            Project::load(path);
            QFAIL("no IoError");
        } catch (const IoError& e) {
            const std::string what = e.what();
            QVERIFY2(what.find(path) != std::string::npos, e.what());
            QVERIFY2(what.find("newer") != std::string::npos, e.what());
            QVERIFY2(what.find('7') != std::string::npos, e.what());
        }
        QVERIFY(loadSources({path}).errors.size() == 1);
    }

    void decimalCommaLocale()
    {
        // Text written into project files and handed to GDAL must not depend on the C locale. (Note: on
        // Debian 12, opening any GeoPackage runs libspatialite's init, which sets LC_NUMERIC to "POSIX" for
        // the whole process, so the comma locale is set again before each step.)
        QTemporaryDir locales;
        if (!useDecimalCommaLocale(locales.path()))
            QSKIP("no locale with a decimal comma is installed and localedef could not build el_GR");
        const std::string comma = std::setlocale(LC_NUMERIC, nullptr);
        struct Restore
        {
            ~Restore()
            {
                std::setlocale(LC_NUMERIC, "C");
                qunsetenv("LOCPATH");
            }
        } restore;
        auto useComma = [&comma] {
            std::setlocale(LC_NUMERIC, comma.c_str());
            char probe[16];
            std::snprintf(probe, sizeof probe, "%.1f", 0.5);
            return QByteArray(probe) == "0,5";
        };

        QVERIFY(useComma());
        const Project heraklion = Project::load(sample("heraklion.polis")); // written in the C locale
        QCOMPARE(heraklion.extent, Extent::of(584500, 3888000, 625500, 3914000)); // polis_project.csv
        QVERIFY(useComma());
        Project p;
        p.mapCrs = Crs::fromEpsg(2100);
        p.extent = Extent::of(594500.125, 3900500.5, 612500.75, 3913000.0625); // exact in binary: no rounding
        p.save(m_dir.tmp("locale.polis"));
        // Readable everywhere: decimal points, comma-separated.
        QCOMPARE(projectTable(m_dir.tmp("locale.polis")).at("extent"),
                 std::string("594500.125,3900500.5,612500.75,3913000.0625"));
        QVERIFY(useComma());
        QCOMPARE(Project::load(m_dir.tmp("locale.polis")).extent, p.extent);
        // Rasters are warped through GDAL with the target extent passed as text.
        QVERIFY(useComma());
        const RasterImage img =
            RasterSource::open(sample("elevation.tif"))
                .read(Extent::of(584000.5, 3884000, 628000.5, 3916000), p.mapCrs, 220, 160);
        QVERIFY(useComma()); // no GeoPackage was opened: the locale held during the warp
        // The raster's own 200 m grid (make-sample-data.sh); gdallocationinfo gives land (a height) at
        // pixels (110, 140) and (219, 140) and nodata (sea) at (110, 1).
        QCOMPARE(img.pixels[std::size_t(140 * 220 + 110)] >> 24, 255u); // land in the south: opaque
        QCOMPARE(img.pixels[std::size_t(1 * 220 + 110)] >> 24, 0u);     // sea in the north: nodata
        QCOMPARE(img.pixels[std::size_t(140 * 220 + 219)] >> 24, 255u); // the east edge is still inside
    }

    void colours()
    {
        QVERIFY(Color::parse("#FF8000") == (Color{255, 128, 0, 255}));
        QVERIFY(Color::parse("#ff800080") == (Color{255, 128, 0, 128}));
        QCOMPARE((Color{255, 128, 0, 255}.name()), std::string("#ff8000"));
        QCOMPARE((Color{1, 2, 3, 4}.name()), std::string("#01020304"));
        for (const char* bad :
             {"", "#", "red", "#12345", "#1234567", "#12345G", "FF8000", "#ff80 0", "#ff800080ff"})
            QVERIFY2(!Color::parse(bad), bad);
    }

    void styleJson()
    {
        for (const Style& s : {Style{}, customStyle()}) {
            const std::string json = styleToJson(s);
            QVERIFY(styleFromJson(json) == s);
            const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
            QCOMPARE(o.value("type").toString(), QString("single"));
            QCOMPARE(o.value("stroke").toString().toStdString(), s.stroke.name());
            QCOMPARE(o.value("stroke_width").toDouble(), s.strokeWidth);
        }
        QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(styleToJson(customStyle())))
                     .object()
                     .value("fill"),
                 QJsonValue("none"));
        Style raster;
        raster.type = Style::Type::Raster;
        QVERIFY(styleFromJson(styleToJson(raster)).type == Style::Type::Raster);
        // Missing keys keep their defaults.
        const Style partial = styleFromJson(kPartialStyle);
        QVERIFY(partial.stroke == (Color{0, 0, 0, 255}));
        QVERIFY(partial.fill == Style{}.fill);
        QCOMPARE(partial.markerSize, Style{}.markerSize);
        // Bad values are rejected, naming the key.
        for (const char* bad : kBadColourStyles) {
            try {
                styleFromJson(bad);
                QFAIL(bad);
            } catch (const Error& e) {
                const std::string key =
                    std::string(bad).find("fill") != std::string::npos ? "fill" : "stroke";
                QVERIFY2(std::string(e.what()).find('"' + key + '"') != std::string::npos, e.what());
            }
        }
        for (const char* bad : kBadStyles)
            QVERIFY_THROWS_EXCEPTION(Error, styleFromJson(bad));
    }

private:
    static Crs layerCrsOf(const std::string& path)
    {
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
        char* wkt = nullptr;
        ds->GetLayer(0)->GetSpatialRef()->exportToWkt(&wkt);
        const Crs crs = Crs::fromUserInput(wkt);
        CPLFree(wkt);
        return crs;
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"

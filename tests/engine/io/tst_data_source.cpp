// DataSource and RasterSource on real GDAL drivers. References: GDAL's own API (feature counts, extents,
// raster values), sample-data/make-sample-data.sh (what the sample files hold) and fixtures written here.
#include "fixtures.hpp"

#include "layers/core/error.hpp"
#include "layers/core/transform.hpp"
#include "layers/io/data_source.hpp"
#include "layers/io/raster_source.hpp"

#include <QtTest>

#include <map>

using namespace polis;
using namespace polis::test;

#define CHECK_OK                                                                                             \
    if (QTest::currentTestFailed())                                                                          \
    return

class TestDataSource : public QObject
{
    Q_OBJECT

    Scratch m_dir;

private slots:
    void initTestCase()
    {
        GDALAllRegister();
        QVERIFY(m_dir.isValid());
    }

    void sampleVectors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("epsg");
        QTest::newRow("shapefile districts") << "districts.shp" << 2100;
        QTest::newRow("shapefile boundary") << "boundary.shp" << 2100;
        QTest::newRow("geojson coastline") << "coastline.geojson" << 4326;
        QTest::newRow("geojson roads") << "roads.geojson" << 4326;
        QTest::newRow("geopackage") << "heraklion.gpkg" << 2100;
    }
    void sampleVectors()
    {
        QFETCH(QString, file);
        QFETCH(int, epsg);
        // Geometry kinds as make-sample-data.sh writes them (-nlt).
        static const std::map<std::string, GeometryKind> kinds = {
            {"districts", GeometryKind::Polygon},      {"boundary", GeometryKind::Polygon},
            {"coastline", GeometryKind::Line},         {"roads", GeometryKind::Line},
            {"public_buildings", GeometryKind::Point}, {"airports", GeometryKind::Polygon},
            {"sites", GeometryKind::Polygon},          {"fibre_ring", GeometryKind::Line},
            {"street_lights", GeometryKind::Point},    {"bike_docks", GeometryKind::Point},
            {"land", GeometryKind::Polygon},           {"municipalities", GeometryKind::Polygon},
            {"water_districts", GeometryKind::Polygon}, {"settlements", GeometryKind::Point},
            {"airfields", GeometryKind::Point}};
        // Feature counts as sample-data/README.md documents them.
        static const std::map<std::string, std::int64_t> counts = {
            {"districts", 5},         {"boundary", 1},   {"coastline", 1}, {"roads", 13},
            {"public_buildings", 14}, {"airports", 2},   {"sites", 3},     {"fibre_ring", 3},
            {"street_lights", 69},    {"bike_docks", 12},
            // the real layers: counts from real-data/README.md (GSHHG land polygons, Crete's municipalities,
            // ΔΕΥΑΗ districts, GeoNames settlements) and OurAirports' rows with iso_region GR-M
            {"land", 140},            {"municipalities", 24}, {"water_districts", 27}, {"settlements", 71},
            {"airfields", 3}};
        const std::string path = sample(file);
        const std::vector<OgrLayerFacts> ref = ogrFacts(path);
        const DataSource ds = DataSource::open(path);
        QCOMPARE(ds.path(), path);
        QCOMPARE(ds.layers().size(), ref.size());
        QCOMPARE(ds.selectedLayers().size(), ref.size());
        for (std::size_t i = 0; i < ref.size(); ++i) {
            const LayerInfo& info = ds.layers()[i];
            QCOMPARE(info.name, ref[i].name);
            QCOMPARE(info.featureCount, ref[i].count);
            QCOMPARE(info.featureCount, counts.at(info.name));
            QVERIFY2(ref[i].count > 0, info.name.c_str());
            QCOMPARE(info.crs.epsg().value_or(0), epsg);
            QVERIFY(kinds.count(info.name));
            QVERIFY(info.geometry == kinds.at(info.name));
            // Small layers always have an extent, even where the driver stores none (GeoJSON).
            QVERIFY2(!info.extent.isEmpty(), info.name.c_str());
            QVERIFY2(near(info.extent, ref[i].extent, 1e-9),
                         qPrintable(describe(info.extent) + " vs GDAL " + describe(ref[i].extent)));
            const auto store = ds.read(i);
            QCOMPARE(std::int64_t(store->size()), ref[i].count);
            for (std::size_t f = 0; f < store->size(); ++f)
                QVERIFY(store->kind(f) == info.geometry);
            // The store's extent is computed from the coordinates read; GDAL's from its own header/index.
            QVERIFY(near(store->extent(), ref[i].extent, 1e-6));
            // The Kallikratis polygon (YPES 9305) in EPSG:2100, as `ogr2ogr -t_srs EPSG:2100` of
            // real-data/heraklion_municipality_9305.geojson gives it to `ogrinfo -al -so`.
            if (info.name == "boundary")
                QVERIFY(near(store->extent(), Extent::of(585915.13, 3889794.00, 609458.00, 3912417.00), 0.06));
        }
    }

    void greekTextFromSampleShapefile()
    {
        // The names written by make-sample-data.sh from src/districts.csv, in UTF-8 (.cpg says UTF-8).
        const QStringList expected = {QString::fromUtf8("Κέντρο"), QString::fromUtf8("Αμμουδάρα – Γιόφυρος"),
                                      QString::fromUtf8("Βούτες – Σταυράκια"),
                                      QString::fromUtf8("Φορτέτσα – Κνωσός"),
                                      QString::fromUtf8("Νέα Αλικαρνασσός – Πόρος")};
        const DataSource ds = DataSource::open(sample("districts.shp"));
        QCOMPARE(ds.layers()[0].encoding, std::string("UTF-8"));
        const auto store = ds.read(0);
        const int name = store->fieldIndex("name");
        QVERIFY(name >= 0);
        QStringList names;
        for (std::size_t f = 0; f < store->size(); ++f)
            names << QString::fromStdString(std::get<std::string>(store->attribute(f, std::size_t(name))));
        QCOMPARE(names, expected);
    }

    void windows1253AndUtf8ShapefilesAgree()
    {
        const std::vector<std::string> names = {"Ηράκλειο", "Χανιά", "Άγιος Νικόλαος", "Ρέθυμνο", "Σητεία"};
        writeShapefile(m_dir.tmp("cp1253.shp"), "CP1253", names);
        writeShapefile(m_dir.tmp("utf8.shp"), "UTF-8", names);
        // The Windows-1253 file really holds single-byte Greek: "Ηράκλειο" is C7 F1 DC EA EB E5 E9 EF there.
        QFile dbf(m_dir.filePath("cp1253.dbf"));
        QVERIFY(dbf.open(QIODevice::ReadOnly));
        QVERIFY(dbf.readAll().contains(QByteArray::fromHex("c7f1dceaebe5e9ef")));

        const DataSource cp = DataSource::open(m_dir.tmp("cp1253.shp"));
        const DataSource utf = DataSource::open(m_dir.tmp("utf8.shp"));
        QCOMPARE(cp.layers()[0].encoding, std::string("CP1253"));
        QCOMPARE(utf.layers()[0].encoding, std::string("UTF-8"));
        const auto a = cp.read(0), b = utf.read(0);
        QCOMPARE(a->size(), names.size());
        QCOMPARE(b->size(), names.size());
        for (std::size_t f = 0; f < names.size(); ++f) {
            QCOMPARE(std::get<std::string>(a->attribute(f, 0)), names[f]);
            QCOMPARE(std::get<std::string>(b->attribute(f, 0)), names[f]);
        }
    }

    void textFormats()
    {
        // CSV, geometry from a column named WKT (the CSV driver's own convention).
        writeText(m_dir.tmp("wkt.csv"),
                  "id,name,WKT\n1,a,\"POINT (25.1 35.3)\"\n2,b,\"LINESTRING (25 35,25.1 35.1)\"\n"
                  "3,c,\"POLYGON ((25 35,25.1 35,25.1 35.1,25 35))\"\n4,d,\"POINT (25.2 35.2)\"\n");
        checkKinds(m_dir.tmp("wkt.csv"),
                   {GeometryKind::Point, GeometryKind::Line, GeometryKind::Polygon, GeometryKind::Point});
        CHECK_OK;
        // CSV with X/Y columns: DataSource::open takes no open options, but GDAL reads CoordX/CoordY
        // column types from a .csvt side file.
        writeText(m_dir.tmp("xy.csv"), "id,name,lon,lat\n1,Α,25.1,35.3\n2,Β,25.2,35.4\n3,Γ,25.3,35.5\n");
        writeText(m_dir.tmp("xy.csvt"), "Integer,String,CoordX,CoordY\n");
        std::shared_ptr<FeatureStore> xy, kml;
        checkKinds(m_dir.tmp("xy.csv"), std::vector<GeometryKind>(3, GeometryKind::Point), &xy);
        CHECK_OK;
        QCOMPARE(xy->ring(2).xy[0], 25.3);
        QCOMPARE(xy->ring(2).xy[1], 35.5);
        QCOMPARE(std::get<std::string>(xy->attribute(1, 1)), std::string("Β"));

        writeText(m_dir.tmp("places.kml"), kKml);
        checkKinds(m_dir.tmp("places.kml"), {GeometryKind::Point, GeometryKind::Line, GeometryKind::Polygon}, &kml);
        CHECK_OK;
        QCOMPARE(kml->ring(0).xy[0], 25.1343); // KML is lon,lat
        QCOMPARE(kml->ring(0).xy[1], 35.3387);
        QCOMPARE(std::get<std::string>(kml->attribute(0, std::size_t(kml->fieldIndex("Name")))),
                 std::string("Λιμάνι"));

        writeText(m_dir.tmp("trip.gpx"), kGpx);
        const DataSource gpx = DataSource::open(m_dir.tmp("trip.gpx"));
        QCOMPARE(gpx.layers().size(), ogrFacts(m_dir.tmp("trip.gpx")).size());
        const auto wpt = gpx.read(gpx.layerIndex("waypoints"));
        QCOMPARE(wpt->size(), std::size_t(2));
        QVERIFY(wpt->kind(0) == GeometryKind::Point);
        const auto trk = gpx.read(gpx.layerIndex("tracks"));
        QCOMPARE(trk->size(), std::size_t(1));
        QVERIFY(trk->kind(0) == GeometryKind::Line);
        QCOMPARE(trk->ring(0).count, 3u);
        QCOMPARE(gpx.read(gpx.layerIndex("track_points"))->size(), std::size_t(3));

        writeText(m_dir.tmp("squares.geojson"), kSquaresGeoJson);
        translate(m_dir.tmp("squares.geojson"), m_dir.tmp("squares.fgb"), {"-f", "FlatGeobuf"});
        const DataSource fgb = DataSource::open(m_dir.tmp("squares.fgb"));
        QCOMPARE(fgb.layers()[0].crs.epsg().value_or(0), 4326);
        QVERIFY(fgb.layers()[0].geometry == GeometryKind::Polygon);
        checkKinds(m_dir.tmp("squares.fgb"), std::vector<GeometryKind>(3, GeometryKind::Polygon));
    }

    void readOptions()
    {
        writeText(m_dir.tmp("grid.geojson"), pointGrid()); // 31 x 21 points, 25.00..25.30 E, 35.20..35.40 N
        const DataSource ds = DataSource::open(m_dir.tmp("grid.geojson"));
        const Crs grid = Crs::fromEpsg(2100);
        ReadOptions o;
        o.targetCrs = grid;
        const auto all = ds.read(0, o);
        QCOMPARE(all->size(), std::size_t(31 * 21));
        const Transform t(Crs::fromEpsg(4326), grid);
        std::vector<double> expected; // the grid in EPSG:2100, by Transform (verified in tst_crs)
        for (std::size_t f = 0; f < all->size(); ++f) {
            double xy[2] = {25.0 + 0.01 * double(f % 31), 35.2 + 0.01 * double(f / 31)};
            t.apply(xy, 1);
            QVERIFY(std::abs(all->ring(f).xy[0] - xy[0]) < 1e-6 &&
                    std::abs(all->ring(f).xy[1] - xy[1]) < 1e-6);
            expected.insert(expected.end(), {xy[0], xy[1]});
        }

        // Filters in the layer CRS and in the target CRS: exactly the points inside, by brute force.
        for (int i = 0; i < 12; ++i) {
            const double x0 = 592000 + 1700 * i, y0 = 3897000 + 1100 * i;
            const Extent filter = Extent::of(x0, y0, x0 + 7300, y0 + 5900);
            o.filter = filter;
            const auto got = ds.read(0, o);
            std::size_t inside = 0;
            for (std::size_t p = 0; p < expected.size(); p += 2)
                inside += filter.contains(expected[p], expected[p + 1]);
            for (std::size_t f = 0; f < got->size(); ++f)
                QVERIFY2(filter.contains(got->ring(f).xy[0], got->ring(f).xy[1]),
                         qPrintable(QString("filter %1: fid %2 lies outside").arg(i).arg(got->fid(f))));
            QCOMPARE(got->size(), inside);
        }
        ReadOptions native;
        native.filter = Extent::of(25.095, 35.295, 25.125, 35.315); // 3 x 2 grid points (lon/lat)
        QCOMPARE(ds.read(0, native)->size(), std::size_t(6));

        // Polygons: an L whose box covers the filter but whose area does not is not returned.
        writeText(m_dir.tmp("shapes.geojson"), kShapesGeoJson);
        native.filter = Extent::of(6, 6, 7, 7);
        const auto shapes = DataSource::open(m_dir.tmp("shapes.geojson")).read(0, native);
        QCOMPARE(shapes->size(), std::size_t(1));
        QCOMPARE(std::get<std::string>(shapes->attribute(0, 0)), std::string("square"));

        ReadOptions some;
        some.fields = std::vector<std::string>{"name"};
        const auto subset = ds.read(0, some);
        QCOMPARE(subset->fields().size(), std::size_t(1));
        QCOMPARE(subset->fields()[0].name, std::string("name"));
        QCOMPARE(std::get<std::string>(subset->attribute(32, 0)), std::string("p32"));
        QCOMPARE(ds.read(0)->fields().size(), std::size_t(2)); // the subset does not stick to the layer
    }

    void attributeFilter()
    {
        // The grid's n runs 0..650; n is a multiple of 31 on the first column (21 points).
        writeText(m_dir.tmp("grid2.geojson"), pointGrid());
        writeManyPoints(m_dir.tmp("where.gpkg"), 1000); // n = 0..999
        ReadOptions o;
        o.where = "n % 31 = 0 AND name LIKE 'p%'";
        o.fields = std::vector<std::string>{"n"}; // the filter's other field is still evaluated
        const auto column = DataSource::open(m_dir.tmp("grid2.geojson")).read(0, o);
        QCOMPARE(column->size(), std::size_t(21));
        for (std::size_t f = 0; f < column->size(); ++f)
            QCOMPARE(std::get<std::int64_t>(column->attribute(f, 0)) % 31, std::int64_t(0));
        const DataSource gpkg = DataSource::open(m_dir.tmp("where.gpkg"));
        o = {};
        o.where = "n >= 100 AND n < 250";
        QCOMPARE(gpkg.read(0, o)->size(), std::size_t(150));
        o.filter = Extent::of(600000, 3900000, 600199, 3900000); // first row: n 0..199 (both filters apply)
        QCOMPARE(gpkg.read(0, o)->size(), std::size_t(100));
        QCOMPARE(gpkg.read(0)->size(), std::size_t(1000)); // the filter does not stick to the layer
        o = {};
        o.where = "n >>= 3 AND";
        try {
            gpkg.read(0, o);
            QFAIL("a bad expression must throw");
        } catch (const IoError& e) {
            const QString what = e.what();
            QVERIFY2(what.contains("where.gpkg") && what.contains("points") && what.contains("n >>= 3"),
                     qPrintable(what));
        }
        QCOMPARE(gpkg.read(0)->size(), std::size_t(1000));
    }

    void progressAndCancel()
    {
        writeManyPoints(m_dir.tmp("many.gpkg"), 20000);
        const DataSource ds = DataSource::open(m_dir.tmp("many.gpkg"));
        std::int64_t lastDone = 0, lastTotal = 0;
        int calls = 0;
        bool monotonic = true;
        ReadOptions o;
        o.progress = [&](std::int64_t done, std::int64_t total) {
            ++calls;
            monotonic = monotonic && done >= lastDone;
            lastDone = done;
            lastTotal = total;
            return true;
        };
        QCOMPARE(ds.read(0, o)->size(), std::size_t(20000));
        QVERIFY(calls >= 2);
        QVERIFY(monotonic);
        QCOMPARE(lastDone, std::int64_t(20000));
        QCOMPARE(lastTotal, std::int64_t(20000));
        o.progress = [](std::int64_t, std::int64_t) { return false; };
        QVERIFY_THROWS_EXCEPTION(Cancelled, ds.read(0, o));
        QCOMPARE(ds.read(0)->size(), std::size_t(20000)); // still usable after a cancelled read
    }

    void layerSelectionAndErrors()
    {
        const std::string gpkg = sample("heraklion.gpkg");
        const DataSource one = DataSource::open(gpkg + ":airports");
        QCOMPARE(one.path(), gpkg);
        QCOMPARE(one.selectedLayers().size(), std::size_t(1));
        QCOMPARE(one.layers()[one.selectedLayers()[0]].name, std::string("airports"));
        QCOMPARE(one.read(one.selectedLayers()[0])->size(), std::size_t(2));
        // Greek folder and file names (UTF-8 paths), with a layer selection.
        QVERIFY(QDir(m_dir.path()).mkpath(QString::fromUtf8("Δεδομένα")));
        const QString greek = m_dir.filePath(QString::fromUtf8("Δεδομένα/Ηράκλειο.gpkg"));
        QVERIFY(QFile::copy(QString::fromStdString(gpkg), greek));
        const DataSource sites = DataSource::open(greek.toStdString() + ":sites");
        QCOMPARE(sites.path(), greek.toStdString());
        QCOMPARE(sites.read(sites.selectedLayers()[0])->size(), std::size_t(ogrFacts(gpkg)[2].count));
        expectIoError(m_dir.filePath(QString::fromUtf8("Δεδομένα/λείπει.shp")).toStdString());
        try {
            DataSource::open(gpkg + ":no_such_layer");
            QFAIL("no IoError");
        } catch (const IoError& e) {
            const std::string what = e.what();
            QVERIFY2(what.find("no_such_layer") != std::string::npos, e.what());
            for (const OgrLayerFacts& l : ogrFacts(gpkg))
                QVERIFY2(what.find(l.name) != std::string::npos, e.what());
        }
        expectIoError(m_dir.tmp("does_not_exist.shp"));
        writeText(m_dir.tmp("broken.geojson"), std::string(kSquaresGeoJson).substr(0, 150));
        expectIoError(m_dir.tmp("broken.geojson"));
        writeText(m_dir.tmp("empty.geojson"), "");
        expectIoError(m_dir.tmp("empty.geojson"));
        writeRandom(m_dir.tmp("noise.shp"), 4096, 1);
        expectIoError(m_dir.tmp("noise.shp"));
        writeRandom(m_dir.tmp("noise.gpkg"), 8192, 2);
        expectIoError(m_dir.tmp("noise.gpkg"));
        QVERIFY_THROWS_EXCEPTION(IoError, DataSource::open(sample("elevation.tif"))); // a raster
    }

    void rasterInfo()
    {
        const RasterSource r = RasterSource::open(sample("elevation.tif"));
        const RasterInfo& info = r.info();
        // make-sample-data.sh: -te 584000 3884000 628000 3916000 -tr 50 50 (880 x 640 cells), Int16,
        // nodata -9999, overviews 2 4 8.
        QCOMPARE(info.width, 880);
        QCOMPARE(info.height, 640);
        QCOMPARE(info.crs.epsg().value_or(0), 2100);
        QCOMPARE(info.extent, Extent::of(584000, 3884000, 628000, 3916000));
        QCOMPARE(info.bands.size(), std::size_t(1));
        QCOMPARE(info.bands[0].dataType, std::string("Int16"));
        QVERIFY(info.bands[0].hasNoData);
        QCOMPARE(info.bands[0].noData, -9999.0);
        QCOMPARE(info.overviews, 3);
        const RasterBand ref = readBand(sample("elevation.tif"));
        QCOMPARE(info.minimum, ref.min);
        QCOMPARE(info.maximum, ref.max);
        QVERIFY(ref.min > 0 && ref.max > ref.min); // nodata is not taken for the minimum
        QVERIFY_THROWS_EXCEPTION(IoError, RasterSource::open(m_dir.tmp("missing.tif")));
        QVERIFY_THROWS_EXCEPTION(IoError, RasterSource::open(sample("districts.shp")));
    }

    void rasterReadHalfOutside()
    {
        const RasterSource r = RasterSource::open(sample("elevation.tif"));
        const RasterBand ref = readBand(sample("elevation.tif"));
        // 50 m output pixels aligned with the raster's cells; the left half of the window lies west of it.
        const RasterImage img =
            r.read(Extent::of(564000, 3884000, 604000, 3916000), Crs::fromEpsg(2100), 800, 640);
        QCOMPARE(img.width, 800);
        QCOMPARE(img.height, 640);
        QCOMPARE(img.pixels.size(), std::size_t(800 * 640));
        int opaque = 0, clear = 0;
        for (int row = 0; row < 640; ++row) {
            for (int col = 0; col < 400; ++col) // outside the raster
                QVERIFY2(img.pixels[std::size_t(row * 800 + col)] >> 24 == 0,
                         qPrintable(QString("%1,%2").arg(col).arg(row)));
        }
        for (int row = 1; row < 639; ++row) {
            for (int col = 401; col < 799; ++col) { // inside: raster column col - 400
                const std::uint32_t px = img.pixels[std::size_t(row * 800 + col)];
                bool allValid = true, allNoData = true;
                for (int dr = -1; dr <= 1; ++dr) {
                    for (int dc = -1; dc <= 1; ++dc) {
                        const bool valid = ref.value(col - 400 + dc, row + dr) != -9999;
                        allValid = allValid && valid;
                        allNoData = allNoData && !valid;
                    }
                }
                if (allValid) {
                    ++opaque;
                    QCOMPARE(int(px >> 24), 255);
                    const double grey = (ref.value(col - 400, row) - ref.min) / (ref.max - ref.min) * 255.0;
                    QVERIFY2(std::abs(int((px >> 16) & 0xff) - grey) <= 2,
                             qPrintable(QString("%1 vs %2").arg((px >> 16) & 0xff).arg(grey)));
                } else if (allNoData) { // the sea
                    ++clear;
                    QCOMPARE(int(px >> 24), 0);
                }
            }
        }
        QVERIFY(opaque > 3000); // both cases really occurred
        QVERIFY(clear > 300);
    }

private:
    /// Opens `path`, compares its layers with GDAL's and the kinds of layer 0's features with `kinds`.
    static void checkKinds(const std::string& path, const std::vector<GeometryKind>& kinds,
                           std::shared_ptr<FeatureStore>* out = nullptr)
    {
        const DataSource ds = DataSource::open(path);
        const std::vector<OgrLayerFacts> ref = ogrFacts(path);
        QCOMPARE(ds.layers().size(), ref.size());
        auto store = ds.read(0);
        QCOMPARE(std::int64_t(store->size()), ref[0].count);
        QCOMPARE(store->size(), kinds.size());
        for (std::size_t f = 0; f < kinds.size(); ++f)
            QVERIFY2(store->kind(f) == kinds[f], qPrintable(QString("%1 #%2").arg(path.c_str()).arg(f)));
        if (out)
            *out = std::move(store);
    }

    static void expectIoError(const std::string& path)
    {
        try {
            DataSource::open(path);
            QFAIL(qPrintable(QString("no IoError for %1").arg(path.c_str())));
        } catch (const IoError& e) {
            QVERIFY2(std::string(e.what()).find(path) != std::string::npos, e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestDataSource)
#include "tst_data_source.moc"

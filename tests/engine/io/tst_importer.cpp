// Importer: a corpus of broken and exotic files written here, Greek text in three encodings, CRS detection
// and suggestion, GEOS validation and repair, atomic (cancellable) imports with progress. References: GDAL's
// and GEOS's own APIs, and the construction of each fixture.
#include "fixtures.hpp"
#include "import_fixtures.hpp"

#include "layers/core/error.hpp"
#include "layers/map/project_import.hpp"
#include "layers/map/map_content.hpp"
#include "layers/map/project.hpp"

#include <geos_c.h>

#include <QtTest>

using namespace polis;
using namespace polis::test;

namespace {

const std::vector<std::string> kGreek = {"Ηράκλειο", "Άγιος Νικόλαος", "Χανιά", "Ρέθυμνο"};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void setByte(const std::string& path, qint64 offset, char value)
{
    QFile f(QString::fromStdString(path));
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(offset);
    f.write(&value, 1);
}

void truncate(const std::string& path, qint64 size)
{
    QVERIFY(QFile::resize(QString::fromStdString(path), size));
}

/// GEOSisValid_r on every geometry of `table` in the GeoPackage `path`; the number of features read.
int countValid(const std::string& path, const char* table, int* invalid)
{
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    OGRLayer* layer = ds ? ds->GetLayerByName(table) : nullptr;
    GEOSContextHandle_t ctx = GEOS_init_r();
    int n = 0;
    *invalid = 0;
    for (auto& f : *layer) {
        ++n;
        if (const OGRGeometry* g = f->GetGeometryRef()) {
            GEOSGeometry* geos = g->exportToGEOS(ctx);
            *invalid += !geos || GEOSisValid_r(ctx, geos) != 1;
            GEOSGeom_destroy_r(ctx, geos);
        }
    }
    GEOS_finish_r(ctx);
    return n;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string tmp(const std::string& name) const { return m_dir.filePath(QString::fromStdString(name)).toStdString(); }
    std::string shapefile(const std::string& stem, const char* encoding = "UTF-8")
    {
        writeShapefile(tmp(stem + ".shp"), encoding, kGreek);
        return tmp(stem + ".shp");
    }

private slots:
    void initTestCase()
    {
        GDALAllRegister();
        QVERIFY(m_dir.isValid());
    }

    void brokenFilesGiveClearErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        shapefile("trunc_shp");
        truncate(tmp("trunc_shp.shp"), 150);
        QTest::newRow("truncated .shp") << "trunc_shp.shp" << "truncated";
        shapefile("trunc_dbf");
        truncate(tmp("trunc_dbf.dbf"), 100);
        QTest::newRow("truncated .dbf") << "trunc_dbf.dbf" << "truncated";
        shapefile("no_dbf");
        QFile::remove(QString::fromStdString(tmp("no_dbf.dbf")));
        QTest::newRow("shapefile without .dbf") << "no_dbf.shp" << "no_dbf.dbf is missing";
        shapefile("html_prj");
        writeText(tmp("html_prj.prj"), "<!DOCTYPE html><html><body>404 Not Found</body></html>");
        QTest::newRow("HTML inside .prj") << "html_prj.prj" << "HTML";
        shapefile("html_cpg");
        writeText(tmp("html_cpg.cpg"), "\n<html><head><title>Login</title></head></html>");
        QTest::newRow("HTML inside .cpg") << "html_cpg.cpg" << "HTML";
        shapefile("bad_prj");
        writeText(tmp("bad_prj.prj"), "PROJCS[\"half a definition");
        QTest::newRow("unreadable .prj") << "bad_prj.shp" << ".prj file does not hold";
        shapefile("mismatch");
        writeShapefile(tmp("two.shp"), "UTF-8", {"α", "β"});
        QFile::remove(QString::fromStdString(tmp("mismatch.dbf")));
        QFile::copy(QString::fromStdString(tmp("two.dbf")), QString::fromStdString(tmp("mismatch.dbf")));
        QTest::newRow("mismatched record counts") << "mismatch.shp" << "disagree: 4 shapes in the .shx but 2";
        writeText(tmp("broken.geojson"), "{\"type\": \"FeatureCollection\", \"features\": [ {\"type\": \"Feat");
        QTest::newRow("broken JSON") << "broken.geojson" << "cannot open";
        writeRandom(tmp("random.gpkg"), 4096, 7);
        QTest::newRow("wrong extension") << "random.gpkg" << "cannot open";
        writeRandom(tmp("unknown.xyz1"), 2000, 8);
        QTest::newRow("format no driver reads") << "unknown.xyz1" << "not a vector dataset";
        QTest::newRow("missing file") << "nothing_here.geojson" << "file not found";
    }
    void brokenFilesGiveClearErrors()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        // The row names the file the message must name; a shapefile is opened through its .shp.
        const std::string named = tmp(file.toStdString());
        const std::string path = named.substr(0, named.rfind('.')) + (file.endsWith(".prj") || file.endsWith(".cpg") ||
                                                                        file.endsWith(".dbf") ? ".shp" : named.substr(named.rfind('.')));
        for (bool import : {false, true}) {
            try {
                const Importer importer;
                if (import)
                    importIntoProject(importer, tmp("broken.polis"), path);
                else
                    importer.inspect(path);
                QFAIL("no error");
            } catch (const IoError& e) {
                const QString message = QString::fromUtf8(e.what());
                QVERIFY2(message.contains(expected), qPrintable(message));
                QVERIFY2(message.contains(QFileInfo(file).completeBaseName()), qPrintable(message));
            }
        }
        QVERIFY(!QFile::exists(QString::fromStdString(tmp("broken.polis"))));
        QVERIFY(!QFile::exists(QString::fromStdString(tmp("broken.polis.importing"))));
    }

    void exoticFilesAreRead()
    {
        shapefile("no_shx");
        QFile::remove(QString::fromStdString(tmp("no_shx.shx")));
        const auto restored = Importer().inspect(tmp("no_shx.shp"));
        QCOMPARE(restored.front().info.featureCount, std::int64_t(kGreek.size()));
        QCOMPARE(restored.front().notes.size(), std::size_t(1));

        writeText(tmp("points.txt"), pointGrid()); // GeoJSON under a wrong extension: detected by content
        QCOMPARE(Importer().inspect(tmp("points.txt")).front().driver, std::string("GeoJSON"));

        writeText(tmp("places.kml"), kKml); // through the plain KML driver: LIBKML can crash (DESIGN.md §5)
        const auto kml = Importer().inspect(tmp("places.kml"));
        QCOMPARE(kml.front().driver, std::string("KML"));
        QCOMPARE(kml.front().problems.mixedTypes, true);

        writeShapefile(tmp("zipped.shp.zip"), "UTF-8", kGreek);
        const auto zipped = Importer().inspect(tmp("zipped.shp.zip"));
        QCOMPARE(zipped.front().driver, std::string("ESRI Shapefile"));
        QCOMPARE(zipped.front().sample.front(), kGreek.front());

        QDir().mkpath(m_dir.filePath("folder"));
        writeShapefile(tmp("folder/a.shp"), "CP1253", kGreek);
        writeText(tmp("folder/b.geojson"), kSquaresGeoJson);
        const auto inside = Importer::datasets(tmp("folder"));
        QCOMPARE(inside, (std::vector<std::string>{tmp("folder/a.shp"), tmp("folder/b.geojson")}));
    }

    void unusableCoordinatesAreReported()
    {
        writeText(tmp("huge.geojson"), kHugeJson);
        const auto report = Importer().inspect(tmp("huge.geojson")).front();
        QCOMPARE(report.problems.badCoordinates, std::int64_t(2));
        QVERIFY_EXCEPTION_THROWN(importIntoProject(Importer(), tmp("huge.polis"), tmp("huge.geojson")), IoError);
        ImportOptions repair;
        repair.repair = true;
        const auto imported = importIntoProject(Importer(repair), tmp("huge.polis"), tmp("huge.geojson")).front();
        QCOMPARE(imported.removed, std::int64_t(2));
    }

    void greekTextDecodesTheSame_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("keepCpg");
        QTest::addColumn<QString>("origin");
        for (const char* enc : {"CP1253", "ISO-8859-7", "UTF-8"}) {
            QTest::addRow("%s with .cpg", enc) << enc << true << "cpg";
            QTest::addRow("%s detected", enc) << enc << false << "detected";
        }
    }
    void greekTextDecodesTheSame()
    {
        QFETCH(QString, encoding);
        QFETCH(bool, keepCpg);
        QFETCH(QString, origin);
        const std::string stem = "greek_" + encoding.toStdString() + (keepCpg ? "_cpg" : "");
        const std::string path = shapefile(stem, encoding.toLatin1().constData());
        if (!keepCpg)
            QVERIFY(QFile::remove(QString::fromStdString(tmp(stem + ".cpg"))));
        const LayerReport report = Importer().inspect(path).front();
        QCOMPARE(QString(encodingOriginName(report.encodingOrigin)), origin);
        QCOMPARE(report.sample, kGreek);
        if (!keepCpg)
            QCOMPARE(QString::fromStdString(report.info.encoding), encoding);
    }

    void encodingFromLdidAndOverride()
    {
        const std::string path = shapefile("ldid", "CP1253");
        QFile::remove(QString::fromStdString(tmp("ldid.cpg")));
        setByte(tmp("ldid.dbf"), 29, char(0xCB)); // LDID 0xCB: Greek Windows (1253)
        const LayerReport ldid = Importer().inspect(path).front();
        QCOMPARE(QString(encodingOriginName(ldid.encodingOrigin)), QStringLiteral("ldid"));
        QCOMPARE(ldid.sample, kGreek);
        ImportOptions options;
        options.encoding = "ISO-8859-7"; // wrong on purpose: Ά is 0xA2 in Windows-1253, ’ in ISO-8859-7
        const LayerReport forced = Importer(options).inspect(path).front();
        QCOMPARE(QString(encodingOriginName(forced.encodingOrigin)), QStringLiteral("override"));
        QCOMPARE(forced.sample[0], kGreek[0]);
        QVERIFY(forced.sample[1] != kGreek[1]);
    }

    void greekGridUnderManyNames_data()
    {
        QTest::addColumn<QString>("prj");
        QTest::newRow("ESRI GGRS_1987_Greek_Grid") << kEsriGreekGrid;
        QTest::newRow("Greek Grid with TOWGS84") << kGreekGridTowgs84;
        QTest::newRow("HGRS87 / Greek Grid") << kHgrs87GreekGrid;
    }
    void greekGridUnderManyNames()
    {
        QFETCH(QString, prj);
        const std::string path = shapefile("grid");
        writeText(tmp("grid.prj"), prj.toStdString());
        QCOMPARE(Importer().inspect(path).front().info.crs.epsg().value_or(0), 2100);
    }

    void missingCrsIsSuggestedNeverApplied()
    {
        QCOMPARE(suggestEpsg(Extent::of(550000, 3900000, 560000, 3920000)).value_or(0), 2100);
        QCOMPARE(suggestEpsg(Extent::of(25.0, 35.1, 25.3, 35.4)).value_or(0), 4326);
        QVERIFY(!suggestEpsg(Extent::of(-5e6, 1e6, 5e6, 2e6)));
        const std::string path = shapefile("no_crs");
        QFile::remove(QString::fromStdString(tmp("no_crs.prj")));
        const LayerReport report = Importer().inspect(path).front();
        QVERIFY(!report.info.crs.isValid());
        QCOMPARE(report.suggestedEpsg.value_or(0), 2100);
        try {
            importIntoProject(Importer(), tmp("no_crs.polis"), path);
            QFAIL("imported without a CRS");
        } catch (const IoError& e) {
            QVERIFY2(QString(e.what()).contains("suggest EPSG:2100"), e.what());
        }
        QVERIFY(!QFile::exists(QString::fromStdString(tmp("no_crs.polis"))));
        ImportOptions assign;
        assign.assignCrs = Crs::fromEpsg(2100);
        const LayerReport imported = importIntoProject(Importer(assign), tmp("no_crs.polis"), path).front();
        QVERIFY(imported.crsAssigned);
        QCOMPARE(Project::load(tmp("no_crs.polis")).mapCrs.epsg().value_or(0), 2100);
    }

    // Greek Grid points (600000, 3910000) cannot be longitudes and latitudes, and WGS 84 degrees of Crete taken
    // as Greek Grid metres land at the equator, far outside Greece: both are refused, naming the layer, the
    // CRS and the suggestion, until forced. Where they belong, the check stays quiet.
    void coordinatesOutsideTheCrsAreaWaitForConsent()
    {
        const std::string path = shapefile("wrong_crs");
        QFile::remove(QString::fromStdString(tmp("wrong_crs.prj")));
        ImportOptions wgs84;
        wgs84.assignCrs = Crs::fromEpsg(4326);
        const LayerReport report = Importer(wgs84).inspect(path).front();
        QVERIFY(report.outsideCrsArea);
        QCOMPARE(report.suggestedEpsg.value_or(0), 2100);
        try {
            importIntoProject(Importer(wgs84), tmp("wrong_crs.polis"), path);
            QFAIL("imported Greek Grid coordinates as degrees");
        } catch (const IoError& e) {
            const QString message = e.what();
            QVERIFY2(message.contains("layer wrong_crs") && message.contains("EPSG:4326") &&
                         message.contains("area of use: World") && message.contains("suggest EPSG:2100"), e.what());
        }
        QVERIFY(!QFile::exists(QString::fromStdString(tmp("wrong_crs.polis"))));
        wgs84.force = true;
        QVERIFY(importIntoProject(Importer(wgs84), tmp("wrong_crs.polis"), path).front().outsideCrsArea);

        ImportOptions greekGrid;
        greekGrid.assignCrs = Crs::fromEpsg(2100);
        const LayerReport fits = Importer(greekGrid).inspect(path).front();
        QVERIFY(!fits.outsideCrsArea);
        QVERIFY(QString::fromStdString(fits.crsAreaName).contains("Greece"));
        const std::string degrees = tmp("degrees.geojson");
        QFile f(QString::fromStdString(degrees));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "EPSG:2100"}},
                    "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [25.13, 35.34]}}]})");
        f.close();
        const LayerReport misplaced = Importer().inspect(degrees).front();
        QCOMPARE(misplaced.info.crs.epsg().value_or(0), 2100);
        QVERIFY(misplaced.outsideCrsArea);
        QCOMPARE(misplaced.suggestedEpsg.value_or(0), 4326);
    }

    void validationAndRepair()
    {
        writeText(tmp("invalid.geojson"), kInvalidJson);
        const LayerReport found = Importer().inspect(tmp("invalid.geojson")).front();
        QCOMPARE(found.problems.invalid, std::int64_t(1));
        QCOMPARE(found.problems.invalidFids, std::vector<std::int64_t>{1});
        QCOMPARE(found.problems.empty, std::int64_t(1));
        QCOMPARE(found.problems.null, std::int64_t(1));
        QCOMPARE(found.problems.idField, std::string("id"));
        QCOMPARE(found.problems.duplicateIds, std::int64_t(1));
        QVERIFY(found.problems.mixedTypes);
        QVERIFY(!found.problems.firstInvalidReason.empty());

        ImportOptions options;
        options.repair = true;
        const LayerReport imported = importIntoProject(Importer(options), tmp("repaired.polis"), tmp("invalid.geojson")).front();
        QCOMPARE(imported.repaired, std::int64_t(1));
        int invalid = -1;
        QCOMPARE(countValid(tmp("repaired.polis"), imported.table.c_str(), &invalid), 5);
        QCOMPARE(invalid, 0);
        GDALDatasetUniquePtr ds(GDALDataset::Open(tmp("repaired.polis").c_str(), GDAL_OF_VECTOR));
        const std::string sql = "SELECT count(*) FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index' "
                                "AND table_name = '" + imported.table + "'";
        OGRLayer* rtree = ds->ExecuteSQL(sql.c_str(), nullptr, nullptr);
        QCOMPARE(OGRFeatureUniquePtr(rtree->GetNextFeature())->GetFieldAsInteger(0), 1);
        ds->ReleaseResultSet(rtree);
    }

    void truncatedFieldNames()
    {
        writeText(tmp("long.geojson"), kLongNameJson);
        translate(tmp("long.geojson"), tmp("long.shp"), {"-f", "ESRI Shapefile", "-a_srs", "EPSG:2100"});
        QCOMPARE(Importer().inspect(tmp("long.shp")).front().truncatedFields, std::vector<std::string>{"population"});
    }

    void referenceKeepsTheSourceFile()
    {
        ImportOptions options;
        options.embed = false;
        const LayerReport report = importIntoProject(Importer(options), tmp("ref.polis"), shapefile("referenced")).front();
        QVERIFY(report.table.empty());
        const Project project = Project::load(tmp("ref.polis"));
        QCOMPARE(project.layers.front().source, std::string("referenced.shp"));
        const MapContent map = loadProject(tmp("ref.polis"));
        QVERIFY(map.errors.empty());
        QCOMPARE(map.layers.front().features->size(), kGreek.size());
    }

    void cancelledImportLeavesNoTrace()
    {
        const std::string project = tmp("cancel.polis");
        importIntoProject(Importer(), project, shapefile("first"));
        const QByteArray before = readAll(QString::fromStdString(project));
        writeManyPoints(tmp("many.gpkg"), 20000);
        ImportOptions options;
        int calls = 0;
        options.progress = [&](std::int64_t, std::int64_t) { return ++calls < 25; }; // stops in the copy pass
        QVERIFY_EXCEPTION_THROWN(importIntoProject(Importer(options), project, tmp("many.gpkg")), Cancelled);
        QCOMPARE(calls, 25);
        QVERIFY(readAll(QString::fromStdString(project)) == before);
        QVERIFY(!QFile::exists(QString::fromStdString(project + ".importing")));
        QCOMPARE(Project::load(project).layers.size(), std::size_t(1));
    }

    void largeImportReportsProgress()
    {
        writeManyPoints(tmp("100k.gpkg"), 100000);
        ImportOptions options;
        std::vector<std::pair<std::int64_t, std::int64_t>> calls;
        options.progress = [&](std::int64_t done, std::int64_t total) {
            calls.emplace_back(done, total);
            return true;
        };
        const LayerReport report = importIntoProject(Importer(options), tmp("big.polis"), tmp("100k.gpkg")).front();
        QCOMPARE(calls.size(), std::size_t(201)); // every 1000 features of two passes, then the end
        QCOMPARE(calls.front(), std::make_pair(std::int64_t(1000), std::int64_t(200000)));
        QCOMPARE(calls.back(), std::make_pair(std::int64_t(200000), std::int64_t(200000)));
        const MapContent map = loadProject(tmp("big.polis"));
        QVERIFY(map.errors.empty());
        QCOMPARE(map.layers.front().features->size(), std::size_t(100000));
        QCOMPARE(map.layers.front().name, report.info.name);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"

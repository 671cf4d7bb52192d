// Hostile project files (issue 18): SQL planted in a .polis must never run. References: SQLite's own
// sqlite_master (what was planted) and the file's bytes (nothing changed).
#include "hostile_fixtures.hpp"

#include "layers/core/error.hpp"
#include "layers/io/data_source.hpp"
#include "layers/io/raster_source.hpp"
#include "layers/map/map_content.hpp"
#include "layers/map/project.hpp"
#include "layers/map/recovery.hpp"
#include "layers/map/source_trust.hpp"
#include "layers/style/style.hpp"

#include <sys/stat.h>

#include <QtTest>

using namespace polis;
using namespace polis::test;

namespace {

QByteArray fileBytes(const std::string& path)
{
    QFile f(QString::fromStdString(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The message of Project::load(path), or "" when it loaded.
QString loadError(const std::string& path)
{
    try {
        Project::load(path);
    } catch (const IoError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

/// Saves a project in EPSG:2100 with layers (name, source) at `path`.
void savedProject(const std::string& path, const std::vector<std::pair<std::string, std::string>>& layers)
{
    Project p;
    p.mapCrs = Crs::fromUserInput("EPSG:2100");
    for (const auto& [name, source] : layers) {
        ProjectLayer l;
        l.name = name;
        l.source = source;
        p.layers.push_back(l);
    }
    p.save(path);
}

std::vector<std::string> split(const QString& statements)
{
    std::vector<std::string> out;
    for (const QString& s : statements.split(";;"))
        out.push_back(s.toStdString());
    return out;
}

} // namespace

class TestHostileProject : public QObject
{
    Q_OBJECT

private slots:
    void gdalOwnSchemaIsAccepted()
    {
        // heraklion.polis holds GDAL's R-tree, feature-count and tile-matrix triggers and an embedded layer.
        QCOMPARE(loadError(sample("heraklion.polis")), QString());
        Project p = Project::load(sample("heraklion.polis"));
        const std::string copy = m_dir.tmp("resaved.polis");
        QVERIFY(QFile::copy(QString::fromStdString(sample("heraklion.polis")), QString::fromStdString(copy)));
        p.save(copy);
        QCOMPARE(loadError(copy), QString());
    }

    void plantedSqlIsRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("named");
        QTest::newRow("trigger rewriting sources") << kSourceRewriteTrigger << "evil";
        // Named like GDAL's feature-count trigger, with another body.
        QTest::newRow("disguised feature count")
            << "CREATE TRIGGER trigger_update_x AFTER DELETE ON polis_layers BEGIN "
               "DELETE FROM polis_scenarios; END"
            << "trigger_update_x";
        QTest::newRow("GDAL's trigger replaced")
            << "DROP TRIGGER trigger_insert_feature_count_polis_layers;;"
               "CREATE TRIGGER \"trigger_insert_feature_count_polis_layers\" AFTER INSERT ON \"Polis_Layers\" "
               "BEGIN UPDATE gpkg_ogr_contents SET feature_count = 0; UPDATE polis_layers SET name = 'x'; END"
            << "trigger_insert_feature_count_polis_layers";
        // GDAL's SQL functions open any dataset GDAL can, /vsicurl/ included.
        QTest::newRow("network through a function")
            << "CREATE TRIGGER fetch BEFORE INSERT ON polis_project BEGIN SELECT "
               "gdal_get_layer_pixel_value('/vsicurl/http://attacker.invalid/a.tif', 1, 'pixel', 0, 0); END"
            << "gdal_get_layer_pixel_value";
        QTest::newRow("quoted function, comment")
            << "CREATE TRIGGER \"rtree_polis_layers_x_insert\" AFTER INSERT ON polis_layers BEGIN SELECT "
               "/* */ \"CreateSpatialIndex\"('planning', 'geom'); END"
            << "createspatialindex";
        QTest::newRow("expression index")
            << "CREATE INDEX idx ON polis_layers (ST_MinX(ST_GeometryType(style)))" << "st_geometrytype";
        QTest::newRow("view calling a function")
            << "CREATE VIEW v AS SELECT HasSpatialIndex('planning', 'geom') AS x" << "hasspatialindex";
        QTest::newRow("R-tree name, writes a Polis table")
            << "CREATE TRIGGER rtree_planning_geom_insert2 AFTER INSERT ON planning BEGIN "
               "INSERT OR REPLACE INTO [polis_layers] (name) VALUES ('x'); END"
            << "rtree_planning_geom_insert2";
        QTest::newRow("CHECK constraint calling a function")
            << "CREATE TABLE \"polis_x\" (\"name\" TEXT(80) CHECK (HasSpatialIndex(name, 'geom')))"
            << "hasspatialindex";
    }

    void plantedSqlIsRefused()
    {
        QFETCH(QString, sql);
        QFETCH(QString, named);
        const std::string path = plantedProject(m_dir, "planted.polis", split(sql));
        QVERIFY2(!path.empty(), "the fixture could not plant its SQL");
        const QString message = loadError(path);
        QVERIFY2(message.contains("refused") && message.contains(named, Qt::CaseInsensitive) &&
                     message.contains("planted.polis"),
                 qPrintable(message));

        // Saving over it refuses too, before anything runs: the file keeps every byte.
        const QByteArray before = fileBytes(path);
        Project p = Project::load(sample("heraklion.polis"));
        QVERIFY_THROWS_EXCEPTION(IoError, p.save(path));
        QCOMPARE(fileBytes(path), before);
    }

    void sourceReach_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("remote"); // needs trust.remote
        QTest::addColumn<bool>("outside"); // needs trust.outside
        QTest::newRow("embedded") << "" << false << false;
        QTest::newRow("beside the project") << "roads.geojson" << false << false;
        QTest::newRow("below the project") << "data/./roads.geojson" << false << false;
        QTest::newRow("parent folder") << "../roads.geojson" << false << true;
        QTest::newRow("back out and in") << "data/../../x/roads.geojson" << false << true;
        QTest::newRow("absolute elsewhere") << "/etc/passwd" << false << true;
        QTest::newRow("zip elsewhere") << "/vsizip//home/x/a.zip/a.shp" << false << true;
        QTest::newRow("stdin") << "/vsistdin/" << false << true;
        QTest::newRow("curl") << "/vsicurl/http://attacker.invalid/a.gpkg" << true << false;
        QTest::newRow("curl inside zip") << "/vsizip//vsicurl/http://attacker.invalid/a.zip" << true << false;
        QTest::newRow("s3") << "/vsis3/bucket/a.tif" << true << false;
        QTest::newRow("url") << "https://attacker.invalid/a.geojson" << true << false;
        QTest::newRow("WFS") << "WFS:http://attacker.invalid/wfs" << true << false;
        QTest::newRow("pg other host") << "PG:dbname=city host=db.attacker.invalid user=x" << true << false;
        QTest::newRow("pg service") << "PG:service=remote dbname=city" << true << false;
        QTest::newRow("pg local socket") << "PG:dbname=city" << false << true;
        QTest::newRow("pg localhost") << "PG:host=localhost dbname=city" << false << true;
    }

    void sourceReach()
    {
        QFETCH(QString, source);
        QFETCH(bool, remote);
        QFETCH(bool, outside);
        const std::string project = m_dir.tmp("p/city.polis");
        const std::string s = source.toStdString();
        const bool refusedByDefault = !untrustedSource(project, s, {}).empty();
        QCOMPARE(refusedByDefault, remote || outside);
        if (remote)
            QVERIFY(untrustedSource(project, s, {true, false}).empty());
        QCOMPARE(untrustedSource(project, s, {false, true}).empty(), !remote);
        QVERIFY(untrustedSource(project, s, {true, true}).empty());
        if (refusedByDefault)
            QVERIFY(QString::fromStdString(untrustedSource(project, s, {})).contains(source));
    }

    void symlinkOutIsOutside()
    {
        QVERIFY(QDir().mkpath(QString::fromStdString(m_dir.tmp("linked"))));
        const std::string link = m_dir.tmp("linked/etc");
        QVERIFY(QFile::link("/etc", QString::fromStdString(link)));
        QVERIFY(!untrustedSource(m_dir.tmp("linked/city.polis"), "etc/passwd", {}).empty());
    }

    void loadProjectOpensOnlyTrustedSources()
    {
        // A project in its own folder with a layer outside it (the sample districts) and one on the web.
        QVERIFY(QDir().mkpath(QString::fromStdString(m_dir.tmp("trust"))));
        const std::string path = m_dir.tmp("trust/city.polis");
        savedProject(path, {{"districts", sample("districts.shp")}, {"web", "/vsicurl/http://attacker.invalid/a.gpkg"}});

        const MapContent denied = loadProject(path);
        QCOMPARE(int(denied.layers.size()), 0);
        QCOMPARE(int(denied.errors.size()), 2);
        QVERIFY(QString::fromStdString(denied.errors[0].message).contains("outside the project's folder"));
        QVERIFY(QString::fromStdString(denied.errors[1].message).contains("reaches the network"));

        const MapContent outside = loadProject(path, {}, {false, true});
        QCOMPARE(int(outside.layers.size()), 1);
        GDALDatasetUniquePtr reference(GDALDataset::Open(sample("districts.shp").c_str(), GDAL_OF_VECTOR));
        QCOMPARE(qint64(outside.layers[0].features->size()), qint64(reference->GetLayer(0)->GetFeatureCount()));
        QCOMPARE(int(outside.errors.size()), 1);
    }

    void passwordsAreNeverStored()
    {
        const std::string path = m_dir.tmp("password.polis");
        savedProject(path, {{"pg", "PG:host=localhost password='s3cr et' dbname=city user=planner"},
                            {"url", "/vsicurl/https://planner:hunter2@example.invalid/a.gpkg"}});
        const QByteArray bytes = fileBytes(path);
        QVERIFY(!bytes.contains("s3cr") && !bytes.contains("hunter2") && !bytes.contains("password"));
        const Project back = Project::load(path);
        QCOMPARE(back.layers[0].source, std::string("PG:host=localhost dbname=city user=planner"));
        QCOMPARE(back.layers[1].source, std::string("/vsicurl/https://planner@example.invalid/a.gpkg"));
    }

    void hugeClaimedFeatureCount()
    {
        // A GeoPackage's feature count is a claim: 2^62 must not size any memory.
        const std::string path = plantedProject(
            m_dir, "claim.polis",
            {"UPDATE gpkg_ogr_contents SET feature_count = 4611686018427387904 WHERE table_name = 'polis_changes'"});
        QVERIFY(!path.empty());
        GDALDatasetUniquePtr reference(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
        qint64 real = 0;
        for (auto& f : *reference->GetLayerByName("polis_changes"))
            real += f != nullptr;
        QVERIFY(real > 0);
        const DataSource ds = DataSource::open(path);
        QCOMPARE(qint64(ds.read(ds.layerIndex("polis_changes"))->size()), real);
    }

    void fifoIsRefusedNotOpened()
    {
        // Opening a FIFO blocks until someone writes into it: the message must come at once.
        const std::string fifo = m_dir.tmp("pipe.geojson");
        QCOMPARE(mkfifo(fifo.c_str(), 0600), 0);
        QVERIFY_THROWS_EXCEPTION(IoError, DataSource::open(fifo));
        try {
            DataSource::open(fifo);
        } catch (const IoError& e) {
            QVERIFY2(QString(e.what()).contains("FIFO") && QString(e.what()).contains("pipe.geojson"), e.what());
        }
        QVERIFY(!isRasterDataset(fifo));
        QVERIFY_THROWS_EXCEPTION(IoError, RasterSource::open(fifo));
    }

    void styleNumbersAreRangeChecked_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("key");
        QTest::newRow("stroke") << R"({"stroke_width":1e6})" << "stroke_width";
        QTest::newRow("negative stroke") << R"({"stroke_width":-1})" << "stroke_width";
        QTest::newRow("marker") << R"({"marker_size":1e9})" << "marker_size";
        QTest::newRow("halo") << R"({"labels":{"field":"name","halo_width":1e9}})" << "halo_width";
        QTest::newRow("label size") << R"({"labels":{"field":"name","size":0}})" << "size";
        QTest::newRow("dash") << R"({"dash":[1e12,1]})" << "dash";
    }

    void styleNumbersAreRangeChecked()
    {
        QFETCH(QString, json);
        QFETCH(QString, key);
        try {
            styleFromJson(json.toStdString());
            QFAIL("accepted");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains(key), e.what());
        }
        QCOMPARE(styleFromJson(R"({"stroke_width":100,"marker_size":200})").strokeWidth, 100.0); // the limits
    }

    void missingShxIsRebuiltElsewhere()
    {
        // The sample districts without their .shx, in a folder of their own: read as GDAL reads the original,
        // and nothing is written beside them.
        const QString folder = QString::fromStdString(m_dir.tmp("noshx"));
        QVERIFY(QDir().mkpath(folder));
        for (const char* ext : {"shp", "dbf", "prj", "cpg"})
            QVERIFY(QFile::copy(QString::fromStdString(sample(QString("districts.") + ext)),
                                folder + "/districts." + ext));
        const QStringList before = QDir(folder).entryList(QDir::Files);
        const DataSource ds = DataSource::open((folder + "/districts.shp").toStdString());
        GDALDatasetUniquePtr reference(GDALDataset::Open(sample("districts.shp").c_str(), GDAL_OF_VECTOR));
        QCOMPARE(qint64(ds.read(0)->size()), qint64(reference->GetLayer(0)->GetFeatureCount()));
        QCOMPARE(QDir(folder).entryList(QDir::Files), before);
    }

    void corruptRecoveryIsNotOffered()
    {
        const std::string good = m_dir.tmp("good.polis"), bad = m_dir.tmp("bad.polis");
        QVERIFY(QFile::copy(QString::fromStdString(sample("heraklion.polis")),
                            QString::fromStdString(recoveryPath(good))));
        QByteArray truncated = fileBytes(sample("heraklion.polis")).left(3000);
        QFile f(QString::fromStdString(recoveryPath(bad)));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(truncated) == truncated.size());
        f.close();
        QVERIFY(hasRecovery(good));
        QVERIFY(!hasRecovery(bad));
    }

private:
    Scratch m_dir;
};

QTEST_GUILESS_MAIN(TestHostileProject)
#include "tst_hostile_project.moc"

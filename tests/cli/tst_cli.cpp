// End-to-end tests of the polis command line: the real binary, real files, exit codes and outputs.
#include <QColor>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <gdal_priv.h>
#include <memory>
#include <ogrsf_frmts.h>

#include "cli_helpers.hpp"

using namespace cli_test;

namespace {

/// The first point of the first feature of a layer, read with GDAL itself (the independent reference).
QPointF firstVertex(const QString& path, const char* layerName, int vertex = 0)
{
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
    OGRLayer* layer = ds->GetLayerByName(layerName);
    OGRFeatureUniquePtr f(layer->GetNextFeature());
    const OGRGeometry* g = f->GetGeometryRef();
    if (wkbFlatten(g->getGeometryType()) == wkbPoint)
        return {g->toPoint()->getX(), g->toPoint()->getY()};
    const OGRLineString* line = g->toLineString();
    return {line->getX(vertex), line->getY(vertex)};
}

struct Probe
{
    QPointF at; ///< EPSG:2100
    QColor colour;
};

/// WGS84 longitude/latitude in the Greek Grid (EPSG:2100), by GDAL.
QPointF greekGrid(double lon, double lat)
{
    OGRSpatialReference wgs84, greek;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    greek.importFromEPSG(2100);
    greek.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> t(OGRCreateCoordinateTransformation(&wgs84, &greek));
    double x = lon, y = lat;
    t->Transform(1, &x, &y);
    return {x, y};
}

/// Renders `project` 120 m around the probe's point into 120 x 120 pixels: the centre has the probe's colour,
/// the corner not always.
void checkProbe(const QString& project, const Probe& probe)
{
    QTemporaryDir dir;
    const QString out = dir.filePath("probe.png");
    const QString extent = QStringLiteral("%1,%2,%3,%4")
                               .arg(probe.at.x() - 60, 0, 'f', 3).arg(probe.at.y() - 60, 0, 'f', 3)
                               .arg(probe.at.x() + 60, 0, 'f', 3).arg(probe.at.y() + 60, 0, 'f', 3);
    const Run r = polis({"render", project, "-o", out, "--size", "120x120", "--extent", extent});
    QCOMPARE(r.code, 0);
    const QImage image(out);
    QCOMPARE(image.size(), QSize(120, 120));
    const QColor centre = image.pixelColor(60, 60);
    QVERIFY2(near(centre, probe.colour, 12), qPrintable(project + ": " + centre.name() + " != " + probe.colour.name()));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { GDALAllRegister(); }

    void versionAndHelp()
    {
        const Run v = polis({"--version"});
        QCOMPARE(v.code, 0);
        QCOMPARE(QString::fromUtf8(v.out).trimmed(), QStringLiteral("polis " POLIS_EXPECTED_VERSION));
        const Run h = polis({"--help"});
        QCOMPARE(h.code, 0);
        QVERIFY(h.out.contains("render"));
        QVERIFY(h.out.contains("info"));
        const Run ih = polis({"info", "--help"});
        QCOMPARE(ih.code, 0);
        QVERIFY(ih.out.contains("--json"));
        const Run rh = polis({"render", "--help"});
        QCOMPARE(rh.code, 0);
        QVERIFY(rh.out.contains("--extent"));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option") << QStringList{"info", "--bogus", sample("districts.shp")};
        QTest::newRow("no source") << QStringList{"info"};
        QTest::newRow("no output") << QStringList{"render", sample("districts.shp")};
        QTest::newRow("bad size") << QStringList{"render", sample("districts.shp"), "-o", "x.png", "--size", "big"};
        QTest::newRow("bad extent") << QStringList{"render", sample("districts.shp"), "-o", "x.png", "--extent", "1,2,0,3"};
        QTest::newRow("bad format") << QStringList{"render", sample("districts.shp"), "-o", "x.bmp"};
        QTest::newRow("bad crs") << QStringList{"render", sample("districts.shp"), "-o", "x.png", "--crs", "EPSG:999999"};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = polis(args);
        QVERIFY2(isUsageError(r), qPrintable(QString("exit %1: %2").arg(r.code).arg(QString::fromUtf8(r.err))));
    }

    void infoJsonMatchesGdal()
    {
        const Run r = polis({"info", sample("districts.shp"), "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        const QJsonArray layers = doc["layers"].toArray();
        QCOMPARE(layers.size(), 1);
        const QJsonObject layer = layers[0].toObject();
        GDALDatasetUniquePtr ds(GDALDataset::Open(sample("districts.shp").toUtf8().constData(), GDAL_OF_VECTOR));
        OGRLayer* ref = ds->GetLayer(0);
        QCOMPARE(layer["name"].toString(), QString::fromUtf8(ref->GetName()));
        QCOMPARE(qint64(layer["feature_count"].toDouble()), qint64(ref->GetFeatureCount()));
        QCOMPARE(layer["crs"].toObject()["epsg"].toInt(), 2100);
        QCOMPARE(layer["encoding"].toString(), QStringLiteral("UTF-8"));
        QCOMPARE(layer["kind"].toString(), QStringLiteral("vector"));
        OGREnvelope env;
        QCOMPARE(ref->GetExtent(&env), OGRERR_NONE);
        const QJsonArray extent = layer["extent"].toArray();
        QCOMPARE(extent[0].toDouble(), env.MinX);
        QCOMPARE(extent[3].toDouble(), env.MaxY);
        QStringList names;
        for (const QJsonValue& f : layer["fields"].toArray())
            names << f["name"].toString();
        QCOMPARE(names.size(), ref->GetLayerDefn()->GetFieldCount());
        QVERIFY(names.contains("name"));
    }

    void infoSelectsOneLayerAndReadsRasters()
    {
        const Run r = polis({"info", sample("heraklion.gpkg") + ":fibre_ring", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonArray layers = QJsonDocument::fromJson(r.out).object()["layers"].toArray();
        QCOMPARE(layers.size(), 1);
        QCOMPARE(layers[0]["name"].toString(), QStringLiteral("fibre_ring"));
        QVERIFY(layers[0]["geometry_type"].toString().contains("Line"));

        const Run all = polis({"info", sample("heraklion.gpkg"), "--json"});
        GDALDatasetUniquePtr gpkg(GDALDataset::Open(sample("heraklion.gpkg").toUtf8().constData(), GDAL_OF_VECTOR));
        QCOMPARE(QJsonDocument::fromJson(all.out).object()["layers"].toArray().size(), gpkg->GetLayerCount());

        const Run t = polis({"info", sample("elevation.tif"), "--json"});
        QCOMPARE(t.code, 0);
        const QJsonObject raster = QJsonDocument::fromJson(t.out).object()["layers"].toArray()[0].toObject();
        GDALDatasetUniquePtr ds(GDALDataset::Open(sample("elevation.tif").toUtf8().constData(), GDAL_OF_RASTER));
        QCOMPARE(raster["kind"].toString(), QStringLiteral("raster"));
        QCOMPARE(raster["width"].toInt(), ds->GetRasterXSize());
        QCOMPARE(raster["height"].toInt(), ds->GetRasterYSize());
        QCOMPARE(raster["bands"].toArray().size(), ds->GetRasterCount());
    }

    void badInputsExitOneNamingTheFile()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath("broken.geojson");
        QVERIFY(writeFile(broken, kBrokenGeoJson));
        const QString garbage = dir.filePath("garbage.shp");
        QVERIFY(writeFile(garbage, QByteArray(1000, '\x7f')));
        const QString missing = dir.filePath("missing.shp");
        for (const QString& path : {broken, garbage, missing}) {
            for (const QString& cmd : {QStringLiteral("info"), QStringLiteral("render")}) {
                QStringList args{cmd, path};
                if (cmd == "render")
                    args << "-o" << dir.filePath("out.png");
                const Run r = polis(args);
                QVERIFY2(!r.crashed, qPrintable(path));
                QCOMPARE(r.code, 1);
                QVERIFY2(r.err.contains(QFileInfo(path).fileName().toUtf8()), r.err.constData());
            }
        }
        QVERIFY(!QFile::exists(dir.filePath("out.png")));
        const Run layer = polis({"info", sample("heraklion.gpkg") + ":no_such_layer"});
        QCOMPARE(layer.code, 1);
        QVERIFY(layer.err.contains("no_such_layer"));
        QVERIFY(layer.err.contains("fibre_ring")); // lists what is there
    }

    void renderSampleProjectShowsFeatureColours()
    {
        // A public building and a vertex of the fibre ring, read with GDAL; the project draws them in the
        // colours that sample-data/README.md documents (#D7301F and #E0208C).
        const QPointF building = firstVertex(sample("heraklion.gpkg"), "public_buildings");
        const QPointF fibre = firstVertex(sample("heraklion.gpkg"), "fibre_ring", 1);
        // Out at sea north of the port: the project's background (src/polis_project.csv), no longer white.
        const QPointF sea = greekGrid(25.14, 35.38);
        for (const Probe& probe : {Probe{building, QColor("#D7301F")}, Probe{fibre, QColor("#E0208C")},
                                   Probe{sea, QColor("#C6DDEB")}})
            checkProbe(sample("heraklion.polis"), probe);
    }

    void renderChaniaShowsChania()
    {
        // The second sample draws Chania: Souda airport (LGSA, read with GDAL) in the airfields' purple, the
        // sea of the Cretan Sea north of the town in the background colour, the municipality inland of the
        // town in its fill, and land outside it (Kalyves' plain, east of Souda Bay) in the land colour
        // (sample-data/src/chania_*.csv).
        const QPointF airport = firstVertex(sample("chania.gpkg"), "airfields");
        for (const Probe& probe : {Probe{airport, QColor("#54278F")}, Probe{greekGrid(23.95, 35.56), QColor("#C6DDEB")},
                                   Probe{greekGrid(24.00, 35.45), QColor("#E6DCC3")},
                                   Probe{greekGrid(24.20, 35.40), QColor("#F3EFE4")}})
            checkProbe(sample("chania.polis"), probe);
    }

    void infoDescribesTheProject()
    {
        // sample-data/src/polis_project.csv, polis_layers.csv (17 rows, the land first) and scenarios.csv; the
        // planning layer is embedded.
        const Run r = polis({"info", sample("heraklion.polis"), "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject p = QJsonDocument::fromJson(r.out).object()["project"].toObject();
        QCOMPARE(p["title"].toString(), QStringLiteral("Ηράκλειο — δείγμα έργου"));
        QCOMPARE(p["crs"].toObject()["id"].toString(), QStringLiteral("EPSG:2100"));
        QCOMPARE(p["background"].toString(), QStringLiteral("#c6ddeb"));
        const QJsonArray layers = p["layers"].toArray();
        QCOMPARE(layers.size(), 18);
        QCOMPARE(layers[0].toObject()["name"].toString(), QStringLiteral("Ξηρά (ακτογραμμή GSHHG)"));
        QCOMPARE(layers[0].toObject()["source"].toString(), QStringLiteral("heraklion.gpkg"));
        QCOMPARE(layers[0].toObject()["layer"].toString(), QStringLiteral("land"));
        QVERIFY(layers[0].toObject()["attribution"].toString().contains("GSHHG"));
        QCOMPARE(layers[2].toObject()["visible"].toBool(), false); // the DEM, kept for queries
        int embedded = 0;
        for (const QJsonValue& l : layers)
            embedded += l["embedded"].toBool() ? 1 : 0;
        QCOMPARE(embedded, 1);
        const QJsonArray scenarios = p["scenarios"].toArray();
        QCOMPARE(scenarios.size(), 2);
        QCOMPARE(scenarios[0].toObject()["name"].toString(), QStringLiteral("Airport to Kasteli + Pankritio marina"));
        QVERIFY(scenarios[0].toObject()["changes"].toInt() > 0);
        QCOMPARE(p["indicators"].toArray().size(), 6);
        // As text, for a planner: the layers with where their data is; --tables lists the project's own tables.
        const Run text = polis({"info", sample("heraklion.polis")});
        QVERIFY(text.out.contains("heraklion.gpkg:water_districts"));
        QVERIFY(text.out.contains("Fibre ring phase 2 + smart lighting"));
        QVERIFY(!text.out.contains("polis_layers"));
        const Run tables = polis({"info", sample("heraklion.polis"), "--tables"});
        QCOMPARE(tables.code, 0);
        QVERIFY(tables.out.contains("polis_layers"));
    }

    void renderVectorFormats()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath("map.pdf");
        const QString svg = dir.filePath("map.svg");
        QCOMPARE(polis({"render", sample("heraklion.polis"), "-o", pdf, "--size", "800x600"}).code, 0);
        QCOMPARE(polis({"render", sample("districts.shp"), sample("roads.geojson"), "-o", svg}).code, 0);
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
        QFile s(svg);
        QVERIFY(s.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&s);
        int paths = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && (xml.name() == QLatin1String("path") || xml.name() == QLatin1String("polyline")))
                ++paths;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(paths >= 5); // five districts at least, drawn as vectors
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

// End-to-end tests of polis query, buffer, dissolve, clip, nearest and stats: the real binary on a GeoPackage
// written here with GDAL, answers computed independently with GDAL/OGR geometry (brute force), outputs
// re-read with GDAL, exit codes 0/1/2.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <stdexcept>

namespace {

struct Run
{
    int code = -1;
    QByteArray out, err;
};

Run polis(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(POLIS_BINARY), args);
    Run r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QJsonObject json(const Run& r)
{
    return QJsonDocument::fromJson(r.out).object();
}

constexpr double kX = 500000, kY = 4000000; // EPSG:2100, the Greek Grid's central meridian

/// buildings: 40 squares 5 m wide, square i at (kX + 30 i, kY + 12 i) with use school|residential and floors;
/// route: one line from (kX, kY) to (kX + 1000, kY). Square i lies 12 i m from the route while x <= 1000.
void writeCity(const std::string& path)
{
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr ds(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRSpatialReference srs;
    srs.importFromEPSG(2100);
    OGRLayer* buildings = ds->CreateLayer("buildings", &srs, wkbPolygon, nullptr);
    OGRFieldDefn use("use", OFTString), floors("floors", OFTInteger);
    buildings->CreateField(&use);
    buildings->CreateField(&floors);
    for (int i = 0; i < 40; ++i) {
        OGRFeature f(buildings->GetLayerDefn());
        f.SetField("use", i % 3 == 0 ? "school" : "residential");
        f.SetField("floors", i % 4);
        const double x = kX + 30 * i, y = kY + 12 * i;
        OGRLinearRing ring;
        ring.addPoint(x, y);
        ring.addPoint(x + 5, y);
        ring.addPoint(x + 5, y + 5);
        ring.addPoint(x, y + 5);
        ring.closeRings();
        OGRPolygon polygon;
        polygon.addRing(&ring);
        f.SetGeometry(&polygon);
        if (buildings->CreateFeature(&f) != OGRERR_NONE)
            throw std::runtime_error("cannot write " + path);
    }
    OGRLayer* route = ds->CreateLayer("route", &srs, wkbLineString, nullptr);
    OGRFeature f(route->GetLayerDefn());
    OGRLineString line;
    line.addPoint(kX, kY);
    line.addPoint(kX + 1000, kY);
    f.SetGeometry(&line);
    if (route->CreateFeature(&f) != OGRERR_NONE)
        throw std::runtime_error("cannot write " + path);
}

/// Fids of `layer` whose geometry lies within `distance` of the route (OGR's own Distance), optionally only
/// schools.
std::vector<qint64> expectedWithin(const std::string& path, double distance, bool schoolsOnly = false)
{
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    OGRFeatureUniquePtr route(ds->GetLayerByName("route")->GetNextFeature());
    std::vector<qint64> out;
    for (auto& f : *ds->GetLayerByName("buildings")) {
        if (schoolsOnly && std::string(f->GetFieldAsString("use")) != "school")
            continue;
        if (f->GetGeometryRef()->Distance(route->GetGeometryRef()) <= distance)
            out.push_back(f->GetFID());
    }
    return out;
}

std::vector<qint64> ids(const QJsonArray& array)
{
    std::vector<qint64> out;
    for (const QJsonValue& v : array)
        out.push_back(v.toInteger());
    return out;
}

std::vector<qint64> fidsIn(const QString& path)
{
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
    std::vector<qint64> out;
    if (!ds)
        return out;
    for (auto& f : *ds->GetLayer(0))
        out.push_back(f->GetFID());
    return out;
}

} // namespace

class TestCliQuery : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::string m_city;
    QString city(const char* layer) const { return QString::fromStdString(m_city) + ':' + layer; }

private slots:
    void initTestCase()
    {
        GDALAllRegister();
        m_city = m_dir.filePath("city.gpkg").toStdString();
        writeCity(m_city);
    }

    void queryJson()
    {
        const Run r = polis({"query", "--layer", city("buildings"), "--op", "dwithin", "--distance", "200",
                             "--with", city("route"), "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject doc = json(r);
        const std::vector<qint64> expected = expectedWithin(m_city, 200);
        QCOMPARE(expected.size(), std::size_t(17)); // squares 0..16: 12 * 16 = 192 m, square 17 at 204 m
        QCOMPARE(ids(doc["ids"].toArray()), expected);
        QCOMPARE(doc["count"].toInt(), 17);
        QCOMPARE(doc["invalid"].toInt(), 0);
        QVERIFY(doc["load_ms"].toDouble() > 0 && doc["query_ms"].toDouble() > 0);

        const Run schools = polis({"query", "--layer", city("buildings"), "--op", "dwithin", "--distance",
                                   "200", "--with", city("route"), "--where", "use = 'school'", "--json"});
        QCOMPARE(ids(json(schools)["ids"].toArray()), expectedWithin(m_city, 200, true));
        const Run count = polis({"query", "--layer", city("buildings"), "--op", "intersects", "--with",
                                 city("route"), "--json", "--count"});
        QCOMPARE(json(count)["count"].toInt(), 1); // square 0 touches the route at its corner edge
        QVERIFY(!json(count).contains("ids"));
    }

    void queryOutputs()
    {
        for (const char* name : {"hits.gpkg", "hits.geojson", "hits.csv"}) {
            const QString out = m_dir.filePath(name);
            const Run r = polis({"query", "--layer", city("buildings"), "--op", "dwithin", "--distance",
                                 "100", "--with", city("route"), "-o", out});
            QCOMPARE(r.code, 0);
            GDALDatasetUniquePtr ds(GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_VECTOR));
            QVERIFY(ds);
            QCOMPARE(ds->GetLayer(0)->GetFeatureCount(), GIntBig(expectedWithin(m_city, 100).size()));
            if (QString(name).endsWith(".gpkg"))
                QCOMPARE(fidsIn(out), expectedWithin(m_city, 100));
        }
    }

    void bufferAndStats()
    {
        const QString out = m_dir.filePath("corridor.geojson");
        const Run b =
            polis({"buffer", city("route"), "--distance", "50", "--cap", "flat", "-o", out, "--json"});
        QCOMPARE(b.code, 0);
        QCOMPARE(json(b)["count"].toInt(), 1);
        GDALDatasetUniquePtr ds(GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_VECTOR));
        OGRFeatureUniquePtr f(ds->GetLayer(0)->GetNextFeature());
        QVERIFY(std::abs(f->GetGeometryRef()->toPolygon()->get_Area() - 1000.0 * 100) < 1e-6);

        const Run s = polis({"stats", city("buildings"), "--field", "floors", "--by", "use", "--json"});
        QCOMPARE(s.code, 0);
        const QJsonArray groups = json(s)["groups"].toArray();
        QCOMPARE(groups.size(), 2);
        // Square i: school when i % 3 == 0, floors i % 4, 25 m² each.
        double schoolFloors = 0;
        int schools = 0;
        for (int i = 0; i < 40; i += 3) {
            schoolFloors += i % 4;
            ++schools;
        }
        const QJsonObject school = groups[0].toObject();
        QCOMPARE(school["key"].toString(), QString("school"));
        QCOMPARE(school["count"].toInt(), schools);
        QCOMPARE(school["sum"].toDouble(), schoolFloors);
        QCOMPARE(school["mean"].toDouble(), schoolFloors / schools);
        QCOMPARE(school["area"].toDouble(), 25.0 * schools);
        // Statistics of a selection by location: squares 0..16 lie within 200 m of the route.
        const Run near = polis({"stats", city("buildings"), "--field", "floors", "--op", "dwithin",
                                "--distance", "200", "--with", city("route"), "--json"});
        QCOMPARE(near.code, 0);
        const QJsonObject all = json(near)["groups"].toArray()[0].toObject();
        double floorsNear = 0;
        for (int i = 0; i <= 16; ++i)
            floorsNear += i % 4;
        QCOMPARE(all["count"].toInt(), 17);
        QCOMPARE(all["sum"].toDouble(), floorsNear);
        QCOMPARE(all["area"].toDouble(), 25.0 * 17);
        const Run geodesic = polis({"stats", city("route"), "--geodesic", "--json"});
        // 1000 m of grid on the central meridian is 1000 / 0.9996 m on the ellipsoid.
        QVERIFY(std::abs(json(geodesic)["groups"].toArray()[0].toObject()["length"].toDouble() -
                         1000 / 0.9996) < 0.01);
    }

    void dissolveClipNearest()
    {
        const QString merged = m_dir.filePath("merged.gpkg");
        const Run d = polis({"dissolve", city("buildings"), "--by", "use", "-o", merged, "--json"});
        QCOMPARE(d.code, 0);
        QCOMPARE(json(d)["count"].toInt(), 2);
        QCOMPARE(fidsIn(merged).size(), std::size_t(2));

        const QString corridor = m_dir.filePath("corridor.gpkg");
        QCOMPARE(polis({"buffer", city("route"), "--distance", "30", "-o", corridor}).code, 0);
        const QString clipped = m_dir.filePath("clipped.gpkg");
        const Run c = polis({"clip", city("buildings"), "--with", corridor, "-o", clipped, "--json"});
        QCOMPARE(c.code, 0);
        QCOMPARE(fidsIn(clipped), (std::vector<qint64>{1, 2, 3})); // squares 0..2 start within 30 m

        const Run n =
            polis({"nearest", "--layer", city("buildings"), "--to", city("route"), "-k", "3", "--json"});
        QCOMPARE(n.code, 0);
        const QJsonArray neighbours = json(n)["results"].toArray()[0].toObject()["neighbours"].toArray();
        QCOMPARE(neighbours.size(), 3);
        QCOMPARE(neighbours[1]["id"].toInteger(), qint64(2));
        QCOMPARE(neighbours[1]["distance"].toDouble(), 12.0);
    }

    void inputErrorsExitOne()
    {
        const QString missing = m_dir.filePath("nowhere.gpkg");
        const Run r = polis({"query", "--layer", missing, "--op", "intersects", "--with", city("route")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("nowhere.gpkg"));
        const Run w = polis({"query", "--layer", city("buildings"), "--op", "intersects", "--with",
                             city("route"), "--where", "floors >>= 2"});
        QCOMPARE(w.code, 1);
        QVERIFY2(w.err.contains("city.gpkg") && w.err.contains("buildings"), w.err.constData());
        const Run several = polis({"stats", QString::fromStdString(m_city)});
        QCOMPARE(several.code, 1);
        QVERIFY(several.err.contains("several layers"));
        const Run field = polis({"stats", city("buildings"), "--field", "use"});
        QCOMPARE(field.code, 1);
        QVERIFY(field.err.contains("use"));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString b = QString::fromStdString(m_city) + ":buildings",
                      l = QString::fromStdString(m_city) + ":route";
        QTest::newRow("no op") << QStringList{"query", "--layer", b, "--with", l};
        QTest::newRow("bad op") << QStringList{"query", "--layer", b, "--op", "near", "--with", l};
        QTest::newRow("dwithin without distance")
            << QStringList{"query", "--layer", b, "--op", "dwithin", "--with", l};
        QTest::newRow("negative distance")
            << QStringList{"query", "--layer", b, "--op", "dwithin", "--distance", "-1", "--with", l};
        QTest::newRow("bad output") << QStringList{"query",  "--layer", b,    "--op", "within",
                                                   "--with", l,         "-o", "x.shp"};
        QTest::newRow("buffer without output") << QStringList{"buffer", l, "--distance", "5"};
        QTest::newRow("bad cap") << QStringList{"buffer", l,        "--distance", "5",
                                                "--cap",  "pointy", "-o",         "x.gpkg"};
        QTest::newRow("clip without with") << QStringList{"clip", b, "-o", "x.gpkg"};
        QTest::newRow("nearest bad k") << QStringList{"nearest", "--layer", b, "--to", l, "-k", "0"};
        QTest::newRow("stats two sources") << QStringList{"stats", b, l};
        QTest::newRow("stats with but no op") << QStringList{"stats", b, "--with", l};
        QTest::newRow("distance without dwithin")
            << QStringList{"query", "--layer", b, "--op", "within", "--distance", "5", "--with", l};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = polis(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--help"));
    }
};

QTEST_GUILESS_MAIN(TestCliQuery)
#include "tst_cli_query.moc"

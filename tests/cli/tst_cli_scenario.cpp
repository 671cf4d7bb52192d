// polis scenario list / diff / indicators and render --scenario on the sample project. Expected values come
// from the project's own tables read with GDAL's SQL (polis_scenarios, polis_changes) and from the baseline
// data in heraklion.gpkg, never from polis's output.
#include "cli_helpers.hpp"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace cli_test;

namespace {

const QString kAirport = QStringLiteral("Airport to Kasteli + Pankritio marina");
const QString kFibre = QStringLiteral("Fibre ring phase 2 + smart lighting");

/// Rows of an SQL statement on a dataset (SQLite dialect), as lists of field texts.
QList<QStringList> sql(const QString& path, const QString& statement)
{
    QList<QStringList> rows;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds)
        return rows;
    OGRLayer* result = ds->ExecuteSQL(statement.toUtf8().constData(), nullptr, "SQLITE");
    if (!result)
        return rows;
    for (auto& f : *result) {
        QStringList row;
        for (int i = 0; i < f->GetFieldCount(); ++i)
            row << QString::fromUtf8(f->GetFieldAsString(i));
        rows << row;
    }
    ds->ReleaseResultSet(result);
    return rows;
}

QJsonObject json(const Run& r)
{
    return QJsonDocument::fromJson(r.out).object();
}

QString scenarioId(const QString& name)
{
    return sql(sample("heraklion.polis"), "SELECT id FROM polis_scenarios WHERE name = '" + name + "'").value(0).value(0);
}

} // namespace

class TestScenarioCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        GDALAllRegister();
        CPLSetErrorHandler(CPLQuietErrorHandler); // "non conformant file extension" for *.polis
        QVERIFY(m_dir.isValid());
    }

    void listJson()
    {
        const Run r = polis({"scenario", "list", sample("heraklion.polis"), "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray scenarios = json(r)["scenarios"].toArray();
        const auto rows = sql(sample("heraklion.polis"),
                              "SELECT s.name, (SELECT count(*) FROM polis_changes c WHERE c.scenario_id = s.id) "
                              "FROM polis_scenarios s ORDER BY s.position");
        QCOMPARE(rows.size(), 2); // sample-data/README.md: two scenarios
        QCOMPARE(scenarios.size(), rows.size() + 1);
        QCOMPARE(scenarios[0].toObject()["name"].toString(), QStringLiteral("baseline"));
        QCOMPARE(scenarios[0].toObject()["changes"].toInt(), 0);
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(scenarios[i + 1].toObject()["name"].toString(), rows[i][0]);
            QCOMPARE(scenarios[i + 1].toObject()["changes"].toInt(), rows[i][1].toInt());
        }
        QCOMPARE(rows[0][0], kAirport);
        QCOMPARE(rows[1][0], kFibre);
        const Run text = polis({"scenario", "list", sample("heraklion.polis")});
        QCOMPARE(text.code, 0);
        QVERIFY(QString::fromUtf8(text.out).contains(kFibre));
    }

    void diffJsonAgainstTheBaseline()
    {
        const Run r = polis({"scenario", "diff", sample("heraklion.polis"), "baseline", kFibre, "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = json(r);
        const QString id = scenarioId(kFibre);
        for (const char* op : {"add", "modify", "remove"}) {
            const auto rows = sql(sample("heraklion.polis"), QString("SELECT count(*) FROM polis_changes WHERE scenario_id = %1 "
                                                                     "AND op = '%2'").arg(id, op));
            const char* key = QByteArray(op) == "add" ? "added" : QByteArray(op) == "modify" ? "modified" : "removed";
            QCOMPARE(o[key].toInt(), rows.value(0).value(0).toInt());
        }
        QCOMPARE(o["added"].toInt(), 11); // README: 2 fibre extensions, 7 lights, 2 planning features
        for (const QJsonValue& v : o["layers"].toArray()) {
            const QJsonObject layer = v.toObject();
            QStringList expected;
            for (const QStringList& row : sql(sample("heraklion.polis"),
                                              QString("SELECT feature_fid FROM polis_changes WHERE scenario_id = %1 AND "
                                                      "op = 'add' AND layer = '%2' ORDER BY feature_fid")
                                                  .arg(id, layer["layer"].toString())))
                expected << row[0];
            QStringList got;
            for (const QJsonValue& fid : layer["added"].toArray())
                got << QString::number(fid.toInteger());
            QCOMPARE(got, expected);
        }
        // Between the two scenarios: the airports A modified are back to the baseline in B: "modified".
        const Run ab = polis({"scenario", "diff", sample("heraklion.polis"), kAirport, kFibre, "--json"});
        QCOMPARE(ab.code, 0);
        QCOMPARE(json(ab)["modified"].toInt(), 2);
        QCOMPARE(json(ab)["removed"].toInt(), 3); // A's three planning features
    }

    void unknownScenarioListsTheAvailableOnes()
    {
        const Run r = polis({"scenario", "diff", sample("heraklion.polis"), "baseline", "Καστέλι"});
        QCOMPARE(r.code, 1);
        const QString message = QString::fromUtf8(r.err);
        QVERIFY2(message.contains("Καστέλι") && message.contains(kAirport) && message.contains(kFibre), r.err.constData());
        QCOMPARE(polis({"render", sample("heraklion.polis"), "-o", m_dir.filePath("x.png"), "--scenario", "Καστέλι"}).code, 1);
        QVERIFY(isUsageError(polis({"scenario", "compare", sample("heraklion.polis")})));
        QVERIFY(isUsageError(polis({"scenario", "diff", sample("heraklion.polis"), "baseline"})));
        QVERIFY(isUsageError(polis({"render", sample("heraklion.polis"), sample("roads.geojson"), "-o",
                                    m_dir.filePath("y.png"), "--scenario", kFibre})));
    }

    void indicatorsJson()
    {
        const Run r = polis({"scenario", "indicators", sample("heraklion.polis"), "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QMap<QString, QJsonObject> values;
        for (const QJsonValue& v : json(r)["indicators"].toArray())
            values[v.toObject()["name"].toString()] = v.toObject()["values"].toObject();
        QCOMPARE(values.size(), 6);
        // Street lights: the baseline layer's count, plus the lights the fibre scenario adds.
        const int lights = sql(sample("heraklion.gpkg"), "SELECT count(*) FROM street_lights").value(0).value(0).toInt();
        const int added = sql(sample("heraklion.polis"), QString("SELECT count(*) FROM polis_changes WHERE scenario_id = %1 AND "
                                                                 "layer = 'Έξυπνα φωτιστικά'").arg(scenarioId(kFibre)))
                              .value(0).value(0).toInt();
        QCOMPARE(values["Street lights"]["baseline"].toDouble(), double(lights));
        QCOMPARE(values["Street lights"][kAirport].toDouble(), double(lights));
        QCOMPARE(values["Street lights"][kFibre].toDouble(), double(lights + added));
        // Cost of phase 1: the cost_eur of the changes whose attributes say phase 1.
        double phase1 = 0;
        for (const QStringList& row : sql(sample("heraklion.polis"), QString("SELECT attributes FROM polis_changes WHERE scenario_id = %1")
                                                                          .arg(scenarioId(kAirport)))) {
            const QJsonObject a = QJsonDocument::fromJson(row[0].toUtf8()).object();
            if (a["phase"].toDouble() == 1)
                phase1 += a["cost_eur"].toDouble();
        }
        QCOMPARE(phase1, 480e6); // README: the runway
        QCOMPARE(values["Cost phase 1 (EUR)"][kAirport].toDouble(), phase1);
        QCOMPARE(values["Cost phase 1 (EUR)"]["baseline"].toDouble(), 0.0);
        // Fibre: the baseline's km, measured by GDAL (ST_Length in the layer's metric CRS).
        const double km = sql(sample("heraklion.gpkg"), "SELECT sum(ST_Length(geom)) FROM fibre_ring").value(0).value(0).toDouble() / 1000;
        QVERIFY2(std::abs(values["Fibre (km)"]["baseline"].toDouble() - km) < 1e-6, qPrintable(QString::number(km)));
        QVERIFY(values["Fibre (km)"][kFibre].toDouble() > km);
    }

    void renderScenarioShowsItsFeatures()
    {
        // The marina the airport scenario adds, located from the project's own change row.
        const auto rows = sql(sample("heraklion.polis"), "SELECT geometry FROM polis_changes WHERE attributes LIKE '%\"marina\"%'");
        QCOMPARE(rows.size(), 1);
        GDALDatasetUniquePtr ds(GDALDataset::Open(sample("heraklion.polis").toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        OGRLayer* result = ds->ExecuteSQL("SELECT geometry FROM polis_changes WHERE attributes LIKE '%\"marina\"%'", nullptr, "SQLITE");
        QVERIFY(result);
        OGRFeatureUniquePtr f(result->GetNextFeature());
        int size = 0;
        const GByte* wkb = f->GetFieldAsBinary(0, &size);
        OGRGeometry* g = nullptr;
        QCOMPARE(OGRGeometryFactory::createFromWkb(wkb, nullptr, &g, size), OGRERR_NONE);
        OGRPoint centre;
        QCOMPARE(g->Centroid(&centre), OGRERR_NONE);
        OGRGeometryFactory::destroyGeometry(g);
        ds->ReleaseResultSet(result);

        const QString extent = QString("%1,%2,%3,%4").arg(centre.getX() - 100, 0, 'f', 1).arg(centre.getY() - 100, 0, 'f', 1)
                                   .arg(centre.getX() + 100, 0, 'f', 1).arg(centre.getY() + 100, 0, 'f', 1);
        // The marina is "proposed": the marina colour #0097A7 halfway to white, #80CBD3 (README).
        const QColor marina(0x80, 0xcb, 0xd3);
        const QString withPath = m_dir.filePath("airport.png");
        const QString basePath = m_dir.filePath("baseline.png");
        Run r = polis({"render", sample("heraklion.polis"), "-o", withPath, "--size", "200x200", "--extent", extent,
                       "--scenario", kAirport});
        QVERIFY2(r.code == 0, r.err.constData());
        r = polis({"render", sample("heraklion.polis"), "-o", basePath, "--size", "200x200", "--extent", extent});
        QVERIFY2(r.code == 0, r.err.constData());
        const QImage with(withPath);
        const QImage base(basePath);
        QVERIFY(near(with.pixelColor(100, 100), marina, 8));
        QVERIFY(near(with.pixelColor(20, 180), marina, 8));
        QVERIFY(!near(base.pixelColor(100, 100), marina, 40));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestScenarioCli)
#include "tst_cli_scenario.moc"

// The command line and the GUI answer a query alike: `polis query ... --json` on the sample layers (the
// dataset executor: WHERE pushed down to OGR, candidate windows) and the query panel's QueryController on a
// MapDocument that opened sample-data/heraklion.polis (the in-memory executor on the map's layers) give the
// same fids for the same query. Each query must also be a real one: some features match and some do not,
// counted with GDAL's own attribute filter on the layer.
#include "cli_helpers.hpp"

#include "gui/document/map_document.hpp"
#include "gui/document/layer_list_model.hpp"
#include "gui/panels/query_controller.hpp"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>

using namespace polis;

namespace {

using Fids = std::vector<std::int64_t>;

/// Project layer names (sample-data/heraklion.polis, table polis_layers) and their sources.
struct Layer
{
    const char* name;
    const char* spec; ///< inside sample-data
};
const Layer kBuildings{"Δημόσια κτίρια", "heraklion.gpkg:public_buildings"};
const Layer kLights{"Έξυπνα φωτιστικά", "heraklion.gpkg:street_lights"};
const Layer kFibre{"Δακτύλιος οπτικών ινών", "heraklion.gpkg:fibre_ring"};
const Layer kDistricts{"Δημοτικά διαμερίσματα", "districts.shp"};
const Layer kDocks{"Σταθμοί κοινόχρηστων ποδηλάτων", "heraklion.gpkg:bike_docks"};

/// Features of `spec` matching `where`, counted by GDAL itself.
long long gdalCount(const QString& spec, const QString& where)
{
    const QStringList parts = spec.split(':');
    GDALDatasetUniquePtr ds(GDALDataset::Open(cli_test::sample(parts[0].toUtf8()).toUtf8(), GDAL_OF_VECTOR));
    OGRLayer* layer = parts.size() > 1 ? ds->GetLayerByName(parts[1].toUtf8()) : ds->GetLayer(0);
    if (!where.isEmpty())
        layer->SetAttributeFilter(where.toUtf8());
    return layer->GetFeatureCount(TRUE);
}

Fids cliFids(const Layer& searched, const QString& op, const Layer& with, double distance,
             const QString& where)
{
    QStringList args{"query", "--layer", cli_test::sample(searched.spec), "--op",
                     op,      "--with",  cli_test::sample(with.spec),     "--json"};
    if (op == "dwithin")
        args << "--distance" << QString::number(distance);
    if (!where.isEmpty())
        args << "--where" << where;
    const cli_test::Run r = cli_test::polis(args);
    if (r.code != 0)
        qWarning() << r.err;
    Fids fids;
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out).object().value("ids").toArray())
        fids.push_back(v.toInteger());
    return fids;
}

/// The id of the layer called `name` (what the query panel hands the controller), or "".
QString idOf(const MapDocument& doc, const QString& name)
{
    for (const MapLayer& layer : doc.content()->layers) {
        if (QString::fromStdString(layer.name) == name)
            return QString::fromStdString(layer.id.str());
    }
    return {};
}

/// The fids selected on layer `id`, ascending.
Fids selectedFids(const MapDocument& doc, const QString& id)
{
    const MapLayer* layer = doc.engine().layer(LayerId(id.toStdString()));
    Fids fids;
    if (layer && layer->selection) {
        for (const std::uint32_t i : *layer->selection)
            fids.push_back(layer->features->fid(i));
    }
    std::sort(fids.begin(), fids.end());
    return fids;
}

} // namespace

class TestQueryParity : public QObject
{
    Q_OBJECT
    MapDocument m_doc;
    QueryController m_query;

    /// Runs the query in the panel's controller and returns the fids of the selection it made.
    Fids guiFids(const Layer& searched, const QString& op, const Layer& with, double distance,
                 const QString& where)
    {
        QSignalSpy done(&m_query, &QueryController::resultChanged);
        m_query.run(idOf(m_doc, searched.name), op, idOf(m_doc, with.name), distance, where, "", "");
        // The result may arrive inside run() (a job that finished at once), or later.
        if ((done.isEmpty() && !done.wait(60000)) || !m_query.error().isEmpty())
            qWarning() << "GUI query failed:" << m_query.error();
        return selectedFids(m_doc, idOf(m_doc, searched.name));
    }

private slots:
    void initTestCase()
    {
        GDALAllRegister();
        QSignalSpy loading(&m_doc, &MapDocument::loadingChanged);
        m_doc.setSource(cli_test::sample("heraklion.polis"));
        while (m_doc.loading() || m_doc.content()->layers.empty())
            QVERIFY(loading.wait(60000));
        QVERIFY(m_doc.content()->crs.displayId() == "EPSG:2100");
        m_query.setDocument(&m_doc);
        const QVariantList layers = m_query.layers();
        QVERIFY(std::any_of(layers.begin(), layers.end(), [](const QVariant& l) {
            return l.toMap().value("name") == kBuildings.name &&
                   !l.toMap().value("layerId").toString().isEmpty();
        }));
    }

    void sameFids_data()
    {
        QTest::addColumn<int>("searched");
        QTest::addColumn<QString>("op");
        QTest::addColumn<int>("with");
        QTest::addColumn<double>("distance");
        QTest::addColumn<QString>("where");
        QTest::newRow("schools intersecting districts") << 0 << "intersects" << 3 << 0.0 << "kind = 'school'";
        QTest::newRow("buildings within districts, not schools")
            << 0 << "within" << 3 << 0.0 << "kind <> 'school'";
        QTest::newRow("buildings dwithin 200 m of the fibre ring") << 0 << "dwithin" << 2 << 200.0 << "";
        QTest::newRow("smart LEDs dwithin 200 m of the fibre ring")
            << 1 << "dwithin" << 2 << 200.0 << "type = 'smart_led'";
        QTest::newRow("bike docks dwithin 300 m of buildings") << 4 << "dwithin" << 0 << 300.0 << "";
    }

    void sameFids()
    {
        const Layer layers[] = {kBuildings, kLights, kFibre, kDistricts, kDocks};
        QFETCH(int, searched);
        QFETCH(QString, op);
        QFETCH(int, with);
        QFETCH(double, distance);
        QFETCH(QString, where);
        const Layer& s = layers[searched];
        const Fids cli = cliFids(s, op, layers[with], distance, where);
        const Fids gui = guiFids(s, op, layers[with], distance, where);
        QCOMPARE(m_query.error(), QString());
        QCOMPARE(m_query.count(), int(gui.size())); // the selection is this query's result
        QCOMPARE(gui, cli);
        // A real query: it finds something, not the whole layer, and nothing the attribute filter refuses.
        QVERIFY2(!cli.empty(), "the query finds nothing: choose another");
        QVERIFY(qint64(cli.size()) < gdalCount(s.spec, ""));
        QVERIFY(qint64(cli.size()) <= gdalCount(s.spec, where));
    }

    /// A query in the history names its layers by id: after the layer list is reordered, running it again
    /// searches the same layer with the same layer, and its label still reads the layers' names.
    void historyRerunFollowsTheLayersAfterAReorder()
    {
        const Fids before = guiFids(kLights, "dwithin", kFibre, 200, "type = 'smart_led'");
        QVERIFY(!before.empty());
        const QString lights = idOf(m_doc, kLights.name);
        const QString top = QString::fromStdString(m_doc.content()->layers.back().id.str());
        m_doc.layers()->moveLayer(idOf(m_doc, kFibre.name), top);
        m_doc.layers()->moveLayer(lights, QString::fromStdString(m_doc.content()->layers.front().id.str()));
        QCOMPARE(QString::fromStdString(m_doc.content()->layers.front().name), QString(kLights.name));
        m_doc.clearSelection();
        QSignalSpy done(&m_query, &QueryController::resultChanged);
        m_query.rerun(0);
        QVERIFY(!done.isEmpty() || done.wait(60000));
        QCOMPARE(m_query.error(), QString());
        QCOMPARE(selectedFids(m_doc, lights), before);
        const QString label = m_query.history().front().toMap().value("label").toString();
        QVERIFY2(label.contains(kLights.name) && label.contains(kFibre.name), qPrintable(label));
        m_doc.undo();
        m_doc.undo();
    }

    void dwithinOnGeographicMapIsRefusedLikeTheCli()
    {
        // The command line refuses dwithin on roads.geojson (EPSG:4326)...
        const cli_test::Run cli =
            cli_test::polis({"query", "--layer", cli_test::sample("roads.geojson"), "--op", "dwithin",
                             "--distance", "200", "--with", cli_test::sample("coastline.geojson")});
        QCOMPARE(cli.code, 1);
        QVERIFY2(cli.err.contains("dwithin needs a projected CRS"), cli.err.constData());
        // ... and so does the GUI once its map is in EPSG:4326.
        QSignalSpy loading(&m_doc, &MapDocument::loadingChanged);
        m_doc.setMapCrs(4326);
        while (m_doc.loading() || !m_doc.content()->crs.isGeographic())
            QVERIFY(loading.wait(60000));
        QSignalSpy done(&m_query, &QueryController::resultChanged);
        m_query.run(idOf(m_doc, kBuildings.name), "dwithin", idOf(m_doc, kFibre.name), 200, "", "", "");
        QVERIFY(!done.isEmpty() || done.wait(60000));
        QCOMPARE(m_query.count(), -1);
        QCOMPARE(m_query.error(),
                 QString(kBuildings.name) +
                     ": dwithin needs a projected CRS in metres, but the layer is in EPSG:4326");
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    TestQueryParity test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_query_parity.moc"

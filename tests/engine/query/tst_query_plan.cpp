// QueryPlan and QueryExecutor: the same plan run on a dataset (pushed down to OGR, candidate windows) and on
// FeatureStores in memory (as the GUI runs it) gives the same fids, and both equal a brute force with GDAL's
// own API (OGRLayer::SetAttributeFilter, OGRGeometry predicates through GEOS, every pair of features), never
// the engine. dwithin on a geographic layer is refused by both with one message naming the layer.
#include "fixtures.hpp"

#include "layers/core/crs.hpp"
#include "layers/core/error.hpp"
#include "layers/io/data_source.hpp"
#include "layers/query/query_executor.hpp"

#include <QtTest>

#include <algorithm>
#include <memory>

using namespace polis;
using polis::test::sample;

namespace {

using Fids = std::vector<std::int64_t>;

struct OgrDataset
{
    GDALDatasetUniquePtr ds;
    OGRLayer* layer = nullptr;
};

/// `spec` ("file" or "file:layer" inside sample-data) opened with GDAL alone.
OgrDataset openOgr(const QString& spec)
{
    const QStringList parts = spec.split(':');
    OgrDataset out;
    out.ds.reset(GDALDataset::Open(sample(parts[0]).c_str(), GDAL_OF_VECTOR));
    if (!out.ds)
        throw std::runtime_error("cannot open " + spec.toStdString());
    out.layer =
        parts.size() > 1 ? out.ds->GetLayerByName(parts[1].toUtf8().constData()) : out.ds->GetLayer(0);
    return out;
}

/// The answer from GDAL alone: fids of `searched` matching `where` with `predicate` to any feature of `with`.
Fids bruteForce(const QString& searched, const QString& with, Predicate predicate, double distance,
                const QString& where)
{
    OgrDataset query = openOgr(with);
    std::vector<std::unique_ptr<OGRGeometry>> others;
    for (auto& f : *query.layer) {
        if (f->GetGeometryRef())
            others.emplace_back(f->GetGeometryRef()->clone());
    }
    OgrDataset target = openOgr(searched);
    if (!where.isEmpty())
        target.layer->SetAttributeFilter(where.toUtf8().constData());
    Fids fids;
    for (auto& f : *target.layer) {
        const OGRGeometry* g = f->GetGeometryRef();
        const bool hit = g && std::any_of(others.begin(), others.end(), [&](const auto& o) {
                             switch (predicate) {
                             case Predicate::Intersects:
                                 return g->Intersects(o.get()) != 0;
                             case Predicate::Within:
                                 return g->Within(o.get()) != 0;
                             case Predicate::Contains:
                                 return g->Contains(o.get()) != 0;
                             case Predicate::Touches:
                                 return g->Touches(o.get()) != 0;
                             case Predicate::Crosses:
                                 return g->Crosses(o.get()) != 0;
                             case Predicate::DWithin:
                                 return g->Distance(o.get()) <= distance;
                             }
                             return false;
                         });
        if (hit)
            fids.push_back(f->GetFID());
    }
    std::sort(fids.begin(), fids.end());
    return fids;
}

/// One sample layer opened with the engine: its dataset and the layer index.
struct EngineLayer
{
    DataSource ds;
    std::size_t index = 0;
};

EngineLayer openEngine(const QString& spec)
{
    const QStringList parts = spec.split(':');
    DataSource ds = DataSource::open(sample(parts[0]));
    const std::size_t index = parts.size() > 1 ? ds.layerIndex(parts[1].toStdString()) : 0;
    return {std::move(ds), index};
}

QueryPlan planOf(Predicate predicate, double distance, const QString& where)
{
    QueryPlan plan;
    plan.layerName = "searched";
    plan.predicate = predicate;
    plan.distance = distance;
    plan.where = where.toStdString();
    return plan;
}

/// Runs `call`; the message of the polis::Error it throws, or "" when it throws none.
template <class Call> QString errorOf(Call&& call)
{
    try {
        call();
    } catch (const Error& e) {
        return QString::fromUtf8(e.what());
    }
    return QString();
}

} // namespace

class TestQueryPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { GDALAllRegister(); }

    void datasetAndMemoryAgreeWithGdal_data()
    {
        QTest::addColumn<QString>("searched");
        QTest::addColumn<QString>("with");
        QTest::addColumn<int>("predicate");
        QTest::addColumn<double>("distance");
        QTest::addColumn<QString>("where");
        const QString buildings = "heraklion.gpkg:public_buildings", lights = "heraklion.gpkg:street_lights";
        const QString fibre = "heraklion.gpkg:fibre_ring", districts = "districts.shp";
        QTest::newRow("schools intersecting districts")
            << buildings << districts << int(Predicate::Intersects) << 0.0 << "kind = 'school'";
        QTest::newRow("buildings within districts")
            << buildings << districts << int(Predicate::Within) << 0.0 << "";
        QTest::newRow("buildings dwithin 200 m of the fibre ring")
            << buildings << fibre << int(Predicate::DWithin) << 200.0 << "";
        QTest::newRow("smart LEDs dwithin 200 m of the fibre ring")
            << lights << fibre << int(Predicate::DWithin) << 200.0 << "type = 'smart_led'";
        QTest::newRow("districts touching districts")
            << districts << districts << int(Predicate::Touches) << 0.0 << "";
        QTest::newRow("fibre crossing districts")
            << fibre << districts << int(Predicate::Crosses) << 0.0 << "";
        QTest::newRow("districts containing schools")
            << districts << buildings << int(Predicate::Contains) << 0.0 << "pop >= 36000";
        QTest::newRow("bike docks dwithin 300 m of buildings")
            << "heraklion.gpkg:bike_docks" << buildings << int(Predicate::DWithin) << 300.0 << "";
    }

    void datasetAndMemoryAgreeWithGdal()
    {
        QFETCH(QString, searched);
        QFETCH(QString, with);
        QFETCH(int, predicate);
        QFETCH(double, distance);
        QFETCH(QString, where);
        const Fids expected = bruteForce(searched, with, Predicate(predicate), distance, where);

        const EngineLayer target = openEngine(searched);
        const EngineLayer query = openEngine(with);
        QueryPlan plan = planOf(Predicate(predicate), distance, where);
        plan.with.dataset = &query.ds;
        plan.with.datasetLayer = query.index;
        const QueryResult onDisk = QueryExecutor(target.ds, target.index).run(plan);
        QCOMPARE(onDisk.fids(), expected);

        // In memory, as the GUI holds its layers: whole stores, the query layer in the searched layer's CRS.
        const Crs crs = target.ds.layers()[target.index].crs;
        QueryPlan inMemory = planOf(Predicate(predicate), distance, where);
        ReadOptions sameCrs;
        sameCrs.targetCrs = crs;
        inMemory.with.store = query.ds.read(query.index, sameCrs);
        const QueryResult held = QueryExecutor(target.ds.read(target.index), crs).run(inMemory);
        QCOMPARE(held.fids(), expected);
        QVERIFY(std::is_sorted(held.indices.begin(), held.indices.end()));
        QVERIFY(held.invalidFids.empty() && onDisk.invalidFids.empty());
    }

    void candidateWindowsReadOnlyNearFeatures()
    {
        // The GeoPackage has an R-tree: the dataset path reads only the lights near the ring, yet finds all.
        const EngineLayer lights = openEngine("heraklion.gpkg:street_lights");
        QVERIFY(lights.ds.layers()[lights.index].fastSpatialFilter);
        const EngineLayer fibre = openEngine("heraklion.gpkg:fibre_ring");
        QueryPlan plan = planOf(Predicate::DWithin, 50, "");
        plan.with.dataset = &fibre.ds;
        plan.with.datasetLayer = fibre.index;
        const QueryResult found = QueryExecutor(lights.ds, lights.index).run(plan);
        QVERIFY(found.store->size() < lights.ds.read(lights.index)->size());
        QCOMPARE(found.fids(), bruteForce("heraklion.gpkg:street_lights", "heraklion.gpkg:fibre_ring",
                                          Predicate::DWithin, 50, ""));
    }

    void attributeOnlyAndStatisticsAgree()
    {
        const EngineLayer lights = openEngine("heraklion.gpkg:street_lights");
        QueryPlan plan;
        plan.where = "type = 'smart_led'";
        plan.statistics = StatisticsRequest{"id", "type", false};
        const QueryResult onDisk = QueryExecutor(lights.ds, lights.index).run(plan);
        const auto store = lights.ds.read(lights.index);
        const QueryResult held = QueryExecutor(store, lights.ds.layers()[lights.index].crs).run(plan);
        QCOMPARE(held.fids(), onDisk.fids());
        QCOMPARE(int(held.fids().size()), 42); // sample-data/README.md: 42 smart_led lights
        // One group (type = smart_led) summing the ids of exactly those lights, from GDAL.
        OgrDataset ogr = openOgr("heraklion.gpkg:street_lights");
        ogr.layer->SetAttributeFilter("type = 'smart_led'");
        double sum = 0;
        for (auto& f : *ogr.layer)
            sum += f->GetFieldAsDouble("id");
        for (const QueryResult* r : {&onDisk, &held}) {
            QCOMPARE(int(r->groups.size()), 1);
            QCOMPARE(r->groups[0].key, std::string("smart_led"));
            QCOMPARE(int(r->groups[0].count), 42);
            QCOMPARE(r->groups[0].sum, sum);
        }
    }

    void dwithinOnGeographicLayerIsRefusedByBoth()
    {
        // roads.geojson is in EPSG:4326 (degrees): a distance in "metres" cannot be meant.
        const EngineLayer roads = openEngine("roads.geojson");
        const EngineLayer coast = openEngine("coastline.geojson");
        const Crs crs = roads.ds.layers()[roads.index].crs;
        QVERIFY(crs.isGeographic());
        QueryPlan plan = planOf(Predicate::DWithin, 200, "");
        plan.layerName.clear(); // the dataset executor names file and layer itself
        plan.with.dataset = &coast.ds;
        plan.with.datasetLayer = coast.index;
        const QString onDisk = errorOf([&] { QueryExecutor(roads.ds, roads.index).run(plan); });
        QVERIFY2(onDisk.contains("roads.geojson") && onDisk.contains("dwithin") &&
                     onDisk.contains("EPSG:4326"),
                 qPrintable(onDisk));

        QueryPlan inMemory = planOf(Predicate::DWithin, 200, "");
        inMemory.layerName = "Κύριοι δρόμοι";
        inMemory.with.store = coast.ds.read(coast.index);
        const auto store = roads.ds.read(roads.index);
        const QString held = errorOf([&] { QueryExecutor(store, crs).run(inMemory); });
        QCOMPARE(held, QString("Κύριοι δρόμοι: dwithin needs a projected CRS in metres, but the layer is in "
                               "EPSG:4326"));
        QCOMPARE(errorOf([&] { QueryExecutor(store, crs).check(inMemory); }), held);

        // The rule is about dwithin only: intersects runs on the same geographic layers, the same on both.
        plan.predicate = Predicate::Intersects;
        inMemory.predicate = Predicate::Intersects;
        const Fids expected = bruteForce("roads.geojson", "coastline.geojson", Predicate::Intersects, 0, "");
        QCOMPARE(QueryExecutor(roads.ds, roads.index).run(plan).fids(), expected);
        QCOMPARE(QueryExecutor(store, crs).run(inMemory).fids(), expected);
        // ... and dwithin runs once the layer is projected (the GUI's map CRS, EPSG:2100).
        ReadOptions projected;
        projected.targetCrs = Crs::fromEpsg(2100);
        inMemory.predicate = Predicate::DWithin;
        inMemory.with.store = coast.ds.read(coast.index, projected);
        QCOMPARE(errorOf([&] {
                     QueryExecutor(roads.ds.read(roads.index, projected), projected.targetCrs).run(inMemory);
                 }),
                 QString());
    }

    void cancelledQueryHoldsNothing()
    {
        const EngineLayer lights = openEngine("heraklion.gpkg:street_lights");
        const EngineLayer fibre = openEngine("heraklion.gpkg:fibre_ring");
        QueryPlan plan = planOf(Predicate::DWithin, 200, "id > 0");
        plan.with.store = fibre.ds.read(fibre.index);
        const QueryExecutor executor(lights.ds.read(lights.index), lights.ds.layers()[lights.index].crs);
        const QueryResult stopped = executor.run(plan, [](double) { return false; });
        QVERIFY(stopped.cancelled);
        QVERIFY(stopped.indices.empty());
        const QueryResult finished = executor.run(plan, [](double) { return true; });
        QVERIFY(!finished.cancelled);
        QCOMPARE(finished.fids(), bruteForce("heraklion.gpkg:street_lights", "heraklion.gpkg:fibre_ring",
                                             Predicate::DWithin, 200, "id > 0"));
    }

    void predicateNamesRoundTrip()
    {
        const std::vector<std::string> names = predicateNames();
        QCOMPARE(int(names.size()), 6);
        for (const std::string& name : names)
            QCOMPARE(std::string(predicateName(*parsePredicate(name))), name);
        QVERIFY(!parsePredicate("near"));
    }
};

QTEST_GUILESS_MAIN(TestQueryPlan)
#include "tst_query_plan.moc"

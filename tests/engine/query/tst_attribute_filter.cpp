// filterFeatures (OGR SQL on a FeatureStore). Expected counts come from the sample's documented data
// (sample-data/README.md, src/scenario_changes.csv) and from GDAL reading the same layer with the same
// expression as its attribute filter (DataSource::read with ReadOptions::where), never from filterFeatures.
#include "fixtures.hpp"

#include "layers/core/error.hpp"
#include "layers/io/data_source.hpp"
#include "layers/map/map_content.hpp"
#include "layers/query/attribute_filter.hpp"
#include "layers/map/scenario_layers.hpp"

#include <QtTest>

#include <set>

using namespace polis;
using polis::test::sample;

namespace {

std::shared_ptr<FeatureStore> readLayer(const std::string& file, const std::string& layer,
                                        const std::string& where = {})
{
    const DataSource ds = DataSource::open(sample(QString::fromStdString(file)));
    ReadOptions options;
    options.where = where;
    return ds.read(layer.empty() ? ds.selectedLayers().front() : ds.layerIndex(layer), options);
}

std::set<std::int64_t> fidsOf(const FeatureStore& store, const std::vector<std::uint32_t>& features)
{
    std::set<std::int64_t> fids;
    for (std::uint32_t f : features)
        fids.insert(store.fid(f));
    return fids;
}

std::set<std::int64_t> allFids(const FeatureStore& store)
{
    std::set<std::int64_t> fids;
    for (std::size_t f = 0; f < store.size(); ++f)
        fids.insert(store.fid(f));
    return fids;
}

const FeatureStore& layerNamed(const std::vector<MapLayer>& layers, const std::string& sourceLayer)
{
    return *layers[findLayer(layers, sourceLayer)].features;
}

} // namespace

class TestAttributeFilter : public QObject
{
    Q_OBJECT
    test::Scratch m_scratch;

    /// A GeoPackage with the layer "places" (Ηράκλειο, Χανιά, Ρέθυμνο) and a layer "x" of 3 features.
    std::string greekPlaces()
    {
        const std::string gpkg = m_scratch.tmp("places.gpkg");
        if (QFile::exists(QString::fromStdString(gpkg)))
            return gpkg;
        GDALAllRegister();
        const std::string shp = m_scratch.tmp("places.shp");
        test::writeShapefile(shp, "UTF-8", {"Ηράκλειο", "Χανιά", "Ρέθυμνο"});
        test::translate(shp, gpkg, {"-f", "GPKG", "-nln", "places"});
        test::translate(shp, gpkg, {"-update", "-nln", "x"});
        return gpkg;
    }

private slots:
    void matchesGdalsOwnFilter_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QString>("where");
        QTest::addColumn<int>("documented"); // from sample-data/README.md; -1 = not documented
        QTest::newRow("schools") << "heraklion.gpkg"
                                 << "public_buildings"
                                 << "kind = 'school'" << 7;
        QTest::newRow("not schools") << "heraklion.gpkg"
                                     << "public_buildings"
                                     << "kind <> 'school'" << 7;
        QTest::newRow("in list") << "heraklion.gpkg"
                                 << "public_buildings"
                                 << "kind IN ('municipal', 'hospital')" << 7;
        QTest::newRow("smart_led") << "heraklion.gpkg"
                                   << "street_lights"
                                   << "type = 'smart_led'" << 42;
        QTest::newRow("and numeric") << "heraklion.gpkg"
                                     << "street_lights"
                                     << "type = 'smart_led_wifi' AND id > 50" << -1;
        QTest::newRow("phase 2") << "heraklion.gpkg"
                                 << "fibre_ring"
                                 << "phase = 2" << -1;
        QTest::newRow("greek equal") << "districts.shp"
                                     << ""
                                     << "name = 'Κέντρο'" << 1;
        QTest::newRow("greek like") << "roads.geojson"
                                    << ""
                                    << "name LIKE 'Λεωφόρος%'" << 5;
        QTest::newRow("primary") << "roads.geojson"
                                 << ""
                                 << "class = 'primary'" << 6;
        QTest::newRow("population") << "districts.shp"
                                    << ""
                                    << "pop >= 36000" << 3;
        QTest::newRow("case-insensitive field") << "districts.shp"
                                                << ""
                                                << "POP < 36000" << 2;
        QTest::newRow("fid") << "districts.shp"
                             << ""
                             << "FID = 0" << 1;
        QTest::newRow("empty") << "heraklion.gpkg"
                               << "bike_docks"
                               << "" << 12;
    }

    void matchesGdalsOwnFilter()
    {
        QFETCH(QString, file);
        QFETCH(QString, layer);
        QFETCH(QString, where);
        QFETCH(int, documented);
        const auto store = readLayer(file.toStdString(), layer.toStdString());
        const std::vector<std::uint32_t> found = filterFeatures(*store, where.toStdString(), "test layer");
        QVERIFY(std::is_sorted(found.begin(), found.end()));
        const auto reference = readLayer(file.toStdString(), layer.toStdString(), where.toStdString());
        QCOMPARE(fidsOf(*store, found), allFids(*reference));
        if (documented >= 0)
            QCOMPARE(int(found.size()), documented);
        QVERIFY(found.size() < store->size() || where.isEmpty());
    }

    void badExpressionsCarryGdalsMessage()
    {
        const auto store = readLayer("heraklion.gpkg", "public_buildings");
        try {
            filterFeatures(*store, "nosuchfield = 1", "test layer");
            QFAIL("an unknown field was accepted");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("nosuchfield"), e.what());
        }
        try {
            filterFeatures(*store, "kind = ", "test layer");
            QFAIL("a syntax error was accepted");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("kind = "), e.what());
            QVERIFY2(QString(e.what()).contains("syntax", Qt::CaseInsensitive), e.what());
        }
    }

    void filtersScenarioFeatures()
    {
        const MapContent map = loadProject(sample("heraklion.polis"));
        // src/scenario_changes.csv: the fibre scenario adds 7 street lights of type smart_led (fids -1..-7)
        // and two planning features, one "proposed" (department Ηλεκτροφωτισμός).
        const auto fibre = scenarioLayers(map, "Fibre ring phase 2 + smart lighting");
        const FeatureStore& lights = layerNamed(fibre, "street_lights");
        QCOMPARE(filterFeatures(lights, "type = 'smart_led'", "test layer").size(), std::size_t(42 + 7));
        // Added fids are -1..-7, and OGR reads fid -1 as "no fid": FID comparisons see the other six.
        QCOMPARE(filterFeatures(lights, "FID < 0", "test layer").size(), std::size_t(6));
        const FeatureStore& planning = layerNamed(fibre, "planning");
        QCOMPARE(filterFeatures(planning, "department = 'Ηλεκτροφωτισμός'", "test layer").size(), std::size_t(1));
        QCOMPARE(filterFeatures(planning, "status = 'proposed' AND phase = 2", "test layer").size(), std::size_t(1));
        const auto airport = scenarioLayers(map, "Airport to Kasteli + Pankritio marina");
        QCOMPARE(filterFeatures(layerNamed(airport, "planning"), "cost_eur > 50000000", "test layer").size(),
                 std::size_t(2));
        QCOMPARE(filterFeatures(layerNamed(map.layers, "planning"), "cost_eur > 0", "test layer").size(), std::size_t(0));
    }

    void datesCompareAsGdalComparesThem_data()
    {
        QTest::addColumn<QString>("where");
        QTest::newRow("before, ISO literal") << "built < '2000-06-01'";
        QTest::newRow("after, slash literal") << "built >= '2000/06/01'";
        QTest::newRow("equal") << "built = '2000-05-31'";
        QTest::newRow("date and time") << "inspected > '2000-06-01 12:00:00'";
    }

    void datesCompareAsGdalComparesThem()
    {
        // Dates around the literal: as text "2000/05/31" sorts after "2000-06-01", as a date it is before.
        QFETCH(QString, where);
        // CSV typed by its .csvt: the driver filters with GDAL's generic OGR SQL evaluator, the reference.
        const std::string path = m_scratch.tmp("dates.csv");
        std::string csv = "id,built,inspected\n";
        const char* days[] = {"1999/12/31", "2000/05/31", "2000/06/01", "2000/06/02", "2001/01/01"};
        for (int i = 0; i < 10; ++i)
            csv += std::to_string(i) + "," + days[i % 5] + "," + days[i / 2] +
                   (i % 2 ? " 18:30:00\n" : " 06:15:00\n");
        test::writeText(path, csv);
        test::writeText(m_scratch.tmp("dates.csvt"), "\"Integer\",\"Date\",\"DateTime\"\n");
        const DataSource ds = DataSource::open(path);
        QCOMPARE(ds.layers()[0].fields[1].type, FieldType::Date);
        QCOMPARE(ds.layers()[0].fields[2].type, FieldType::DateTime);
        const auto store = ds.read(0);
        const std::vector<std::uint32_t> found = filterFeatures(*store, where.toStdString(), "test layer");
        ReadOptions filtered;
        filtered.where = where.toStdString();
        QCOMPARE(fidsOf(*store, found), allFids(*ds.read(0, filtered)));
        QVERIFY(!found.empty() && found.size() < store->size());
    }

    void sqlIsRefusedNeverRun_data()
    {
        QTest::addColumn<QString>("where");
        QTest::newRow("second statement") << "1=1; DROP TABLE x";
        QTest::newRow("subquery") << "fid IN (SELECT fid FROM x)";
        QTest::newRow("server function") << "pg_read_file('/etc/passwd') IS NOT NULL";
        QTest::newRow("SQLite function") << "load_extension('evil') IS NULL";
    }

    void sqlIsRefusedNeverRun()
    {
        // Issue 18: the GeoPackage driver used to hand the filter to SQLite as a WHERE clause.
        QFETCH(QString, where);
        const std::string path = greekPlaces();
        const DataSource ds = DataSource::open(path + ":places");
        ReadOptions options;
        options.where = where.toStdString();
        for (int inMemory = 0; inMemory < 2; ++inMemory) {
            try {
                if (inMemory)
                    filterFeatures(*ds.read(ds.layerIndex("places")), options.where, "places");
                else
                    ds.read(ds.layerIndex("places"), options);
                QFAIL("the filter was accepted");
            } catch (const Error& e) {
                const QString message = e.what();
                QVERIFY2(message.contains("refused") && message.contains(where) && message.contains("places"),
                         e.what());
            }
        }
        GDALDatasetUniquePtr gdal(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
        QVERIFY(gdal && gdal->GetLayerByName("x"));
        QCOMPARE(gdal->GetLayerByName("x")->GetFeatureCount(), GIntBig(3));
    }

    void greekValuesStillFilter()
    {
        const DataSource ds = DataSource::open(greekPlaces() + ":places");
        ReadOptions options;
        options.where = "name = 'Ηράκλειο'";
        const auto read = ds.read(0, options);
        QCOMPARE(read->size(), std::size_t(1));
        QCOMPARE(read->text(0, 0), std::string("Ηράκλειο"));
        options.where = "name LIKE 'Χ%' OR name IN ('Ρέθυμνο')";
        QCOMPARE(ds.read(0, options)->size(), std::size_t(2));
        QCOMPARE(filterFeatures(*ds.read(0), options.where, "places").size(), std::size_t(2));
    }

    void quotesCannotEscapeTheLiteral()
    {
        // A backslash does not end an SQL string: whatever OGR reads as one literal stays one.
        const DataSource ds = DataSource::open(greekPlaces() + ":places");
        ReadOptions options;
        options.where = "name = 'x\\' OR 1=1 --'";
        try {
            QCOMPARE(ds.read(0, options)->size(), std::size_t(0));
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("refused"), e.what());
        }
    }

    void cancelledGivesNothing()
    {
        const auto store = readLayer("heraklion.gpkg", "street_lights");
        QVERIFY(filterFeatures(*store, "id > 0", "test layer", [] { return true; }).empty());
        QCOMPARE(filterFeatures(*store, "id > 0", "test layer", [] { return false; }).size(), std::size_t(69));
    }
};

QTEST_GUILESS_MAIN(TestAttributeFilter)
#include "tst_attribute_filter.moc"

// The locator: names found accent- and case-insensitively (Greek without accents, upper case, final sigma,
// Greek against Latin spellings), the start of a word ranked above the inside of one, coordinates in the Greek
// Grid and WGS84 either way round (expected positions from GDAL's own transformation, not the engine's), EPSG
// codes, and text that names nothing giving nothing, never a crash. The Heraklion sample as the window sees it.
#include "fixtures.hpp"

#include "layers/map/locator_layers.hpp"
#include "layers/map/map_content.hpp"
#include "layers/query/detail/search_text.hpp"
#include "layers/query/locator.hpp"

#include <ogr_spatialref.h>

#include <QtTest>

using namespace polis;

namespace {

/// Lions Square (sample-data/README.md).
constexpr double kLionsLon = 25.1343, kLionsLat = 35.3387;

/// A point layer with fields name and name_en: one feature per row, at (x, y) = (1000 * row, 2000).
std::shared_ptr<const FeatureStore> places(const std::vector<std::pair<std::string, std::string>>& names)
{
    auto s = std::make_shared<FeatureStore>(
        std::vector<Field>{{"name", FieldType::String, 0}, {"name_en", FieldType::String, 0}, {"kind", FieldType::String, 0}});
    for (std::size_t i = 0; i < names.size(); ++i) {
        s->beginFeature(std::int64_t(i + 1), GeometryKind::Point);
        s->beginPart();
        s->beginRing();
        s->addPoint(1000.0 * double(i), 2000);
        s->setAttribute(0, names[i].first);
        if (!names[i].second.empty())
            s->setAttribute(1, names[i].second);
        s->setAttribute(2, std::string("ηρακλειο")); // not a name field: never searched
        s->endFeature();
    }
    s->finish();
    return s;
}

/// (x, y) from EPSG `from` to EPSG `to` with GDAL alone, in GIS axis order.
std::pair<double, double> gdalTransform(int from, int to, double x, double y)
{
    OGRSpatialReference src, dst;
    src.importFromEPSG(from);
    dst.importFromEPSG(to);
    src.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    dst.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&src, &dst));
    if (!ct || !ct->Transform(1, &x, &y))
        throw std::runtime_error("GDAL cannot transform");
    return {x, y};
}

QStringList labels(const std::vector<LocatorResult>& results)
{
    QStringList out;
    for (const LocatorResult& r : results)
        out << QString::fromStdString(r.label);
    return out;
}

} // namespace

class TestLocator : public QObject
{
    Q_OBJECT
    LocatorIndex m_index;

private slots:
    void initTestCase()
    {
        // Bottom to top: the Latin layer under the Greek one, the "inside a word" name on top.
        std::vector<LocatorLayer> layers;
        layers.push_back({LayerId("latin"), "GeoNames", places({{"Irákleion", ""}, {"Chaniá", ""}}), ""});
        layers.push_back({LayerId("greek"), "Οικισμοί",
                          places({{"Ηράκλειο", "Heraklion"},
                                  {"Οδός Ηρακλείου – Καστελίου", ""},
                                  {"Νέα Αλικαρνασσός", "Nea Alikarnassos"},
                                  {"Αγία Μαρίνα", ""}}),
                          ""});
        layers.push_back({LayerId("top"), "Πάνω", places({{"Καραμαρία", ""}}), ""});
        m_index = LocatorIndex::build(layers, Crs::fromEpsg(2100));
    }

    void foldsAccentsCaseAndFinalSigma()
    {
        QCOMPARE(QString::fromStdString(detail::searchKeys("Ηράκλειο").folded), QStringLiteral("ηρακλειο"));
        QCOMPARE(QString::fromStdString(detail::searchKeys("ΗΡΑΚΛΕΙΟ").folded), QStringLiteral("ηρακλειο"));
        QCOMPARE(QString::fromStdString(detail::searchKeys("Νέα Αλικαρνασσός").folded),
                 QStringLiteral("νεα αλικαρνασσοσ"));
        QCOMPARE(QString::fromStdString(detail::searchKeys("Αμμουδάρα – Γιόφυρος (Δ.Ε.)").folded),
                 QStringLiteral("αμμουδαρα γιοφυροσ δ ε"));
        QCOMPARE(QString::fromStdString(detail::searchKeys("Ηράκλειο").latin), QStringLiteral("irakleio"));
        QCOMPARE(QString::fromStdString(detail::searchKeys("Ευρώπη Ούλα").latin), QStringLiteral("evropi oula"));
        QCOMPARE(QString::fromStdString(detail::searchKeys("Limín Khersonísou").latin),
                 QStringLiteral("limin chersonisou"));
        QVERIFY(detail::searchKeys("Irakleion").latin.empty()); // the same as folded
    }

    void findsGreekWithoutAccentsFirst()
    {
        for (const char* typed : {"ηρακλειο", "ΗΡΑΚΛΕΙΟ", "Ηρακλειο", "  ηρακλειο "}) {
            const auto results = m_index.search(typed);
            QVERIFY2(results.size() >= 3, typed);
            QCOMPARE(QString::fromStdString(results[0].label), QStringLiteral("Ηράκλειο"));
            QCOMPARE(results[0].rank, 0);
            QCOMPARE(results[0].kind, LocatorResult::Kind::Feature);
            QCOMPARE(QString::fromStdString(results[0].layerName), QStringLiteral("Οικισμοί"));
            QCOMPARE(results[0].layer, LayerId("greek"));
            QCOMPARE(results[0].feature, 0u);
            QCOMPARE(results[0].extent, Extent::of(0, 2000, 0, 2000));
            const QStringList found = labels(results);
            QVERIFY2(found.contains(QStringLiteral("Irákleion")), qPrintable(found.join(", "))); // in Latin
            QVERIFY2(found.contains(QStringLiteral("Οδός Ηρακλείου – Καστελίου")), qPrintable(found.join(", ")));
            QVERIFY2(!found.contains(QStringLiteral("Καραμαρία")), qPrintable(found.join(", "))); // "kind" not searched
        }
    }

    void findsFinalSigmaTypedEitherWay()
    {
        for (const char* typed : {"αλικαρνασσος", "ΑΛΙΚΑΡΝΑΣΣΟΣ", "αλικαρνασσοσ", "nea alik"}) {
            const auto results = m_index.search(typed);
            QCOMPARE(results.size(), std::size_t(1)); // name and name_en both match: listed once
            QCOMPARE(QString::fromStdString(results[0].layerName), QStringLiteral("Οικισμοί"));
            QCOMPARE(results[0].feature, 2u);
        }
    }

    void ranksWordStartsAboveInsideAWord()
    {
        // "Καραμαρία" is on the top layer, but "μαρ" starts a word only in "Αγία Μαρίνα".
        const auto results = m_index.search("μαρ");
        QCOMPARE(labels(results), QStringList({QStringLiteral("Αγία Μαρίνα"), QStringLiteral("Καραμαρία")}));
        QCOMPARE(results[0].rank, 2);
        QCOMPARE(results[1].rank, 3);
        // Same rank: the layer drawn higher first.
        QCOMPARE(labels(m_index.search("χανια")), QStringList({QStringLiteral("Chaniá")}));
    }

    void readsWgs84EitherWayRound()
    {
        const auto [e, n] = gdalTransform(4326, 2100, kLionsLon, kLionsLat);
        QVERIFY(std::abs(e - 602931) < 5 && std::abs(n - 3910906) < 5); // sample-data/README.md
        for (const char* typed : {"35.3387 25.1343", "25.1343, 35.3387", "35.3387N 25.1343E", "25.1343E 35.3387N",
                                  "35.3387° N, 25.1343° E", "35,3387 25,1343", "35.3387;25.1343"}) {
            const auto results = m_index.search(typed);
            QVERIFY2(!results.empty(), typed);
            const LocatorResult& r = results[0];
            QCOMPARE(r.kind, LocatorResult::Kind::Coordinate);
            QCOMPARE(r.epsg, 4326);
            QCOMPARE(r.x, kLionsLon);
            QCOMPARE(r.y, kLionsLat);
            QVERIFY2(std::abs(r.extent.xmin - e) < 0.01 && std::abs(r.extent.ymin - n) < 0.01, typed);
            QCOMPARE(r.extent.width(), 0.0);
        }
        const auto south = m_index.search("33.9 S 18.4 E"); // Cape Town: hemisphere letters decide
        QCOMPARE(south.size(), std::size_t(1));
        QCOMPARE(south[0].y, -33.9);
        QCOMPARE(south[0].x, 18.4);
    }

    void readsGreekGridEitherWayRound()
    {
        for (const char* typed : {"602931 3910906", "602931, 3910906", "602931,3910906", "3910906 602931"}) {
            const auto results = m_index.search(typed);
            QVERIFY2(results.size() == 1, typed);
            QCOMPARE(results[0].kind, LocatorResult::Kind::Coordinate);
            QCOMPARE(results[0].epsg, 2100);
            QCOMPARE(results[0].extent, Extent::of(602931, 3910906, 602931, 3910906)); // the map CRS itself
        }
        // In a WGS84 map, the Greek Grid pair lands at Lions Square.
        const LocatorIndex wgs84 = LocatorIndex::build({}, Crs::fromEpsg(4326));
        const auto [lon, lat] = gdalTransform(2100, 4326, 602931, 3910906);
        const auto results = wgs84.search("602931 3910906");
        QCOMPARE(results.size(), std::size_t(1));
        QVERIFY(std::abs(results[0].extent.xmin - lon) < 1e-7 && std::abs(results[0].extent.ymin - lat) < 1e-7);
        QVERIFY(std::abs(lon - kLionsLon) < 1e-4 && std::abs(lat - kLionsLat) < 1e-4);
    }

    void zoomsToAnEpsgCodesArea()
    {
        const auto [e, n] = gdalTransform(4326, 2100, kLionsLon, kLionsLat);
        for (const char* typed : {"EPSG:2100", "epsg 2100", "2100"}) {
            const auto results = m_index.search(typed);
            QVERIFY2(!results.empty(), typed);
            QCOMPARE(results[0].kind, LocatorResult::Kind::Crs);
            QCOMPARE(results[0].epsg, 2100);
            QCOMPARE(QString::fromStdString(results[0].label), QStringLiteral("GGRS87 / Greek Grid"));
            QVERIFY(results[0].extent.contains(e, n));
            QVERIFY(results[0].extent.width() > 500000); // all of Greece
        }
        const auto utm = m_index.search("EPSG:32634"); // UTM 34N: 18-24 E, west of Heraklion
        QCOMPARE(utm.size(), std::size_t(1));
        QVERIFY2(utm[0].extent.xmax < e, qPrintable(test::describe(utm[0].extent)));
    }

    void viewsAPointAtStreetScale()
    {
        const auto results = m_index.search("ηρακλειο");
        const Extent view = m_index.viewExtent(results[0]);
        QCOMPARE(view, Extent::of(-250, 1750, 250, 2250));
        const Extent wide = Extent::of(0, 0, 2000, 100);
        LocatorResult r;
        r.extent = wide;
        QCOMPARE(m_index.viewExtent(r), Extent::of(0, -200, 2000, 300));
    }

    void badTextFindsNothing()
    {
        const std::string invalidUtf8 = "\xff\xfe\xc3";
        for (const std::string& typed :
             {std::string(), std::string("   "), std::string("!!! ---"), std::string("EPSG:"),
              std::string("EPSG:999999"), std::string("1e999 5"), std::string("99 99 99"), std::string("95 200"),
              std::string("nan nan"), std::string("35N 25N"), std::string("123456 7"), invalidUtf8,
              std::string(20000, 'x'), std::string("\0\0", 2), std::string("ξξξξ")}) {
            QVERIFY2(m_index.search(typed).empty(), typed.substr(0, 40).c_str());
        }
        QVERIFY(LocatorIndex().search("35.3387 25.1343").empty()); // no map CRS: coordinates cannot be placed
        QVERIFY(LocatorIndex().search("ηρακλειο").empty());
    }

    void findsTheSamplesPlaces()
    {
        const MapContent map = loadProject(test::sample("heraklion.polis"));
        const LocatorIndex index = LocatorIndex::build(locatorLayers(map), map.crs);
        QVERIFY(index.keyCount() > 100);
        const auto results = index.search("ηρακλειο");
        const QStringList found = labels(results);
        QVERIFY2(results.size() >= 3, qPrintable(found.join(", ")));
        // The city (GeoNames spells it in Latin) first, its municipality in Greek among the rest.
        QCOMPARE(found[0], QStringLiteral("Irákleion"));
        QCOMPARE(QString::fromStdString(results[0].layerName), QStringLiteral("Οικισμοί (GeoNames)"));
        const auto [e, n] = gdalTransform(4326, 2100, kLionsLon, kLionsLat);
        QVERIFY2(std::hypot(results[0].extent.centerX() - e, results[0].extent.centerY() - n) < 3000,
                 qPrintable(test::describe(results[0].extent)));
        QVERIFY2(found.contains(QStringLiteral("Ηρακλείου")), qPrintable(found.join(", ")));
        QCOMPARE(labels(index.search("κεντρο")).value(0), QStringLiteral("Κέντρο")); // a district
    }
};

QTEST_GUILESS_MAIN(TestLocator)
#include "tst_locator.moc"

// Measures, buffer, dissolve, overlays, nearest and statistics. Expected values come from the construction
// of the fixtures (rectangles with known sides, a 3-4-5 line), closed-form ellipsoid formulas, and GEOS's
// own area of the same WKT.
#include "layers/core/crs.hpp"
#include "layers/core/error.hpp"
#include "layers/query/geoprocessing.hpp"
#include "layers/query/measure.hpp"
#include "layers/query/nearest.hpp"
#include "layers/query/overlay.hpp"
#include "layers/query/statistics.hpp"
#include "query_fixtures.hpp"

#include <QtTest>

#include <cmath>

using namespace polis;

namespace {

constexpr double kPi = 3.14159265358979323846;

/// Area (m²) of the ellipsoidal quadrangle between latitudes phi1..phi2 and dLon (degrees) wide, bounded by
/// parallels and meridians: b²·Δλ/2·[q(φ2) − q(φ1)] with q the authalic function (Snyder, Map Projections,
/// eq. 3-12), written here from the formula, independent of PROJ.
double quadrangleArea(double a, double invf, double phi1, double phi2, double dLon)
{
    const double f = 1 / invf;
    const double e2 = f * (2 - f);
    const double e = std::sqrt(e2);
    const double b = a * (1 - f);
    auto q = [&](double phiDeg) {
        const double s = std::sin(phiDeg * kPi / 180);
        return s / (1 - e2 * s * s) + std::log((1 + e * s) / (1 - e * s)) / (2 * e);
    };
    return b * b * (dLon * kPi / 180) / 2 * (q(phi2) - q(phi1));
}

/// A 1°x1° cell with its parallels densified (10000 points each) so geodesic edges follow them.
std::string cellWkt(double lon0, double lat0)
{
    QString wkt = "POLYGON((";
    const int n = 10000;
    for (int i = 0; i <= n; ++i)
        wkt += QString("%1 %2,").arg(lon0 + double(i) / n, 0, 'f', 12).arg(lat0, 0, 'f', 12);
    for (int i = n; i >= 0; --i)
        wkt += QString("%1 %2,").arg(lon0 + double(i) / n, 0, 'f', 12).arg(lat0 + 1, 0, 'f', 12);
    wkt += QString("%1 %2))").arg(lon0, 0, 'f', 12).arg(lat0, 0, 'f', 12);
    return wkt.toStdString();
}

std::shared_ptr<FeatureStore> withUse(const std::vector<std::string>& wkts,
                                      const std::vector<std::string>& uses,
                                      const std::vector<AttributeValue>& floors)
{
    auto store = std::make_shared<FeatureStore>(
        std::vector<Field>{{"use", FieldType::String, 0}, {"floors", FieldType::Integer, 0}});
    detail::GeosStoreBuilder builder(*store);
    for (std::size_t i = 0; i < wkts.size(); ++i) {
        const auto g = test::geosFromWkt({wkts[i]});
        builder.begin(std::int64_t(i + 1), g.front().second.get());
        store->setAttribute(0, uses[i]);
        store->setAttribute(1, floors[i]);
        builder.endFeature();
    }
    store->finish();
    return store;
}

} // namespace

class TestGeoprocessing : public QObject
{
    Q_OBJECT

private slots:
    void planarMeasures()
    {
        const auto s =
            test::storeFromWkt({"POLYGON((0 0,30 0,30 40,0 40,0 0),(10 10,20 10,20 20,10 20,10 10))",
                                "MULTIPOLYGON(((0 0,2 0,2 3,0 3,0 0)),((10 10,11 10,11 11,10 11,10 10)))",
                                "LINESTRING(0 0,3 4,3 10)", "POINT(1 1)"});
        QCOMPARE(planarArea(*s, 0), 30.0 * 40 - 100);
        QCOMPARE(planarPerimeter(*s, 0), 140.0 + 40);
        QCOMPARE(planarArea(*s, 1), 7.0);
        QCOMPARE(planarLength(*s, 2), 11.0);
        QCOMPARE(planarArea(*s, 2), 0.0);
        QCOMPARE(planarLength(*s, 0), 0.0);
        QCOMPARE(planarArea(*s, 3), 0.0);
    }

    void geodesicCellMatchesClosedForm()
    {
        const GeodesicMeasure wgs84(Crs::fromEpsg(4326));
        const auto cells = test::storeFromWkt({cellWkt(0, 0), cellWkt(25, 35)});
        for (std::size_t i = 0; i < 2; ++i) {
            const double lat = i == 0 ? 0 : 35;
            const double expected = quadrangleArea(6378137.0, 298.257223563, lat, lat + 1, 1);
            QVERIFY2(std::abs(wgs84.area(*cells, i) - expected) < 1e-7 * expected,
                     qPrintable(
                         QString("%1 vs %2").arg(wgs84.area(*cells, i), 0, 'f', 1).arg(expected, 0, 'f', 1)));
        }
        // One degree of the equator: a * π / 180.
        const auto equator = test::storeFromWkt({"LINESTRING(0 0,1 0)"});
        QVERIFY(std::abs(wgs84.length(*equator, 0) - 6378137.0 * kPi / 180) < 1e-6);
    }

    void geodesicInProjectedCrs()
    {
        // A 1 km square on the Greek Grid's central meridian (24°E, x = 500000): the TM scale factor there is
        // k0 = 0.9996, so the ground area is 1e6 / k0² and each side 1000 / k0.
        const GeodesicMeasure ggrs(Crs::fromEpsg(2100));
        const auto sq =
            test::storeFromWkt({"POLYGON((499500 4000000,500500 4000000,500500 4001000,499500 4001000,"
                                "499500 4000000))"});
        const double k0 = 0.9996;
        QVERIFY2(std::abs(ggrs.area(*sq, 0) - 1e6 / (k0 * k0)) < 1.0,
                 qPrintable(QString::number(ggrs.area(*sq, 0), 'f', 3)));
        QVERIFY(std::abs(ggrs.perimeter(*sq, 0) - 4000 / k0) < 0.01);
        QVERIFY_THROWS_EXCEPTION(CrsError, GeodesicMeasure{Crs()});
    }

    void bufferCaps()
    {
        const auto line = test::storeFromWkt({"LINESTRING(0 0,100 0)"});
        auto areaOf = [&](CapStyle cap) {
            BufferOptions o;
            o.distance = 10;
            o.cap = cap;
            o.quadrantSegments = 64;
            const ProcessResult r = buffer(*line, o);
            return planarArea(*r.layer, 0);
        };
        QVERIFY(std::abs(areaOf(CapStyle::Flat) - 2000) < 1e-6);
        QVERIFY(std::abs(areaOf(CapStyle::Square) - 2400) < 1e-6);
        QVERIFY(std::abs(areaOf(CapStyle::Round) - (2000 + kPi * 100)) < 0.2); // polygonal circle: just below
        QVERIFY(areaOf(CapStyle::Round) < 2000 + kPi * 100);
        const ProcessResult r = buffer(*line, {10, CapStyle::Flat, 8, std::nullopt});
        QCOMPARE(r.layer->fid(0), std::int64_t(1));
        QCOMPARE(std::get<std::int64_t>(r.layer->attribute(0, 0)), std::int64_t(1));
        QCOMPARE(r.layer->kind(0), GeometryKind::Polygon);
    }

    void dissolveByField()
    {
        // Two touching residential squares merge into one 2x1 rectangle; the school stays alone.
        const auto s =
            withUse({"POLYGON((0 0,1 0,1 1,0 1,0 0))", "POLYGON((1 0,2 0,2 1,1 1,1 0))",
                     "POLYGON((5 5,6 5,6 6,5 6,5 5))"},
                    {"residential", "school", "residential"}, {std::int64_t(1), std::int64_t(2), {}});
        const ProcessResult byUse = dissolve(*s, "use");
        QCOMPARE(byUse.layer->size(), std::size_t(2));
        QCOMPARE(std::get<std::string>(byUse.layer->attribute(0, 0)), std::string("residential"));
        QCOMPARE(std::get<std::int64_t>(byUse.layer->attribute(0, 1)), std::int64_t(2));
        QCOMPARE(planarArea(*byUse.layer, 0), 2.0);
        const ProcessResult all = dissolve(*s);
        QCOMPARE(all.layer->size(), std::size_t(1));
        QCOMPARE(planarArea(*all.layer, 0), 3.0);
        QCOMPARE(all.layer->endPart(0) - all.layer->firstPart(0), 2u); // the 2x1 block and the far square
        QVERIFY_THROWS_EXCEPTION(Error, dissolve(*s, "nope"));
    }

    void overlays()
    {
        const auto input = test::storeFromWkt(
            {"POLYGON((0 0,10 0,10 10,0 10,0 0))", "POLYGON((50 50,51 50,51 51,50 51,50 50))"});
        const auto mask = test::storeFromWkt(
            {"POLYGON((5 0,20 0,20 20,5 20,5 0))", "POLYGON((-5 -5,2 -5,2 2,-5 2,-5 -5))"});
        const ProcessResult clip = overlay(*input, *mask, OverlayOp::Clip);
        QCOMPARE(clip.layer->size(), std::size_t(1));
        QCOMPARE(planarArea(*clip.layer, 0), 50.0 + 4.0);
        const ProcessResult diff = overlay(*input, *mask, OverlayOp::Difference);
        QCOMPARE(diff.layer->size(), std::size_t(2));
        QCOMPARE(planarArea(*diff.layer, 0), 100.0 - 54.0);
        QCOMPARE(planarArea(*diff.layer, 1), 1.0);
        const ProcessResult pairs = overlay(*input, *mask, OverlayOp::Intersection);
        QCOMPARE(pairs.layer->size(), std::size_t(2));
        QCOMPARE(pairs.layer->fields().size(), std::size_t(2));
        QCOMPARE(pairs.layer->fields()[1].name, std::string("n_2"));
        QCOMPARE(planarArea(*pairs.layer, 0) + planarArea(*pairs.layer, 1), 54.0);
    }

    void nearestAgainstBruteForce()
    {
        std::vector<std::string> pts;
        for (int i = 0; i < 400; ++i)
            pts.push_back(
                QString("POINT(%1 %2)").arg((i * 37) % 101 * 10.0).arg((i * 53) % 97 * 10.0).toStdString());
        const auto points = test::storeFromWkt(pts);
        const auto origin = test::storeFromWkt({"LINESTRING(100 100,600 400)", "POINT(5000 5000)"});
        for (std::size_t o = 0; o < 2; ++o) {
            std::vector<std::pair<double, std::size_t>> all;
            GEOSContextHandle_t ctx = detail::geosContext();
            const auto og = test::geosFromWkt({o == 0 ? "LINESTRING(100 100,600 400)" : "POINT(5000 5000)"});
            const auto pg = test::geosFromWkt(pts);
            for (std::size_t i = 0; i < pg.size(); ++i) {
                double d = 0;
                GEOSDistance_r(ctx, og.front().second.get(), pg[i].second.get(), &d);
                all.emplace_back(d, i);
            }
            std::sort(all.begin(), all.end());
            const std::vector<Neighbour> got = nearestFeatures(*points, *origin, o, 7);
            QCOMPARE(got.size(), std::size_t(7));
            for (std::size_t k = 0; k < 7; ++k) {
                QCOMPARE(got[k].feature, all[k].second);
                QVERIFY(std::abs(got[k].distance - all[k].first) < 1e-9);
            }
        }
        QVERIFY(nearestFeatures(*points, *origin, 1, 3, 10.0).empty()); // nothing within 10 of (5000, 5000)
    }

    void statisticsByGroup()
    {
        const auto s = withUse({"POLYGON((0 0,2 0,2 3,0 3,0 0))", "POLYGON((10 0,14 0,14 5,10 5,10 0))",
                                "POLYGON((20 0,21 0,21 1,20 1,20 0))", "LINESTRING(0 0,3 4)"},
                               {"residential", "school", "residential", "road"},
                               {std::int64_t(3), std::int64_t(2), {}, std::int64_t(10)});
        StatisticsOptions o;
        o.valueField = "floors";
        o.groupField = "use";
        const std::vector<GroupStatistics> groups = statistics(*s, o);
        QCOMPARE(groups.size(), std::size_t(3));
        QCOMPARE(groups[0].key, std::string("residential"));
        QCOMPARE(groups[0].count, std::size_t(2));
        QCOMPARE(groups[0].valueCount, std::size_t(1)); // the null is skipped, not a zero
        QCOMPARE(groups[0].sum, 3.0);
        QCOMPARE(groups[0].mean, 3.0);
        QCOMPARE(groups[0].area, 7.0);
        QCOMPARE(groups[1].area, 20.0);
        QCOMPARE(groups[2].length, 5.0);
        o.groupField.clear();
        o.features = std::vector<std::size_t>{0, 1};
        const std::vector<GroupStatistics> subset = statistics(*s, o);
        QCOMPARE(subset.size(), std::size_t(1));
        QCOMPARE(subset[0].mean, 2.5);
        QCOMPARE(subset[0].area, 26.0);
        o.valueField = "use";
        QVERIFY_THROWS_EXCEPTION(Error, statistics(*s, o));
    }
};

QTEST_GUILESS_MAIN(TestGeoprocessing)
#include "tst_geoprocessing.moc"

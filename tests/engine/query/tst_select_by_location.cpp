// selectByLocation: every predicate against brute force (GEOS's plain predicates on every pair, geometries
// read from GDAL's WKB) on a generated city, and hand-made cases whose answers follow from their
// construction: touching edges, holes, multi-parts, empty and invalid geometries, dwithin at 199.9/200.1 m.
#include "layers/core/detail/geos_convert.hpp"
#include "layers/io/data_source.hpp"
#include "layers/query/select_by_location.hpp"
#include "query_fixtures.hpp"
#include "tests/bench/city_generator.hpp"

#include <QTemporaryDir>
#include <QtTest>

using namespace polis;

namespace {

/// Plain (unprepared) GEOS predicate(searched, query).
bool plain(Predicate p, const GEOSGeometry* s, const GEOSGeometry* q, double d)
{
    GEOSContextHandle_t ctx = detail::geosContext();
    switch (p) {
    case Predicate::Intersects:
        return GEOSIntersects_r(ctx, s, q) == 1;
    case Predicate::Within:
        return GEOSWithin_r(ctx, s, q) == 1;
    case Predicate::Contains:
        return GEOSContains_r(ctx, s, q) == 1;
    case Predicate::Touches:
        return GEOSTouches_r(ctx, s, q) == 1;
    case Predicate::Crosses:
        return GEOSCrosses_r(ctx, s, q) == 1;
    case Predicate::DWithin: {
        double distance = 0;
        return GEOSDistance_r(ctx, s, q, &distance) == 1 && distance <= d;
    }
    }
    return false;
}

std::vector<std::int64_t> fids(const FeatureStore& store, const Selection& s)
{
    std::vector<std::int64_t> out;
    for (const std::size_t i : s.indices)
        out.push_back(store.fid(i));
    return out;
}

std::vector<std::int64_t> select(const std::vector<std::string>& searched,
                                 const std::vector<std::string>& query, Predicate p, double distance = 0)
{
    const auto s = test::storeFromWkt(searched);
    const auto q = test::storeFromWkt(query);
    LocationOptions options;
    options.distance = distance;
    return fids(*s, selectByLocation(*s, *q, p, options));
}

using Fids = std::vector<std::int64_t>;

/// Eight three-vertex lines zig-zagging across `e`, at angles the street grid never has.
std::vector<std::string> diagonalLines(const Extent& e)
{
    std::vector<std::string> out;
    for (int i = 0; i < 8; ++i) {
        const double y0 = e.ymin + e.height() * (0.05 + 0.11 * i);
        out.push_back(QString("LINESTRING(%1 %2,%3 %4,%5 %6)")
                          .arg(e.xmin, 0, 'f', 3)
                          .arg(y0, 0, 'f', 3)
                          .arg(e.centerX() + 37.3 * i, 0, 'f', 3)
                          .arg(y0 + e.height() * 0.3, 0, 'f', 3)
                          .arg(e.xmax, 0, 'f', 3)
                          .arg(y0 - e.height() * 0.1, 0, 'f', 3)
                          .toStdString());
    }
    return out;
}

} // namespace

class TestSelectByLocation : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::string m_city;

private slots:
    void initTestCase()
    {
        GDALAllRegister();
        m_city = m_dir.filePath("city.gpkg").toStdString();
        bench::CityOptions options;
        options.buildings = 3000;
        options.output = m_city;
        options.seed = 7;
        bench::generateCity(options);
    }

    void bruteForce_data()
    {
        QTest::addColumn<int>("predicate");
        QTest::addColumn<QString>("searched");
        QTest::addColumn<QString>("query");
        QTest::addColumn<double>("distance");
        QTest::newRow("buildings intersect diagonals") << int(Predicate::Intersects) << "buildings"
                                                       << "diagonals" << 0.0;
        QTest::newRow("buildings intersect parcels") << int(Predicate::Intersects) << "buildings"
                                                     << "parcels" << 0.0;
        QTest::newRow("buildings within parcels") << int(Predicate::Within) << "buildings"
                                                  << "parcels" << 0.0;
        QTest::newRow("parcels contain buildings") << int(Predicate::Contains) << "parcels"
                                                   << "buildings" << 0.0;
        QTest::newRow("roads touch roads") << int(Predicate::Touches) << "roads"
                                           << "roads" << 0.0;
        QTest::newRow("roads cross diagonals") << int(Predicate::Crosses) << "roads"
                                               << "diagonals" << 0.0;
        QTest::newRow("buildings cross diagonals") << int(Predicate::Crosses) << "buildings"
                                                   << "diagonals" << 0.0;
        QTest::newRow("buildings dwithin 60 m of diagonals") << int(Predicate::DWithin) << "buildings"
                                                             << "diagonals" << 60.0;
        QTest::newRow("buildings dwithin 25 m of pois") << int(Predicate::DWithin) << "buildings"
                                                        << "pois" << 25.0;
        QTest::newRow("pois dwithin 40 m of roads") << int(Predicate::DWithin) << "pois"
                                                    << "roads" << 40.0;
    }

    void bruteForce()
    {
        QFETCH(int, predicate);
        QFETCH(QString, searched);
        QFETCH(QString, query);
        QFETCH(double, distance);
        const Predicate p = Predicate(predicate);
        const DataSource ds = DataSource::open(m_city);
        const auto s = ds.read(ds.layerIndex(searched.toStdString()));
        const bool diagonals = query == "diagonals";
        const auto q = diagonals ? test::storeFromWkt(diagonalLines(s->extent()))
                                 : ds.read(ds.layerIndex(query.toStdString()));
        // A sample of the query layer keeps brute force quick; every searched feature is checked.
        const std::size_t step = std::max<std::size_t>(1, q->size() / 60);
        LocationOptions options;
        options.distance = distance;
        options.queryFeatures.emplace();
        for (std::size_t i = 0; i < q->size(); i += step)
            options.queryFeatures->push_back(i);
        const Selection got = selectByLocation(*s, *q, p, options);
        QVERIFY(got.invalidFids.empty());

        const auto sGeos = test::geosFeatures(m_city, searched.toUtf8().constData());
        const auto qGeos = diagonals ? test::geosFromWkt(diagonalLines(s->extent()))
                                     : test::geosFeatures(m_city, query.toUtf8().constData());
        std::vector<std::int64_t> expected;
        for (const auto& [fid, g] : sGeos) {
            for (const std::size_t qi : *options.queryFeatures) {
                if (plain(p, g.get(), qGeos[qi].second.get(), distance)) {
                    expected.push_back(fid);
                    break;
                }
            }
        }
        QVERIFY2(!expected.empty(), "the fixture should produce matches");
        QCOMPARE(fids(*s, got), expected);
    }

    void touchingEdgesAndHoles()
    {
        const std::vector<std::string> squares = {
            "POLYGON((0 0,10 0,10 10,0 10,0 0))",       // 1: the query square itself
            "POLYGON((10 0,20 0,20 10,10 10,10 0))",    // 2: shares an edge
            "POLYGON((20 20,30 20,30 30,20 30,20 20))", // 3: touches a corner? no: far away
            "POLYGON((10 10,12 10,12 12,10 12,10 10))", // 4: touches at one corner
            "POLYGON((4 4,6 4,6 6,4 6,4 4))",           // 5: inside
        };
        const std::vector<std::string> query = {"POLYGON((0 0,10 0,10 10,0 10,0 0))"};
        QCOMPARE(select(squares, query, Predicate::Intersects), (Fids{1, 2, 4, 5}));
        QCOMPARE(select(squares, query, Predicate::Touches), (Fids{2, 4}));
        QCOMPARE(select(squares, query, Predicate::Within), (Fids{1, 5}));
        QCOMPARE(select(squares, query, Predicate::Contains), (Fids{1}));
        // A donut: the square inside its hole is not within, does not intersect.
        const std::vector<std::string> donut = {"POLYGON((0 0,10 0,10 10,0 10,0 0),(3 3,7 3,7 7,3 7,3 3))"};
        const std::vector<std::string> pieces = {"POLYGON((4 4,6 4,6 6,4 6,4 4))",
                                                 "POLYGON((1 1,2 1,2 2,1 2,1 1))",
                                                 "POLYGON((3 3,7 3,7 7,3 7,3 3))"};
        QCOMPARE(select(pieces, donut, Predicate::Intersects), (Fids{2, 3}));
        QCOMPARE(select(pieces, donut, Predicate::Within), (Fids{2}));
        QCOMPARE(select(pieces, donut, Predicate::Touches), (Fids{3}));
    }

    void linesAndMultiParts()
    {
        const std::vector<std::string> lines = {"LINESTRING(-5 5,15 5)", "LINESTRING(0 0,10 0)",
                                                "LINESTRING(2 2,8 8)", "LINESTRING(20 0,30 0)"};
        const std::vector<std::string> square = {"POLYGON((0 0,10 0,10 10,0 10,0 0))"};
        QCOMPARE(select(lines, square, Predicate::Crosses), (Fids{1}));
        QCOMPARE(select(lines, square, Predicate::Touches), (Fids{2})); // 2 lies in the boundary only
        QCOMPARE(select(lines, square, Predicate::Within), (Fids{3}));  // 2 is only in the boundary
        QCOMPARE(select(lines, square, Predicate::Intersects), (Fids{1, 2, 3}));
        // A multipolygon query: each part finds its own neighbours, the gap between them finds nothing.
        const std::vector<std::string> multi = {
            "MULTIPOLYGON(((0 0,1 0,1 1,0 1,0 0)),((100 0,101 0,101 1,100 1,100 0)))"};
        const std::vector<std::string> points = {"POINT(0.5 0.5)", "POINT(50 0.5)", "POINT(100.5 0.5)",
                                                 "MULTIPOINT((0.5 0.5),(50 50))"};
        QCOMPARE(select(points, multi, Predicate::Within), (Fids{1, 3}));
        QCOMPARE(select(points, multi, Predicate::Intersects), (Fids{1, 3, 4}));
    }

    void dwithinIsExact()
    {
        // A 10 km line along x; points 199.9 m and 200.1 m away beside it and beyond its end.
        const std::vector<std::string> line = {"LINESTRING(0 0,5000 0,10000 0)"};
        const std::vector<std::string> points = {
            "POINT(5000 199.9)", "POINT(5000 200.1)", "POINT(10199.9 0)", "POINT(10200.1 0)",
            // 141.35^2 * 2 = 199.9^2 (corner), 141.5^2 * 2 > 200^2
            "POINT(10141.35 141.35)", "POINT(10141.5 141.5)", "POINT(3000 -200)"};
        QCOMPARE(select(points, line, Predicate::DWithin, 200), (Fids{1, 3, 5, 7}));
        // A buffer-based answer would differ: the round cap's chord lies inside the true circle.
        QCOMPARE(select(points, line, Predicate::DWithin, 199.95), (Fids{1, 3, 5}));
    }

    void emptyAndInvalid()
    {
        // Feature 2 has no geometry, feature 3 a polygon ring of two points (GEOS cannot build it),
        // feature 4 a self-intersecting bow tie (GEOS builds it; it must not crash anything).
        FeatureStore s;
        auto ring = [&](std::initializer_list<std::pair<double, double>> pts) {
            s.beginRing();
            for (const auto& [x, y] : pts)
                s.addPoint(x, y);
        };
        s.beginFeature(1, GeometryKind::Polygon);
        s.beginPart();
        ring({{1, 1}, {2, 1}, {2, 2}, {1, 2}, {1, 1}});
        s.endFeature();
        s.beginFeature(2, GeometryKind::Polygon);
        s.endFeature();
        s.beginFeature(3, GeometryKind::Polygon);
        s.beginPart();
        ring({{3, 3}, {4, 4}});
        s.endFeature();
        s.beginFeature(4, GeometryKind::Polygon);
        s.beginPart();
        ring({{5, 5}, {7, 7}, {7, 5}, {5, 7}, {5, 5}});
        s.endFeature();
        s.finish();
        const auto query =
            test::storeFromWkt({"POLYGON((0 0,10 0,10 10,0 10,0 0))", "GEOMETRYCOLLECTION EMPTY"});
        for (const Predicate p : {Predicate::Intersects, Predicate::Within, Predicate::DWithin}) {
            LocationOptions options;
            options.distance = 1;
            const Selection got = selectByLocation(s, *query, p, options);
            QCOMPARE(got.invalidFids, (std::vector<std::int64_t>{3}));
            QVERIFY(std::find(got.indices.begin(), got.indices.end(), 0) != got.indices.end());
            QVERIFY(std::find(got.indices.begin(), got.indices.end(), 1) == got.indices.end());
        }
        // The broken store as the query side: its bad feature is reported, the good one still answers.
        const auto points = test::storeFromWkt({"POINT(1.5 1.5)", "POINT(3.5 3.5)"});
        const Selection reverse = selectByLocation(*points, s, Predicate::Within);
        QCOMPARE(fids(*points, reverse), (Fids{1}));
        QCOMPARE(reverse.invalidFids, (std::vector<std::int64_t>{3}));
    }

    void names()
    {
        for (const char* n : {"intersects", "within", "contains", "touches", "crosses", "dwithin"})
            QCOMPARE(predicateName(*parsePredicate(n)), n);
        QVERIFY(!parsePredicate("near"));
    }

    void candidateReadsMatchFullReads()
    {
        // Reading only the candidate windows (several indexed passes over the GeoPackage R-tree) must give the
        // same answer as the whole layer, with each feature once and fewer features read.
        const DataSource ds = DataSource::open(m_city);
        const std::size_t layer = ds.layerIndex("buildings");
        const auto all = ds.read(layer);
        // A zig-zag route north-east across the city, 24 segments at 25° and 65°.
        const Extent& city = all->extent();
        const double step = city.width() / 24;
        QString wkt = QString("LINESTRING(%1 %2").arg(city.xmin).arg(city.ymin);
        double x = city.xmin, y = city.ymin;
        for (int i = 0; i < 24; ++i) {
            const double a = (i % 2 ? 65.0 : 25.0) * 3.14159265358979 / 180;
            x += step * std::cos(a);
            y += step * std::sin(a);
            wkt += QString(",%1 %2").arg(x, 0, 'f', 3).arg(y, 0, 'f', 3);
        }
        const auto route = test::storeFromWkt({(wkt + ")").toStdString()});
        ReadOptions options;
        options.filters = candidateWindows(*route, 60);
        Extent whole;
        double windowArea = 0;
        for (const Extent& w : options.filters) {
            whole.expand(w);
            windowArea += w.width() * w.height();
        }
        QVERIFY(options.filters.size() > 1);
        QVERIFY(windowArea < 0.9 * whole.width() * whole.height()); // less than the one covering box
        const auto some = ds.read(layer, options);
        QVERIFY(some->size() < all->size());
        std::vector<std::int64_t> read;
        for (std::size_t i = 0; i < some->size(); ++i)
            read.push_back(some->fid(i));
        std::sort(read.begin(), read.end());
        QVERIFY(std::adjacent_find(read.begin(), read.end()) == read.end());
        LocationOptions within;
        within.distance = 60;
        std::vector<std::int64_t> fromSome = fids(*some, selectByLocation(*some, *route, Predicate::DWithin, within));
        std::sort(fromSome.begin(), fromSome.end()); // the passes read in window order, not fid order
        const std::vector<std::int64_t> fromAll = fids(*all, selectByLocation(*all, *route, Predicate::DWithin, within));
        QVERIFY(fromAll.size() > 20);
        QCOMPARE(fromSome, fromAll);
        // Every candidate envelope lies inside some window.
        for (std::size_t q = 0; q < route->size(); ++q) {
            for (const Extent& box : candidateEnvelopes(*route, q, 60)) {
                QVERIFY(std::any_of(options.filters.begin(), options.filters.end(), [&](const Extent& w) {
                    return w.xmin <= box.xmin && w.ymin <= box.ymin && w.xmax >= box.xmax && w.ymax >= box.ymax;
                }));
            }
        }
        // No windows, no features; a straight route's collinear segments share one window.
        options.filters = {Extent{}};
        QCOMPARE(ds.read(layer, options)->size(), std::size_t(0));
        QCOMPARE(candidateWindows(*test::storeFromWkt({"LINESTRING(0 0,100 0,200 0,300 0)"}), 10).size(),
                 std::size_t(1));
    }

    void longLineUsesSegmentEnvelopes()
    {
        // An L-shaped 20 km route: its envelopes hug the route, never the 10 km x 10 km square it spans.
        const auto route = test::storeFromWkt({"LINESTRING(0 0,10000 0,10000 10000)"});
        const std::vector<Extent> boxes = candidateEnvelopes(*route, 0, 200);
        QCOMPARE(boxes.size(), std::size_t(2));
        QCOMPARE(boxes[0], Extent::of(-200, -200, 10200, 200));
        QCOMPARE(boxes[1], Extent::of(9800, -200, 10200, 10200));
    }
};

QTEST_GUILESS_MAIN(TestSelectByLocation)
#include "tst_select_by_location.moc"

// FeatureStore, SpatialIndex and the GEOS conversion. Expected values come from how each fixture is built
// (the coordinates put in), from brute force (every box tested against every query) and from geometry
// (the area of a 10x10 square with a 2x2 hole is 96).
#include "layers/core/crs.hpp"
#include "layers/core/detail/geos_convert.hpp"
#include "layers/core/error.hpp"
#include "layers/core/feature_store.hpp"
#include "layers/core/spatial_index.hpp"
#include "layers/core/transform.hpp"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <optional>
#include <random>

using namespace polis;

namespace {

using Ring = std::vector<std::pair<double, double>>;

void addRing(FeatureStore& s, const Ring& ring)
{
    s.beginRing();
    for (const auto& [x, y] : ring)
        s.addPoint(x, y);
}

Ring square(double x0, double y0, double size)
{
    return {{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}, {x0, y0}};
}

Ring ringOf(const FeatureStore& s, std::uint32_t r)
{
    const RingView v = s.ring(r);
    Ring out;
    for (std::uint32_t i = 0; i < v.count; ++i)
        out.emplace_back(v.xy[2 * i], v.xy[2 * i + 1]);
    return out;
}

std::vector<std::uint32_t> sorted(std::vector<std::uint32_t> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

std::vector<std::uint32_t> bruteForce(const std::vector<Extent>& boxes, const Extent& q)
{
    std::vector<std::uint32_t> out;
    if (q.isEmpty())
        return out;
    for (std::uint32_t i = 0; i < boxes.size(); ++i) {
        const Extent& b = boxes[i];
        // Written out rather than calling Extent::intersects, so the reference does not share its code.
        if (!b.isEmpty() && b.xmin <= q.xmax && q.xmin <= b.xmax && b.ymin <= q.ymax && q.ymin <= b.ymax)
            out.push_back(i);
    }
    return out;
}

} // namespace

class TestFeatureStore : public QObject
{
    Q_OBJECT

private slots:
    void geometryLayout()
    {
        FeatureStore s;
        // 0: a point; 1: a multipoint of 2; 2: a line; 3: a 2-part multiline; 4: a polygon with 2 holes;
        // 5: a multipolygon (a square, and a square with a hole); 6: no geometry.
        s.beginFeature(10, GeometryKind::Point);
        s.beginPart();
        addRing(s, {{1, 2}});
        s.endFeature();
        s.beginFeature(11, GeometryKind::Point);
        s.beginPart();
        addRing(s, {{3, 4}});
        s.beginPart();
        addRing(s, {{-5, 6}});
        s.endFeature();
        s.beginFeature(12, GeometryKind::Line);
        s.beginPart();
        addRing(s, {{0, 0}, {10, 5}, {20, -3}});
        s.endFeature();
        s.beginFeature(13, GeometryKind::Line);
        s.beginPart();
        addRing(s, {{0, 0}, {1, 1}});
        s.beginPart();
        addRing(s, {{100, 100}, {101, 103}, {102, 99}});
        s.endFeature();
        const Ring shell = square(0, 0, 10), hole1 = square(1, 1, 2), hole2 = square(5, 5, 3);
        s.beginFeature(14, GeometryKind::Polygon);
        s.beginPart();
        addRing(s, shell);
        addRing(s, hole1);
        addRing(s, hole2);
        s.endFeature();
        s.beginFeature(15, GeometryKind::Polygon);
        s.beginPart();
        addRing(s, square(150, 50, 1));
        s.beginPart();
        addRing(s, square(160, 40, 4));
        addRing(s, square(161, 41, 1));
        s.endFeature();
        s.beginFeature(16, GeometryKind::None);
        s.endFeature();
        s.finish();

        QCOMPARE(s.size(), std::size_t(7));
        const std::int64_t fids[] = {10, 11, 12, 13, 14, 15, 16};
        const GeometryKind kinds[] = {GeometryKind::Point, GeometryKind::Point,   GeometryKind::Line,
                                      GeometryKind::Line,  GeometryKind::Polygon, GeometryKind::Polygon,
                                      GeometryKind::None};
        const std::uint32_t parts[] = {1, 2, 1, 2, 1, 2, 0};
        for (std::size_t f = 0; f < 7; ++f) {
            QCOMPARE(s.fid(f), fids[f]);
            QVERIFY(s.kind(f) == kinds[f]);
            QCOMPARE(s.endPart(f) - s.firstPart(f), parts[f]);
        }
        // Parts are numbered consecutively across features, rings across parts.
        for (std::size_t f = 0; f + 1 < 7; ++f)
            QCOMPARE(s.endPart(f), s.firstPart(f + 1));

        QCOMPARE(ringOf(s, s.firstRing(s.firstPart(0))), (Ring{{1, 2}}));
        QCOMPARE(ringOf(s, s.firstRing(s.firstPart(1) + 1)), (Ring{{-5, 6}}));
        QCOMPARE(ringOf(s, s.firstRing(s.firstPart(2))), (Ring{{0, 0}, {10, 5}, {20, -3}}));
        QCOMPARE(ringOf(s, s.firstRing(s.firstPart(3) + 1)), (Ring{{100, 100}, {101, 103}, {102, 99}}));
        const std::uint32_t poly = s.firstPart(4);
        QCOMPARE(s.endRing(poly) - s.firstRing(poly), 3u);
        QCOMPARE(ringOf(s, s.firstRing(poly)), shell);
        QCOMPARE(ringOf(s, s.firstRing(poly) + 1), hole1);
        QCOMPARE(ringOf(s, s.firstRing(poly) + 2), hole2);
        const std::uint32_t second = s.firstPart(5) + 1;
        QCOMPARE(s.endRing(second) - s.firstRing(second), 2u);
        QCOMPARE(ringOf(s, s.firstRing(second) + 1), square(161, 41, 1));
        QCOMPARE(s.pointCount(), std::size_t(1 + 2 + 3 + 5 + 15 + 15));

        QCOMPARE(s.bbox(0), Extent::of(1, 2, 1, 2)); // a degenerate box, not an empty one
        QVERIFY(!s.bbox(0).isEmpty());
        QCOMPARE(s.bbox(1), Extent::of(-5, 4, 3, 6));
        QCOMPARE(s.bbox(2), Extent::of(0, -3, 20, 5));
        QCOMPARE(s.bbox(3), Extent::of(0, 0, 102, 103));
        QCOMPARE(s.bbox(4), Extent::of(0, 0, 10, 10));
        QCOMPARE(s.bbox(5), Extent::of(150, 40, 164, 51));
        QVERIFY(s.bbox(6).isEmpty());
        QCOMPARE(s.extent(), Extent::of(-5, -3, 164, 103));

        // The index holds every feature with a geometry, and a query finds them by their boxes.
        QCOMPARE(s.index().itemCount(), std::size_t(6));
        QCOMPARE(sorted(s.index().query(Extent::of(-1000, -1000, 1000, 1000))),
                 (std::vector<std::uint32_t>{0, 1, 2, 3, 4, 5}));
        QCOMPARE(sorted(s.index().query(Extent::of(155, 40, 170, 45))), (std::vector<std::uint32_t>{5}));
    }

    void zAndM()
    {
        FeatureStore zm({}, true, true);
        zm.beginFeature(1, GeometryKind::Line);
        zm.beginPart();
        zm.beginRing();
        zm.addPoint(0, 0, 10.5, 100);
        zm.addPoint(1, 1, -3.25, 200);
        zm.endFeature();
        zm.beginFeature(2, GeometryKind::Point);
        zm.beginPart();
        zm.beginRing();
        zm.addPoint(5, 5, 7, 300);
        zm.endFeature();
        zm.finish();
        QVERIFY(zm.hasZ() && zm.hasM());
        const double z[] = {10.5, -3.25, 7}, m[] = {100, 200, 300};
        for (std::uint32_t p = 0; p < 3; ++p) {
            QCOMPARE(zm.z(p), z[p]);
            QCOMPARE(zm.m(p), m[p]);
        }
        QCOMPARE(zm.ringOffset(zm.firstRing(zm.firstPart(1))), 2u);

        FeatureStore flat; // Z/M given but not kept: reads as 0
        flat.beginFeature(1, GeometryKind::Point);
        flat.beginPart();
        flat.beginRing();
        flat.addPoint(1, 2, 3, 4);
        flat.endFeature();
        flat.finish();
        QVERIFY(!flat.hasZ() && !flat.hasM());
        QCOMPARE(flat.z(0), 0.0);
        QCOMPARE(flat.m(0), 0.0);
        QCOMPARE(ringOf(flat, 0), (Ring{{1, 2}}));
    }

    void attributes()
    {
        FeatureStore s({{"n", FieldType::Integer},
                        {"r", FieldType::Real},
                        {"s", FieldType::String},
                        {"d", FieldType::Date}});
        QCOMPARE(s.fieldIndex("r"), 1);
        QCOMPARE(s.fieldIndex("missing"), -1);
        const std::string greek = "Ηράκλειο";
        s.beginFeature(0, GeometryKind::None);
        s.setAttribute(0, std::int64_t(1) << 40);
        s.setAttribute(1, -2.5);
        s.setAttribute(2, greek);
        s.setAttribute(3, std::string("2025-01-01"));
        s.endFeature();
        s.beginFeature(1, GeometryKind::None); // all null
        s.endFeature();
        s.beginFeature(2, GeometryKind::None); // mixed
        s.setAttribute(1, 0.0);
        s.setAttribute(2, std::string());
        s.endFeature();
        s.finish();

        QCOMPARE(std::get<std::int64_t>(s.attribute(0, 0)), std::int64_t(1) << 40);
        QCOMPARE(std::get<double>(s.attribute(0, 1)), -2.5);
        QCOMPARE(std::get<std::string>(s.attribute(0, 2)), greek);
        QCOMPARE(std::get<std::string>(s.attribute(0, 3)), std::string("2025-01-01"));
        for (std::size_t f = 0; f < 4; ++f)
            QVERIFY(std::holds_alternative<std::monostate>(s.attribute(1, f)));
        // Null is not zero and not the empty string: a pending value does not leak into the next row.
        QVERIFY(std::holds_alternative<std::monostate>(s.attribute(2, 0)));
        QCOMPARE(std::get<double>(s.attribute(2, 1)), 0.0);
        QCOMPARE(std::get<std::string>(s.attribute(2, 2)), std::string());
        QVERIFY(std::holds_alternative<std::monostate>(s.attribute(2, 3)));
    }

    void repeatedTextsReadBackPerFeature()
    {
        // Text columns hold each distinct value once: every feature still reads its own value, nulls stay
        // null, and a copy of the finished store reads the same.
        std::mt19937 rng(3);
        const std::vector<std::string> uses = {"residential", "Σχολείο", "", "commercial"};
        std::vector<std::optional<std::string>> put;
        FeatureStore s({{"use", FieldType::String}});
        for (int i = 0; i < 5000; ++i) {
            std::optional<std::string> v;
            const unsigned pick = rng() % 6;
            if (pick < uses.size())
                v = uses[pick];
            else if (pick == 4)
                v = "unique " + std::to_string(i);
            s.beginFeature(i, GeometryKind::Point);
            s.beginPart();
            s.beginRing();
            s.addPoint(i, i);
            if (v)
                s.setAttribute(0, *v);
            s.endFeature();
            put.push_back(v);
        }
        s.finish();
        const FeatureStore copy = s;
        for (const FeatureStore* store : {static_cast<const FeatureStore*>(&s), &copy}) {
            for (std::size_t f = 0; f < put.size(); ++f) {
                QCOMPARE(store->isNull(f, 0), !put[f].has_value());
                QCOMPARE(store->text(f, 0), put[f].value_or(std::string()));
                if (put[f])
                    QCOMPARE(std::get<std::string>(store->attribute(f, 0)), *put[f]);
            }
        }
        // The same value is the same string (held once): a repeated use shares its text.
        std::size_t a = 0, b = 0;
        while (put[a] != uses[0])
            ++a;
        b = a + 1;
        while (put[b] != uses[0])
            ++b;
        QCOMPARE(&s.text(a, 0), &s.text(b, 0));
    }

    void transformInPlace()
    {
        FeatureStore s;
        s.beginFeature(1, GeometryKind::Line);
        s.beginPart();
        addRing(s, {{25.1343, 35.3387}, {23.7275, 37.9838}});
        s.endFeature();
        const Transform t(Crs::fromEpsg(4326), Crs::fromEpsg(2100));
        QCOMPARE(s.transform(t), std::size_t(0));
        s.finish();
        double expect[4] = {25.1343, 35.3387, 23.7275, 37.9838};
        t.apply(expect, 2);
        QCOMPARE(ringOf(s, 0), (Ring{{expect[0], expect[1]}, {expect[2], expect[3]}}));
        QCOMPARE(s.bbox(0), Extent::of(expect[0], expect[1], expect[2], expect[3]));
    }

    void indexMatchesBruteForce_data()
    {
        QTest::addColumn<unsigned>("nodeSize");
        QTest::newRow("node 2") << 2u;
        QTest::newRow("node 16") << 16u;
        QTest::newRow("node 32") << 32u;
    }
    void indexMatchesBruteForce()
    {
        QFETCH(unsigned, nodeSize);
        std::mt19937 rng(20250101u);
        std::uniform_real_distribution<double> pos(0, 10000), size(0, 60), coin(0, 1);
        std::vector<Extent> boxes;
        for (int i = 0; i < 20000; ++i) {
            const double x = std::round(pos(rng)),
                         y = std::round(pos(rng)); // integers: exact boundary contacts
            const double r = coin(rng);
            if (r < 0.02)
                boxes.push_back(Extent{}); // empty: must never be returned
            else if (r < 0.10)
                boxes.push_back(Extent::of(x, y, x, y)); // a point
            else
                boxes.push_back(Extent::of(x, y, x + std::round(size(rng)), y + std::round(size(rng))));
        }
        const SpatialIndex index(boxes, nodeSize);
        const auto nonEmpty =
            std::count_if(boxes.begin(), boxes.end(), [](const Extent& e) { return !e.isEmpty(); });
        QCOMPARE(index.itemCount(), std::size_t(nonEmpty));

        std::vector<Extent> queries;
        for (int i = 0; i < 150; ++i) {
            const double x = std::round(pos(rng)), y = std::round(pos(rng));
            const double w = coin(rng) < 0.2 ? 0.0 : std::round(coin(rng) * 800);
            queries.push_back(Extent::of(x, y, x + w, y + (w > 0 ? std::round(coin(rng) * 800) : 0)));
        }
        for (int i = 0; i < 30; ++i) { // exactly the box of an item: touches itself and its neighbours' edges
            const Extent& b = boxes[std::size_t(pos(rng) * 1.999)];
            queries.push_back(b.isEmpty() ? Extent::of(5000, 5000, 5000, 5000) : b);
        }
        for (int i = 0; i < 10; ++i) { // lines touching a box's corner from outside
            const Extent& b = boxes[std::size_t(pos(rng) * 1.999) + 1];
            if (!b.isEmpty())
                queries.push_back(Extent::of(b.xmax, b.ymax, b.xmax + 5, b.ymax + 5));
        }
        queries.push_back(Extent::of(-1e9, -1e9, 1e9, 1e9));       // everything
        queries.push_back(Extent::of(20000, 20000, 30000, 30000)); // nothing: beyond all boxes
        queries.push_back(Extent::of(-10, -10, -0.5, 20000));      // nothing: left of all boxes
        queries.push_back(Extent{});                               // an empty query finds nothing
        queries.push_back(Extent::of(10060.5, 0, 10061, 10061));   // nothing (max x is 10060)

        std::size_t emptyResults = 0, fullResults = 0;
        for (const Extent& q : queries) {
            const auto want = bruteForce(boxes, q);
            const auto got = sorted(index.query(q));
            QVERIFY2(std::adjacent_find(got.begin(), got.end()) == got.end(), "an item was visited twice");
            QCOMPARE(got, want);
            emptyResults += want.empty();
            fullResults += !want.empty();
        }
        // The query set must exercise both outcomes, or it proves little.
        QVERIFY(emptyResults >= 5);
        QVERIFY(fullResults >= 100);
        QCOMPARE(index.query(Extent::of(-1e9, -1e9, 1e9, 1e9)).size(), std::size_t(nonEmpty));
    }

    void smallIndexes()
    {
        const SpatialIndex none;
        QVERIFY(none.query(Extent::of(-1, -1, 1, 1)).empty());
        const SpatialIndex allEmpty(std::vector<Extent>(3));
        QCOMPARE(allEmpty.itemCount(), std::size_t(0));
        QVERIFY(allEmpty.query(Extent::of(-1e300, -1e300, 1e300, 1e300)).empty());
        const SpatialIndex one({Extent::of(2, 2, 4, 4)});
        QCOMPARE(one.query(Extent::of(4, 4, 9, 9)), (std::vector<std::uint32_t>{0})); // corner contact
        QVERIFY(one.query(Extent::of(4.0001, 0, 9, 9)).empty());
        QCOMPARE(one.query(Extent::of(3, 3, 3, 3)), (std::vector<std::uint32_t>{0})); // point inside
        // Ids are the positions in the input, also when empty boxes sit between them.
        const SpatialIndex gaps({Extent{}, Extent::of(0, 0, 1, 1), Extent{}, Extent::of(5, 5, 6, 6)}, 2);
        QCOMPARE(sorted(gaps.query(Extent::of(-9, -9, 9, 9))), (std::vector<std::uint32_t>{1, 3}));
        QCOMPARE(gaps.query(Extent::of(5.5, 5.5, 7, 7)), (std::vector<std::uint32_t>{3}));
    }

    void geosConversion()
    {
        FeatureStore s;
        s.beginFeature(1, GeometryKind::Polygon); // 10x10 with a 2x2 hole
        s.beginPart();
        addRing(s, square(0, 0, 10));
        addRing(s, square(4, 4, 2));
        s.endFeature();
        s.beginFeature(2, GeometryKind::Polygon); // bow tie: the edges (0,0)-(10,10) and (10,0)-(0,10) cross
        s.beginPart();
        addRing(s, {{0, 0}, {10, 10}, {10, 0}, {0, 10}, {0, 0}});
        s.endFeature();
        s.beginFeature(3, GeometryKind::Polygon); // two disjoint unit squares
        s.beginPart();
        addRing(s, square(0, 0, 1));
        s.beginPart();
        addRing(s, square(5, 5, 1));
        s.endFeature();
        s.beginFeature(4, GeometryKind::Line); // 3-4-5 triangle legs: length 5 + 12
        s.beginPart();
        addRing(s, {{0, 0}, {3, 4}, {3, 16}});
        s.endFeature();
        s.beginFeature(5, GeometryKind::Polygon); // a ring of 2 points: not a polygon
        s.beginPart();
        addRing(s, {{0, 0}, {1, 1}});
        s.endFeature();
        s.finish();

        GEOSContextHandle_t ctx = detail::geosContext();
        double area = 0, length = 0;
        const auto holed = detail::toGeos(s, 0);
        QVERIFY(holed);
        QCOMPARE(GEOSGeomTypeId_r(ctx, holed.get()), int(GEOS_POLYGON));
        QCOMPARE(GEOSGetNumInteriorRings_r(ctx, holed.get()), 1);
        QVERIFY(GEOSArea_r(ctx, holed.get(), &area));
        QCOMPARE(area, 96.0);
        QCOMPARE(GEOSisValid_r(ctx, holed.get()), char(1));

        const auto bowTie = detail::toGeos(s, 1);
        QCOMPARE(GEOSisValid_r(ctx, bowTie.get()), char(0));

        const auto multi = detail::toGeos(s, 2);
        QCOMPARE(GEOSGeomTypeId_r(ctx, multi.get()), int(GEOS_MULTIPOLYGON));
        QCOMPARE(GEOSGetNumGeometries_r(ctx, multi.get()), 2);
        QVERIFY(GEOSArea_r(ctx, multi.get(), &area));
        QCOMPARE(area, 2.0);

        const auto line = detail::toGeos(s, 3);
        QCOMPARE(GEOSGeomTypeId_r(ctx, line.get()), int(GEOS_LINESTRING));
        QVERIFY(GEOSLength_r(ctx, line.get(), &length));
        QCOMPARE(length, 17.0);

        QVERIFY_THROWS_EXCEPTION(GeometryError, detail::toGeos(s, 4));
    }
};

QTEST_GUILESS_MAIN(TestFeatureStore)
#include "tst_feature_store.moc"

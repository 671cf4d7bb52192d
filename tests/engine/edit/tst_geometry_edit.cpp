// Geometry editing (layers/edit): snapping, move/rotate, vertex editing, reshape and split on hand-made
// geometries whose expected coordinates, lengths and areas follow from their construction (worked out in the
// comments), never from the code under test.
#include "layers/core/error.hpp"
#include "layers/edit/affine.hpp"
#include "layers/edit/reshape.hpp"
#include "layers/edit/snapping.hpp"
#include "layers/edit/split.hpp"
#include "layers/edit/vertex_edit.hpp"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace polis;

namespace {

std::unique_ptr<FeatureStore> makeStore(const std::vector<Geometry>& geometries)
{
    auto store = std::make_unique<FeatureStore>();
    for (std::size_t i = 0; i < geometries.size(); ++i) {
        geometries[i].beginIn(*store, std::int64_t(i + 1));
        store->endFeature();
    }
    store->finish();
    return store;
}

/// Shoelace area of a closed ring (signed: positive counter-clockwise), written here independently.
double ringArea(const std::vector<double>& r)
{
    double a = 0;
    for (std::size_t i = 0; i + 3 < r.size(); i += 2)
        a += r[i] * r[i + 3] - r[i + 2] * r[i + 1];
    return a / 2;
}

/// Exterior minus holes, every part.
double area(const Geometry& g)
{
    double a = 0;
    for (const auto& part : g.parts) {
        for (std::size_t r = 0; r < part.size(); ++r)
            a += (r == 0 ? 1 : -1) * std::abs(ringArea(part[r]));
    }
    return a;
}

double length(const std::vector<double>& xy)
{
    double l = 0;
    for (std::size_t i = 2; i + 1 < xy.size(); i += 2)
        l += std::hypot(xy[i] - xy[i - 2], xy[i + 1] - xy[i - 1]);
    return l;
}

bool nearlyEqual(const std::vector<double>& a, const std::vector<double>& b, double tolerance = 1e-12)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::abs(a[i] - b[i]) > tolerance)
            return false;
    }
    return true;
}

const Geometry kSquare = Geometry::polygon({0, 0, 10, 0, 10, 10, 0, 10, 0, 0}); // counter-clockwise, 100 m²

} // namespace

class TestGeometryEdit : public QObject
{
    Q_OBJECT

private slots:
    // --- snapping ---
    void snapPrefersVertexOverCloserSegmentAndNothingOutside()
    {
        const auto store = makeStore(
            {Geometry::line({0, 0, 10, 0}), Geometry::polygon({20, 0, 30, 0, 30, 10, 20, 10, 20, 0})});
        const std::vector<SnapLayer> layers{{store.get(), true}};

        // (5, 0.5): no vertex within 1 (the nearest is 5 away), the segment is 0.5 below.
        auto s = snap(layers, 5, 0.5, 1);
        QVERIFY(s);
        QCOMPARE(s->kind, SnapKind::Segment);
        QCOMPARE(s->layer, std::size_t(0));
        QCOMPARE(s->feature, std::size_t(0));
        QCOMPARE(s->vertex.vertex, std::size_t(0));
        QCOMPARE(s->x, 5.0);
        QCOMPARE(s->y, 0.0);

        // (9.5, 0.3): the segment is 0.3 away, vertex (10, 0) sqrt(0.25 + 0.09) = 0.58 away: the vertex wins.
        s = snap(layers, 9.5, 0.3, 1);
        QVERIFY(s);
        QCOMPARE(s->kind, SnapKind::Vertex);
        QCOMPARE(s->vertex.vertex, std::size_t(1));
        QCOMPARE(s->x, 10.0);
        QCOMPARE(s->y, 0.0);

        // The polygon's first vertex is reported as vertex 0, not as the closing point 4.
        s = snap(layers, 20.2, -0.1, 1);
        QVERIFY(s);
        QCOMPARE(s->feature, std::size_t(1));
        QCOMPARE(s->kind, SnapKind::Vertex);
        QCOMPARE(s->vertex.vertex, std::size_t(0));

        QVERIFY(!snap(layers, 5, 2, 1));                   // 2 from the line, tolerance 1
        QVERIFY(snap(layers, 5, 1, 1));                    // exactly at the tolerance counts
        QVERIFY(!snap(layers, 15, 5, 4.9));                // 5 from both features
        QVERIFY(!snap({{store.get(), false}}, 5, 0.5, 1)); // the layer is not snapped to
        QVERIFY(!snap(layers, 5, 0, -1));                   // a negative tolerance snaps nowhere
    }

    void snapPicksTheRightLayerAndFeature()
    {
        const auto hidden = makeStore({Geometry::point(50, 50)});
        const auto shown =
            makeStore({Geometry::point(0, 0), Geometry::point(100, 100), Geometry::point(50.5, 50)});
        const std::vector<SnapLayer> layers{{hidden.get(), false}, {shown.get(), true}};
        const auto s = snap(layers, 50, 50, 1);
        QVERIFY(s);
        QCOMPARE(s->layer, std::size_t(1));
        QCOMPARE(s->feature, std::size_t(2));
        QCOMPARE(s->x, 50.5);
        QCOMPARE(s->y, 50.0);
    }

    void snapToTheGeometryBeingDrawn()
    {
        const Geometry drawing = Geometry::line({0, 0, 10, 0, 10, 10});
        auto s = snap({}, 0.2, 0.1, 0.5, &drawing); // back to the first vertex: closes the ring
        QVERIFY(s);
        QCOMPARE(s->layer, SnapResult::kDrawing);
        QCOMPARE(s->kind, SnapKind::Vertex);
        QCOMPARE(s->vertex.vertex, std::size_t(0));
        QCOMPARE(s->x, 0.0);
        QCOMPARE(s->y, 0.0);
        s = snap({}, 10.3, 5, 0.5, &drawing);
        QVERIFY(s);
        QCOMPARE(s->kind, SnapKind::Segment);
        QCOMPARE(s->vertex.vertex, std::size_t(1));
        QCOMPARE(s->x, 10.0);
        QCOMPARE(s->y, 5.0);
    }

    void snapOnAHundredThousandFeatures()
    {
        // Unit squares at (2i, 2j), 400 per row, 250 rows: feature k = 400 j + i.
        auto store = std::make_unique<FeatureStore>();
        store->reserve(100000);
        for (int k = 0; k < 100000; ++k) {
            const double x = 2.0 * (k % 400), y = 2.0 * (k / 400);
            Geometry::polygon({x, y, x + 1, y, x + 1, y + 1, x, y + 1, x, y}).beginIn(*store, k);
            store->endFeature();
        }
        store->finish();
        const std::vector<SnapLayer> layers{{store.get(), true}};

        // Near the top-right corner (247, 155) of square i = 123, j = 77: 0.2 and 0.1 off, distance 0.22.
        auto s = snap(layers, 247.2, 155.1, 0.5);
        QVERIFY(s);
        QCOMPARE(s->feature, std::size_t(77 * 400 + 123));
        QCOMPARE(s->kind, SnapKind::Vertex);
        QCOMPARE(s->vertex.vertex, std::size_t(2));
        QCOMPARE(s->x, 247.0);
        QCOMPARE(s->y, 155.0);
        // Halfway between squares (10, 10) and (11, 10): 0.5 from the right edge x = 21 of the first and the
        // left edge x = 22 of the second, 0.71 from their corners. A tie keeps the lower feature index.
        QVERIFY(!snap(layers, 21.5, 20.5, 0.4));
        s = snap(layers, 21.5, 20.5, 0.6);
        QVERIFY(s);
        QCOMPARE(s->kind, SnapKind::Segment);
        QCOMPARE(s->feature, std::size_t(10 * 400 + 10));
        QCOMPARE(s->x, 21.0);
        QCOMPARE(s->y, 20.5);
        // The corners of four squares meet 0.71 from (21.5, 21.5): nothing within 0.6.
        QVERIFY(!snap(layers, 21.5, 21.5, 0.6));
    }

    // --- move / rotate ---
    void rotateUnitSquareAboutItsCentre()
    {
        const Geometry square = Geometry::polygon({0, 0, 1, 0, 1, 1, 0, 1, 0, 0});
        const MapPoint c = rotationAnchor(square);
        QCOMPARE(c.x, 0.5);
        QCOMPARE(c.y, 0.5);
        // (x, y) -> (0.5 - (y - 0.5), 0.5 + (x - 0.5)) for 90° counter-clockwise.
        const Geometry r = rotate(square, 90, c);
        QCOMPARE(r.kind, GeometryKind::Polygon);
        QVERIFY(nearlyEqual(r.parts[0][0], {1, 0, 1, 1, 0, 1, 0, 0, 1, 0}));
        const Geometry back = rotate(r, -90, c);
        QVERIFY(nearlyEqual(back.parts[0][0], square.parts[0][0]));
    }

    void translateAndAnchors()
    {
        QCOMPARE(translate(Geometry::line({0, 0, 2, 1}), 3, -2), Geometry::line({3, -2, 5, -1}));
        // Two 2 m segments with midpoints (1, 0) and (2, 1): length-weighted centroid (1.5, 0.5).
        const MapPoint c = rotationAnchor(Geometry::line({0, 0, 2, 0, 2, 2}));
        QCOMPARE(c.x, 1.5);
        QCOMPARE(c.y, 0.5);
        QVERIFY_THROWS_EXCEPTION(GeometryError, rotationAnchor(Geometry{}));
    }

    // --- vertex editing ---
    void hitTestsReportVertexAndSegment()
    {
        auto v = nearestVertex(kSquare, 0.2, -0.1, 1);
        QVERIFY(v);
        QCOMPARE(v->ref, (VertexRef{0, 0, 0})); // not the closing point 4
        QVERIFY(!nearestVertex(kSquare, 5, 5, 1));
        v = nearestSegment(kSquare, 5, 0.3, 1);
        QVERIFY(v);
        QCOMPARE(v->ref, (VertexRef{0, 0, 0}));
        QCOMPARE(v->x, 5.0);
        QCOMPARE(v->y, 0.0);
        v = nearestSegment(kSquare, 0.4, 5, 1); // the closing segment (0,10)-(0,0) is segment 3
        QVERIFY(v);
        QCOMPARE(v->ref.vertex, std::size_t(3));
        QVERIFY(!nearestSegment(Geometry::point(0, 0), 0, 0, 1));
    }

    void vertexEditsKeepRingsClosed()
    {
        QCOMPARE(moveVertex(kSquare, {0, 0, 0}, -1, -1),
                 Geometry::polygon({-1, -1, 10, 0, 10, 10, 0, 10, -1, -1}));
        QCOMPARE(moveVertex(kSquare, {0, 0, 4}, -1, -1),
                 Geometry::polygon({-1, -1, 10, 0, 10, 10, 0, 10, -1, -1}));
        QCOMPARE(moveVertex(Geometry::line({0, 0, 5, 5}), {0, 0, 1}, 6, 6), Geometry::line({0, 0, 6, 6}));
        QCOMPARE(insertVertex(kSquare, {0, 0, 0}, 5, 0),
                 Geometry::polygon({0, 0, 5, 0, 10, 0, 10, 10, 0, 10, 0, 0}));
        QCOMPARE(insertVertex(kSquare, {0, 0, 3}, 0, 5),
                 Geometry::polygon({0, 0, 10, 0, 10, 10, 0, 10, 0, 5, 0, 0}));

        const Geometry triangle = removeVertex(kSquare, {0, 0, 0});
        QCOMPARE(triangle, Geometry::polygon({10, 0, 10, 10, 0, 10, 10, 0}));
        QCOMPARE(removeVertex(kSquare, {0, 0, 2}), Geometry::polygon({0, 0, 10, 0, 0, 10, 0, 0}));
        QCOMPARE(removeVertex(Geometry::line({0, 0, 1, 1, 2, 0}), {0, 0, 1}), Geometry::line({0, 0, 2, 0}));
    }

    void vertexEditsRefuseDegenerateResults()
    {
        const Geometry triangle = Geometry::polygon({0, 0, 10, 0, 0, 10, 0, 0});
        QVERIFY_THROWS_EXCEPTION(GeometryError, removeVertex(triangle, {0, 0, 1}));
        QVERIFY_THROWS_EXCEPTION(GeometryError, removeVertex(Geometry::line({0, 0, 1, 1}), {0, 0, 0}));
        QVERIFY_THROWS_EXCEPTION(GeometryError, removeVertex(Geometry::point(1, 1), {0, 0, 0}));
        // Moving a triangle's vertex onto its neighbour leaves 2 distinct points.
        QVERIFY_THROWS_EXCEPTION(GeometryError, moveVertex(triangle, {0, 0, 1}, 0, 10));
        QVERIFY_THROWS_EXCEPTION(GeometryError, moveVertex(Geometry::line({0, 0, 1, 1}), {0, 0, 1}, 0, 0));
        // A square with a repeated vertex has 4 points but only 3 distinct: removing one leaves 2.
        QVERIFY_THROWS_EXCEPTION(
            GeometryError, removeVertex(Geometry::polygon({0, 0, 10, 0, 10, 0, 0, 10, 0, 0}), {0, 0, 3}));
        // References to nothing.
        QVERIFY_THROWS_EXCEPTION(GeometryError, moveVertex(kSquare, {1, 0, 0}, 0, 0));
        QVERIFY_THROWS_EXCEPTION(GeometryError, moveVertex(kSquare, {0, 1, 0}, 0, 0));
        QVERIFY_THROWS_EXCEPTION(GeometryError, moveVertex(kSquare, {0, 0, 5}, 0, 0));
        QVERIFY_THROWS_EXCEPTION(GeometryError, insertVertex(kSquare, {0, 0, 4}, 0, 0));
        QVERIFY_THROWS_EXCEPTION(GeometryError, insertVertex(Geometry::point(0, 0), {0, 0, 0}, 1, 1));
    }

    // --- reshape ---
    void reshapePolygonOutwardAddsArea()
    {
        // Out through the top edge at x = 2 and back at x = 8, up to y = 14: 100 + 6 x 4 = 124.
        const Geometry r = reshape(kSquare, {2, 8, 2, 14, 8, 14, 8, 8});
        QCOMPARE(area(r), 124.0);
        QVERIFY(ringArea(r.parts[0][0]) > 0); // still counter-clockwise
        const auto& ring = r.parts[0][0];
        QCOMPARE(ring.front(), ring[ring.size() - 2]);
        QCOMPARE(ring.back(), ring[1]);
    }

    void reshapePolygonInwardCutsANotch()
    {
        // In through the top edge at x = 3 and out at x = 7, down to y = 6: 100 - 4 x 4 = 84; either
        // direction.
        QCOMPARE(area(reshape(kSquare, {3, 12, 3, 6, 7, 6, 7, 12})), 84.0);
        QCOMPARE(area(reshape(kSquare, {7, 12, 7, 6, 3, 6, 3, 12})), 84.0);
        // Across a corner: crossings (8, 10) and (10, 8) through (8, 8) cut the 2 x 2 corner square: 96.
        QCOMPARE(area(reshape(kSquare, {8, 12, 8, 8, 12, 8})), 96.0);
    }

    void reshapeFromPointsSnappedOntoASlantedEdge()
    {
        // Triangle of 50 m² with hypotenuse x + y = 10. The drawn line starts and ends on it where the user
        // snapped to it, (5.5, 4.5) and (2.5, 7.5), and runs outwards round a rectangle of sides 2.5√2 and
        // 3√2.
        const Geometry triangle = Geometry::polygon({0, 0, 10, 0, 0, 10, 0, 0});
        const auto from = nearestSegment(triangle, 6, 5, 2);
        const auto to = nearestSegment(triangle, 3, 8, 2);
        QVERIFY(from && to);
        QVERIFY(std::abs(from->x - 5.5) < 1e-12 && std::abs(to->x - 2.5) < 1e-12);
        const Geometry r = reshape(triangle, {from->x, from->y, 8, 7, 5, 10, to->x, to->y});
        QVERIFY(std::abs(area(r) - (50 + 15)) < 1e-9);
    }

    void reshapeLineReplacesTheStretchBetweenCrossings()
    {
        const Geometry expected = Geometry::line({0, 0, 2, 0, 2, 3, 8, 3, 8, 0, 10, 0});
        const Geometry line = Geometry::line({0, 0, 10, 0});
        QCOMPARE(reshape(line, {2, -1, 2, 3, 8, 3, 8, -1}), expected);
        QCOMPARE(reshape(line, {8, -1, 8, 3, 2, 3, 2, -1}), expected); // drawn the other way round
        QCOMPARE(length(expected.parts[0][0]), 16.0);                  // 2 + 3 + 6 + 3 + 2
    }

    void reshapeRefusesLinesThatDoNotCrossTwice()
    {
        QVERIFY_THROWS_EXCEPTION(GeometryError, reshape(kSquare, {20, 20, 30, 30})); // misses
        QVERIFY_THROWS_EXCEPTION(GeometryError, reshape(kSquare, {5, 5, 5, 15}));    // crosses once
        QVERIFY_THROWS_EXCEPTION(GeometryError, reshape(Geometry::line({0, 0, 10, 0}), {5, -1, 5, 1}));
        QVERIFY_THROWS_EXCEPTION(GeometryError, reshape(Geometry::point(0, 0), {-1, 0, 1, 0}));
        QVERIFY_THROWS_EXCEPTION(GeometryError, reshape(kSquare, {1, 1}));
        // Reshaping the exterior across a hole would make an invalid polygon.
        Geometry holed = kSquare;
        holed.parts[0].push_back({4, 4, 4, 6, 6, 6, 6, 4, 4, 4});
        QVERIFY_THROWS_EXCEPTION(GeometryError, reshape(holed, {5, 12, 5, 5, 8, 5, 8, 12}));
    }

    // --- split ---
    void splitSquareByAVerticalLine()
    {
        const std::vector<Geometry> pieces = split(kSquare, {4, -1, 4, 11});
        QCOMPARE(pieces.size(), std::size_t(2));
        std::vector<double> areas{area(pieces[0]), area(pieces[1])};
        std::sort(areas.begin(), areas.end());
        QCOMPARE(areas[0], 40.0); // 4 x 10
        QCOMPARE(areas[1], 60.0); // 6 x 10
        for (const Geometry& p : pieces) {
            QCOMPARE(p.kind, GeometryKind::Polygon);
            QVERIFY(ringArea(p.parts[0][0]) > 0); // oriented as the input
        }
    }

    void splitThroughVertices()
    {
        // The diagonal from corner to corner: two right triangles of 50 m².
        const std::vector<Geometry> pieces = split(kSquare, {-1, -1, 11, 11});
        QCOMPARE(pieces.size(), std::size_t(2));
        QCOMPARE(area(pieces[0]), 50.0);
        QCOMPARE(area(pieces[1]), 50.0);
        // A line cut exactly at its middle vertex.
        const std::vector<Geometry> halves = split(Geometry::line({0, 0, 5, 0, 10, 0}), {5, -1, 5, 1});
        QCOMPARE(halves.size(), std::size_t(2));
        QCOMPARE(halves[0], Geometry::line({0, 0, 5, 0}));
        QCOMPARE(halves[1], Geometry::line({5, 0, 10, 0}));
    }

    void splitMultiPolygonKeepsTheMissedPartWhole()
    {
        // The square and a 2 x 2 square at (20, 0); the cut x = 4 misses the second: 40, 60 and 4.
        const Geometry multi{GeometryKind::Polygon, {kSquare.parts[0], {{20, 0, 22, 0, 22, 2, 20, 2, 20, 0}}}};
        const std::vector<Geometry> pieces = split(multi, {4, -1, 4, 11});
        QCOMPARE(pieces.size(), std::size_t(3));
        std::vector<double> areas;
        for (const Geometry& p : pieces) {
            QCOMPARE(p.parts.size(), std::size_t(1));
            areas.push_back(area(p));
        }
        std::sort(areas.begin(), areas.end());
        QCOMPARE(areas, (std::vector<double>{4, 40, 60}));
    }

    void splitKeepsTheHole()
    {
        Geometry holed = kSquare;
        holed.parts[0].push_back({6, 4, 6, 6, 8, 6, 8, 4, 6, 4}); // 2 x 2, clockwise
        std::vector<Geometry> pieces = split(holed, {4, -1, 4, 11});
        QCOMPARE(pieces.size(), std::size_t(2));
        std::sort(pieces.begin(), pieces.end(),
                  [](const Geometry& a, const Geometry& b) { return area(a) < area(b); });
        QCOMPARE(area(pieces[0]), 40.0);
        QCOMPARE(pieces[0].parts[0].size(), std::size_t(1));
        QCOMPARE(area(pieces[1]), 56.0); // 60 - 4
        QCOMPARE(pieces[1].parts[0].size(), std::size_t(2));
        QCOMPARE(std::abs(ringArea(pieces[1].parts[0][1])), 4.0);
        QVERIFY(ringArea(pieces[1].parts[0][1]) < 0); // holes opposite to the exterior
    }

    void splitLineIntoPiecesOfKnownLength()
    {
        // (0,0)-(10,0)-(10,10) cut by (4,-1)-(4,1)-(12,5): at (4, 0), and where y = 1 + (10 - 4) / 2 = 4 at x
        // = 10.
        const std::vector<Geometry> pieces =
            split(Geometry::line({0, 0, 10, 0, 10, 10}), {4, -1, 4, 1, 12, 5});
        QCOMPARE(pieces.size(), std::size_t(3));
        QCOMPARE(pieces[0], Geometry::line({0, 0, 4, 0}));
        QCOMPARE(pieces[1], Geometry::line({4, 0, 10, 0, 10, 4}));
        QCOMPARE(pieces[2], Geometry::line({10, 4, 10, 10}));
        QCOMPARE(length(pieces[0].parts[0][0]) + length(pieces[1].parts[0][0]) +
                     length(pieces[2].parts[0][0]),
                 20.0);

        // A multi-line: the part the cutter misses comes back whole.
        Geometry multi{GeometryKind::Line, {{{0, 0, 10, 0}}, {{0, 5, 10, 5}}}};
        const std::vector<Geometry> mp = split(multi, {3, -1, 3, 1});
        QCOMPARE(mp.size(), std::size_t(3));
        QCOMPARE(length(mp[0].parts[0][0]), 3.0);
        QCOMPARE(length(mp[1].parts[0][0]), 7.0);
        QCOMPARE(length(mp[2].parts[0][0]), 10.0);
    }

    void splitRefusesLinesThatDoNotSplit()
    {
        QVERIFY_THROWS_EXCEPTION(GeometryError, split(kSquare, {20, 0, 20, 10})); // outside
        QVERIFY_THROWS_EXCEPTION(GeometryError, split(kSquare, {4, -1, 4, 5}));   // ends inside
        QVERIFY_THROWS_EXCEPTION(GeometryError,
                                 split(Geometry::line({0, 0, 10, 0}), {0, -1, 0, 1})); // at its end
        QVERIFY_THROWS_EXCEPTION(GeometryError, split(Geometry::line({0, 0, 10, 0}), {0, 1, 10, 1}));
        QVERIFY_THROWS_EXCEPTION(GeometryError, split(Geometry::point(0, 0), {-1, 0, 1, 0}));
        QVERIFY_THROWS_EXCEPTION(GeometryError, split(kSquare, {4, -1}));
    }
};

QTEST_GUILESS_MAIN(TestGeometryEdit)
#include "tst_geometry_edit.moc"

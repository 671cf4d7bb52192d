// The difference view's geometries: what scenario B adds, removes and modifies relative to A, on the
// hand-made city of scenario_fixtures.hpp, where every expected feature and coordinate is set by hand below.
#include "scenario_fixtures.hpp"

#include "layers/core/error.hpp"
#include "layers/map/diff_overlay.hpp"

#include <QtTest>

using namespace polis;
using namespace polis::test;

namespace {

FeatureChange change(FeatureChange::Op op, std::optional<Geometry> g = std::nullopt)
{
    return FeatureChange{op, std::move(g), {}};
}

/// fid -> the feature's first coordinate pair, for every feature of `store`.
std::map<std::int64_t, std::pair<double, double>> firstPoints(const FeatureStore& store)
{
    std::map<std::int64_t, std::pair<double, double>> points;
    for (std::size_t i = 0; i < store.size(); ++i) {
        const RingView ring = store.ring(store.firstRing(store.firstPart(i)));
        points[store.fid(i)] = {ring.xy[0], ring.xy[1]};
    }
    return points;
}

using Points = std::map<std::int64_t, std::pair<double, double>>;

/// Scenario "A": removes school 2, moves school 3 to (42, 43), adds school -1 at (7, 8).
/// Scenario "B": duplicated from A (school -1 is the same feature), then school 2 restored, school 3 moved to
/// (55, 56) instead, school 4 removed, school -2 added at (9, 9) and the fibre line turned north.
MapContent cityWithScenarios()
{
    MapContent map = makeCity();
    Scenario a{1, "A", "", {}};
    a.changes.set("schools", 2, change(FeatureChange::Op::Remove));
    a.changes.set("schools", 3, change(FeatureChange::Op::Modify, Geometry::point(42, 43)));
    a.changes.set("schools", -1, change(FeatureChange::Op::Add, Geometry::point(7, 8)));
    Scenario b{2, "B", "", a.changes};
    b.changes.set("schools", 2, std::nullopt);
    b.changes.set("schools", 3, change(FeatureChange::Op::Modify, Geometry::point(55, 56)));
    b.changes.set("schools", 4, change(FeatureChange::Op::Remove));
    b.changes.set("schools", -2, change(FeatureChange::Op::Add, Geometry::point(9, 9)));
    b.changes.set("fibre", 1, change(FeatureChange::Op::Modify, Geometry::line({0, 0, 0, 3000})));
    map.scenarios = {a, b};
    return map;
}

} // namespace

class TestDiffOverlay : public QObject
{
    Q_OBJECT

private slots:
    void scenarioAgainstScenario()
    {
        const DiffOverlay d = diffOverlay(cityWithScenarios(), "A", "B");
        // Added in B: school 2 (back, at its baseline place) and school -2; -1 is in both, unchanged.
        QCOMPARE(firstPoints(*d.added), (Points{{-2, {9, 9}}, {2, {100, 250}}}));
        // Removed: school 4, drawn where A has it (the baseline's (3100, 100)).
        QCOMPARE(firstPoints(*d.removed), (Points{{4, {3100, 100}}}));
        // Modified: school 3 with B's geometry, and the fibre line (a line among points) with B's.
        QCOMPARE(firstPoints(*d.modified), (Points{{1, {0, 0}}, {3, {55, 56}}}));
        const std::size_t fibre = d.modified->fid(0) == 1 ? 0 : 1;
        QCOMPARE(d.modified->kind(fibre), GeometryKind::Line);
        QCOMPARE(d.modified->ring(d.modified->firstRing(d.modified->firstPart(fibre))).xy[3], 3000.0);
        QCOMPARE(d.modified->kind(1 - fibre), GeometryKind::Point);
        // The per-layer diff behind it, as `polis scenario diff` reports it.
        QCOMPARE(d.diffs.size(), std::size_t(2));
        QCOMPARE(d.diffs[0].layer, std::string("fibre"));
        QCOMPARE(d.diffs[1].added, (std::vector<std::int64_t>{-2, 2}));
        QCOMPARE(d.diffs[1].removed, (std::vector<std::int64_t>{4}));
        QCOMPARE(d.diffs[1].modified, (std::vector<std::int64_t>{3}));
    }

    void scenarioAgainstBaselineAndBack()
    {
        const MapContent map = cityWithScenarios();
        const DiffOverlay forward = diffOverlay(map, "baseline", "A");
        QCOMPARE(firstPoints(*forward.added), (Points{{-1, {7, 8}}}));
        QCOMPARE(firstPoints(*forward.removed), (Points{{2, {100, 250}}}));
        QCOMPARE(firstPoints(*forward.modified), (Points{{3, {42, 43}}}));
        // Reversed, additions become removals drawn with A's geometry and modifications take the baseline's.
        const DiffOverlay back = diffOverlay(map, "A", "baseline");
        QCOMPARE(firstPoints(*back.removed), (Points{{-1, {7, 8}}}));
        QCOMPARE(firstPoints(*back.added), (Points{{2, {100, 250}}}));
        QCOMPARE(firstPoints(*back.modified), (Points{{3, {5000, 0}}})); // school 3 of makeCity
    }

    void sameScenarioHasNoDifferenceAndUnknownNamesThrow()
    {
        const MapContent map = cityWithScenarios();
        const DiffOverlay none = diffOverlay(map, "B", "B");
        QVERIFY(none.diffs.empty());
        QCOMPARE(none.added->size() + none.removed->size() + none.modified->size(), std::size_t(0));
        QVERIFY_THROWS_EXCEPTION(Error, diffOverlay(map, "A", "no such"));
    }
};

QTEST_GUILESS_MAIN(TestDiffOverlay)
#include "tst_diff_overlay.moc"

// Scenarios: change sets applied to layers, undo/redo, diffs and indicators on hand-made layers whose
// expected values follow from their construction (see scenario_fixtures.hpp).
#include "scenario_fixtures.hpp"

#include "layers/core/error.hpp"
#include "layers/map/indicator_values.hpp"
#include "layers/scenario/scenario_commands.hpp"
#include "layers/scenario/scenario_diff.hpp"
#include "layers/map/scenario_layers.hpp"

#include <QtTest>

#include <cmath>

using namespace polis;
using namespace polis::test;

namespace {

/// fid -> index in a store.
std::map<std::int64_t, std::size_t> byFid(const FeatureStore& store)
{
    std::map<std::int64_t, std::size_t> m;
    for (std::size_t i = 0; i < store.size(); ++i)
        m[store.fid(i)] = i;
    return m;
}

/// Twice the signed area of a closed ring (shoelace): positive when counter-clockwise.
double signedArea2(const std::vector<double>& ring)
{
    double sum = 0;
    for (std::size_t i = 0; i + 3 < ring.size(); i += 2)
        sum += ring[i] * ring[i + 3] - ring[i + 2] * ring[i + 1];
    return sum;
}

FeatureChange change(FeatureChange::Op op, std::optional<Geometry> g = std::nullopt, Attributes a = {})
{
    return FeatureChange{op, std::move(g), std::move(a)};
}

} // namespace

class TestScenario : public QObject
{
    Q_OBJECT

private slots:
    void applyShowsAddedModifiedRemovedAndSharesUntouchedLayers()
    {
        const MapContent map = makeCity();
        ChangeSet changes;
        changes.set("schools", 2, change(FeatureChange::Op::Remove));
        changes.set("schools", 3, change(FeatureChange::Op::Modify, Geometry::point(42, 43), {{"name", std::string("moved")}}));
        changes.set("schools", 4, change(FeatureChange::Op::Modify, std::nullopt, {{"phase", 2.6}, {"nosuch", std::int64_t(1)}}));
        changes.set("schools", -1, change(FeatureChange::Op::Add, Geometry::point(7, 8), {{"name", std::string("new")}, {"cost", std::int64_t(5)}}));
        changes.set("roads", 1, change(FeatureChange::Op::Remove)); // a layer the map lacks: ignored

        const std::vector<MapLayer> layers = applyChanges(map.layers, changes);
        QCOMPARE(layers.size(), map.layers.size());
        QCOMPARE(layers[0].features.get(), map.layers[0].features.get()); // fibre untouched: the same store
        QVERIFY(layers[1].features.get() != map.layers[1].features.get());
        QCOMPARE(map.layers[1].features->size(), std::size_t(4)); // the baseline is not changed

        const FeatureStore& s = *layers[1].features;
        const auto index = byFid(s);
        QCOMPARE(index.size(), std::size_t(4)); // 4 - 1 removed + 1 added
        QVERIFY(!index.count(2));
        QCOMPARE(s.ring(s.firstRing(s.firstPart(index.at(3)))).xy[0], 42.0);
        QCOMPARE(s.text(index.at(3), 0), std::string("moved"));
        QCOMPARE(s.number(index.at(3), 1), 3.0);                  // untouched attribute kept
        QCOMPARE(s.number(index.at(4), 1), 3.0);                  // 2.6 into an integer field: rounded
        QCOMPARE(s.text(index.at(4), 0), std::string("f4"));
        QCOMPARE(s.ring(s.firstRing(s.firstPart(index.at(1)))).xy[1], 150.0); // unchanged feature
        QCOMPARE(s.kind(index.at(-1)), GeometryKind::Point);
        QCOMPARE(s.text(index.at(-1), 0), std::string("new"));
        QCOMPARE(s.number(index.at(-1), 2), 5.0); // integer into a real field
        QVERIFY(s.isNull(index.at(-1), 1));
        QCOMPARE(s.extent().xmin, 7.0); // the index covers the added point
    }

    void scenarioLayersByName()
    {
        MapContent map = makeCity();
        map.scenarios.push_back({1, "A", "", {}});
        map.scenarios.back().changes.set("fibre", 1, change(FeatureChange::Op::Remove));
        QCOMPARE(scenarioLayers(map, "baseline")[0].features->size(), std::size_t(1));
        QCOMPARE(scenarioLayers(map, "A")[0].features->size(), std::size_t(0));
        try {
            scenarioLayers(map, "B");
            QFAIL("an unknown scenario must throw");
        } catch (const Error& e) {
            const QString message = e.what();
            QVERIFY2(message.contains("\"B\"") && message.contains("baseline, A"), e.what());
        }
    }

    void undoRedoRestoresExactState()
    {
        std::vector<Scenario> scenarios;
        UndoStack stack;
        std::vector<std::vector<Scenario>> states{scenarios};
        auto run = [&](std::unique_ptr<UndoCommand> command) {
            stack.push(std::move(command));
            states.push_back(scenarios);
        };
        // Coordinates that do not survive a float or text round trip unharmed.
        const Geometry first = Geometry::line({0.1, 0.2, 603123.456789012, 3910987.654321098, 1e-9, -7.3});
        const Geometry reshaped = Geometry::polygon({0, 0, 10.000000000000002, 0, 10, 10, 0, 0});
        run(createScenarioCommand(scenarios, "Fibre", "phase 2"));
        const std::int64_t id = scenarios.front().id;
        run(addFeatureCommand(scenarios, id, "fibre", first, {{"name", std::string("ring")}}));
        run(modifyFeatureCommand(scenarios, id, "fibre", -1, reshaped, {{"phase", std::int64_t(2)}}));
        run(modifyFeatureCommand(scenarios, id, "schools", 3, Geometry::point(1.0 / 3.0, 2.0 / 3.0), {}));
        run(deleteFeatureCommand(scenarios, id, "schools", 2));
        run(duplicateScenarioCommand(scenarios, id, "Fibre copy"));
        run(renameScenarioCommand(scenarios, id, "Fibre ring"));
        run(deleteFeatureCommand(scenarios, id, "fibre", -1));
        run(deleteScenarioCommand(scenarios, id));

        QCOMPARE(scenarios.size(), std::size_t(1));
        QCOMPARE(scenarios.front().name, std::string("Fibre copy"));
        const FeatureChange* copied = scenarios.front().changes.find("fibre", -1);
        QVERIFY(copied && copied->geometry == reshaped);
        QCOMPARE(stack.count(), states.size() - 1);
        for (std::size_t i = states.size() - 1; i > 0; --i) {
            QVERIFY(stack.undo());
            QVERIFY2(scenarios == states[i - 1], qPrintable(QString("after undoing step %1").arg(i)));
        }
        QVERIFY(!stack.undo());
        for (std::size_t i = 1; i < states.size(); ++i) {
            QVERIFY(stack.redo());
            QVERIFY2(scenarios == states[i], qPrintable(QString("after redoing step %1").arg(i)));
        }
        QVERIFY(!stack.redo());
        // A new command after undo drops the redo history.
        stack.undo();
        run(createScenarioCommand(scenarios, "Other", ""));
        QVERIFY(!stack.canRedo());
    }

    void commandsRejectBadTargets()
    {
        std::vector<Scenario> scenarios{{1, "A", "", {}}};
        QVERIFY_THROWS_EXCEPTION(Error, createScenarioCommand(scenarios, "A", ""));
        QVERIFY_THROWS_EXCEPTION(Error, createScenarioCommand(scenarios, "baseline", ""));
        QVERIFY_THROWS_EXCEPTION(Error, renameScenarioCommand(scenarios, 1, ""));
        QVERIFY_THROWS_EXCEPTION(Error, deleteScenarioCommand(scenarios, 9));
        QVERIFY_THROWS_EXCEPTION(Error, modifyFeatureCommand(scenarios, 1, "fibre", -5, std::nullopt, {}));
        scenarios[0].changes.set("fibre", 1, change(FeatureChange::Op::Remove));
        QVERIFY_THROWS_EXCEPTION(Error, deleteFeatureCommand(scenarios, 1, "fibre", 1));
    }

    void diffOnConstructedCases()
    {
        ChangeSet a;
        a.set("schools", 1, change(FeatureChange::Op::Remove));
        a.set("schools", 2, change(FeatureChange::Op::Modify, Geometry::point(1, 1)));
        a.set("schools", -1, change(FeatureChange::Op::Add, Geometry::point(5, 5)));
        a.set("fibre", -1, change(FeatureChange::Op::Add, Geometry::line({0, 0, 1, 1})));
        ChangeSet b;
        b.set("schools", 2, change(FeatureChange::Op::Modify, Geometry::point(1, 1))); // same as in A
        b.set("schools", 3, change(FeatureChange::Op::Modify, std::nullopt, {{"name", std::string("x")}}));
        b.set("schools", -1, change(FeatureChange::Op::Add, Geometry::point(6, 6))); // A's -1, moved
        b.set("schools", -2, change(FeatureChange::Op::Add, Geometry::point(7, 7)));
        b.set("fibre", 4, change(FeatureChange::Op::Remove));

        const std::vector<LayerDiff> ab = diffChanges(a, b);
        QCOMPARE(ab.size(), std::size_t(2));
        QCOMPARE(ab[0].layer, std::string("fibre")); // by layer name
        QCOMPARE(ab[0].added, std::vector<std::int64_t>{});
        QCOMPARE(ab[0].removed, (std::vector<std::int64_t>{-1, 4}));
        QCOMPARE(ab[1].added, (std::vector<std::int64_t>{-2, 1}));
        QCOMPARE(ab[1].removed, std::vector<std::int64_t>{});
        QCOMPARE(ab[1].modified, (std::vector<std::int64_t>{-1, 3}));

        const std::vector<LayerDiff> fromBaseline = diffChanges(ChangeSet{}, a);
        QCOMPARE(fromBaseline[1].added, std::vector<std::int64_t>{-1});
        QCOMPARE(fromBaseline[1].removed, std::vector<std::int64_t>{1});
        QCOMPARE(fromBaseline[1].modified, std::vector<std::int64_t>{2});
        QVERIFY(diffChanges(b, b).empty());
    }

    void indicatorsPerScenario()
    {
        MapContent map = makeCity();
        map.indicators.push_back(Indicator::fromJson(R"({"name":"km of fibre","kind":"length_km","layer":"fibre"})"));
        map.indicators.push_back(Indicator::fromJson(
            R"({"name":"schools near fibre","kind":"count","layer":"schools","within":{"layer":"fibre","distance":200}})"));
        map.indicators.push_back(Indicator::fromJson(R"({"name":"cost phase 2","kind":"sum","layer":"schools","field":"cost","where":{"phase":2}})"));
        map.indicators.push_back(Indicator::fromJson(R"({"name":"area","kind":"area_km2","layer":"fibre"})"));
        // Scenario "east": a 1 km spur north-south through (5000, 0) and school 1 renamed out of the where.
        Scenario east{1, "east", "", {}};
        east.changes.set("fibre", -1, change(FeatureChange::Op::Add, Geometry::line({5000, -500, 5000, 500})));
        east.changes.set("schools", 2, change(FeatureChange::Op::Modify, std::nullopt, {{"phase", std::int64_t(7)}}));
        // Scenario "park": the fibre replaced by a 2 km x 0.5 km polygon whose edge passes 150 m from school 2.
        Scenario park{2, "park", "", {}};
        park.changes.set("fibre", 1, change(FeatureChange::Op::Modify, Geometry::polygon({0, 400, 2000, 400, 2000, 900, 0, 900, 0, 400})));
        map.scenarios = {east, park};

        const IndicatorTable t = computeIndicators(map);
        QCOMPARE(t.scenarios, (std::vector<std::string>{"baseline", "east", "park"}));
        QVERIFY(t.errors.empty());
        QCOMPARE(t.values[0], (std::vector<double>{3.0, 4.0, 0.0}));
        QCOMPARE(t.values[1], (std::vector<double>{2.0, 3.0, 1.0})); // (100,150),(3100,100) | +(5000,0) | (100,250) only
        QCOMPARE(t.values[2], (std::vector<double>{2000.0, 0.0, 2000.0}));
        QCOMPARE(t.values[3], (std::vector<double>{0.0, 0.0, 1.0}));

        map.indicators.push_back(Indicator::fromJson(R"({"name":"bad","kind":"count","layer":"nosuch"})"));
        const IndicatorTable bad = computeIndicators(map);
        QVERIFY(std::isnan(bad.values[4][0]));
        QCOMPARE(bad.errors.size(), std::size_t(3));
    }

    void indicatorJson()
    {
        const Indicator i = Indicator::fromJson(
            R"({"name":"Σχολεία","kind":"count","layer":"public_buildings","where":{"kind":"school"},
                "within":{"layer":"fibre_ring","distance":200.5,"where":{"phase":2}}})");
        QCOMPARE(Indicator::fromJson(i.toJson()), i);
        QCOMPARE(i.within->distance, 200.5);
        QCOMPARE(i.within->where.at("phase"), std::string("2"));
        for (const char* bad : {"[]", "{\"kind\":\"count\",\"layer\":\"x\"}", "{\"name\":\"n\",\"kind\":\"avg\",\"layer\":\"x\"}",
                                "{\"name\":\"n\",\"kind\":\"sum\",\"layer\":\"x\"}", "{\"name\":\"n\",\"kind\":\"count\",\"layer\":\"x\",\"colour\":1}",
                                "{\"name\":\"n\",\"kind\":\"count\",\"layer\":\"x\",\"within\":{\"layer\":\"y\"}}"})
            QVERIFY_THROWS_EXCEPTION(Error, Indicator::fromJson(bad));
    }

    void indicatorTitlesInTheReadersLanguage()
    {
        const Indicator i = Indicator::fromJson(
            R"({"name":"Street lights","kind":"count","layer":"lights",
                "names":{"el":"Φωτιστικά οδών","pt_BR":"Postes de luz","pt":"Iluminação"}})");
        QCOMPARE(Indicator::fromJson(i.toJson()), i);
        QCOMPARE(i.titleFor("el_GR"), std::string("Φωτιστικά οδών")); // the language of a locale
        QCOMPARE(i.titleFor("el"), std::string("Φωτιστικά οδών"));
        QCOMPARE(i.titleFor("pt-BR"), std::string("Postes de luz")); // the locale before its language
        QCOMPARE(i.titleFor("pt_PT"), std::string("Iluminação"));
        QCOMPARE(i.titleFor("he_IL"), std::string("Street lights")); // no title: the name
        QCOMPARE(i.titleFor("C"), std::string("Street lights"));
        for (const char* bad : {R"({"name":"n","kind":"count","layer":"x","names":["el"]})",
                                R"({"name":"n","kind":"count","layer":"x","names":{"el":""}})",
                                R"({"name":"n","kind":"count","layer":"x","names":{"el":3}})"})
            QVERIFY_THROWS_EXCEPTION(Error, Indicator::fromJson(bad));

        // The table shows the title of the default locale's language and keeps the name for scripts.
        MapContent map = makeCity();
        map.indicators = {Indicator::fromJson(R"j({"name":"km of fibre","kind":"length_km","layer":"fibre",
                                                  "names":{"el":"Οπτική ίνα (km)"}})j")};
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Greek, QLocale::Greece));
        const IndicatorTable greek = computeIndicators(map);
        QLocale::setDefault(QLocale(QLocale::Latvian, QLocale::Latvia));
        const IndicatorTable latvian = computeIndicators(map);
        QLocale::setDefault(before);
        QCOMPARE(greek.indicators, std::vector<std::string>{"Οπτική ίνα (km)"});
        QCOMPARE(greek.keys, std::vector<std::string>{"km of fibre"});
        QCOMPARE(latvian.indicators, std::vector<std::string>{"km of fibre"});
    }

    void rectangleFromTwoCorners()
    {
        // Corners given top-right first: the ring still starts at the minimum corner and runs counter-clockwise.
        const Geometry r = Geometry::rectangle(603050, 3910020, 603000, 3910000);
        QCOMPARE(r.kind, GeometryKind::Polygon);
        QCOMPARE(r.parts.size(), std::size_t(1));
        QCOMPARE(r.parts[0].size(), std::size_t(1));
        const std::vector<double> expected{603000, 3910000, 603050, 3910000, 603050, 3910020,
                                           603000, 3910020, 603000, 3910000};
        QCOMPARE(r.parts[0][0], expected);
        QCOMPARE(signedArea2(r.parts[0][0]) / 2, 50.0 * 20.0);
    }

    void circleWithinChordError()
    {
        const double cx = 603000, cy = 3910000, radius = 100, error = 0.5;
        const Geometry c = Geometry::circle(cx, cy, radius, error);
        QCOMPARE(c.kind, GeometryKind::Polygon);
        const std::vector<double>& ring = c.parts.at(0).at(0);
        // Sagitta r(1 - cos(pi/n)): 0.513 m for n = 31, 0.4815 m for n = 32, so 32 segments, 33 points closed.
        QCOMPARE(ring.size(), std::size_t(2 * 33));
        QCOMPARE(ring[0], ring[ring.size() - 2]);
        QCOMPARE(ring[1], ring[ring.size() - 1]);
        QCOMPARE(ring[0], cx + radius); // starts east of the centre
        for (std::size_t i = 0; i < ring.size(); i += 2)
            QVERIFY(std::abs(std::hypot(ring[i] - cx, ring[i + 1] - cy) - radius) < 1e-6);
        const double area = signedArea2(ring) / 2;
        QVERIFY(area > 0); // counter-clockwise, as rectangle() and OGC exteriors
        // The inscribed 32-gon: n/2 r^2 sin(2 pi / n); short of pi r^2 by less than the perimeter times the error.
        // (within 1e-6 relative: the shoelace on Greek Grid coordinates multiplies numbers of 1e12)
        QVERIFY(std::abs(area - 16 * radius * radius * std::sin(2 * M_PI / 32)) < 1e-6 * area);
        QVERIFY(area < M_PI * radius * radius);
        QVERIFY(M_PI * radius * radius - area <= 2 * M_PI * radius * error);
        // A coarse error still gives 8 segments; a fine one is capped at 1024.
        QCOMPARE(Geometry::circle(0, 0, 1, 5).parts[0][0].size(), std::size_t(2 * 9));
        QCOMPARE(Geometry::circle(0, 0, 1e6, 1e-9).parts[0][0].size(), std::size_t(2 * 1025));
        QVERIFY_THROWS_EXCEPTION(GeometryError, Geometry::circle(0, 0, 0, 1));
        QVERIFY_THROWS_EXCEPTION(GeometryError, Geometry::circle(0, 0, 1, std::nan("")));
    }

    void describeScenarioUndoes()
    {
        std::vector<Scenario> scenarios{{1, "A", "old", {}}};
        UndoStack stack;
        stack.push(describeScenarioCommand(scenarios, 1, "new text"));
        QCOMPARE(scenarios[0].description, std::string("new text"));
        stack.undo();
        QCOMPARE(scenarios[0].description, std::string("old"));
        QVERIFY_THROWS_EXCEPTION(Error, describeScenarioCommand(scenarios, 7, "x"));
    }

    void wkbRoundTripAndBadInput()
    {
        const Geometry multi{GeometryKind::Polygon,
                             {{{0, 0, 10, 0, 10, 10, 0, 0}, {1, 1, 2, 1, 2, 2, 1, 1}}, {{20, 20, 30, 20, 30, 30, 20, 20}}}};
        for (const Geometry& g : {multi, Geometry::point(603000.125, 3910000.5), Geometry::line({1, 2, 3, 4}), Geometry{}}) {
            const std::vector<std::uint8_t> wkb = g.toWkb();
            QCOMPARE(Geometry::fromWkb(wkb.data(), wkb.size()), g);
            for (std::size_t cut = 0; cut < wkb.size(); cut += 3) // truncated: an error, never a crash
                if (cut < wkb.size() && g.kind != GeometryKind::None)
                    QVERIFY_THROWS_EXCEPTION(GeometryError, Geometry::fromWkb(wkb.data(), cut));
        }
        // ISO WKB header: byte order 1, type 3 (Polygon), 1 ring.
        const std::vector<std::uint8_t> wkb = multi.toWkb();
        QCOMPARE(int(wkb[0]), 1);
        QCOMPARE(int(wkb[1]), 6); // MultiPolygon
        const std::uint8_t absurd[] = {1, 2, 0, 0, 0, 0xff, 0xff, 0xff, 0x7f};
        QVERIFY_THROWS_EXCEPTION(GeometryError, Geometry::fromWkb(absurd, sizeof absurd));
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"

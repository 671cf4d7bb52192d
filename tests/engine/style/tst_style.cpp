// Styles: class breaks against values computed here independently (by hand, by rank, by brute force over
// every assignment of values to classes), colour ramps against their published stops, classification of
// features, and the style JSON (round trip, the old single-symbol form, rejection naming the key).
#include "layers/core/error.hpp"
#include "layers/style/classification.hpp"
#include "layers/style/color_ramp.hpp"
#include "layers/map/planning_layer.hpp"

#include <QtTest>

#include <cmath>
#include <limits>
#include <random>

using namespace polis;

namespace {

// Style JSON fixtures live out here: moc's tokenizer trips over '#' inside raw strings in a class body.
const char* const kOldSingle = R"({"type":"single","fill":"#EDE6D6","stroke":"#9C8F78","stroke_width":1.0,)"
                               R"("marker":"circle","marker_size":6})";
// Each holds one key that is not known where it stands; the second member is that key.
const std::pair<const char*, const char*> kUnknownKeys[] = {
    {R"({"fill":"#ffffff","colour":"#000000"})", "colour"},
    {R"({"type":"raster","fill":"#ffffff"})", "fill"},
    {R"({"type":"single","field":"a"})", "field"},
    {R"({"type":"categorized","field":"a","categories":[{"value":"x","size":3}]})", "size"},
    {R"({"type":"graduated","field":"a","ranges":[{"lower":0,"upper":1,"value":"x"}]})", "value"},
    {R"({"type":"single","labels":{"field":"n","font":"Sans"}})", "font"},
    {R"({"type":"categorized","field":"a","ranges":[]})", "ranges"},
    {R"({"modifiers":{"field":"s","values":[{"value":"x","colour":"#000000"}]}})", "colour"},
    {R"({"type":"raster","modifiers":{"field":"s","values":[]}})", "modifiers"},
};
const std::pair<const char*, const char*> kBadValues[] = {
    {R"({"type":"categorized","categories":[]})", "field"},
    {R"({"type":"graduated","field":"a","ranges":[{"lower":0}]})", "ranges"},
    {R"({"type":"graduated","field":"a","ranges":[{"lower":"0","upper":1}]})", "lower"},
    {R"({"type":"categorized","field":"a","categories":{}})", "categories"},
    {R"({"type":"single","labels":{"field":"n","color":"black"}})", "color"},
    {R"({"stroke_width":"2"})", "stroke_width"},
    {R"({"modifiers":{"values":[]}})", "field"},
    {R"({"modifiers":{"field":"s","values":[{"value":"x","opacity":1.5}]}})", "opacity"},
    {R"({"modifiers":{"field":"s","values":[{"value":"x","fill_tint":-1}]}})", "fill_tint"},
    {R"({"dash":[2]})", "dash"},
    {R"({"modifiers":{"field":"s","values":[{"value":"x","dash":[2,0]}]}})", "dash"},
};

// A categorized style as projects saved it before modifiers existed (no "modifiers", no "dash").
const char* const kOldCategorized = R"({"type":"categorized","field":"kind","fill":"#9e9e9e","stroke":"#616161",)"
                                    R"("stroke_width":1,"marker":"circle","marker_size":6,"categories":[{"value":)"
                                    R"("park","fill":"#2e7d32","stroke":"#2e7d32","stroke_width":3,)"
                                    R"("marker":"circle","marker_size":9}]})";

/// Least sum of squared deviations over every assignment of `v` to k non-empty classes (k^n of them),
/// and the class bounds (largest value of each class but the last) of the best one.
std::pair<double, std::vector<double>> bruteForceJenks(const std::vector<double>& v, int k)
{
    const std::size_t n = v.size();
    std::size_t total = 1;
    for (std::size_t i = 0; i < n; ++i)
        total *= std::size_t(k);
    double best = std::numeric_limits<double>::infinity();
    std::vector<double> bounds;
    std::vector<int> label(n);
    for (std::size_t code = 0; code < total; ++code) {
        std::size_t c = code;
        for (std::size_t i = 0; i < n; ++i, c /= std::size_t(k))
            label[i] = int(c % std::size_t(k));
        std::vector<double> sum(std::size_t(k), 0), count(std::size_t(k), 0), max(std::size_t(k), -1e300);
        for (std::size_t i = 0; i < n; ++i) {
            sum[std::size_t(label[i])] += v[i];
            count[std::size_t(label[i])] += 1;
            max[std::size_t(label[i])] = std::max(max[std::size_t(label[i])], v[i]);
        }
        if (std::find(count.begin(), count.end(), 0.0) != count.end())
            continue;
        double ssd = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const double mean = sum[std::size_t(label[i])] / count[std::size_t(label[i])];
            ssd += (v[i] - mean) * (v[i] - mean);
        }
        if (ssd < best - 1e-9) {
            best = ssd;
            std::sort(max.begin(), max.end());
            bounds.assign(max.begin(), max.end() - 1);
        }
    }
    return {best, bounds};
}

std::shared_ptr<FeatureStore> pointsWith(const std::vector<std::vector<AttributeValue>>& rows)
{
    auto s = std::make_shared<FeatureStore>(
        std::vector<Field>{{"use", FieldType::String}, {"pop", FieldType::Integer}, {"ratio", FieldType::Real}});
    for (std::size_t i = 0; i < rows.size(); ++i) {
        s->beginFeature(std::int64_t(i), GeometryKind::Point);
        s->beginPart();
        s->beginRing();
        s->addPoint(double(i), 0);
        for (std::size_t f = 0; f < rows[i].size(); ++f)
            s->setAttribute(f, rows[i][f]);
        s->endFeature();
    }
    s->finish();
    return s;
}

void expectError(const char* json, const char* key)
{
    try {
        styleFromJson(json);
        QFAIL(json);
    } catch (const Error& e) {
        QVERIFY2(std::string(e.what()).find(std::string("\"") + key + '"') != std::string::npos,
                 (std::string(json) + " -> " + e.what()).c_str());
    }
}

} // namespace

class TestStyle : public QObject
{
    Q_OBJECT

private slots:
    void equalInterval()
    {
        // By hand: 0 .. 10 in five classes of width 2.
        const auto b = classBreaks({10, 0, 3, 7, std::nan("")}, 5, BreakMethod::EqualInterval);
        QCOMPARE(b, (std::vector<double>{0, 2, 4, 6, 8, 10}));
        QCOMPARE(classBreaks({}, 3, BreakMethod::EqualInterval), std::vector<double>{});
        QCOMPARE(classBreaks({4, 4, 4}, 3, BreakMethod::EqualInterval), (std::vector<double>{4, 4}));
        QCOMPARE(classBreaks({1, 2}, 40, BreakMethod::EqualInterval).size(), std::size_t(33)); // 32 classes at most
    }

    void quantile()
    {
        // 1..10 in four classes: ranks ceil(2.5) = 3, 5, ceil(7.5) = 8.
        QCOMPARE(classBreaks({10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, 4, BreakMethod::Quantile),
                 (std::vector<double>{1, 3, 5, 8, 10}));
        // Ranks 2 and 4 of {1,1,1,1,2,9} are both 1: one class [1, 1] of the four 1s, then (1, 9].
        QCOMPARE(classBreaks({1, 1, 1, 1, 2, 9}, 3, BreakMethod::Quantile), (std::vector<double>{1, 1, 9}));
        // Rank 1 of three values is the minimum: a class of it alone.
        QCOMPARE(classBreaks({500, 5, 50}, 3, BreakMethod::Quantile), (std::vector<double>{5, 5, 50, 500}));
    }

    void naturalBreaksAreOptimal_data()
    {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<int>("classes");
        QTest::newRow("clusters") << std::vector<double>{1, 2, 4, 5, 7, 9, 10, 20, 21, 22, 30, 31} << 3;
        QTest::newRow("skewed") << std::vector<double>{0.5, 0.7, 1.1, 1.2, 3.9, 4.0, 4.4, 12.5, 13, 40} << 4;
        QTest::newRow("uniform") << std::vector<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 2;
    }

    void naturalBreaksAreOptimal()
    {
        QFETCH(std::vector<double>, values);
        QFETCH(int, classes);
        const auto [best, bounds] = bruteForceJenks(values, classes);
        const std::vector<double> b = classBreaks(values, classes, BreakMethod::NaturalBreaks);
        QCOMPARE(b.size(), std::size_t(classes) + 1);
        QCOMPARE(b.front(), *std::min_element(values.begin(), values.end()));
        QCOMPARE(b.back(), *std::max_element(values.begin(), values.end()));
        QCOMPARE(std::vector<double>(b.begin() + 1, b.end() - 1), bounds);
    }

    void naturalBreaksOnALargeSample()
    {
        // Three clusters far apart in 20000 values: the sample keeps the extremes and finds the gaps.
        std::mt19937 random(7);
        std::vector<double> values;
        for (double centre : {10.0, 500.0, 2000.0}) {
            std::uniform_real_distribution<double> d(centre - 5, centre + 5);
            for (int i = 0; i < 6000 + int(centre); ++i)
                values.push_back(d(random));
        }
        const std::vector<double> b = classBreaks(values, 3, BreakMethod::NaturalBreaks);
        QCOMPARE(b.size(), std::size_t(4));
        QCOMPARE(b.front(), *std::min_element(values.begin(), values.end()));
        QCOMPARE(b.back(), *std::max_element(values.begin(), values.end()));
        QVERIFY2(b[1] > 10 && b[1] <= 15 && b[2] > 500 && b[2] <= 505, qPrintable(QString::number(b[1])));
    }

    void colourRamps()
    {
        const ColorRamp blues = ColorRamp::named("Blues");
        QCOMPARE(blues.at(0).name(), std::string("#eff3ff"));
        QCOMPARE(blues.at(1).name(), std::string("#08519c"));
        QCOMPARE(blues.at(2).name(), std::string("#08519c")); // clamped
        // Halfway between the first two of five stops: (#eff3ff + #bdd7e7) / 2.
        QVERIFY(blues.at(0.125) == (Color{214, 229, 243}));
        const std::vector<Color> five = ColorRamp::named("YlOrRd").colors(5);
        QCOMPARE(five.front().name(), std::string("#ffffb2"));
        QCOMPARE(five[2].name(), std::string("#fd8d3c"));
        QCOMPARE(five.back().name(), std::string("#bd0026"));
        const std::vector<Color> set = ColorRamp::named("Set1").colors(10);
        QVERIFY(set[0] == set[8] && !(set[0] == set[1]));
        QVERIFY(ColorRamp::names().size() >= 5);
        QVERIFY_THROWS_EXCEPTION(Error, ColorRamp::named("Rainbow"));
    }

    void classifiesFeatures()
    {
        const auto store = pointsWith({{std::string("park"), std::int64_t(10), 0.5},
                                       {std::string("road"), std::int64_t(250), 1.25},
                                       {std::string("park"), std::int64_t(40), AttributeValue{}},
                                       {AttributeValue{}, std::int64_t(90), 3.0}});
        Style base;
        const Style cat = categorizedStyle(base, *store, "use", "Set1");
        QCOMPARE(cat.categories.size(), std::size_t(2));
        QCOMPARE(cat.categories[0].value, std::string("park"));
        QCOMPARE(cat.categories[0].symbol.fill->name(), std::string("#e41a1c"));
        QCOMPARE(cat.categories[1].symbol.fill->name(), std::string("#377eb8"));
        QCOMPARE(classifyFeatures(cat, *store), (std::vector<std::uint16_t>{0, 1, 0, 2})); // null: others
        QCOMPARE(attributeText(*store, 1, 2), std::string("1.25"));
        QCOMPARE(attributeText(*store, 1, 1), std::string("250"));

        const Style grad = graduatedStyle(base, *store, "pop", BreakMethod::EqualInterval, 2, "Reds");
        QCOMPARE(grad.ranges.size(), std::size_t(2));
        QCOMPARE(grad.ranges[0].lower, 10.0);
        QCOMPARE(grad.ranges[0].upper, 130.0);
        QCOMPARE(grad.method, std::string("equal_interval"));
        QCOMPARE(classifyFeatures(grad, *store), (std::vector<std::uint16_t>{0, 1, 0, 0}));
        const Style byInteger = categorizedStyle(base, *store, "pop", "Set1");
        QCOMPARE(byInteger.categories[0].value, std::string("10"));
        QVERIFY(classifyFeatures(Style{}, *store).empty());
        QVERIFY_THROWS_EXCEPTION(Error, graduatedStyle(base, *store, "use", BreakMethod::Quantile, 3, "Reds"));
        QVERIFY_THROWS_EXCEPTION(Error, categorizedStyle(base, *store, "nope", "Set1"));
        QVERIFY_THROWS_EXCEPTION(Error, categorizedStyle(base, *store, "use", "Nope"));
    }

    void jsonRoundTrip()
    {
        const auto store = pointsWith({{std::string("α"), std::int64_t(1), 0.5}, {std::string("β"), std::int64_t(7), 2.0}});
        Style base;
        base.labels = {"use", 11, Color{0x10, 0x20, 0x30}, Color{0xff, 0xff, 0xff, 0xc0}, 2.5};
        for (const Style& s : {categorizedStyle(base, *store, "use", "Set1"),
                               graduatedStyle(base, *store, "ratio", BreakMethod::NaturalBreaks, 2, "Viridis"), base}) {
            const std::string json = styleToJson(s);
            const Style back = styleFromJson(json);
            QVERIFY2(back == s, json.c_str());
            QCOMPARE(styleToJson(back), json);
        }
        const Style old = styleFromJson(kOldSingle);
        QVERIFY(old.type == Style::Type::Single);
        QVERIFY(old.fill == (Color{0xed, 0xe6, 0xd6}));
        QVERIFY(!old.labels.enabled());
    }

    void modifiersCombineWithClasses()
    {
        const auto store = pointsWith({{std::string("park"), std::int64_t(10), 0.5},
                                       {std::string("road"), std::int64_t(250), 1.25},
                                       {std::string("park"), std::int64_t(40), AttributeValue{}},
                                       {AttributeValue{}, std::int64_t(90), 3.0}});
        Style style = categorizedStyle(Style{}, *store, "use", "Set1");
        style.modifierField = "pop";
        style.modifiers.resize(2);
        style.modifiers[0].value = "10";
        style.modifiers[0].fillTint = 0.5;
        style.modifiers[1].value = "250";
        style.modifiers[1].opacity = 0.35;
        style.modifiers[1].stroke = Color{0x21, 0x21, 0x21};
        style.modifiers[1].dash = {2, 1};
        QCOMPARE(style.symbolCount(), std::size_t(9)); // 2 categories + others, each with 2 modifiers + none
        // class x 3 + modifier: (park, 10) 0+0, (road, 250) 3+1, (park, 40) 0+2 (no modifier), (null, 90) 6+2.
        QCOMPARE(classifyFeatures(style, *store), (std::vector<std::uint16_t>{0, 4, 2, 8}));
        // Set1's red #e41a1c halfway to white: 0xe4 + (255 - 0xe4) / 2 = 241.5 -> 242, 0x1a -> 140.5 -> 141,
        // 0x1c -> 141.5 -> 142 (halves round away from zero); the outline keeps its colour.
        const Symbol tinted = style.drawnSymbol(0);
        QVERIFY(tinted.fill == (Color{242, 141, 142}));
        QVERIFY(tinted.stroke == style.categories[0].symbol.stroke);
        QVERIFY(tinted.dash.empty());
        // Set1's blue #377eb8 at 35 %: alpha 255 x 0.35 = 89.25 -> 89 on fill and the replaced outline.
        const Symbol faded = style.drawnSymbol(4);
        QVERIFY(faded.fill == (Color{0x37, 0x7e, 0xb8, 89}));
        QVERIFY(faded.stroke == (Color{0x21, 0x21, 0x21, 89}));
        QCOMPARE(faded.dash, (std::vector<double>{2, 1}));
        QVERIFY(style.drawnSymbol(2) == style.categories[0].symbol);
        QVERIFY(style.drawnSymbol(8) == static_cast<const Symbol&>(style));
        // A single style with modifiers classifies by modifier alone.
        Style single;
        single.modifierField = "use";
        single.modifiers.resize(1);
        single.modifiers[0].value = "road";
        QCOMPARE(classifyFeatures(single, *store), (std::vector<std::uint16_t>{1, 0, 1, 1}));
    }

    void jsonRoundTripWithModifiers()
    {
        const Style planning = planningStyle();
        QCOMPARE(planning.modifierCount(), std::size_t(4));
        const std::string json = styleToJson(planning);
        QVERIFY2(json.find(R"("modifiers":{"field":"status")") != std::string::npos, json.c_str());
        const Style back = styleFromJson(json);
        QVERIFY2(back == planning, json.c_str());
        QCOMPARE(styleToJson(back), json);
        QCOMPARE(back.modifiers[0].dash, (std::vector<double>{2, 1}));
        QVERIFY(back.modifiers[2].stroke == (Color{0x9e, 0x9e, 0x9e}));
        // A style without modifiers and dashes writes neither key: older readers still read it.
        Style plain = planning;
        plain.modifierField.clear();
        plain.modifiers.clear();
        const std::string plainJson = styleToJson(plain);
        QVERIFY2(plainJson.find("modifiers") == std::string::npos && plainJson.find("dash") == std::string::npos,
                 plainJson.c_str());
        // Old JSON reads as before: no modifiers, so one symbol per class.
        const Style old = styleFromJson(kOldCategorized);
        QVERIFY(old.modifierField.empty() && old.modifiers.empty());
        QCOMPARE(old.symbolCount(), std::size_t(2));
        QVERIFY(old.categories[0].symbol.fill == (Color{0x2e, 0x7d, 0x32}));
        QVERIFY(old.categories[0].symbol.dash.empty());
    }

    void jsonRejectsUnknownKeysAndBadValues()
    {
        for (const auto& [json, key] : kUnknownKeys)
            expectError(json, key);
        for (const auto& [json, key] : kBadValues)
            expectError(json, key);
    }
};

QTEST_MAIN(TestStyle)
#include "tst_style.moc"

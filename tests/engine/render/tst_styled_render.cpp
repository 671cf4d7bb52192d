// Categorized, graduated and labelled layers through MapRenderer, on stores built here (render_fixtures.hpp:
// 10 m per pixel, so the pixels each feature covers are known from its construction).
#include "render_fixtures.hpp"

#include "layers/map/planning_layer.hpp"
#include "layers/render/label_painter.hpp"
#include "layers/style/classification.hpp"

#include <QPainter>
#include <QtTest>

#include <cmath>

#include <random>

using namespace polis;
using namespace polis::test;

namespace {

const Color kGreen{0, 160, 0}, kLabel{0, 0, 255};

/// Three squares: "park" (pop 5) at 10..30, "road" (pop 50) at 40..60, "farm" (pop 500) at 70..90.
std::shared_ptr<FeatureStore> squares()
{
    return rects({{{10, 40, 20, 20}}, {{40, 40, 20, 20}}, {{70, 40, 20, 20}}}, 10,
                 {{"use", FieldType::String}, {"pop", FieldType::Integer}},
                 {{std::string("park"), std::int64_t(5)},
                  {std::string("road"), std::int64_t(50)},
                  {std::string("farm"), std::int64_t(500)}});
}

Symbol filled(Color c)
{
    Symbol s;
    s.fill = c;
    s.stroke = c;
    s.strokeWidth = 0;
    return s;
}

/// Points at pixel positions with a "name" each, drawn invisibly (no marker): only their labels show.
MapLayer labelledPoints(const std::vector<std::pair<QPointF, std::string>>& points, double size = 14)
{
    auto s = std::make_shared<FeatureStore>(std::vector<Field>{{"name", FieldType::String}});
    for (std::size_t i = 0; i < points.size(); ++i) {
        s->beginFeature(std::int64_t(i), GeometryKind::Point);
        s->beginPart();
        s->beginRing();
        s->addPoint(mapX(points[i].first.x()), mapY(points[i].first.y()));
        s->setAttribute(0, points[i].second);
        s->endFeature();
    }
    s->finish();
    MapLayer l = layer(s, kWhite);
    l.style.fill.reset();
    l.style.markerSize = 0;
    l.style.labels = {"name", size, kLabel, kWhite, 1.5};
    return l;
}

/// Pixels of `img` in the label colour (within a tolerance for antialiasing) inside `area`.
int labelPixels(const QImage& img, const QRect& area = QRect(0, 0, 100000, 100000))
{
    int n = 0;
    const QRect r = area.intersected(img.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += is(img, x, y, kLabel, 60);
    return n;
}

/// A dense labelled district in pixel units of a 10 m/px frame: 900 buildings of 3 to 30 px on a
/// 600 x 600 px square, named from 40 values (repeated, as streets' names are), seeded.
MapLayer district()
{
    std::mt19937 rng(7);
    std::vector<std::vector<Rect>> polygons;
    std::vector<std::vector<AttributeValue>> rows;
    for (int i = 0; i < 900; ++i) {
        const double w = 3 + rng() % 28, h = 3 + rng() % 28;
        polygons.push_back({{double(rng() % 600), double(rng() % 600), w, h}});
        rows.push_back({std::string("Οδός ") + std::to_string(rng() % 40)});
    }
    MapLayer l = layer(rects(polygons, 10, {{"name", FieldType::String}}, rows), kGreen);
    l.style.labels = {"name", 9, kLabel, kWhite, 1.5};
    return l;
}

/// The placed labels of a request's frame (as MapRenderer places them), as their boxes.
std::vector<QRectF> placedBoxes(const RenderRequest& r)
{
    const Extent fitted = MapRenderer::fitExtent(r.extent, r.width, r.height);
    const detail::FrameLabels labels = detail::placeLabels(detail::ViewTransform::of(fitted, r.width),
                                                           QSize(r.width, r.height), r.pixelRatio, r.layers, nullptr, false);
    std::vector<QRectF> boxes;
    for (const auto& l : labels.layers)
        for (const auto& label : l.labels)
            boxes.push_back(label.box);
    return boxes;
}

RenderRequest panned(RenderRequest r, double dxPx, double dyPx)
{
    r.extent = Extent::of(r.extent.xmin + 10 * dxPx, r.extent.ymin - 10 * dyPx, r.extent.xmax + 10 * dxPx,
                          r.extent.ymax - 10 * dyPx);
    return r;
}

} // namespace

class TestStyledRender : public QObject
{
    Q_OBJECT

private slots:
    void categorizedColoursAtTheirFeatures()
    {
        MapLayer l = layer(squares(), kGreen);
        l.style.type = Style::Type::Categorized;
        l.style.field = "use";
        l.style.categories = {{"park", filled(kRed)}, {"road", filled(kBlue)}};
        const QImage img = MapRenderer::render(request({l}));
        PIXEL(img, 20, 50, kRed);
        PIXEL(img, 50, 50, kBlue);
        PIXEL(img, 80, 50, kGreen); // "farm" has no category: the base symbol
        PIXEL(img, 50, 20, kWhite);
        // A colour-only change reuses the cached classes and still shows the new colours.
        l.style.categories[0].symbol = filled(kBlue);
        PIXEL(MapRenderer::render(request({l})), 20, 50, kBlue);
    }

    void graduatedColoursAtTheirFeatures()
    {
        MapLayer l = layer(squares(), kGreen);
        l.style = graduatedStyle(l.style, *l.features, "pop", BreakMethod::Quantile, 3, "Reds");
        QCOMPARE(l.style.ranges.size(), std::size_t(3));
        const QImage img = MapRenderer::render(request({l}));
        PIXEL(img, 20, 50, *l.style.ranges[0].symbol.fill);
        PIXEL(img, 50, 50, *l.style.ranges[1].symbol.fill);
        PIXEL(img, 80, 50, *l.style.ranges[2].symbol.fill);
        QCOMPARE(l.style.ranges[0].symbol.fill->name(), std::string("#fee5d9"));
        QCOMPARE(l.style.ranges[2].symbol.fill->name(), std::string("#a50f15"));
    }

    void subPixelFeaturesTakeTheirClassColour()
    {
        auto tiny = rects({{{20.4, 20.4, 0.2, 0.2}}, {{60.4, 20.4, 0.2, 0.2}}}, 10, {{"use", FieldType::String}},
                          {{std::string("park")}, {std::string("road")}});
        MapLayer l = layer(tiny, kGreen);
        l.style.type = Style::Type::Categorized;
        l.style.field = "use";
        l.style.categories = {{"park", filled(kRed)}, {"road", filled(kBlue)}};
        RenderStats stats;
        const QImage img = MapRenderer::render(request({l}), nullptr, &stats);
        QCOMPARE(stats.featuresAsPixel, std::size_t(2));
        PIXEL(img, 20, 20, kRed);
        PIXEL(img, 60, 20, kBlue);
    }

    void statusModifiersDrawnOverTheKindColour()
    {
        // Three parks at 10..30, 40..60 and 70..90 px (rows 40..60): rejected, built and proposed, drawn with
        // the planning style's status modifiers over a red park symbol with a 2 px outline.
        auto parks = rects({{{10, 40, 20, 20}}, {{40, 40, 20, 20}}, {{70, 40, 20, 20}}}, 10,
                           {{"kind", FieldType::String}, {"status", FieldType::String}},
                           {{std::string("park"), std::string("rejected")},
                            {std::string("park"), std::string("built")},
                            {std::string("park"), std::string("proposed")}});
        MapLayer l = layer(parks, kGreen);
        l.style.type = Style::Type::Categorized;
        l.style.field = "kind";
        Symbol park = filled(kRed);
        park.strokeWidth = 2;
        l.style.categories = {{"park", park}};
        l.style.modifierField = "status";
        l.style.modifiers = planningStyle().modifiers;
        const QImage img = MapRenderer::render(request({l}));
        // Rejected: 35 % opacity, alpha 255 x 0.35 = 89.25 -> 89; red over the white background keeps red
        // 255 and leaves 255 x (255 - 89) / 255 = 166 of green and blue.
        QVERIFY2(is(img, 20, 50, Color{255, 166, 166}, 1), qPrintable(rgb(img, 20, 50)));
        // Built: solid red inside, the dark outline #212121 over the boundary at x = 40 (pixels 39 and 40).
        PIXEL(img, 50, 50, kRed);
        QVERIFY2(is(img, 40, 50, Color{0x21, 0x21, 0x21}, 2), qPrintable(rgb(img, 40, 50)));
        QVERIFY2(is(img, 39, 50, Color{0x21, 0x21, 0x21}, 2), qPrintable(rgb(img, 39, 50)));
        // Proposed: the fill halfway to white, 0 + 255 / 2 = 127.5 -> 128, inside; along the top edge (row 40,
        // inside the outline) red dashes of 4 px with 2 px gaps that show the tinted fill.
        PIXEL(img, 80, 50, (Color{255, 128, 128}));
        int dash = 0, gap = 0;
        for (int x = 72; x < 88; ++x) {
            dash += is(img, x, 40, kRed);
            gap += is(img, x, 40, Color{255, 128, 128});
        }
        QVERIFY2(dash >= 6 && gap >= 3, qPrintable(QString("%1 dash, %2 gap pixels").arg(dash).arg(gap)));
    }

    void labelsAreDrawnNearTheirFeature()
    {
        const QImage img = MapRenderer::render(request({labelledPoints({{{20, 50}, "Knossos"}})}));
        // Right of the point, vertically centred on it; nothing on the left or far below.
        QVERIFY2(labelPixels(img, QRect(20, 38, 80, 24)) > 20, qPrintable(QString::number(labelPixels(img))));
        QCOMPARE(labelPixels(img, QRect(0, 0, 19, 100)), 0);
        QCOMPARE(labelPixels(img, QRect(0, 70, 100, 30)), 0);
        // The halo: white around the text, even over a dark layer drawn below.
        MapLayer dark = layer(rects({{{0, 0, 100, 100}}}), Color{0, 0, 0});
        const QImage over = MapRenderer::render(request({dark, labelledPoints({{{20, 50}, "Knossos"}})}));
        int white = 0;
        for (int y = 38; y < 62; ++y)
            for (int x = 20; x < 100; ++x)
                white += is(over, x, y, kWhite, 30);
        QVERIFY(white > 20);
        QVERIFY(labelPixels(over, QRect(20, 38, 80, 24)) > 20);
    }

    void polygonAndLineLabels()
    {
        MapLayer square = layer(rects({{{30, 30, 40, 40}}}, 10, {{"name", FieldType::String}}, {{std::string("Ω")}}), kWhite);
        square.style.labels = {"name", 20, kLabel, kWhite, 0};
        const QImage img = MapRenderer::render(request({square}));
        QVERIFY(labelPixels(img, QRect(40, 40, 20, 20)) > 10); // at the centre of the box
        QCOMPARE(labelPixels(img, QRect(0, 0, 100, 35)), 0);
    }

    void overlappingLabelsMoveAroundTheirPoint()
    {
        // Two points 3 px apart: the second label would overlap the first on its right, so it goes to the
        // left of its point; five labels at one point fill its four places (right, left, above, below) and
        // the fifth is skipped.
        const QImage alone = MapRenderer::render(request({labelledPoints({{{40, 50}, "Alpha"}})}));
        QCOMPARE(labelPixels(alone, QRect(0, 0, 39, 100)), 0);
        const QImage both = MapRenderer::render(request({labelledPoints({{{40, 50}, "Alpha"}, {{42, 52}, "Omega"}})}));
        QVERIFY(labelPixels(both, QRect(0, 0, 38, 100)) > 20); // Omega, left of its point
        QCOMPARE(both.copy(41, 0, 59, 100), alone.copy(41, 0, 59, 100)); // Alpha alone on the right
        RenderStats stats;
        MapRenderer::render(request({labelledPoints({{{100, 100}, "A"}, {{100, 100}, "B"}, {{100, 100}, "C"},
                                                     {{100, 100}, "D"}, {{100, 100}, "E"}})}, 200, 200),
                            nullptr, &stats);
        QCOMPARE(stats.labelsDrawn, std::size_t(4));
        // Far apart, both are drawn.
        const QImage apart = MapRenderer::render(request({labelledPoints({{{5, 20}, "Alpha"}, {{5, 80}, "Omega"}})}));
        QVERIFY(labelPixels(apart, QRect(0, 0, 100, 50)) > 20);
        QVERIFY(labelPixels(apart, QRect(0, 50, 100, 50)) > 20);
    }

    void labelsKeepOffMarkers()
    {
        // A marker of another layer right of a labelled point (the city hall beside the city's name): the
        // label goes to the left of its point instead of hiding the marker.
        MapLayer marker = labelledPoints({{{60, 50}, ""}});
        marker.style.fill = Color{0x20, 0xa0, 0x20};
        marker.style.markerSize = 8;
        const QImage free = MapRenderer::render(request({labelledPoints({{{50, 50}, "Alpha"}})}));
        QVERIFY(labelPixels(free, QRect(51, 38, 49, 24)) > 20); // on the right when nothing is there
        const QImage img = MapRenderer::render(request({marker, labelledPoints({{{50, 50}, "Alpha"}})}));
        QCOMPARE(labelPixels(img, QRect(51, 38, 49, 24)), 0);
        QVERIFY(labelPixels(img, QRect(0, 38, 49, 24)) > 20);
        QVERIFY(is(img, 60, 50, Color{0x20, 0xa0, 0x20}, 30)); // the marker shows
    }

    void labelsSharingAValueAreDrawnAlike()
    {
        // The text is shaped once for both: the second copy is the first one moved by 100 px.
        const QImage img = MapRenderer::render(
            request({labelledPoints({{{10, 30}, "Knossos"}, {{10, 130}, "Knossos"}})}, 200, 200));
        QVERIFY(labelPixels(img, QRect(0, 10, 200, 40)) > 20);
        QCOMPARE(img.copy(0, 10, 200, 40), img.copy(0, 110, 200, 40));
        const QImage alone = MapRenderer::render(request({labelledPoints({{{10, 30}, "Knossos"}})}, 200, 200));
        QCOMPARE(img.copy(0, 0, 200, 100), alone.copy(0, 0, 200, 100));
    }

    void labelsCollideOnTheirExactWidth()
    {
        // The top layer's "Alpha" is placed first; "Omega" right of its point ends just left of Alpha's box
        // (1.5 px halos, the text 3.5 px from the anchor, 14 pt = 19 px text). When the boxes overlap by 1 px
        // Omega goes to the left of its point, when 1 px apart it stays on the right: only its far end
        // decides, which a width estimate from below does not reach.
        QFont font;
        font.setPixelSize(19);
        const double omega = QFontMetricsF(font).horizontalAdvance(QStringLiteral("Omega"));
        const MapLayer alpha = labelledPoints({{{150, 50}, "Alpha"}});
        const double alphaLeft = 150 + 2;
        auto anchorEndingAt = [&](double right) { return right - 5 - omega; };
        auto omegaEndingAt = [&](double right) { return labelledPoints({{{anchorEndingAt(right), 50}, "Omega"}}); };
        const QImage top = MapRenderer::render(request({alpha}, 300, 100));
        auto rightOfOmega = [&](const QImage& img, double right) {
            const int from = int(std::ceil(anchorEndingAt(right))) + 4;
            return labelPixels(img, QRect(from, 0, int(alphaLeft) - 2 - from, 100));
        };
        const QImage overlapping = MapRenderer::render(request({omegaEndingAt(alphaLeft + 1), alpha}, 300, 100));
        QCOMPARE(rightOfOmega(overlapping, alphaLeft + 1), 0);
        QCOMPARE(overlapping.copy(152, 0, 148, 100), top.copy(152, 0, 148, 100));
        const QImage apart = MapRenderer::render(request({omegaEndingAt(alphaLeft - 1), alpha}, 300, 100));
        QVERIFY(rightOfOmega(apart, alphaLeft - 1) > 20);
        QCOMPARE(apart.copy(152, 0, 148, 100), top.copy(152, 0, 148, 100));
    }

    void labelsAfterAPanAsInAFreshRender()
    {
        // The label candidates are kept per store between frames; a frame drawn after others (zoomed out,
        // then panned) must place what a first frame of the same view places: a copy of the store has no
        // cached candidates.
        const MapLayer warm = district();
        MapLayer fresh = warm;
        fresh.features = std::make_shared<FeatureStore>(*warm.features);
        const RenderRequest start = request({warm}, 300, 300);
        RenderRequest zoomedOut = start;
        zoomedOut.extent = Extent::of(kX0, kY0 - 5000, kX0 + 6000, kY0 + 1000);
        MapRenderer::render(zoomedOut);
        MapRenderer::render(start);
        const RenderRequest after = panned(start, 70, 45);
        const QImage warmImage = MapRenderer::render(after);
        const std::vector<QRectF> warmBoxes = placedBoxes(after);
        RenderRequest first = after;
        first.layers = {fresh};
        QCOMPARE(placedBoxes(first), warmBoxes);
        QCOMPARE(MapRenderer::render(first), warmImage);
        QVERIFY2(warmBoxes.size() > 10, qPrintable(QString::number(warmBoxes.size())));
        QVERIFY(placedBoxes(start) != warmBoxes); // the pan moved them
        RenderStats stats;
        MapRenderer::render(after, nullptr, &stats);
        QCOMPARE(stats.labelsDrawn, warmBoxes.size());
    }

    void placedLabelsNeverOverlap()
    {
        for (const RenderRequest& r : {request({district()}, 300, 300), panned(request({district()}, 300, 300), 133, 71)}) {
            const Extent fitted = MapRenderer::fitExtent(r.extent, r.width, r.height);
            const detail::FrameLabels labels = detail::placeLabels(
                detail::ViewTransform::of(fitted, r.width), QSize(r.width, r.height), 1.0, r.layers, nullptr, false);
            std::vector<QRectF> boxes;
            const QFontMetricsF metrics(labels.layers.at(0).font);
            for (const auto& label : labels.layers.at(0).labels) {
                // The box is honest: the text's ink (drawn with its baseline one ascent below the origin) lies
                // inside it.
                const QRectF ink = metrics.tightBoundingRect(label.text).translated(label.origin + QPointF(0, metrics.ascent()));
                QVERIFY2(label.box.adjusted(-1, -1, 1, 1).contains(ink), qPrintable(label.text));
                for (const QRectF& other : boxes)
                    QVERIFY(!other.intersects(label.box));
                boxes.push_back(label.box);
            }
            // Crowded: some labels were placed, many candidates were not.
            QVERIFY2(boxes.size() > 10 && boxes.size() < 400, qPrintable(QString::number(boxes.size())));
        }
    }

    void labelsCrossTileEdgesWhole()
    {
        // 512 x 512 px = 2 x 2 tiles; the label starts left of x = 256 and straddles y = 256.
        const RenderRequest r = request({labelledPoints({{{200, 256}, "Heraklion Loggia"}}, 18)}, 512, 512);
        const QImage tiled = MapRenderer::render(r);
        QImage single(512, 512, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&single);
        MapRenderer::paint(painter, r);
        painter.end();
        QCOMPARE(tiled, single);
        QVERIFY(labelPixels(tiled, QRect(200, 230, 56, 26)) > 10); // all four tiles hold part of it
        QVERIFY(labelPixels(tiled, QRect(200, 257, 56, 20)) > 10);
        QVERIFY(labelPixels(tiled, QRect(257, 230, 150, 26)) > 10);
        QVERIFY(labelPixels(tiled, QRect(257, 257, 150, 20)) > 10);
    }
};

QTEST_MAIN(TestStyledRender)
#include "tst_styled_render.moc"

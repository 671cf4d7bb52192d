// Print layouts: scale-bar rounding, page geometry, layout settings in the project file, the legend, the
// map frame's extent and PNG resolution metadata. References: ISO 216 paper sizes, the WGS84 ellipsoid,
// the project's own tables read with GDAL directly, and the construction of each fixture.
#include "fixtures.hpp"

#include "layers/core/error.hpp"
#include "layers/map/map_content.hpp"
#include "layers/map/project.hpp"
#include "layers/layout/layout_renderer.hpp"
#include "layers/layout/legend.hpp"
#include "layers/layout/scale_bar.hpp"
#include "layers/map/planning_layer.hpp"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QXmlStreamReader>
#include <QtTest>

#include <cmath>

using namespace polis;
using namespace polis::test;

namespace {

/// True when `metres` is 1, 2 or 5 times a power of ten.
bool isOneTwoFive(double metres)
{
    const double mantissa = metres / std::pow(10.0, std::floor(std::log10(metres) + 1e-9));
    for (double m : {1.0, 2.0, 5.0}) {
        if (std::abs(mantissa - m) < 1e-6)
            return true;
    }
    return false;
}

bool overlaps(const RectMm& a, const RectMm& b)
{
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

/// Deletes a table of a GeoPackage with GDAL (an older project file without it).
void dropTable(const std::string& path, const char* table)
{
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    for (int i = 0; i < ds->GetLayerCount(); ++i) {
        if (std::string(ds->GetLayer(i)->GetName()) == table)
            ds->DeleteLayer(i);
    }
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

    Scratch m_dir;

private slots:
    void initTestCase()
    {
        GDALAllRegister();
        CPLSetErrorHandler(CPLQuietErrorHandler); // "non conformant file extension" for *.polis
        QVERIFY(m_dir.isValid());
    }

    void scaleBarRounding()
    {
        // 1 m to 10 000 km frames, 50 per decade: always round segments and a bar of 20-30 % of the frame.
        for (int i = 0; i <= 350; ++i) {
            const double width = std::pow(10.0, i / 50.0);
            const ScaleBar bar = ScaleBar::choose(width);
            QVERIFY2(bar.isValid(), qPrintable(QString::number(width)));
            QVERIFY2(isOneTwoFive(bar.segmentMetres), qPrintable(QString::number(bar.segmentMetres)));
            QVERIFY(bar.segments >= 2 && bar.segments <= 5);
            const double fraction = bar.lengthMetres() / width;
            QVERIFY2(fraction >= 0.2 - 1e-12 && fraction <= 0.3 + 1e-12,
                     qPrintable(QString("%1 m frame: %2 m bar").arg(width).arg(bar.lengthMetres())));
        }
        // Where a 1-2-5 total fits, the bar is one: 20 km frame -> 5 km (25 %), 1 km -> 200 m (20 %).
        QCOMPARE(ScaleBar::choose(20000).lengthMetres(), 5000.0);
        QCOMPARE(ScaleBar::choose(1000).lengthMetres(), 200.0);
        QCOMPARE(ScaleBar::choose(8000).lengthMetres(), 2000.0);
        // Labels: kilometres from 1 km on, metres below.
        const ScaleBar km = ScaleBar::choose(20000);
        QCOMPARE(km.tickLabel(0), std::string("0"));
        QCOMPARE(km.tickLabel(km.segments), std::string("5 km"));
        QCOMPARE(ScaleBar::choose(1000).tickLabel(ScaleBar::choose(1000).segments), std::string("200 m"));
        for (double bad : {0.0, -5.0, std::nan(""), HUGE_VAL})
            QVERIFY(!ScaleBar::choose(bad).isValid());
    }

    void groundMetresPerUnit()
    {
        const Extent heraklion = Extent::of(25.0, 35.2, 25.3, 35.4);
        QCOMPARE(ScaleBar::groundMetresPerUnit(Crs::fromEpsg(2100), Extent::of(0, 0, 1, 1)), 1.0);
        QVERIFY(std::abs(ScaleBar::groundMetresPerUnit(Crs::fromEpsg(2227), Extent::of(0, 0, 1, 1)) - 0.3048006) < 1e-6);
        // WGS84: one degree of longitude on the equator is a * pi / 180 = 111 319.49 m.
        QVERIFY(std::abs(ScaleBar::groundMetresPerUnit(Crs::fromEpsg(4326), Extent::of(-1, -1, 1, 1)) - 111319.49) < 0.01);
        // At 35.3 N within 0.5 % of the spherical cos(latitude) law.
        const double expected = 111195.0 * std::cos(35.3 * M_PI / 180);
        QVERIFY(std::abs(ScaleBar::groundMetresPerUnit(Crs::fromEpsg(4326), heraklion) / expected - 1) < 0.005);
        QCOMPARE(ScaleBar::groundMetresPerUnit(Crs(), heraklion), 0.0);
    }

    void geometryInsideMargins()
    {
        for (Paper paper : {Paper::A4, Paper::A3, Paper::A2, Paper::A1, Paper::A0}) {
            for (Orientation o : {Orientation::Portrait, Orientation::Landscape}) {
                for (double margin : {0.0, 10.0, 25.0}) {
                    PrintLayout l;
                    l.paper = paper;
                    l.orientation = o;
                    l.marginMm = margin;
                    const LayoutGeometry g = l.geometry();
                    const auto [w, h] = PrintLayout::paperSizeMm(paper);
                    QCOMPARE(g.page.width, o == Orientation::Landscape ? h : w);
                    QCOMPARE(g.page.height, o == Orientation::Landscape ? w : h);
                    const RectMm inside{margin, margin, g.page.width - 2 * margin, g.page.height - 2 * margin};
                    for (const RectMm& part : {g.title, g.map, g.panel}) {
                        QVERIFY(inside.contains(part));
                        QVERIFY(part.width > 0 && part.height > 0);
                    }
                    QVERIFY(!overlaps(g.map, g.panel) && !overlaps(g.map, g.title) && !overlaps(g.panel, g.title));
                    QVERIFY(g.map.width > inside.width / 2); // the map is the page's main content
                    if (o == Orientation::Portrait) // the panel is a band under a full-width map
                        QVERIFY(g.panel.y >= g.map.bottom() && g.map.width == inside.width);
                    else // beside a full-height map
                        QVERIFY(g.panel.x >= g.map.right() && g.map.height == g.panel.height);
                }
            }
        }
        QCOMPARE(PrintLayout::paperSizeMm(Paper::A3), std::make_pair(297.0, 420.0));
        // The widest margins a project may hold (100 mm) still leave a usable page: they are capped.
        PrintLayout wide;
        wide.paper = Paper::A4;
        wide.orientation = Orientation::Portrait;
        wide.marginMm = 100;
        const LayoutGeometry g = wide.geometry();
        for (const RectMm& part : {g.title, g.map, g.panel})
            QVERIFY(part.width > 20 && part.height > 10 && g.page.contains(part));
    }

    void settingsRoundTripInProject()
    {
        Project p;
        p.title = "Ηράκλειο";
        p.mapCrs = Crs::fromEpsg(2100);
        p.layout.paper = Paper::A2;
        p.layout.orientation = Orientation::Portrait;
        p.layout.marginMm = 12.5;
        p.layout.scale = 25000;
        p.layout.extent = Extent::of(600000.5, 3900000, 610000, 3910000.25);
        p.layout.title = "Σενάριο Β — Καστέλι";
        p.layout.attribution = "© Δήμος Ηρακλείου, OpenStreetMap contributors";
        p.layout.logoPath = "logo.png";
        p.layout.northArrow = false;
        p.layout.overview = true;
        const std::string path = m_dir.tmp("layout.polis");
        p.save(path);

        // The documented table, read with GDAL itself.
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
        OGRLayer* table = ds->GetLayerByName("polis_layout");
        QVERIFY(table);
        std::map<std::string, std::string> rows;
        for (auto& f : *table)
            rows[f->GetFieldAsString("key")] = f->GetFieldAsString("value");
        QCOMPARE(rows.at("paper"), std::string("A2"));
        QCOMPARE(rows.at("orientation"), std::string("portrait"));
        QCOMPARE(rows.at("scale"), std::string("25000"));
        QCOMPARE(rows.at("north_arrow"), std::string("false"));
        QCOMPARE(rows.at("title"), p.layout.title);
        ds.reset();

        const Project q = Project::load(path);
        QVERIFY(q.layout == p.layout);
        QCOMPARE(q.layout.extent, p.layout.extent);
        // The map the app edits carries the layout, and saving the map keeps it.
        const MapContent map = loadProject(path);
        QVERIFY(map.layout == p.layout);
        QVERIFY(toProject(map, path, map.extent).layout == p.layout);

        // A file from before layouts (no polis_layout table, no format_version row) loads with defaults.
        dropTable(path, "polis_layout");
        GDALDatasetUniquePtr rw(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        rw->ExecuteSQL("DELETE FROM polis_project WHERE key = 'format_version'", nullptr, nullptr);
        rw.reset();
        const Project old = Project::load(path);
        QVERIFY(old.layout == PrintLayout{});
        QCOMPARE(old.title, p.title);
    }

    void malformedSettingsNameTheKey()
    {
        for (const auto& [key, value] : std::map<std::string, std::string>{
                 {"paper", "B5"}, {"orientation", "sideways"}, {"margin_mm", "-3"}, {"scale", "0"},
                 {"extent", "1,2,3"}, {"legend", "yes"}}) {
            try {
                PrintLayout::fromKeyValues({{key, value}});
                QFAIL(key.c_str());
            } catch (const Error& e) {
                QVERIFY2(std::string(e.what()).find(key) != std::string::npos, e.what());
            }
        }
        QVERIFY(PrintLayout::fromKeyValues({}) == PrintLayout{});
        QCOMPARE(PrintLayout::paperFromName("a3"), std::optional<Paper>(Paper::A3));
        QCOMPARE(PrintLayout::orientationFromName("LANDSCAPE"), std::optional<Orientation>(Orientation::Landscape));
    }

    void legendFromSampleProject()
    {
        const MapContent map = loadProject(sample("heraklion.polis"));
        QVERIFY(map.errors.empty());
        const Legend legend = Legend::fromLayers(map.layers);
        std::size_t visible = 0;
        for (const MapLayer& l : map.layers)
            visible += l.visible ? 1 : 0;
        // One row per layer: the baseline's planning layer is empty, so none of its kinds or statuses is listed.
        QCOMPARE(legend.rows().size(), visible);
        QCOMPARE(legend.rows().front().label, map.layers.back().name); // topmost first
        auto kindOf = [&](const char* layerName) {
            for (const LegendRow& row : legend.rows()) {
                if (row.indent == 0 && row.label == layerName)
                    return row.swatch.kind;
            }
            return LegendSwatch::Kind::None;
        };
        // The kinds follow the data (sample-data/README.md): the fibre ring is lines, public buildings points.
        QCOMPARE(kindOf("Δακτύλιος οπτικών ινών"), LegendSwatch::Kind::Line);
        QCOMPARE(kindOf("Δημόσια κτίρια"), LegendSwatch::Kind::Marker);
        QCOMPARE(kindOf("Δημοτικά διαμερίσματα"), LegendSwatch::Kind::Fill);
        QCOMPARE(legend.rows().back().label, std::string("Ξηρά (ακτογραμμή GSHHG)")); // the land, drawn first
        QCOMPARE(legend.rows().back().swatch.kind, LegendSwatch::Kind::Fill);
    }

    void legendListsTheStatusBlockOnce()
    {
        // Five planning points: the kinds marina, park, road and one the style lacks; three of the statuses.
        auto store = std::make_shared<FeatureStore>(planningFields());
        const std::pair<const char*, const char*> rows[] = {
            {"park", "proposed"}, {"road", "built"}, {"park", "rejected"}, {"marina", "proposed"}, {"pier", "built"}};
        for (std::size_t i = 0; i < std::size(rows); ++i) {
            store->beginFeature(std::int64_t(i), GeometryKind::Point);
            store->beginPart();
            store->beginRing();
            store->addPoint(double(i), 0);
            store->setAttribute(0, std::string(rows[i].first));
            store->setAttribute(2, std::string(rows[i].second));
            store->endFeature();
        }
        store->finish();
        MapLayer planning;
        planning.name = "Planning";
        planning.features = store;
        planning.style = planningStyle();
        MapLayer plain;
        plain.name = "Plain";
        const Legend legend = Legend::fromLayers({plain, planning});
        std::vector<std::string> labels;
        for (const LegendRow& row : legend.rows())
            labels.push_back(std::string(std::size_t(row.indent), '>') + row.label);
        // The kinds drawn (in the style's order), the fallback for "pier", then the statuses drawn once under
        // their heading (approved is not drawn): not a row per kind and status.
        const std::vector<std::string> expected{"Planning", ">marina",    ">park",      ">road",    ">all other values",
                                                ">status",  ">>proposed", ">>rejected", ">>built", "Plain"};
        QCOMPARE(labels, expected);
        QVERIFY(legend.rows()[1].swatch.kind == LegendSwatch::Kind::Marker);
        // Each status row shows its modifier on the base symbol: proposed dashed with the fill halfway to
        // white (#9e9e9e: 158 + 97 / 2 = 206.5 -> 207), rejected at 35 % (alpha 89) with a grey outline.
        const Style& proposed = legend.rows()[6].swatch.style;
        QCOMPARE(proposed.dash, (std::vector<double>{2, 1}));
        QVERIFY(proposed.fill == (Color{207, 207, 207}));
        const Style& rejected = legend.rows()[7].swatch.style;
        QVERIFY(rejected.fill == (Color{0x9e, 0x9e, 0x9e, 89}));
        QVERIFY(rejected.stroke == (Color{0x9e, 0x9e, 0x9e, 89}));
        QVERIFY(legend.rows()[8].swatch.style.stroke == (Color{0x21, 0x21, 0x21}));
    }

    void legendTooLongForItsBoxSaysWhatIsLeftOut()
    {
        const MapContent map = loadProject(sample("heraklion.polis"));
        const Legend legend = Legend::fromLayers(map.layers);
        QVERIFY(legend.rows().size() > 4);
        // Paint into an SVG and read back the drawn text: room for the heading and three rows.
        QBuffer svg;
        QSvgGenerator generator;
        generator.setOutputDevice(&svg);
        generator.setResolution(96);
        generator.setSize(QSize(400, 400));
        const double dotsPerMm = 96 / 25.4;
        QPainter painter(&generator);
        legend.paint(painter, QRectF(0, 0, 80 * dotsPerMm, (6 + 7 + 3 * 6) * dotsPerMm), dotsPerMm);
        painter.end();
        QXmlStreamReader xml(svg.data());
        QStringList texts;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        }
        const int left = int(legend.rows().size()) - 2;
        // QSvgGenerator writes one <text> per font run: a label mixing Greek and Latin letters (the sample's
        // "Αεροδρόμια (OurAirports)") comes in pieces, so the texts are compared in order, joined.
        QCOMPARE(texts.join(QString()), (QStringList{"Legend", QString::fromStdString(legend.rows()[0].label),
                                                     QString::fromStdString(legend.rows()[1].label),
                                                     QString("… and %1 more layer(s)").arg(left)})
                                            .join(QString()));
    }

    void attributionLineNamesTheDrawnLayersCredits()
    {
        // The page prints the layout's own attribution, then each visible layer's credit once; a hidden
        // layer's credit is left out.
        MapContent map = loadProject(sample("heraklion.polis"));
        QVERIFY(map.errors.empty());
        map.layers[1].attribution = map.layers[2].attribution = "Kallikratis, CC BY 3.0"; // districts, boundary
        map.layers[3].attribution = "GeoNames, CC BY 4.0";
        map.layers[0].attribution = "Hidden credit";
        map.layers[0].visible = false;
        PrintLayout layout;
        layout.attribution = "© Δήμος Ηρακλείου";
        const LayoutDocument doc = LayoutDocument::build(map, layout, {"baseline"}, false);
        QBuffer svg;
        QSvgGenerator generator;
        generator.setOutputDevice(&svg);
        generator.setResolution(96);
        generator.setSize(QSize(1600, 1100));
        QPainter painter(&generator);
        LayoutRenderer::paintPage(painter, doc, 0, 96 / 25.4, 96);
        painter.end();
        QXmlStreamReader xml(svg.data());
        QString text;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements) + ' ';
        }
        text = text.simplified();
        QVERIFY2(text.contains("© Δήμος Ηρακλείου"), qPrintable(text));
        QVERIFY2(text.contains("GeoNames, CC BY 4.0"), qPrintable(text));
        QCOMPARE(text.count("Kallikratis, CC BY 3.0"), 1); // the districts' and the boundary's, once
        QVERIFY(!text.contains("Hidden credit"));
    }

    void frameExtentAtScale()
    {
        MapContent map;
        map.crs = Crs::fromEpsg(2100);
        map.extent = Extent::of(600000, 3900000, 610000, 3910000);
        PrintLayout layout;
        layout.scale = 25000;
        const LayoutDocument doc = LayoutDocument::build(map, layout, {"baseline"}, false);
        const Extent e = LayoutRenderer::frameExtent(doc, doc.pages[0]);
        const RectMm frame = layout.geometry().map;
        // 1:25 000: one frame millimetre is 25 m on the ground.
        QVERIFY(std::abs(e.width() - frame.width * 25) < 1e-6);
        QVERIFY(std::abs(e.height() - frame.height * 25) < 1e-6);
        QCOMPARE(e.centerX(), 605000.0);
        // By extent: the whole extent is shown, widened to the frame's shape.
        layout.scale.reset();
        const LayoutDocument fit = LayoutDocument::build(map, layout, {"baseline"}, false);
        const Extent fitted = LayoutRenderer::frameExtent(fit, fit.pages[0]);
        QVERIFY(fitted.xmin <= 600000 && fitted.xmax >= 610000 && fitted.ymin <= 3900000 && fitted.ymax >= 3910000);
        QVERIFY(std::abs(fitted.width() / fitted.height() - frame.width / frame.height) < 1e-3);
    }

    void pageExtentModes()
    {
        // Points at x = 0..9 km (fids 1..10) of one layer; scenario "S" removes fid 2 (at 1 km), moves fid 5
        // (from 4 km to 20 km north) and adds a point at (7.5 km, -3 km).
        MapContent map;
        map.crs = Crs::fromEpsg(2100);
        map.extent = Extent::of(-50000, -50000, 50000, 50000);
        auto store = std::make_shared<FeatureStore>();
        for (int i = 0; i < 10; ++i) {
            store->beginFeature(i + 1, GeometryKind::Point);
            store->beginPart();
            store->beginRing();
            store->addPoint(1000.0 * i, 0);
            store->endFeature();
        }
        store->finish();
        MapLayer layer;
        layer.name = "points";
        layer.features = store;
        map.layers.push_back(layer);
        Scenario s{1, "S", "", {}};
        s.changes.set("points", 2, FeatureChange{FeatureChange::Op::Remove, std::nullopt, {}});
        s.changes.set("points", 5, FeatureChange{FeatureChange::Op::Modify, Geometry::point(4000, 20000), {}});
        s.changes.set("points", -1, FeatureChange{FeatureChange::Op::Add, Geometry::point(7500, -3000), {}});
        map.scenarios.push_back(s);

        PrintLayout layout; // extent mode "changes" by default
        const LayoutDocument doc = LayoutDocument::build(map, layout, {"baseline", "S"}, false);
        QCOMPARE(doc.pages[0].extent, map.extent); // the baseline changes nothing: the view
        const Extent changed = Extent::of(1000, -3000, 7500, 20000); // the boxes listed above
        const double pad = 0.15 * 23000;                               // 15 % of the larger side
        QCOMPARE(doc.pages[1].extent, changed.buffered(pad));
        layout.extentMode = ExtentMode::Layer;
        layout.extentLayer = "points";
        const LayoutDocument byLayer = LayoutDocument::build(map, layout, {"S"}, false);
        QCOMPARE(byLayer.pages[0].extent, Extent::of(0, -3000, 9000, 20000)); // the scenario's version
        layout.extentLayer = "roads";
        QVERIFY_THROWS_EXCEPTION(Error, LayoutDocument::build(map, layout, {"S"}, false));
        layout.extentMode = ExtentMode::Fixed;
        layout.extent = Extent::of(1, 2, 3, 4);
        QCOMPARE(LayoutDocument::build(map, layout, {"S"}, false).pages[0].extent, layout.extent);
        layout.extentMode = ExtentMode::View;
        QCOMPARE(LayoutDocument::build(map, layout, {"S"}, false).pages[0].extent, map.extent);
        // Layouts saved before extent modes: a saved extent stays fixed, none gives "changes".
        QCOMPARE(PrintLayout::fromKeyValues({{"extent", "1,2,3,4"}}).extentMode, ExtentMode::Fixed);
        QCOMPARE(PrintLayout::fromKeyValues({}).extentMode, ExtentMode::Changes);
        QCOMPARE(PrintLayout::fromKeyValues({{"extent_mode", "layer"}, {"extent_layer", "Δρόμοι"}}).extentLayer,
                 std::string("Δρόμοι"));
        QVERIFY_THROWS_EXCEPTION(Error, PrintLayout::fromKeyValues({{"extent_mode", "city"}}));
    }

    void unknownScenarioListsTheAvailable()
    {
        MapContent map;
        QCOMPARE(LayoutDocument::scenarioNames(map), std::vector<std::string>{"baseline"});
        try {
            LayoutDocument::build(map, {}, {"B"}, false);
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("\"B\"") != std::string::npos, e.what());
            QVERIFY2(std::string(e.what()).find("baseline") != std::string::npos, e.what());
        }
        const LayoutDocument pack = LayoutDocument::build(map, {}, {"baseline"}, true);
        QCOMPARE(pack.pages.size(), std::size_t(2));
        QVERIFY(!pack.pages[0].table && pack.pages[1].table);
    }

    void overviewInsetShowsTheMap()
    {
        // Below the legend the side panel holds only the overview (when on) and grey text: the fibre ring's
        // colour there means the inset is drawn, and drawn unveiled.
        MapContent map = loadProject(sample("heraklion.polis"));
        PrintLayout layout;
        const LayoutGeometry g = layout.geometry();
        const double below = g.panel.y + Legend::fromLayers(map.layers).heightMm() + 1;
        const int dpi = 100;
        const double k = dpi / 25.4;
        const QRect area(int(g.panel.x * k), int(below * k), int(g.panel.width * k), int((g.panel.bottom() - below) * k));
        auto fibrePixels = [&](const QImage& page) {
            int n = 0;
            for (int y = area.top(); y <= area.bottom(); ++y) {
                for (int x = area.left(); x <= area.right(); ++x) {
                    const QColor c = page.pixelColor(x, y);
                    n += std::abs(c.red() - 0xE0) < 30 && std::abs(c.green() - 0x20) < 30 && std::abs(c.blue() - 0x8C) < 30;
                }
            }
            return n;
        };
        QCOMPARE(fibrePixels(LayoutRenderer::renderPage(LayoutDocument::build(map, layout, {"baseline"}, false), 0, dpi)), 0);
        layout.overview = true;
        QVERIFY(fibrePixels(LayoutRenderer::renderPage(LayoutDocument::build(map, layout, {"baseline"}, false), 0, dpi)) > 10);
    }

    void unreadableLogoIsReportedNotFatal()
    {
        MapContent map = loadProject(sample("heraklion.polis"));
        PrintLayout layout;
        layout.paper = Paper::A4;
        layout.logoPath = m_dir.tmp("no-such-logo.png");
        RenderStats stats;
        const QImage page = LayoutRenderer::renderPage(LayoutDocument::build(map, layout, {"baseline"}, false), 0, 50, &stats);
        QVERIFY(!page.isNull());
        QCOMPARE(stats.errors.size(), std::size_t(1));
        QVERIFY2(stats.errors[0].message.find("no-such-logo.png") != std::string::npos, stats.errors[0].message.c_str());
    }

    void pngResolutionMetadata()
    {
        const MapContent map = loadProject(sample("heraklion.polis"));
        PrintLayout layout;
        layout.paper = Paper::A4;
        layout.orientation = Orientation::Portrait;
        const LayoutDocument doc = LayoutDocument::build(map, layout, {"baseline"}, false);
        const std::string path = m_dir.tmp("page.png");
        LayoutRenderer::write(doc, path, 300);
        const QImage image(QString::fromStdString(path));
        QCOMPARE(image.size(), QSize(2480, 3508)); // 210 x 297 mm at 300 dpi
        // 300 dpi = 300 / 0.0254 = 11811 dots per metre, as the PNG stores it.
        QCOMPARE(image.dotsPerMeterX(), 11811);
        QCOMPARE(image.dotsPerMeterY(), 11811);
        QVERIFY_THROWS_EXCEPTION(IoError, LayoutRenderer::write(doc, m_dir.tmp("page.bmp"), 300));
        const LayoutDocument pack = LayoutDocument::build(map, layout, {"baseline"}, true);
        QVERIFY_THROWS_EXCEPTION(IoError, LayoutRenderer::write(pack, m_dir.tmp("pack.png"), 300));
        // A0 at 600 dpi would be 557 megapixels: refused with a message, not a failed allocation.
        PrintLayout huge = layout;
        huge.paper = Paper::A0;
        QVERIFY_THROWS_EXCEPTION(IoError, LayoutRenderer::write(LayoutDocument::build(map, huge, {"baseline"}, false),
                                                                m_dir.tmp("huge.png"), 600));
        QVERIFY(!QFile::exists(QString::fromStdString(m_dir.tmp("huge.png"))));
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"

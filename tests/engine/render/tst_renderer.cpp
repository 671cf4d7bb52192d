// MapRenderer on stores built here, in EPSG:2100. Expected pixels follow from the construction: the map
// extent and the output size fix the map-to-pixel scale, so the pixels each feature covers are known.
#include "fixtures.hpp"
#include "render_fixtures.hpp"

#include "layers/core/error.hpp"
#include "layers/render/map_renderer.hpp"

#include <QSemaphore>
#include <QThreadPool>
#include <QXmlStreamReader>
#include <QtTest>

using namespace polis;
using namespace polis::test;

class TestRenderer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void filledPolygonAndHole()
    {
        const QImage img =
            MapRenderer::render(request({layer(rects({{{20, 20, 60, 60}, {40, 40, 20, 20}}}), kRed)}));
        QCOMPARE(img.size(), QSize(100, 100));
        PIXEL(img, 30, 30, kRed); // in the ring
        PIXEL(img, 70, 25, kRed);
        PIXEL(img, 50, 50, kWhite); // in the hole
        PIXEL(img, 45, 55, kWhite);
        PIXEL(img, 10, 10, kWhite); // outside
        PIXEL(img, 90, 50, kWhite);
        const QImage solid = MapRenderer::render(request({layer(rects({{{20, 20, 60, 60}}}), kRed)}));
        PIXEL(solid, 50, 50, kRed);
        PIXEL(solid, 19, 50, kWhite); // edges on pixel boundaries: the neighbours stay clean
        PIXEL(solid, 80, 50, kWhite);
        PIXEL(solid, 20, 50, kRed);
        PIXEL(solid, 79, 79, kRed);
    }

    void pointMarkersAndLines()
    {
        auto s = std::make_shared<FeatureStore>();
        s->beginFeature(1, GeometryKind::Point);
        s->beginPart();
        s->beginRing();
        s->addPoint(mapX(30), mapY(30));
        s->endFeature();
        s->finish();
        MapLayer points = layer(s, kBlue);
        points.style.marker = MarkerShape::Square;
        points.style.markerSize = 10; // pixels 25.5 .. 35.5
        QImage img = MapRenderer::render(request({points}));
        PIXEL(img, 30, 30, kBlue);
        PIXEL(img, 26, 34, kBlue);
        PIXEL(img, 34, 26, kBlue);
        PIXEL(img, 23, 30, kWhite);
        PIXEL(img, 30, 38, kWhite);
        RenderRequest hidpi = request({points});
        hidpi.pixelRatio = 2; // the marker is 20 px now
        img = MapRenderer::render(hidpi);
        PIXEL(img, 22, 38, kBlue);
        PIXEL(img, 18, 30, kWhite);

        auto line = std::make_shared<FeatureStore>();
        line->beginFeature(1, GeometryKind::Line);
        line->beginPart();
        line->beginRing();
        line->addPoint(mapX(10), mapY(60));
        line->addPoint(mapX(90), mapY(60));
        line->addPoint(mapX(90), mapY(20));
        line->endFeature();
        line->finish();
        MapLayer lines = layer(line, kBlue, 3);
        lines.style.fill.reset();
        img = MapRenderer::render(request({lines}));
        for (int x = 12; x <= 88; x += 4)
            PIXEL(img, x, 60, kBlue);
        for (int y = 22; y <= 58; y += 4)
            PIXEL(img, 90, y, kBlue);
        PIXEL(img, 50, 64, kWhite);
        PIXEL(img, 50, 40, kWhite); // no fill for a line, even when the path looks closed
    }

    void opacityVisibilityAndOrder()
    {
        MapLayer half = layer(rects({{{20, 20, 60, 60}}}), kRed);
        half.opacity = 0.5;
        QImage img = MapRenderer::render(request({half}));
        // 50 % red over white: R stays 255, G and B are 255 * 0.5.
        QVERIFY2(is(img, 50, 50, Color{255, 128, 128}, 2), qPrintable(rgb(img, 50, 50)));

        MapLayer hidden = layer(rects({{{0, 0, 100, 100}}}), kRed);
        hidden.visible = false;
        img = MapRenderer::render(request({hidden}));
        QCOMPARE(img.convertToFormat(QImage::Format_RGB32), [] {
            QImage w(100, 100, QImage::Format_RGB32);
            w.fill(Qt::white);
            return w;
        }());

        const MapLayer left = layer(rects({{{10, 10, 50, 50}}}), kRed),
                       right = layer(rects({{{40, 40, 50, 50}}}), kBlue);
        img = MapRenderer::render(request({left, right}));
        PIXEL(img, 50, 50, kBlue); // overlap: the top (last) layer wins
        PIXEL(img, 20, 20, kRed);
        PIXEL(img, 80, 80, kBlue);
        img = MapRenderer::render(request({right, left}));
        PIXEL(img, 50, 50, kRed);
        PIXEL(img, 80, 80, kBlue);
    }

    void tilesHaveNoSeams()
    {
        // 1000 x 700 px = 4 x 3 tiles of 256 px; the polygon covers pixels 5 .. 995 x 5 .. 695.
        const QImage img =
            MapRenderer::render(request({layer(rects({{{5, 5, 990, 690}}}), kRed)}, 1000, 700));
        QCOMPARE(img.size(), QSize(1000, 700));
        for (int b : {255, 256, 511, 512}) {
            for (int t = 250; t < 262; ++t) {
                PIXEL(img, b, t, kRed);
                PIXEL(img, t, b, kRed);
            }
        }
        PIXEL(img, 767, 300, kRed);
        PIXEL(img, 768, 300, kRed);
        int wrong = 0;
        for (int y = 6; y < 694; ++y) {
            for (int x = 6; x < 994; ++x)
                wrong += !is(img, x, y, kRed);
        }
        QCOMPARE(wrong, 0);
        PIXEL(img, 2, 2, kWhite);
        PIXEL(img, 997, 697, kWhite);
    }

    void subPixelFeaturesDrawAsPixels()
    {
        // 100 x 100 polygons of 0.2 x 0.2 px, one in every pixel of the left half (columns 0..49).
        std::vector<std::vector<Rect>> tiny;
        for (int i = 0; i < 50; ++i) {
            for (int j = 0; j < 100; ++j)
                tiny.push_back({{i + 0.4, j + 0.4, 0.2, 0.2}});
        }
        for (int k = 0; k < 5000; ++k) // and 5000 more stacked in pixel (75, 50)
            tiny.push_back({{75.4, 50.4, 0.2, 0.2}});
        RenderStats stats;
        const QImage img = MapRenderer::render(request({layer(rects(tiny), kBlue)}), nullptr, &stats);
        QCOMPARE(stats.featuresAsPixel, std::size_t(10000));
        QCOMPARE(stats.featuresDrawn, std::size_t(0));
        QVERIFY(!stats.cancelled);
        for (int x : {0, 13, 49})
            for (int y : {0, 57, 99})
                PIXEL(img, x, y, kBlue);
        PIXEL(img, 75, 50, kBlue);
        PIXEL(img, 60, 50, kWhite);
        PIXEL(img, 75, 51, kWhite);
    }

    void rendersWhileQtsGlobalPoolIsBusy()
    {
        // Every thread of Qt's global pool blocked by other work: the render does not wait for a place (its
        // helpers are taken back unstarted and the calling thread paints every tile), and the pool's count of
        // active threads is as it was. Small squares: drawn straight into the pixels, no fill by Qt, which
        // would hand segments to the blocked pool itself.
        QThreadPool& pool = *QThreadPool::globalInstance();
        const int busy = pool.maxThreadCount();
        QSemaphore started, release;
        for (int i = 0; i < busy; ++i) {
            pool.start([&] {
                started.release();
                release.acquire();
            });
        }
        started.acquire(busy);
        std::vector<std::vector<Rect>> squares;
        for (int i = 0; i < 100; ++i)
            squares.push_back({{double(i % 10) * 10 + 0.2, double(i / 10) * 7 + 0.2, 0.04, 0.04}}); // 0.4 px
        RenderStats stats;
        const QImage img = MapRenderer::render(request({layer(rects(squares, 100), kRed)}, 1000, 700), nullptr, &stats);
        QCOMPARE(stats.featuresDrawn + stats.featuresAsPixel, std::size_t(100));
        PIXEL(img, 2, 2, kRed);     // each square is one pixel
        PIXEL(img, 902, 632, kRed);
        PIXEL(img, 500, 350, kWhite);
        QCOMPARE(pool.activeThreadCount(), busy);
        release.release(busy);
        QVERIFY(pool.waitForDone(10000));
    }

    void cancelledBeforeStart()
    {
        std::vector<std::vector<Rect>> many;
        for (int i = 0; i < 10000; ++i)
            many.push_back({{double(i % 100), double(i / 100), 0.9, 0.9}});
        std::atomic<bool> cancel{true};
        RenderStats stats;
        MapRenderer::render(request({layer(rects(many, 100), kRed)}, 1000, 1000), &cancel, &stats);
        QVERIFY(stats.cancelled);
        QVERIFY(stats.featuresDrawn + stats.featuresAsPixel < 10000);
        cancel = false;
        MapRenderer::render(request({layer(rects(many, 100), kRed)}, 1000, 1000), &cancel, &stats);
        QVERIFY(!stats.cancelled);
        QVERIFY(stats.featuresDrawn >= 10000); // features on tile edges are drawn once per tile
    }

    void writeFiles()
    {
        const RenderRequest r = request({layer(rects({{{20, 20, 60, 60}}}), Color{0x12, 0x34, 0x56})});
        const std::string png = m_dir.filePath("map.png").toStdString();
        MapRenderer::write(r, png, "Χάρτης");
        QImage img(QString::fromStdString(png));
        QCOMPARE(img.size(), QSize(100, 100));
        PIXEL(img, 50, 50, (Color{0x12, 0x34, 0x56}));
        PIXEL(img, 5, 5, kWhite);

        const QString pdf = m_dir.filePath("map.pdf");
        MapRenderer::write(r, pdf.toStdString(), "Χάρτης");
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QCOMPARE(pdfFile.read(5), QByteArray("%PDF-"));

        const QString svg = m_dir.filePath("map.svg");
        MapRenderer::write(r, svg.toStdString());
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray xml = svgFile.readAll();
        QXmlStreamReader reader(xml);
        int elements = 0;
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement)
                ++elements;
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(elements > 2);
        QVERIFY(xml.toLower().contains("#123456"));

        QVERIFY_THROWS_EXCEPTION(IoError, MapRenderer::write(r, m_dir.filePath("map.bmp").toStdString()));
        QVERIFY_THROWS_EXCEPTION(IoError,
                                 MapRenderer::write(r, m_dir.filePath("none/map.png").toStdString()));
    }

    void rasterLayer()
    {
        auto raster = std::make_shared<const RasterSource>(RasterSource::open(sample("elevation.tif")));
        const RasterBand ref = readBand(sample("elevation.tif"));
        MapLayer l;
        l.name = "dem";
        l.raster = raster;
        l.style.type = Style::Type::Raster;
        RenderRequest r = request({l});
        // The raster itself, 50 m per pixel (make-sample-data.sh: -te 584000 3884000 628000 3916000 -tr 50 50)
        r.extent = Extent::of(584000, 3884000, 628000, 3916000);
        r.width = 880;
        r.height = 640;
        r.background = kBlue; // never grey, so grey pixels come from the raster
        RenderStats stats;
        const QImage img = MapRenderer::render(r, nullptr, &stats);
        QVERIFY(stats.errors.empty());
        int land = 0, sea = 0;
        for (int row = 1; row < r.height - 1; ++row) {
            for (int col = 1; col < r.width - 1; ++col) {
                bool allValid = true, allNoData = true;
                for (int d = 0; d < 9; ++d) {
                    const bool valid = ref.value(col + d % 3 - 1, row + d / 3 - 1) != -9999;
                    allValid = allValid && valid;
                    allNoData = allNoData && !valid;
                }
                const int grey = std::clamp(
                    int(std::lround((ref.value(col, row) - ref.min) / (ref.max - ref.min) * 255)), 0, 255);
                if (allValid) {
                    ++land;
                    QVERIFY2(is(img, col, row,
                                Color{std::uint8_t(grey), std::uint8_t(grey), std::uint8_t(grey)}, 2),
                             qPrintable(rgb(img, col, row) + QString(" expected grey %1").arg(grey)));
                } else if (allNoData) {
                    ++sea;
                    PIXEL(img, col, row, kBlue);
                }
            }
        }
        QVERIFY(land > 10000 && sea > 1000);
    }
};

QTEST_MAIN(TestRenderer)
#include "tst_renderer.moc"

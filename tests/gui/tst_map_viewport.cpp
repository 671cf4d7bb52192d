// MapViewport (the view state shared by map views) and MapView's coalesced refresh, in C++ without QML.
// Expected values come from the arithmetic of the screen transform and from the engine's Transform (PROJ).
#include "document/map_document.hpp"
#include "layers/core/transform.hpp"
#include "map/map_view.hpp"
#include "map/map_viewport.hpp"
#include "tools/identify_tool.hpp"
#include "tools/measure_controller.hpp"
#include "tools/measure_map_tool.hpp"

#include <QMouseEvent>

#include <QSignalSpy>
#include <QtTest>

using namespace polis;

class TestMapViewport : public QObject
{
    Q_OBJECT

private slots:
    void fitsAnExtentAndConverts()
    {
        MapViewport viewport;
        viewport.setSize(QSizeF(640, 480));
        // 400 x 300 m at 640 x 480 px: the height decides, 0.625 m per pixel; the width widens to 400 m.
        viewport.zoomToExtent(Extent::of(1000, 2000, 1400, 2300));
        QCOMPARE(viewport.mapUnitsPerPixel(), 0.625);
        QCOMPARE(viewport.center(), QPointF(1200, 2150));
        QCOMPARE(viewport.extentRect(), QRectF(1000, 2000, 400, 300));
        QCOMPARE(viewport.toScreen(QPointF(1200, 2150)), QPointF(320, 240));
        QCOMPARE(viewport.toMap(QPointF(0, 0)), QPointF(1000, 2300)); // top left: y grows upwards on the map
        QCOMPARE(viewport.toMap(QPointF(640, 480)), QPointF(1400, 2000));
        for (const QPointF screen : {QPointF(17.5, 3), QPointF(639, 1), QPointF(-40, 900)})
            QVERIFY((viewport.toScreen(viewport.toMap(screen)) - screen).manhattanLength() < 1e-9);
        // A wider output of the same viewport shows more ground at the same centre and scale.
        QCOMPARE(viewport.extent(QSizeF(1280, 480)).width(), 800.0);
        QCOMPARE(viewport.toScreen(QPointF(1200, 2150), QSizeF(1280, 480)), QPointF(640, 240));
        // 1:N at 96 dpi: 0.625 m per pixel of 0.0254 / 96 m.
        QCOMPARE(viewport.scaleDenominator(), 0.625 * 96 / 0.0254);
    }

    void waitsForASizeBeforeFitting()
    {
        MapViewport viewport;
        viewport.zoomToExtent(Extent::of(0, 0, 100, 100));
        QVERIFY(!viewport.isValid());
        viewport.setSize(QSizeF(200, 100));
        QVERIFY(viewport.isValid());
        QCOMPARE(viewport.mapUnitsPerPixel(), 1.0);
        QCOMPARE(viewport.center(), QPointF(50, 50));
    }

    void zoomsAboutAPoint()
    {
        MapViewport viewport;
        viewport.setSize(QSizeF(640, 480));
        viewport.zoomToExtent(Extent::of(0, 0, 640, 480));
        const QPointF screen(100, 50);
        const QPointF map = viewport.toMap(screen);
        viewport.zoomAt(screen, 2);
        QCOMPARE(viewport.mapUnitsPerPixel(), 0.5);
        QVERIFY((viewport.toScreen(map) - screen).manhattanLength() < 1e-9);
        viewport.zoomAt(screen, 0.25);
        QCOMPARE(viewport.mapUnitsPerPixel(), 2.0);
        QVERIFY((viewport.toScreen(map) - screen).manhattanLength() < 1e-9);
        // A drag of (+30, -20) px moves the map with the pointer.
        viewport.panBy(30, -20);
        QVERIFY((viewport.toScreen(map) - (screen + QPointF(30, -20))).manhattanLength() < 1e-9);
    }

    void remembersAHistory()
    {
        MapViewport viewport;
        viewport.setSize(QSizeF(100, 100));
        viewport.zoomToExtent(Extent::of(0, 0, 100, 100));
        viewport.remember();
        viewport.remember(); // nothing moved: no second entry
        QVERIFY(!viewport.canZoomPrevious());
        viewport.zoomAt(QPointF(50, 50), 2);
        viewport.remember();
        QVERIFY(viewport.canZoomPrevious());
        viewport.zoomPrevious();
        QCOMPARE(viewport.mapUnitsPerPixel(), 1.0);
        QVERIFY(viewport.canZoomNext());
        viewport.zoomNext();
        QCOMPARE(viewport.mapUnitsPerPixel(), 0.5);
    }

    void followsTheMapCrs()
    {
        // The Loggia of Heraklion in the Greek Grid; in WGS84 the view keeps it in the centre and keeps the
        // ground scale (1:N measured along the parallel) within a percent.
        const Crs grid = Crs::fromEpsg(2100);
        const Crs wgs84 = Crs::fromEpsg(4326);
        MapViewport viewport;
        viewport.setCrs(grid);
        viewport.setSize(QSizeF(640, 480));
        viewport.setView(QPointF(602857.70, 3910993.67), 2.0);
        viewport.remember();
        const double scale = viewport.scaleDenominator();
        viewport.setCrs(wgs84);
        double xy[2] = {602857.70, 3910993.67};
        Transform(grid, wgs84).apply(xy, 1);
        QVERIFY(std::abs(viewport.center().x() - xy[0]) < 1e-9);
        QVERIFY(std::abs(viewport.center().y() - xy[1]) < 1e-9);
        QVERIFY2(std::abs(viewport.scaleDenominator() / scale - 1) < 0.01,
                 qPrintable(QString::number(viewport.scaleDenominator()) + " vs " + QString::number(scale)));
        QVERIFY(!viewport.canZoomPrevious()); // the history was in the Greek Grid
    }

    void viewsSharingAViewportMoveTogether()
    {
        MapView a;
        MapView b;
        a.setSize(QSizeF(320, 240));
        b.setSize(QSizeF(320, 240));
        b.setViewport(a.viewport());
        QCOMPARE(b.viewport(), a.viewport());
        a.zoomToExtent(0, 0, 320, 240);
        QCOMPARE(b.viewRect(), a.viewRect());
        QSignalSpy aMoved(&a, &MapView::viewChanged);
        b.panBy(10, 0);
        QCOMPARE(aMoved.count(), 1);
        QCOMPARE(a.viewRect(), QRectF(-10, 0, 320, 240));
        QCOMPARE(b.viewRect(), a.viewRect());
        // A view of another size shows the same centre and scale.
        MapView wide;
        wide.setSize(QSizeF(640, 240));
        wide.setViewport(a.viewport());
        QCOMPARE(wide.mapUnitsPerPixel(), a.mapUnitsPerPixel());
        QCOMPARE(wide.itemPointFor(150, 120), QPointF(320, 120));
        QCOMPARE(a.itemPointFor(150, 120), QPointF(160, 120));
        // Back to its own viewport: b keeps still when a moves.
        b.setViewport(nullptr);
        QVERIFY(b.viewport() != a.viewport());
        const QRectF still = b.viewRect();
        a.panBy(50, 50);
        QCOMPARE(b.viewRect(), still);
    }

    void changesInOneFrameStartOneRender()
    {
        MapDocument document;
        document.setSource(QStringLiteral(POLIS_SAMPLE_DATA "/heraklion.polis"));
        MapView view;
        view.setSize(QSizeF(320, 240));
        view.setDocument(&document);
        QTRY_VERIFY_WITH_TIMEOUT(!document.loading() && view.framesRendered() > 0 && !view.rendering(), 20000);
        const int started = view.rendersStarted();
        const int frames = view.framesRendered();
        view.zoomAt(QPointF(100, 100), 2);
        view.panBy(5, 5);
        view.zoomAt(QPointF(10, 10), 0.5);
        view.setScenario(QStringLiteral("baseline"));
        QVERIFY(view.rendering()); // a frame is due from the first change on
        QTRY_VERIFY_WITH_TIMEOUT(view.framesRendered() > frames && !view.rendering(), 20000);
        QCOMPARE(view.rendersStarted(), started + 1);
        QCOMPARE(view.framesRendered(), frames + 1);
    }

    void oneToolIsActiveAtATime()
    {
        MapView view;
        view.setSize(QSizeF(100, 100));
        view.zoomToExtent(0, 0, 100, 100);
        IdentifyTool identify;
        MeasureController measure;
        MeasureMapTool measuring;
        measuring.setController(&measure);
        view.setTool(&identify);
        QCOMPARE(identify.map(), &view);
        view.setTool(&measuring);
        QVERIFY(!identify.isActive());
        QVERIFY(measuring.isActive());
        // A click without dragging adds the map point under it; a drag pans instead.
        const auto send = [&](QEvent::Type type, QPointF at, Qt::MouseButtons buttons) {
            QMouseEvent event(type, at, at, Qt::LeftButton, buttons, Qt::NoModifier);
            type == QEvent::MouseButtonPress ? measuring.mousePress(&event)
            : type == QEvent::MouseMove     ? measuring.mouseMove(&event)
                                            : measuring.mouseRelease(&event);
        };
        send(QEvent::MouseButtonPress, QPointF(10, 20), Qt::LeftButton);
        send(QEvent::MouseButtonRelease, QPointF(10, 20), Qt::NoButton);
        QCOMPARE(measure.points().size(), 1);
        QCOMPARE(measure.points().at(0).toPointF(), QPointF(10, 80));
        send(QEvent::MouseButtonPress, QPointF(50, 50), Qt::LeftButton);
        send(QEvent::MouseMove, QPointF(70, 50), Qt::LeftButton);
        send(QEvent::MouseButtonRelease, QPointF(70, 50), Qt::NoButton);
        QCOMPARE(measure.points().size(), 1);
        QCOMPARE(view.viewRect(), QRectF(-20, 0, 100, 100));
        view.setTool(nullptr); // back to panning
        QVERIFY(!measuring.isActive());
    }
};

QTEST_MAIN(TestMapViewport)
#include "tst_map_viewport.moc"

// Rendering across CRSs (issue 18): a layer declaring no CRS is drawn in the one its coordinates suggest and
// the map says so (or it is refused); world polygons drawn in the Greek Grid finish and show Crete. Expected
// places come from PROJ (Transform) on the construction of the fixtures, never from the code under test.
#include "fixtures.hpp"
#include "render_fixtures.hpp"

#include "layers/core/transform.hpp"
#include "layers/map/map_content.hpp"

#include <QtTest>

using namespace polis;
using namespace polis::test;

namespace {

/// Heraklion's centre in the Greek Grid (EPSG:2100).
constexpr double kCentreX = 605000, kCentreY = 3911000;

/// A one-layer dataset of `driver` at `path` with one polygon, the ring `xy` (closed), in `epsg` (0 = none).
void writePolygon(const std::string& path, const char* driver, int epsg, const std::vector<double>& xy)
{
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName(driver)->Create(path.c_str(), 0, 0, 0,
                                                                                    GDT_Unknown, nullptr));
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg ? epsg : 4326);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer* layer = ds->CreateLayer("area", epsg ? &srs : nullptr, wkbPolygon, nullptr);
    OGRLinearRing ring;
    for (std::size_t i = 0; i + 1 < xy.size(); i += 2)
        ring.addPoint(xy[i], xy[i + 1]);
    OGRPolygon polygon;
    polygon.addRing(&ring);
    OGRFeature f(layer->GetLayerDefn());
    f.SetGeometry(&polygon);
    if (layer->CreateFeature(&f) != OGRERR_NONE)
        throw std::runtime_error("cannot write " + path);
}

/// The closed square ring of half side `r` around (x, y).
std::vector<double> square(double x, double y, double r)
{
    return {x - r, y - r, x + r, y - r, x + r, y + r, x - r, y + r, x - r, y - r};
}

/// The map's layers drawn in red on white over `extent` (map CRS `crs`), `width` x `height` pixels.
QImage draw(const MapContent& map, const Extent& extent, int width, int height)
{
    std::vector<MapLayer> layers;
    for (const MapLayer& l : map.layers)
        layers.push_back(layer(l.features, kRed));
    RenderRequest r = request(std::move(layers), width, height);
    r.crs = map.crs;
    r.extent = extent;
    return MapRenderer::render(r);
}

bool isRed(const QImage& img, double fx, double fy)
{
    const QColor c = img.pixelColor(int(fx * img.width()), int(fy * img.height()));
    return c.red() > 200 && c.green() < 60 && c.blue() < 60;
}

} // namespace

class TestRenderCrs : public QObject
{
    Q_OBJECT
    Scratch m_dir;

private slots:
    void layerWithoutCrsIsDrawnWhereItsCoordinatesSay()
    {
        const std::string shp = m_dir.tmp("noprj.shp");
        writePolygon(shp, "ESRI Shapefile", 0, square(kCentreX, kCentreY, 1000));
        QVERIFY(!QFile::exists(m_dir.filePath("noprj.prj")));
        double lonLat[2] = {kCentreX, kCentreY};
        Transform(Crs::fromEpsg(2100), Crs::fromEpsg(4326)).apply(lonLat, 1);

        const MapContent wgs84 = loadSources({shp}, Crs::fromEpsg(4326));
        QVERIFY(wgs84.errors.empty());
        QCOMPARE(wgs84.layers.size(), std::size_t(1));
        QCOMPARE(wgs84.warnings.size(), std::size_t(1));
        const QString said = QString::fromStdString(wgs84.warnings.front().message);
        QVERIFY2(said.contains("noprj") && said.contains("EPSG:2100") && said.contains("no CRS"), qPrintable(said));
        const Extent e = wgs84.layers.front().features->extent();
        QVERIFY2(std::abs(e.centerX() - lonLat[0]) < 1e-4 && std::abs(e.centerY() - lonLat[1]) < 1e-4,
                 qPrintable(describe(e)));
        // Drawn there: the square (about 0.022° x 0.018°) in the middle of a 0.1° view, white around it.
        const QImage img = draw(wgs84, Extent::of(lonLat[0] - 0.05, lonLat[1] - 0.05, lonLat[0] + 0.05,
                                                  lonLat[1] + 0.05), 100, 100);
        QVERIFY(isRed(img, 0.5, 0.5));
        QVERIFY(!isRed(img, 0.2, 0.5) && !isRed(img, 0.5, 0.2));

        // In a Greek Grid map (and a map taking its CRS from the layer) it stays in place, said as well.
        for (const Crs& crs : {Crs::fromEpsg(2100), Crs()}) {
            const MapContent grid = loadSources({shp}, crs);
            QCOMPARE(grid.warnings.size(), std::size_t(1));
            QVERIFY(grid.crs.isSame(Crs::fromEpsg(2100)));
            QVERIFY(near(grid.layers.front().features->extent(),
                         Extent::of(kCentreX - 1000, kCentreY - 1000, kCentreX + 1000, kCentreY + 1000), 1e-6));
        }
    }

    void layerWithoutCrsAndNoSuggestionIsRefused()
    {
        const std::string shp = m_dir.tmp("nowhere.shp");
        writePolygon(shp, "ESRI Shapefile", 0, square(5e7, 5e7, 1000));
        const MapContent map = loadSources({shp}, Crs::fromEpsg(2100));
        QVERIFY(map.layers.empty());
        QCOMPARE(map.errors.size(), std::size_t(1));
        const QString said = QString::fromStdString(map.errors.front().message);
        QVERIFY2(said.contains("nowhere") && said.contains("no CRS"), qPrintable(said));
    }

    void worldPolygonsInTheGreekGridFinishAndShowCrete()
    {
        // The world as one polygon in WGS 84, densified every half degree (as ne_10m_land's outlines are).
        std::vector<double> ring;
        auto side = [&ring](double x0, double y0, double x1, double y1, int steps) {
            for (int i = 0; i < steps; ++i)
                ring.insert(ring.end(), {x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps});
        };
        side(-180, -85, 180, -85, 720);
        side(180, -85, 180, 85, 340);
        side(180, 85, -180, 85, 720);
        side(-180, 85, -180, -85, 340);
        ring.insert(ring.end(), {-180, -85});
        const std::string gpkg = m_dir.tmp("world.gpkg");
        writePolygon(gpkg, "GPKG", 4326, ring);

        const MapContent map = loadSources({gpkg}, Crs::fromEpsg(2100));
        QVERIFY(map.errors.empty());
        QCOMPARE(map.layers.size(), std::size_t(1));
        const Extent e = map.layers.front().features->extent();
        QVERIFY2(std::isfinite(e.width()) && std::isfinite(e.height()), qPrintable(describe(e)));
        // Crete (and the view around Heraklion) is land; the whole layer draws too.
        const QImage crete = draw(map, Extent::of(kCentreX - 80000, kCentreY - 40000, kCentreX + 80000,
                                                  kCentreY + 40000), 160, 80);
        QVERIFY(isRed(crete, 0.5, 0.5) && isRed(crete, 0.1, 0.1) && isRed(crete, 0.9, 0.9));
        const QImage all = draw(map, e, 200, 200);
        QVERIFY(isRed(all, 0.5, 0.5));
        // Zoomed to 1 m per pixel on Heraklion: the polygon reaches thousands of kilometres beyond the view.
        const QImage street = draw(map, Extent::of(kCentreX - 128, kCentreY - 128, kCentreX + 128, kCentreY + 128), 256, 256);
        QVERIFY(isRed(street, 0.5, 0.5) && isRed(street, 0.01, 0.99));
    }
};

QTEST_MAIN(TestRenderCrs)
#include "tst_render_crs.moc"

// An offline tile basemap: an MBTiles tile set (web mercator, RGBA tiles) drawn under the map through
// GDAL's MBTiles raster driver and reprojected into the Greek Grid.
#include "layers/core/transform.hpp"
#include "layers/map/map_content.hpp"
#include "layers/render/map_renderer.hpp"

#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <gdal_utils.h>

using namespace polis;

class TestBasemap : public QObject
{
    Q_OBJECT

private slots:
    void mbtilesDrawsItsColoursInPlace()
    {
        GDALAllRegister();
        QTemporaryDir dir;
        const std::string tif = dir.filePath("tiles.tif").toStdString();
        const std::string mbtiles = dir.filePath("basemap.mbtiles").toStdString();

        // A 256x256 RGB image over Heraklion in EPSG:3857: the west half teal (0,128,128), the east half
        // orange (255,140,0).
        const double west = 2790000, east = 2810000, south = 4200000, north = 4220000;
        {
            GDALDriver* gtiff = GetGDALDriverManager()->GetDriverByName("GTiff");
            GDALDatasetUniquePtr ds(gtiff->Create(tif.c_str(), 256, 256, 3, GDT_Byte, nullptr));
            double gt[6] = {west, (east - west) / 256, 0, north, 0, -(north - south) / 256};
            ds->SetGeoTransform(gt);
            OGRSpatialReference srs;
            srs.importFromEPSG(3857);
            ds->SetSpatialRef(&srs);
            const GByte colours[2][3] = {{0, 128, 128}, {255, 140, 0}};
            for (int b = 0; b < 3; ++b) {
                std::vector<GByte> band(256 * 256);
                for (int y = 0; y < 256; ++y)
                    for (int x = 0; x < 256; ++x)
                        band[std::size_t(y) * 256 + std::size_t(x)] = colours[x < 128 ? 0 : 1][b];
                QCOMPARE(ds->GetRasterBand(b + 1)->RasterIO(GF_Write, 0, 0, 256, 256, band.data(), 256, 256, GDT_Byte, 0, 0),
                         CE_None);
            }
        }
        const char* args[] = {"-of", "MBTILES", "-co", "TILE_FORMAT=PNG", nullptr};
        GDALTranslateOptions* options = GDALTranslateOptionsNew(const_cast<char**>(args), nullptr);
        GDALDatasetH src = GDALOpen(tif.c_str(), GA_ReadOnly);
        GDALDatasetH out = GDALTranslate(mbtiles.c_str(), src, options, nullptr);
        GDALTranslateOptionsFree(options);
        QVERIFY(out);
        GDALClose(out);
        GDALClose(src);

        MapContent map = loadSources({mbtiles}, Crs::fromEpsg(2100));
        QVERIFY2(map.errors.empty(), map.errors.empty() ? "" : map.errors.front().message.c_str());
        QCOMPARE(map.layers.size(), std::size_t(1));
        QVERIFY(map.layers[0].raster);

        // Probe points a quarter of the way in from each side, taken to the Greek Grid independently of
        // the renderer, must show the two colours.
        Transform toGrid(Crs::fromEpsg(3857), Crs::fromEpsg(2100));
        const double y = (south + north) / 2;
        double probes[4] = {west + (east - west) * 0.25, y, west + (east - west) * 0.75, y};
        toGrid.apply(probes, 2);
        RenderRequest request;
        request.crs = map.crs;
        request.layers = map.layers;
        request.width = 200;
        request.height = 200;
        request.extent = Extent::of(probes[0] - 3000, probes[1] - 3000, probes[2] + 3000, probes[3] + 3000);
        const QImage image = MapRenderer::render(request);
        const Extent shown = MapRenderer::fitExtent(request.extent, 200, 200);
        auto pixel = [&](double mx, double my) {
            return image.pixelColor(int((mx - shown.xmin) / shown.width() * 200), int((shown.ymax - my) / shown.height() * 200));
        };
        const QColor teal = pixel(probes[0], probes[1]);
        const QColor orange = pixel(probes[2], probes[3]);
        QVERIFY2(std::abs(teal.red() - 0) < 12 && std::abs(teal.green() - 128) < 12 && std::abs(teal.blue() - 128) < 12,
                 qPrintable(teal.name()));
        QVERIFY2(std::abs(orange.red() - 255) < 12 && std::abs(orange.green() - 140) < 12 && orange.blue() < 12,
                 qPrintable(orange.name()));
    }
};

QTEST_GUILESS_MAIN(TestBasemap)
#include "tst_basemap.moc"

// Fixtures for renderer tests: stores built in EPSG:2100 on a 10 m per pixel frame whose top-left is
// (kX0, kY0 + 1000), so the pixels each feature covers follow from its construction.
#pragma once
#include "layers/render/map_renderer.hpp"

#include <QColor>
#include <QImage>
#include <QString>

#include <memory>
#include <vector>

namespace polis::test {

constexpr double kX0 = 600000, kY0 = 3900000; // map origin: 100 x 100 px over 1000 x 1000 m (10 m per pixel)
inline const Color kRed{255, 0, 0}, kBlue{0, 0, 255}, kWhite{255, 255, 255};

/// Map coordinates of the centre of pixel (col, row) in a 10 m/px frame whose top-left is (kX0, kY0 + 1000).
inline double mapX(double col)
{
    return kX0 + 10 * (col + 0.5);
}
inline double mapY(double row)
{
    return kY0 + 1000 - 10 * (row + 0.5);
}

/// A store of axis-aligned rectangles in pixel units of the 100 px frame (x, y, w, h; y down), each with
/// optional holes given the same way; feature i gets the attributes rows[i] (when given) of `fields`.
struct Rect
{
    double x, y, w, h;
};
inline std::shared_ptr<FeatureStore> rects(const std::vector<std::vector<Rect>>& polygons, double scale = 10,
                                           std::vector<Field> fields = {},
                                           const std::vector<std::vector<AttributeValue>>& rows = {})
{
    auto s = std::make_shared<FeatureStore>(std::move(fields));
    for (std::size_t i = 0; i < polygons.size(); ++i) {
        s->beginFeature(std::int64_t(i), GeometryKind::Polygon);
        s->beginPart();
        for (const Rect& r : polygons[i]) {
            const double x0 = kX0 + scale * r.x, x1 = kX0 + scale * (r.x + r.w);
            const double y0 = kY0 + 1000 - scale * r.y, y1 = kY0 + 1000 - scale * (r.y + r.h);
            s->beginRing();
            const double ring[5][2] = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
            for (const auto& p : ring)
                s->addPoint(p[0], p[1]);
        }
        for (std::size_t f = 0; i < rows.size() && f < rows[i].size(); ++f)
            s->setAttribute(f, rows[i][f]);
        s->endFeature();
    }
    s->finish();
    return s;
}

inline MapLayer layer(std::shared_ptr<const FeatureStore> store, Color fill, double strokeWidth = 0)
{
    MapLayer l;
    l.name = "test";
    l.features = std::move(store);
    l.style.fill = fill;
    l.style.stroke = fill;
    l.style.strokeWidth = strokeWidth;
    return l;
}

inline RenderRequest request(std::vector<MapLayer> layers, int width = 100, int height = 100)
{
    RenderRequest r;
    r.extent = Extent::of(kX0, kY0 + 1000 - 10.0 * height, kX0 + 10.0 * width, kY0 + 1000);
    r.width = width;
    r.height = height;
    r.crs = Crs::fromEpsg(2100);
    r.background = kWhite;
    r.layers = std::move(layers);
    return r;
}

inline bool is(const QImage& img, int x, int y, const Color& c, int tolerance = 0)
{
    const QRgb p = img.pixel(x, y);
    return std::abs(qRed(p) - c.r) <= tolerance && std::abs(qGreen(p) - c.g) <= tolerance &&
           std::abs(qBlue(p) - c.b) <= tolerance;
}

inline QString rgb(const QImage& img, int x, int y)
{
    return QColor(img.pixel(x, y)).name() + QString(" at %1,%2").arg(x).arg(y);
}

#define PIXEL(img, x, y, c) QVERIFY2(is(img, x, y, c), qPrintable(rgb(img, x, y)))


} // namespace polis::test

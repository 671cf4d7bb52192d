#include "map_renderer.hpp"

#include "../core/error.hpp"
#include "../core/helpers.hpp"
#include "feature_classes.hpp"
#include "label_painter.hpp"

#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>
#include <QThread>
#include <QSvgGenerator>

#include <algorithm>
#include <memory>
#include <mutex>

namespace polis {
namespace {

constexpr int kTileSize = 256;

/// What every tile of a frame shares, prepared once on the calling thread before the tiles: rasters warped
/// to the whole frame (each read opens its own GDAL handle) and each classified layer's feature classes.
struct FrameData
{
    std::vector<QImage> rasters;
    std::vector<std::shared_ptr<const std::vector<std::uint16_t>>> classes;
};

FrameData prepareFrame(const RenderRequest& request, const Extent& extent, RenderStats& stats)
{
    FrameData data;
    data.classes.resize(request.layers.size());
    for (std::size_t i = 0; i < request.layers.size(); ++i) {
        if (request.layers[i].visible)
            data.classes[i] = detail::featureClasses(request.layers[i]);
    }
    std::vector<QImage>& images = data.rasters;
    images.resize(request.layers.size());
    for (std::size_t i = 0; i < request.layers.size(); ++i) {
        const MapLayer& layer = request.layers[i];
        if (!layer.visible || !layer.raster)
            continue;
        try {
            RasterImage raster = layer.raster->read(extent, request.crs, request.width, request.height);
            QImage image(reinterpret_cast<const uchar*>(raster.pixels.data()), raster.width, raster.height,
                         raster.width * 4, QImage::Format_ARGB32_Premultiplied);
            images[i] = image.copy();
        } catch (const Error& e) {
            stats.errors.push_back({layer.name, userMessage(e)});
        }
    }
    return data;
}

void paintLayers(const detail::PaintTarget& target, const RenderRequest& request, const FrameData& frame,
                 const QRect& device, const std::atomic<bool>* cancel, RenderStats& stats)
{
    for (std::size_t i = 0; i < request.layers.size(); ++i) {
        const MapLayer& layer = request.layers[i];
        if (!layer.visible || (cancel && cancel->load()))
            continue;
        if (layer.features) {
            detail::paintFeatures(target, layer, frame.classes[i].get(), cancel, stats);
        } else if (!frame.rasters[i].isNull()) {
            target.painter.setOpacity(layer.opacity);
            target.painter.drawImage(QRect(QPoint(0, 0), device.size()), frame.rasters[i], device);
            target.painter.setOpacity(1.0);
        }
    }
}

void merge(RenderStats& into, const RenderStats& from)
{
    into.featuresDrawn += from.featuresDrawn;
    into.featuresAsPixel += from.featuresAsPixel;
    into.labelsDrawn += from.labelsDrawn;
    into.cancelled = into.cancelled || from.cancelled;
    into.errors.insert(into.errors.end(), from.errors.begin(), from.errors.end());
}

} // namespace

Extent MapRenderer::fitExtent(const Extent& extent, int width, int height)
{
    if (extent.isEmpty() || width <= 0 || height <= 0)
        return extent;
    double w = std::max(extent.width(), 1e-9);
    double h = std::max(extent.height(), 1e-9);
    const double aspect = double(width) / height;
    if (w / h < aspect)
        w = h * aspect;
    else
        h = w / aspect;
    return Extent::of(extent.centerX() - w / 2, extent.centerY() - h / 2, extent.centerX() + w / 2,
                      extent.centerY() + h / 2);
}

QImage MapRenderer::render(const RenderRequest& request, const std::atomic<bool>* cancel, RenderStats* stats)
{
    RenderStats total;
    QImage frame(std::max(1, request.width), std::max(1, request.height), QImage::Format_ARGB32_Premultiplied);
    const Color& bg = request.background;
    frame.fill(QColor(bg.r, bg.g, bg.b, bg.a));
    const Extent extent = fitExtent(request.extent, frame.width(), frame.height());
    if (extent.isEmpty()) {
        if (stats)
            *stats = total;
        return frame;
    }
    const detail::ViewTransform view = detail::ViewTransform::of(extent, frame.width());
    const FrameData data = prepareFrame(request, extent, total);

    std::vector<QRect> tiles;
    for (int y = 0; y < frame.height(); y += kTileSize) {
        for (int x = 0; x < frame.width(); x += kTileSize)
            tiles.emplace_back(x, y, std::min(kTileSize, frame.width() - x), std::min(kTileSize, frame.height() - y));
    }
    std::atomic<std::size_t> next{0};
    std::mutex statsMutex;
    uchar* bits = frame.bits();
    const qsizetype stride = frame.bytesPerLine();
    auto worker = [&] {
        RenderStats local;
        for (std::size_t t = next++; t < tiles.size(); t = next++) {
            const QRect& r = tiles[t];
            // A view into the frame's memory: tiles never overlap, so painters never share pixels.
            QImage tile(bits + r.y() * stride + r.x() * 4, r.width(), r.height(), stride,
                        QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&tile);
            painter.setRenderHint(QPainter::Antialiasing);
            const detail::PaintTarget target{painter, view.shifted(r.x(), r.y()), r.size(), &tile, request.pixelRatio};
            paintLayers(target, request, data, r, cancel, local);
        }
        std::lock_guard<std::mutex> lock(statsMutex);
        merge(total, local);
    };
    // Tiles are painted by the calling thread and helpers borrowed from Qt's global pool (core/helpers.hpp).
    // QPainter's raster engine splits every fill of more than ~96 spans into segments that it runs on that
    // pool and waits for, unless the painting thread is one of the pool's own: painting on a pool of our own
    // cost about a thousand thread hand-offs per frame (a fifth of a 1 km window's CPU time).
    // The calling thread places the labels first (placing reads the layers only), then joins the tiles.
    detail::FrameLabels labels;
    runWithHelpers(std::min<int>(int(tiles.size()) - 1, std::max(1, QThread::idealThreadCount())), worker, [&] {
        labels = detail::placeLabels(view, frame.size(), request.pixelRatio, request.layers, cancel, true);
    });
    if (!(cancel && cancel->load())) {
        QPainter painter(&frame);
        painter.setRenderHint(QPainter::Antialiasing);
        detail::paintLabels(painter, labels);
        total.labelsDrawn = labels.count();
    }
    if (cancel && cancel->load())
        total.cancelled = true;
    if (stats)
        *stats = std::move(total);
    return frame;
}

void MapRenderer::paint(QPainter& painter, const RenderRequest& request, RenderStats* stats)
{
    RenderStats total;
    const Extent extent = fitExtent(request.extent, request.width, request.height);
    const Color& bg = request.background;
    painter.fillRect(QRect(0, 0, request.width, request.height), QColor(bg.r, bg.g, bg.b, bg.a));
    if (!extent.isEmpty()) {
        const detail::ViewTransform view = detail::ViewTransform::of(extent, request.width);
        const FrameData data = prepareFrame(request, extent, total);
        painter.save();
        painter.setClipRect(QRect(0, 0, request.width, request.height));
        painter.setRenderHint(QPainter::Antialiasing);
        const QRect all(0, 0, request.width, request.height);
        const detail::PaintTarget target{painter, view, all.size(), nullptr, request.pixelRatio};
        paintLayers(target, request, data, all, nullptr, total);
        const detail::FrameLabels labels = detail::placeLabels(view, all.size(), request.pixelRatio, request.layers,
                                                               nullptr, detail::stampsLabels(painter));
        detail::paintLabels(painter, labels);
        total.labelsDrawn = labels.count();
        painter.restore();
    }
    if (stats)
        *stats = std::move(total);
}

RenderStats MapRenderer::write(const RenderRequest& request, const std::string& path, const std::string& title)
{
    RenderStats stats;
    const QString file = QString::fromStdString(path);
    const QString suffix = file.section('.', -1).toLower();
    const QString qtitle = QString::fromStdString(title);
    // Written to a temporary file in the same folder and renamed over `path` when complete: a kill or a full
    // disk leaves the previous file intact.
    QSaveFile out(file);
    if (suffix != "png" && suffix != "pdf" && suffix != "svg")
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: unknown output format (use .png, .pdf or .svg)"), {path});
    if (!out.open(QIODevice::WriteOnly))
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot write the file: %2"), {path, out.errorString().toStdString()});
    if (suffix == "png") {
        QImage image = render(request, nullptr, &stats);
        if (!qtitle.isEmpty())
            image.setText("Title", qtitle);
        if (!image.save(&out, "PNG"))
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot write the PNG file"), {path});
    } else if (suffix == "pdf") {
        QPdfWriter writer(&out);
        writer.setResolution(96);
        writer.setTitle(qtitle);
        writer.setCreator(QStringLiteral("Polis"));
        writer.setPageSize(QPageSize(QSizeF(request.width * 0.75, request.height * 0.75), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&writer))
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot write the PDF file"), {path});
        paint(painter, request, &stats);
        painter.end();
    } else if (suffix == "svg") {
        QSvgGenerator svg;
        svg.setOutputDevice(&out);
        svg.setSize(QSize(request.width, request.height));
        svg.setViewBox(QRect(0, 0, request.width, request.height));
        svg.setResolution(96);
        svg.setTitle(qtitle);
        QPainter painter;
        if (!painter.begin(&svg))
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot write the SVG file"), {path});
        paint(painter, request, &stats);
        painter.end();
    }
    if (!out.commit())
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot write the file: %2"), {path, out.errorString().toStdString()});
    return stats;
}

} // namespace polis

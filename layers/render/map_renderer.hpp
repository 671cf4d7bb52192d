#pragma once
#include "../map/map_content.hpp"

#include <QImage>

#include <atomic>
#include <string>
#include <vector>

class QPainter;

namespace polis {

/// An immutable description of one frame: what to draw, where, at what size.
struct RenderRequest
{
    Extent extent;       ///< map CRS units; widened to the output's aspect ratio (fitExtent)
    int width = 0;       ///< output size in device pixels
    int height = 0;
    double pixelRatio = 1.0; ///< device pixels per device-independent pixel (HiDPI, print DPI / 96)
    Color background{0xff, 0xff, 0xff};
    Crs crs;             ///< the map CRS (rasters are warped into it)
    std::vector<MapLayer> layers; ///< bottom to top; snapshots shared with the caller
};

/// Statistics of one render, for benchmarks and progress.
struct RenderStats
{
    std::size_t featuresDrawn = 0;
    std::size_t featuresAsPixel = 0; ///< smaller than a pixel: drawn as one pixel (level of detail)
    std::size_t labelsDrawn = 0;     ///< labels placed and painted
    bool cancelled = false;
    std::vector<LayerError> errors; ///< per-layer problems (e.g. a raster that could not be read)
};

/// Paints maps with QPainter. The same painting code serves screen tiles, PNG, PDF and SVG.
/// All functions are thread-safe; requests are read-only.
class MapRenderer
{
public:
    /// `extent` widened about its centre so that it has the aspect ratio of width x height.
    static Extent fitExtent(const Extent& extent, int width, int height);

    /// Renders into an image in 256-pixel tiles, painted by helpers on Qt's global pool (which do not count
    /// against its capacity while they paint) and by the calling thread, which first places the labels and
    /// at the end paints them over the tiles. Never waits for a busy pool: unstarted helpers are taken back.
    /// When `cancel` becomes true the render stops within one batch of features and the image is partial.
    static QImage render(const RenderRequest& request, const std::atomic<bool>* cancel = nullptr,
                         RenderStats* stats = nullptr);

    /// Paints the request onto any painter (QPdfWriter, QSvgGenerator, QImage) covering
    /// (0,0)-(width,height) in the painter's coordinates, as vectors where the content is vector.
    static void paint(QPainter& painter, const RenderRequest& request, RenderStats* stats = nullptr);

    /// Writes the map to `path`: .png (tiled raster), .pdf or .svg (vector). Throws IoError naming the file.
    static RenderStats write(const RenderRequest& request, const std::string& path, const std::string& title = {});
};

} // namespace polis

#pragma once
#include "../render/map_renderer.hpp"
#include "layout_document.hpp"

#include <QImage>

#include <string>

class QPainter;

namespace polis {

/// Paints print layouts: the title block, the map frame (MapRenderer::paint, clipped to the frame, vectors
/// kept as vectors), the legend, scale bar, north arrow, CRS, date, attribution, overview inset and logo;
/// and table pages. The same painting serves PDF (QPdfWriter), PNG (QImage) and SVG (QSvgGenerator).
/// Thread-safe: documents are read-only.
class LayoutRenderer
{
public:
    /// Paints page `index` of `doc` over the whole sheet of a device with `dotsPerMm` device units per
    /// millimetre. The map frame's rasters are warped at `mapDpi` (keeps PDFs small); vectors stay vectors.
    /// Per-layer problems (a raster or logo that cannot be read) are returned, never thrown.
    static RenderStats paintPage(QPainter& painter, const LayoutDocument& doc, std::size_t index,
                                 double dotsPerMm, double mapDpi);

    /// Page `index` as an image at `dpi`, with the DPI in its metadata (dots per metre). Throws IoError when
    /// the page would exceed 150 megapixels (e.g. A0 at 300 dpi) or memory runs out.
    static QImage renderPage(const LayoutDocument& doc, std::size_t index, int dpi, RenderStats* stats = nullptr);

    /// The extent the map frame of `page` shows (map CRS): the layout's scale about the page extent's
    /// centre, or the page's extent widened to the frame's aspect ratio.
    static Extent frameExtent(const LayoutDocument& doc, const LayoutPage& page);

    /// Writes the document: .pdf (every page, at the paper size; rasters at min(dpi, 200) dpi),
    /// .png (at `dpi`), .svg (one page) or .html (the interactive web pack, writeWebPack). Throws IoError
    /// naming the file: unknown format, a PNG or SVG
    /// for more than one page, or a file that cannot be written.
    static RenderStats write(const LayoutDocument& doc, const std::string& path, int dpi);
};

} // namespace polis

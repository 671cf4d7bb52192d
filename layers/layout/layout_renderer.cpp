#include "layout_renderer.hpp"

#include "../core/error.hpp"
#include "../core/detail/regular_file.hpp"
#include "detail/page_painter.hpp"
#include "detail/table_page.hpp"
#include "legend.hpp"
#include "scale_bar.hpp"
#include "web_pack.hpp"

#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QSaveFile>
#include <QPainterPath>
#include <QPdfWriter>
#include <QStringList>
#include <QSvgGenerator>

#include <cmath>

namespace polis {
namespace {

constexpr double kMaxVectorRasterDpi = 200; ///< rasters inside PDF and SVG maps
constexpr double kMaxImagePixels = 150e6;   ///< a PNG page: 600 MB of ARGB in memory
constexpr double kOverviewDpi = 150;
constexpr double kInfoMm = 42, kOverviewMm = 45, kLogoMm = 18, kGapMm = 4, kSideColumnMm = 62;

/// "25 000" from 24 987.3: the scale denominator rounded to three significant digits, digits grouped.
QString scaleText(double denominator)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(denominator)) - 2);
    const qlonglong rounded = qlonglong(std::round(denominator / std::max(1.0, magnitude)) * std::max(1.0, magnitude));
    QLocale locale; // grouped the reader's way (1:75.752 in Greek), also where the C locale groups nothing
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(rounded);
}

/// The title block of every page: the title, the subtitle under it and, top right, "Page N of M" and the
/// date.
void paintTitleBlock(QPainter& painter, const detail::PageMetrics& m, const RectMm& block, const QString& title,
                     const QString& subtitle, std::size_t index, std::size_t pages)
{
    const QRectF r = m.rect(block);
    painter.setFont(layoutFont(9));
    painter.setPen(QColor(0x40, 0x40, 0x40));
    const QString folio = LayoutText::tr("Page %1 of %2").arg(index + 1).arg(pages) + QStringLiteral(" · ") +
                          detail::dateText(QDate::currentDate());
    const double folioWidth = QFontMetricsF(painter.font(), painter.device()).horizontalAdvance(folio);
    painter.drawText(r, Qt::AlignRight | Qt::AlignTop, folio);
    painter.setPen(Qt::black);
    painter.setFont(layoutFont(20, true));
    const double titleHeight = QFontMetricsF(painter.font(), painter.device()).height();
    painter.drawText(QRectF(r.left(), r.top(), std::max(0.0, r.width() - folioWidth - m.px(4)), titleHeight),
                     Qt::AlignLeft | Qt::AlignTop, title);
    painter.setFont(layoutFont(12));
    painter.setPen(QColor(0x40, 0x40, 0x40));
    painter.drawText(QRectF(r.left(), r.top() + titleHeight, r.width(), r.height() - titleHeight),
                     Qt::AlignLeft | Qt::AlignTop, subtitle);
    painter.setPen(QPen(QColor(0x40, 0x40, 0x40), m.px(0.5)));
    painter.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()));
}

/// A map of `layers` over `extent` for `target` (device units), `mapDpi` request pixels per inch.
RenderRequest mapRequest(const LayoutDocument& doc, const std::vector<MapLayer>& layers, const Extent& extent,
                         const QRectF& target, double dotsPerMm, double mapDpi)
{
    const double perDevice = mapDpi / 25.4 / dotsPerMm; // map-request pixels per device unit
    RenderRequest request;
    request.extent = extent;
    request.width = std::max(1, int(std::lround(target.width() * perDevice)));
    request.height = std::max(1, int(std::lround(target.height() * perDevice)));
    request.pixelRatio = mapDpi / 96;
    request.crs = doc.crs;
    request.background = doc.background;
    request.layers = layers;
    return request;
}

/// Paints the map frame: vectors stay vectors, rasters at `mapDpi`.
RenderStats paintMap(QPainter& painter, const RenderRequest& request, const QRectF& target)
{
    RenderStats stats;
    painter.save();
    painter.setClipRect(target);
    painter.translate(target.topLeft());
    painter.scale(target.width() / request.width, target.height() / request.height);
    MapRenderer::paint(painter, request, &stats);
    painter.restore();
    return stats;
}

/// Outlines the overview inset and marks the main frame's extent on it in red.
void outlineOverview(QPainter& painter, const Extent& full, const Extent& frame, const QRectF& box, double dotsPerMm)
{
    const double k = box.width() / full.width();
    const QRectF marked(box.left() + (frame.xmin - full.xmin) * k, box.top() + (full.ymax - frame.ymax) * k,
                        frame.width() * k, frame.height() * k);
    painter.save();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0x60, 0x60, 0x60), 0.3 * dotsPerMm));
    painter.drawRect(box);
    painter.setPen(QPen(QColor(0xd0, 0x10, 0x10), 0.5 * dotsPerMm));
    painter.drawRect(marked.intersected(box));
    painter.restore();
}

void paintLogo(QPainter& painter, const std::string& path, const QRectF& box, RenderStats& stats)
{
    if (const char* kind = polis::detail::specialFileKind(path)) { // a FIFO would block forever
        stats.errors.push_back({"logo", path + ": " + LayoutText::tr("the logo is not a file").toStdString() + " (" +
                                            polis::Error::part(kind)->translated() + ")"});
        return;
    }
    const QImage logo(QString::fromStdString(path));
    if (logo.isNull()) {
        stats.errors.push_back({"logo", path + ": " + LayoutText::tr("cannot read the logo image").toStdString()});
        return;
    }
    const QSizeF size = QSizeF(logo.size()).scaled(box.size(), Qt::KeepAspectRatio);
    painter.drawImage(QRectF(box.left(), box.top(), size.width(), size.height()), logo);
}

/// The layout's attribution, then the credits of the page's visible layers, each once.
QString attributionLine(const LayoutDocument& doc, const LayoutPage& page)
{
    QStringList credits;
    if (!doc.layout.attribution.empty())
        credits << QString::fromStdString(doc.layout.attribution);
    for (const MapLayer& layer : page.layers) {
        const QString credit = QString::fromStdString(layer.attribution);
        if (layer.visible && !credit.isEmpty() && !credits.contains(credit))
            credits << credit;
    }
    return credits.join(QStringLiteral("; "));
}

/// Scale, CRS, date and attribution at the foot of the side panel.
void paintInfo(QPainter& painter, const LayoutDocument& doc, const LayoutPage& page, double scale, const QRectF& box)
{
    QString text;
    if (scale > 0)
        text += LayoutText::tr("Scale 1:%1 (on %2 paper)").arg(scaleText(scale), QString::fromStdString(PrintLayout::paperName(doc.layout.paper))) + '\n';
    const QString crsName = QString::fromStdString(doc.crs.name());
    text += LayoutText::tr("Coordinate system: %1").arg(QString::fromStdString(doc.crs.displayId())) +
            (crsName.isEmpty() ? QString() : QStringLiteral(" — ") + crsName) + '\n';
    text += LayoutText::tr("Date: %1").arg(detail::dateText(QDate::currentDate())) + '\n';
    if (const QString credits = attributionLine(doc, page); !credits.isEmpty())
        text += LayoutText::tr("Data: %1").arg(credits) + '\n';
    text += LayoutText::tr("Made with Polis");
    painter.setPen(QColor(0x30, 0x30, 0x30));
    const QFont font = layoutFont(8);
    painter.setFont(font);
    const QRectF used = painter.boundingRect(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignBottom, text);
    painter.drawText(QRectF(box.left(), std::max(box.top(), box.bottom() - used.height()), box.width(),
                            std::min(box.height(), used.height())),
                     Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignBottom, text);
}

/// Where the panel's parts go. A tall panel (beside the map) stacks them bottom up: information, logo,
/// overview, and the legend takes the rest above. A wide one (under the map) sets them side by side from
/// the right: information under the logo, then the overview; the legend takes the rest on the left.
struct PanelParts
{
    RectMm info, logo, overview, legend;
    bool hasLogo = false, hasOverview = false;
};

PanelParts panelParts(const PrintLayout& layout, const RectMm& panel)
{
    PanelParts parts;
    parts.hasLogo = !layout.logoPath.empty();
    RectMm rest = panel;
    if (panel.height >= panel.width) {
        auto takeBottom = [&rest](double height) {
            const RectMm part{rest.x, rest.bottom() - height, rest.width, height};
            rest.height -= height + kGapMm;
            return part;
        };
        parts.info = takeBottom(kInfoMm);
        if (parts.hasLogo)
            parts.logo = takeBottom(kLogoMm);
        parts.hasOverview = layout.overview && rest.height > kOverviewMm;
        if (parts.hasOverview)
            parts.overview = takeBottom(kOverviewMm);
    } else {
        auto takeRight = [&rest](double width) {
            const RectMm part{rest.right() - width, rest.y, width, rest.height};
            rest.width -= width + kGapMm;
            return part;
        };
        const RectMm column = takeRight(kSideColumnMm);
        parts.info = {column.x, column.bottom() - kInfoMm, column.width, kInfoMm};
        if (parts.hasLogo)
            parts.logo = {column.x, parts.info.y - kGapMm - kLogoMm, column.width, kLogoMm};
        parts.hasOverview = layout.overview && rest.width > 2 * kOverviewMm;
        if (parts.hasOverview)
            parts.overview = takeRight(std::min(rest.width * 0.35, rest.height * 1.5));
    }
    parts.legend = rest;
    return parts;
}

RenderStats paintMapPage(QPainter& painter, const LayoutDocument& doc, std::size_t index,
                         const detail::PageMetrics& m, double mapDpi)
{
    const LayoutPage& page = doc.pages[index];
    const PrintLayout& layout = doc.layout;
    const LayoutGeometry g = layout.geometry();
    const PanelParts parts = panelParts(layout, g.panel);

    // The map first: the rest is drawn over what spills beyond its frame.
    const Extent extent = LayoutRenderer::frameExtent(doc, page);
    const QRectF frame = m.rect(g.map);
    RenderStats stats = paintMap(painter, mapRequest(doc, page.layers, extent, frame, m.dotsPerMm, mapDpi), frame);
    // QSvgGenerator (Qt 6.4) ignores clipping: white out whatever the map drew beyond its frame.
    QPainterPath outside;
    outside.setFillRule(Qt::OddEvenFill);
    outside.addRect(m.rect(g.page));
    outside.addRect(frame);
    painter.fillPath(outside, Qt::white);
    painter.setPen(QPen(QColor(0x30, 0x30, 0x30), m.px(0.4)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame);
    // The overview inset is a small image: nothing of it can spill over the page.
    const QRectF overview = m.rect(parts.overview);
    const Extent full = MapRenderer::fitExtent(doc.fullExtent, int(overview.width()), int(overview.height()));
    if (parts.hasOverview && !full.isEmpty()) {
        RenderStats s;
        const QImage image =
            MapRenderer::render(mapRequest(doc, page.layers, full, overview, m.dotsPerMm, kOverviewDpi), nullptr, &s);
        painter.drawImage(overview, image);
        stats.errors.insert(stats.errors.end(), s.errors.begin(), s.errors.end());
        outlineOverview(painter, full, extent, overview, m.dotsPerMm);
    }

    QString subtitle = LayoutText::tr("Scenario: %1").arg(detail::scenarioTitle(page.scenario));
    if (!layout.subtitle.empty())
        subtitle += QStringLiteral(" — ") + QString::fromStdString(layout.subtitle);
    paintTitleBlock(painter, m, g.title, QString::fromStdString(doc.title), subtitle, index, doc.pages.size());

    const double groundWidth = extent.width() * ScaleBar::groundMetresPerUnit(doc.crs, extent);
    if (layout.northArrow) {
        const QRectF box(frame.right() - m.px(16), frame.top() + m.px(4), m.px(12), m.px(18));
        painter.save();
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 200));
        painter.drawRoundedRect(box.adjusted(-m.px(1), -m.px(1), m.px(1), m.px(1)), m.px(1.5), m.px(1.5));
        painter.restore();
        detail::paintNorthArrow(painter, box);
    }
    const ScaleBar bar = ScaleBar::choose(groundWidth);
    if (layout.scaleBar && bar.isValid()) {
        const double barWidth = frame.width() * bar.lengthMetres() / groundWidth;
        bar.paint(painter, QPointF(frame.left() + m.px(4), frame.bottom() - m.px(4)), barWidth, m.dotsPerMm);
    }

    paintInfo(painter, doc, page, groundWidth > 0 ? groundWidth / (g.map.width / 1000) : 0, m.rect(parts.info));
    if (parts.hasLogo)
        paintLogo(painter, layout.logoPath, m.rect(parts.logo), stats);
    if (layout.legend) {
        const Legend legend = Legend::fromLayers(page.layers);
        RectMm box = parts.legend;
        box.height = std::min(box.height, legend.heightMm());
        legend.paint(painter, m.rect(box), m.dotsPerMm);
    }
    return stats;
}

} // namespace

Extent LayoutRenderer::frameExtent(const LayoutDocument& doc, const LayoutPage& page)
{
    const RectMm frame = doc.layout.geometry().map;
    const double perUnit = ScaleBar::groundMetresPerUnit(doc.crs, page.extent);
    if (doc.layout.scale && perUnit > 0 && !page.extent.isEmpty()) {
        const double w = frame.width / 1000 * *doc.layout.scale / perUnit;
        const double h = frame.height / 1000 * *doc.layout.scale / perUnit;
        const double cx = page.extent.centerX(), cy = page.extent.centerY();
        return Extent::of(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2);
    }
    // fitExtent takes whole pixels: micrometres keep the frame's aspect ratio exact enough.
    return MapRenderer::fitExtent(page.extent, int(frame.width * 1000), int(frame.height * 1000));
}

RenderStats LayoutRenderer::paintPage(QPainter& painter, const LayoutDocument& doc, std::size_t index,
                                      double dotsPerMm, double mapDpi)
{
    const detail::PageMetrics m{dotsPerMm};
    painter.fillRect(m.rect(doc.layout.geometry().page), Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (index >= doc.pages.size())
        return {};
    const LayoutPage& page = doc.pages[index];
    if (page.table) {
        paintTitleBlock(painter, m, doc.layout.geometry().title, QString::fromStdString(doc.title),
                        QString::fromStdString(page.table->heading), index, doc.pages.size());
        detail::paintTablePage(painter, m, doc.layout, *page.table);
        return {};
    }
    return paintMapPage(painter, doc, index, m, mapDpi);
}

QImage LayoutRenderer::renderPage(const LayoutDocument& doc, std::size_t index, int dpi, RenderStats* stats)
{
    const auto [w, h] = doc.layout.pageSizeMm();
    const double dotsPerMm = dpi / 25.4;
    const double pixels = w * dotsPerMm * h * dotsPerMm;
    if (pixels > kMaxImagePixels)
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "a %1 page at %2 dpi is too large for one image (%3 megapixels, at "
                                                        "most %4): lower the resolution"),
                      {PrintLayout::paperName(doc.layout.paper), std::to_string(dpi), std::to_string(qlonglong(pixels / 1e6)),
                       std::to_string(qlonglong(kMaxImagePixels / 1e6))});
    const int width = int(std::lround(w * dotsPerMm)), height = int(std::lround(h * dotsPerMm));
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "not enough memory for a %1 x %2 pixel page"), {std::to_string(width), std::to_string(height)});
    // Before painting: text sizes in points follow the image's resolution.
    image.setDotsPerMeterX(int(std::lround(dotsPerMm * 1000)));
    image.setDotsPerMeterY(int(std::lround(dotsPerMm * 1000)));
    image.fill(Qt::white);
    QPainter painter(&image);
    RenderStats s = paintPage(painter, doc, index, dotsPerMm, dpi);
    painter.end();
    if (stats)
        *stats = std::move(s);
    return image;
}

RenderStats LayoutRenderer::write(const LayoutDocument& doc, const std::string& path, int dpi)
{
    const QString file = QString::fromStdString(path);
    const QString suffix = file.section('.', -1).toLower();
    const QString title = QString::fromStdString(doc.title);
    const double vectorMapDpi = std::min<double>(dpi, kMaxVectorRasterDpi);
    RenderStats stats;
    auto keep = [&stats](const RenderStats& s) { stats.errors.insert(stats.errors.end(), s.errors.begin(), s.errors.end()); };
    if (suffix == "html") {
        writeWebPack(doc, path);
        return stats;
    }
    if (suffix != "pdf" && doc.pages.size() > 1)
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: PNG and SVG hold one page; write the council pack as .pdf or .html"), {path});
    if (suffix != "png" && suffix != "pdf" && suffix != "svg")
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: unknown output format (use .pdf, .png, .svg or .html)"), {path});
    // Written to a temporary file in the same folder and renamed over `path` when complete: a kill or a full
    // disk leaves the previous file intact.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot write the file: %2"), {path, out.errorString().toStdString()});
    if (suffix == "png") {
        QImage image;
        try {
            image = renderPage(doc, 0, dpi, &stats);
        } catch (const IoError& e) {
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: %2"), {path, Error::keep(e)});
        }
        image.setText(QStringLiteral("Title"), title);
        if (!image.save(&out, "PNG"))
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot write the PNG file"), {path});
    } else if (suffix == "pdf") {
        QPdfWriter writer(&out);
        constexpr int kPdfResolution = 1200;
        writer.setResolution(kPdfResolution);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Polis"));
        // QPageSize lists A0..A4 in order, Paper lists A4..A0.
        writer.setPageSize(QPageSize(QPageSize::PageSizeId(int(QPageSize::A4) - int(doc.layout.paper))));
        writer.setPageOrientation(doc.layout.orientation == Orientation::Landscape ? QPageLayout::Landscape
                                                                                   : QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&writer))
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot write the PDF file"), {path});
        for (std::size_t i = 0; i < doc.pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            keep(paintPage(painter, doc, i, kPdfResolution / 25.4, vectorMapDpi));
        }
        painter.end();
    } else if (suffix == "svg") {
        const auto [w, h] = doc.layout.pageSizeMm();
        const double dotsPerMm = 96 / 25.4;
        QSvgGenerator svg;
        svg.setOutputDevice(&out);
        svg.setSize(QSize(int(std::lround(w * dotsPerMm)), int(std::lround(h * dotsPerMm))));
        svg.setViewBox(QRectF(0, 0, w * dotsPerMm, h * dotsPerMm));
        svg.setResolution(96);
        svg.setTitle(title);
        QPainter painter;
        if (!painter.begin(&svg))
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot write the SVG file"), {path});
        keep(paintPage(painter, doc, 0, dotsPerMm, vectorMapDpi));
        painter.end();
    }
    if (!out.commit())
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot write the file: %2"), {path, out.errorString().toStdString()});
    return stats;
}

} // namespace polis

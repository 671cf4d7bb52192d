#include "command.hpp"
#include "language.hpp"

#include "layers/core/error.hpp"
#include "layers/map/map_content.hpp"
#include "layers/layout/layout_renderer.hpp"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace polis::cli {
namespace {

/// Applies --extent-mode, --extent and --extent-layer to a layout; returns a usage message or "".
QString applyExtentOptions(const QCommandLineParser& parser, PrintLayout& layout)
{
    if (parser.isSet("extent-mode")) {
        const auto mode = PrintLayout::extentModeFromName(parser.value("extent-mode").toStdString());
        if (!mode)
            return tr("--extent-mode \"%1\" is not view, fixed, layer or changes").arg(parser.value("extent-mode"));
        layout.extentMode = *mode;
    }
    auto conflicts = [&parser, &layout](ExtentMode mode) {
        return parser.isSet("extent-mode") && layout.extentMode != mode;
    };
    if (parser.isSet("extent")) {
        if (!parseExtent(parser.value("extent"), layout.extent))
            return tr("--extent \"%1\" is not xmin,ymin,xmax,ymax with xmin < xmax and ymin < ymax")
                .arg(parser.value("extent"));
        if (conflicts(ExtentMode::Fixed) || parser.isSet("extent-layer"))
            return tr("--extent gives a fixed extent: leave out --extent-layer and --extent-mode other than fixed");
        layout.extentMode = ExtentMode::Fixed;
    }
    if (parser.isSet("extent-layer")) {
        if (conflicts(ExtentMode::Layer))
            return tr("--extent-layer frames a layer: leave out --extent-mode other than layer");
        layout.extentLayer = parser.value("extent-layer").toStdString();
        layout.extentMode = ExtentMode::Layer;
    }
    return {};
}

/// What --json prints: per page its scenario, the extent its map frame shows (map CRS) and the visible
/// layers drawn, bottom to top; the summary page as {"summary": true}.
QJsonObject describe(const LayoutDocument& doc, const QString& outPath)
{
    QJsonArray pages;
    for (const LayoutPage& page : doc.pages) {
        if (page.table) {
            pages.append(QJsonObject{{"summary", true}});
            continue;
        }
        const Extent e = LayoutRenderer::frameExtent(doc, page);
        QJsonArray layers;
        for (const MapLayer& layer : page.layers) {
            if (layer.visible)
                layers.append(QString::fromStdString(layer.name));
        }
        pages.append(QJsonObject{{"scenario", QString::fromStdString(page.scenario)},
                                 {"extent", QJsonArray{e.xmin, e.ymin, e.xmax, e.ymax}},
                                 {"layers", layers}});
    }
    return {{"output", outPath}, {"crs", QString::fromStdString(doc.crs.displayId())}, {"pages", pages}};
}

/// Applies --paper, --orientation, --title and the extent options to a layout; returns a usage message or "".
QString applyOptions(const QCommandLineParser& parser, PrintLayout& layout)
{
    if (parser.isSet("paper")) {
        const auto paper = PrintLayout::paperFromName(parser.value("paper").toStdString());
        if (!paper)
            return tr("--paper \"%1\" is not one of A4, A3, A2, A1, A0").arg(parser.value("paper"));
        layout.paper = *paper;
    }
    if (parser.isSet("orientation")) {
        const auto orientation = PrintLayout::orientationFromName(parser.value("orientation").toStdString());
        if (!orientation)
            return tr("--orientation \"%1\" is not portrait or landscape").arg(parser.value("orientation"));
        layout.orientation = *orientation;
    }
    if (parser.isSet("title"))
        layout.title = parser.value("title").toStdString();
    return applyExtentOptions(parser, layout);
}

} // namespace

int exportCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print a project's map with its layout (title, legend, scale bar, north arrow, "
                                        "CRS, date) to PDF, PNG or SVG; --all-scenarios makes the council pack."));
    const QCommandLineOption output(QStringList{"o", "output"}, tr("Output file: .pdf, .png, .svg or .html (the interactive web pack)"), "OUT");
    const QCommandLineOption scenario("scenario", tr("The scenario to print (default: baseline)"), "NAME");
    const QCommandLineOption all("all-scenarios", tr("A multi-page PDF: one page per scenario and a summary page"));
    const QCommandLineOption paper("paper", tr("Paper size: A4, A3, A2, A1 or A0 (default: the project's layout)"), "SIZE");
    const QCommandLineOption orientation("orientation", tr("portrait or landscape (default: the project's layout)"),
                                         "ORIENTATION");
    const QCommandLineOption dpi("dpi", tr("PNG resolution; rasters in PDF and SVG at most 200 (default 150)"), "N", "150");
    const QCommandLineOption title("title", tr("Title (default: the layout's, else the project's)"), "TEXT");
    const QCommandLineOption lang("lang", tr("Language of the printed texts: %1 (default: the project's council "
                                             "language, else the system's)").arg(languages().join(", ")), "LANG");
    const QCommandLineOption extent("extent", tr("Every map page shows this extent (map CRS)"), "xmin,ymin,xmax,ymax");
    const QCommandLineOption extentLayer("extent-layer", tr("Every map page shows this layer's extent"), "NAME");
    const QCommandLineOption extentMode(
        "extent-mode",
        tr("What each map page shows: view (the project's), fixed (--extent or the layout's), layer "
           "(--extent-layer) or changes (what the page's scenario changes; the default)"),
        "MODE");
    const QCommandLineOption json("json", tr("Print the pages (scenario, extent in the map CRS, layers drawn) as JSON"));
    parser.addOptions({output, scenario, all, paper, orientation, dpi, title, lang, extent, extentLayer, extentMode, json});
    parser.addOptions(trustOptions());
    parser.addPositionalArgument("PROJECT", tr("The project (.polis)"));
    if (int code = parseOrExit(parser, arguments,
                               "PROJECT -o OUT.pdf|.png|.svg|.html [--scenario NAME | --all-scenarios] [--paper A3] "
                               "[--orientation landscape] [--dpi 300] [--title TEXT] [--lang el] [--extent xmin,ymin,xmax,ymax | "
                               "--extent-layer NAME | --extent-mode view|fixed|layer|changes] [--json] [--allow-remote] [--allow-outside]");
        code >= 0)
        return code;

    auto usage = [](const QString& message) { return usageError(QStringLiteral("export"), message); };
    if (parser.positionalArguments().size() != 1)
        return usage(tr("give exactly one PROJECT"));
    if (!parser.isSet(output))
        return usage(tr("give the output file with -o OUT.pdf|.png|.svg"));
    const QString outPath = parser.value(output);
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (!isOutputFormat(outPath) && suffix != "html")
        return usage(tr("the output \"%1\" must end in .pdf, .png, .svg or .html").arg(outPath));
    if (parser.isSet(scenario) && parser.isSet(all))
        return usage(tr("give --scenario NAME or --all-scenarios, not both"));
    if (parser.isSet(all) && suffix != "pdf" && suffix != "html")
        return usage(tr("--all-scenarios makes a multi-page PDF or a web pack: the output must end in .pdf or .html"));
    bool dpiOk = false;
    const int resolution = parser.value(dpi).toInt(&dpiOk);
    if (!dpiOk || resolution < 36 || resolution > 1200)
        return usage(tr("--dpi \"%1\" is not a whole number from 36 to 1200").arg(parser.value(dpi)));
    const QString projectPath = parser.positionalArguments().front();
    if (!isProjectPath(projectPath.toStdString()))
        return usage(tr("\"%1\" is not a project: export prints .polis projects").arg(projectPath));

    if (parser.isSet(lang) && !languages().contains(parser.value(lang)))
        return usage(tr("--lang \"%1\" is not one of %2").arg(parser.value(lang), languages().join(", ")));
    PrintLayout checked; // the options are checked before any file is read
    if (const QString problem = applyOptions(parser, checked); !problem.isEmpty())
        return usage(problem);

    try {
        MapContent map = loadProject(projectPath.toStdString(), {}, trustFrom(parser));
        PrintLayout layout = map.layout;
        applyOptions(parser, layout);
        if (parser.isSet(lang) || !layout.language.empty())
            installLanguage(parser.isSet(lang) ? parser.value(lang) : QString::fromStdString(layout.language));
        if (layout.extentMode == ExtentMode::Layer && layout.extentLayer.empty())
            return usage(tr("--extent-mode layer needs the layer: give --extent-layer NAME"));
        if (layout.title.empty() && map.title.empty()) // a map without a title reads as a draft
            layout.title = QFileInfo(projectPath).completeBaseName().toStdString();
        for (const LayerError& e : map.errors)
            err() << "polis export: " << QString::fromStdString(e.message) << '\n';
        for (const LayerError& w : map.warnings)
            err() << tr("polis export: warning: %1").arg(QString::fromStdString(w.message)) << '\n';
        const std::vector<std::string> scenarios =
            parser.isSet(all) ? LayoutDocument::scenarioNames(map)
                              : std::vector<std::string>{parser.value(scenario).isEmpty()
                                                             ? LayoutDocument::scenarioNames(map).front()
                                                             : parser.value(scenario).toStdString()};
        LayoutDocument doc;
        try {
            doc = LayoutDocument::build(map, layout, scenarios, parser.isSet(all));
        } catch (const Error& e) {
            err() << "polis export: " << projectPath << ": " << QString::fromStdString(polis::userMessage(e)) << Qt::endl;
            return InputError;
        }
        const RenderStats stats = LayoutRenderer::write(doc, outPath.toStdString(), resolution);
        for (const LayerError& e : stats.errors)
            err() << "polis export: " << QString::fromStdString(e.message) << '\n';
        if (parser.isSet(json))
            out() << QJsonDocument(describe(doc, outPath)).toJson(QJsonDocument::Indented);
        else
            out() << tr("Wrote %1").arg(outPath) << '\n';
        return map.errors.empty() && stats.errors.empty() ? Success : InputError;
    } catch (const Error& e) {
        err() << "polis export: " << QString::fromStdString(polis::userMessage(e)) << Qt::endl; // names the file
        return InputError;
    }
}

} // namespace polis::cli

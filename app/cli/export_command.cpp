#include "command.hpp"

#include "layers/core/error.hpp"
#include "layers/map/map_content.hpp"
#include "layers/layout/layout_renderer.hpp"

#include <QFileInfo>

namespace polis::cli {
namespace {

/// Applies --paper, --orientation and --title to a layout; returns a usage message or "".
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
    return {};
}

} // namespace

int exportCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print a project's map with its layout (title, legend, scale bar, north arrow, "
                                        "CRS, date) to PDF, PNG or SVG; --all-scenarios makes the council pack."));
    const QCommandLineOption output(QStringList{"o", "output"}, tr("Output file: .pdf, .png or .svg"), "OUT");
    const QCommandLineOption scenario("scenario", tr("The scenario to print (default: baseline)"), "NAME");
    const QCommandLineOption all("all-scenarios", tr("A multi-page PDF: one page per scenario and a summary page"));
    const QCommandLineOption paper("paper", tr("Paper size: A4, A3, A2, A1 or A0 (default: the project's layout)"), "SIZE");
    const QCommandLineOption orientation("orientation", tr("portrait or landscape (default: the project's layout)"),
                                         "ORIENTATION");
    const QCommandLineOption dpi("dpi", tr("PNG resolution; rasters in PDF and SVG at most 200 (default 150)"), "N", "150");
    const QCommandLineOption title("title", tr("Title (default: the layout's, else the project's)"), "TEXT");
    parser.addOptions({output, scenario, all, paper, orientation, dpi, title});
    parser.addOptions(trustOptions());
    parser.addPositionalArgument("PROJECT", tr("The project (.polis)"));
    if (int code = parseOrExit(parser, arguments,
                               "PROJECT -o OUT.pdf|.png|.svg [--scenario NAME | --all-scenarios] [--paper A3] "
                               "[--orientation landscape] [--dpi 300] [--title TEXT] [--allow-remote] [--allow-outside]");
        code >= 0)
        return code;

    auto usage = [](const QString& message) { return usageError(QStringLiteral("export"), message); };
    if (parser.positionalArguments().size() != 1)
        return usage(tr("give exactly one PROJECT"));
    if (!parser.isSet(output))
        return usage(tr("give the output file with -o OUT.pdf|.png|.svg"));
    const QString outPath = parser.value(output);
    if (!isOutputFormat(outPath))
        return usage(tr("the output \"%1\" must end in .pdf, .png or .svg").arg(outPath));
    if (parser.isSet(scenario) && parser.isSet(all))
        return usage(tr("give --scenario NAME or --all-scenarios, not both"));
    if (parser.isSet(all) && QFileInfo(outPath).suffix().toLower() != "pdf")
        return usage(tr("--all-scenarios makes a multi-page PDF: the output must end in .pdf"));
    bool dpiOk = false;
    const int resolution = parser.value(dpi).toInt(&dpiOk);
    if (!dpiOk || resolution < 36 || resolution > 1200)
        return usage(tr("--dpi \"%1\" is not a whole number from 36 to 1200").arg(parser.value(dpi)));
    const QString projectPath = parser.positionalArguments().front();
    if (!isProjectPath(projectPath.toStdString()))
        return usage(tr("\"%1\" is not a project: export prints .polis projects").arg(projectPath));

    PrintLayout checked; // the options are checked before any file is read
    if (const QString problem = applyOptions(parser, checked); !problem.isEmpty())
        return usage(problem);

    try {
        MapContent map = loadProject(projectPath.toStdString(), {}, trustFrom(parser));
        PrintLayout layout = map.layout;
        applyOptions(parser, layout);
        if (layout.title.empty() && map.title.empty()) // a map without a title reads as a draft
            layout.title = QFileInfo(projectPath).completeBaseName().toStdString();
        for (const LayerError& e : map.errors)
            err() << "polis export: " << QString::fromStdString(e.message) << '\n';
        const std::vector<std::string> scenarios =
            parser.isSet(all) ? LayoutDocument::scenarioNames(map)
                              : std::vector<std::string>{parser.value(scenario).isEmpty()
                                                             ? LayoutDocument::scenarioNames(map).front()
                                                             : parser.value(scenario).toStdString()};
        LayoutDocument doc;
        try {
            doc = LayoutDocument::build(map, layout, scenarios, parser.isSet(all));
        } catch (const Error& e) {
            err() << "polis export: " << projectPath << ": " << QString::fromStdString(e.what()) << Qt::endl;
            return InputError;
        }
        const RenderStats stats = LayoutRenderer::write(doc, outPath.toStdString(), resolution);
        for (const LayerError& e : stats.errors)
            err() << "polis export: " << QString::fromStdString(e.message) << '\n';
        out() << tr("Wrote %1").arg(outPath) << '\n';
        return map.errors.empty() && stats.errors.empty() ? Success : InputError;
    } catch (const Error& e) {
        err() << "polis export: " << QString::fromStdString(e.what()) << Qt::endl; // names the file
        return InputError;
    }
}

} // namespace polis::cli

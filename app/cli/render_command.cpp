#include "command.hpp"

#include "layers/core/error.hpp"
#include "layers/render/map_renderer.hpp"
#include "layers/map/scenario_layers.hpp"

#include <QRegularExpression>

namespace polis::cli {
namespace {

bool parseSize(const QString& text, int& width, int& height)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    width = m.captured(1).toInt();
    height = m.captured(2).toInt();
    return width > 0 && height > 0 && width <= 20000 && height <= 20000;
}

} // namespace

int renderCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Draw projects, datasets or \"path:layer\" sources into one map image."));
    const QCommandLineOption output(QStringList{"o", "output"}, tr("Output file: .png, .pdf or .svg"), "OUT");
    const QCommandLineOption size("size", tr("Output size in pixels (default 1600x1200)"), "WxH", "1600x1200");
    const QCommandLineOption crs("crs", tr("Map CRS, e.g. EPSG:2100 (default: the project's or first layer's)"), "CRS");
    const QCommandLineOption extent("extent", tr("Map extent in the map CRS (default: everything)"),
                                    "xmin,ymin,xmax,ymax");
    const QCommandLineOption scenario("scenario", tr("Draw this scenario of the project (default: baseline)"), "NAME");
    parser.addOptions({output, size, crs, extent, scenario});
    parser.addOptions(trustOptions());
    parser.addPositionalArgument("SOURCE", tr("Project (.polis), dataset path or path:layer; several allowed"));
    if (int code = parseOrExit(parser, arguments, "SOURCE... -o OUT.png|.pdf|.svg [--size WxH] [--crs EPSG:N] "
                                                  "[--extent xmin,ymin,xmax,ymax] [--scenario NAME] "
                                                  "[--allow-remote] [--allow-outside]");
        code >= 0)
        return code;

    auto usage = [](const QString& message) { return usageError(QStringLiteral("render"), message); };
    if (parser.positionalArguments().isEmpty())
        return usage(tr("give at least one SOURCE"));
    if (!parser.isSet(output))
        return usage(tr("give the output file with -o OUT.png|.pdf|.svg"));
    const QString outPath = parser.value(output);
    if (!isOutputFormat(outPath))
        return usage(tr("the output \"%1\" must end in .png, .pdf or .svg").arg(outPath));
    RenderRequest request;
    if (!parseSize(parser.value(size), request.width, request.height))
        return usage(tr("--size \"%1\" is not WIDTHxHEIGHT in pixels (1-20000)").arg(parser.value(size)));
    Extent requested;
    if (parser.isSet(extent) && !parseExtent(parser.value(extent), requested))
        return usage(tr("--extent \"%1\" is not xmin,ymin,xmax,ymax with xmin < xmax and ymin < ymax")
                         .arg(parser.value(extent)));
    Crs mapCrs;
    if (parser.isSet(crs)) {
        try {
            mapCrs = Crs::fromUserInput(parser.value(crs).toStdString());
        } catch (const CrsError& e) {
            return usage(QString::fromStdString(polis::userMessage(e)));
        }
    }

    std::vector<std::string> specs;
    for (const QString& s : parser.positionalArguments())
        specs.push_back(s.toStdString());
    if (parser.isSet(scenario) && (specs.size() != 1 || !isProjectPath(specs.front())))
        return usage(tr("--scenario needs exactly one SOURCE, a project (.polis)"));
    MapContent map;
    if (!parser.isSet(scenario)) {
        map = loadSources(specs, mapCrs, trustFrom(parser));
    } else {
        try {
            map = loadProject(specs.front(), mapCrs, trustFrom(parser));
            map.layers = scenarioLayers(map, parser.value(scenario).toStdString());
        } catch (const Error& e) {
            err() << "polis render: " << parser.positionalArguments().front() << ": "
                  << QString::fromStdString(polis::userMessage(e)) << Qt::endl;
            return InputError;
        }
    }
    for (const LayerError& e : map.errors)
        err() << "polis render: " << QString::fromStdString(e.message) << '\n';
    for (const LayerError& w : map.warnings)
        err() << tr("polis render: warning: %1").arg(QString::fromStdString(w.message)) << '\n';
    if (map.layers.empty()) {
        err() << tr("polis render: nothing to draw; no output written") << Qt::endl;
        return InputError;
    }
    request.extent = parser.isSet(extent) ? requested : map.extent;
    request.crs = map.crs;
    request.background = map.background;
    request.layers = std::move(map.layers);
    try {
        const RenderStats stats = MapRenderer::write(request, outPath.toStdString(), map.title);
        for (const LayerError& e : stats.errors)
            err() << "polis render: " << QString::fromStdString(e.message) << '\n';
        if (!stats.errors.empty())
            map.errors.push_back(stats.errors.front());
    } catch (const Error& e) {
        err() << "polis render: " << QString::fromStdString(polis::userMessage(e)) << Qt::endl;
        return InputError;
    }
    out() << tr("Wrote %1").arg(outPath) << '\n';
    return map.errors.empty() ? Success : InputError;
}

} // namespace polis::cli

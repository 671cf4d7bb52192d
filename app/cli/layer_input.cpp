#include "layer_input.hpp"

#include "layers/core/error.hpp"
#include "layers/io/feature_writer.hpp"

#include <QJsonDocument>

namespace polis::cli {

std::pair<DataSource, std::size_t> openLayer(const QString& spec)
{
    DataSource ds = DataSource::open(spec.toStdString());
    const std::vector<std::size_t> selected = ds.selectedLayers();
    if (selected.size() != 1) {
        std::string names;
        for (const std::size_t i : selected)
            names += (names.empty() ? "" : ", ") + ds.layers()[i].name;
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: has several layers (%2); name one as PATH:LAYER"), {ds.path(), names});
    }
    return {std::move(ds), selected.front()};
}

LayerInput readLayer(const QString& spec, const ReadOptions& options)
{
    const auto [ds, index] = openLayer(spec);
    return readLayer(ds, index, spec, options);
}

LayerInput readLayer(const DataSource& ds, std::size_t index, const QString& spec, const ReadOptions& options)
{
    LayerInput input;
    input.info = ds.layers()[index];
    input.crs = options.targetCrs.isValid() ? options.targetCrs : input.info.crs;
    input.spec = spec;
    input.store = ds.read(index, options);
    return input;
}

int inputError(const QString& command, const std::exception& error)
{
    err() << "polis " << command << ": " << QString::fromStdString(polis::userMessage(error)) << Qt::endl;
    return InputError;
}

QCommandLineOption outputOption()
{
    return QCommandLineOption(QStringList{"o", "output"},
                              tr("Write the result to OUT (.gpkg, .geojson or .csv)"), "OUT");
}

int checkOutput(const QString& command, const QString& path)
{
    if (!path.isEmpty() && !FeatureWriter::supports(path.toStdString()))
        return usageError(command, tr("the output \"%1\" must end in .gpkg, .geojson or .csv").arg(path));
    return -1;
}

void writeOutput(const LayerInput& layer, const FeatureStore& store, const QString& path,
                 const std::optional<std::vector<std::size_t>>& features, bool quiet)
{
    FeatureWriter::Options options;
    options.layerName = layer.info.name;
    options.features = features;
    FeatureWriter::write(store, layer.crs, path.toStdString(), options);
    if (!quiet)
        out() << tr("Wrote %1").arg(path) << '\n';
}

void finishProcess(const QString& command, const LayerInput& input, const ProcessResult& result,
                   const QString& path, bool json)
{
    writeOutput(input, *result.layer, path, std::nullopt, json);
    if (!result.invalidFids.empty() && !json)
        err() << tr("polis %1: %2 feature(s) with invalid geometry were skipped")
                     .arg(command)
                     .arg(result.invalidFids.size())
              << Qt::endl;
    if (json)
        printJson({{"count", qint64(result.layer->size())},
                   {"invalid", qint64(result.invalidFids.size())},
                   {"invalid_ids", fidArray(result.invalidFids)}});
}

int ProcessCommand::run(const QStringList& arguments) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    const QCommandLineOption where("where", tr("Attribute filter (OGR SQL), e.g. \"use = 'school'\""),
                                   "EXPR");
    const QCommandLineOption json("json", tr("Print one JSON document: count, invalid, invalid_ids"));
    const QCommandLineOption output = outputOption();
    parser.addOptions({where, output, json});
    addOptions(parser);
    parser.addPositionalArgument("SOURCE", tr("Dataset path or path:layer"));
    if (int code = parseOrExit(parser, arguments,
                               "SOURCE " + syntax + " [--where EXPR] -o OUT.gpkg|.geojson|.csv [--json]");
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(name, tr("give exactly one SOURCE"));
    if (const QString problem = check(parser); !problem.isEmpty())
        return usageError(name, problem);
    if (!parser.isSet(output))
        return usageError(name, tr("give the output file with -o OUT.gpkg|.geojson|.csv"));
    if (int code = checkOutput(name, parser.value(output)); code >= 0)
        return code;
    try {
        ReadOptions read;
        read.where = parser.value(where).toStdString();
        const LayerInput input = readLayer(parser.positionalArguments().first(), read);
        finishProcess(name, input, process(input, parser), parser.value(output), parser.isSet(json));
    } catch (const Error& e) {
        return inputError(name, e);
    }
    return Success;
}

QJsonArray fidArray(const std::vector<std::int64_t>& fids)
{
    QJsonArray array;
    for (const std::int64_t fid : fids)
        array.append(QJsonValue(qint64(fid)));
    return array;
}

void printJson(const QJsonObject& object)
{
    out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace polis::cli

#include "layer_input.hpp"

#include "layers/core/error.hpp"
#include "layers/query/select_by_location.hpp"

#include <QElapsedTimer>

#include <algorithm>

namespace polis::cli {
namespace {

/// Reads the --layer features that can relate to `query`: when the source answers spatial filters from an
/// index, only those inside the query's candidate windows (thin boxes along its lines, grown by `distance`).
LayerInput readCandidates(const DataSource& ds, std::size_t index, const QString& spec,
                          const FeatureStore& query, double distance, std::string where)
{
    ReadOptions options;
    options.where = std::move(where);
    if (ds.layers()[index].fastSpatialFilter) {
        options.filters = candidateWindows(query, distance);
        if (options.filters.empty())
            options.filters.push_back(Extent{}); // no query geometry: nothing can match, read nothing
    }
    return readLayer(ds, index, spec, options);
}

} // namespace

int queryCommand(const QStringList& arguments)
{
    const QString name = "query";
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Select the features of a layer by their spatial relation to another."));
    const QCommandLineOption layer("layer", tr("The layer to search: dataset path or path:layer"), "SRC");
    const QCommandLineOption op("op", tr("intersects, within, contains, touches, crosses or dwithin"), "OP");
    const QCommandLineOption with("with", tr("The layer to relate to: dataset path or path:layer"), "SRC");
    const QCommandLineOption distance(
        "distance", tr("For dwithin: the distance in the layer's CRS units (metres)"), "METRES");
    const QCommandLineOption where(
        "where", tr("Attribute filter on --layer (OGR SQL), e.g. \"use = 'school'\""), "EXPR");
    const QCommandLineOption count("count", tr("Print only the number of matches"));
    const QCommandLineOption json("json",
                                  tr("Print one JSON document: count, ids, load_ms, query_ms, invalid"));
    const QCommandLineOption output = outputOption();
    parser.addOptions({layer, op, with, distance, where, count, output, json});
    if (int code = parseOrExit(parser, arguments,
                               "--layer SRC --op OP --with SRC [--distance METRES] [--where EXPR] [--count] "
                               "[-o OUT.gpkg|.geojson|.csv] [--json]");
        code >= 0)
        return code;
    if (!parser.isSet(layer) || !parser.isSet(op) || !parser.isSet(with))
        return usageError(name, tr("give --layer, --op and --with"));
    const std::optional<Predicate> predicate = parsePredicate(parser.value(op).toStdString());
    if (!predicate)
        return usageError(name,
                          tr("--op \"%1\" is not one of intersects, within, contains, touches, crosses, "
                             "dwithin")
                              .arg(parser.value(op)));
    double metres = 0;
    if (*predicate == Predicate::DWithin) {
        bool ok = false;
        metres = parser.value(distance).toDouble(&ok);
        if (!parser.isSet(distance) || !ok || !(metres >= 0) || !std::isfinite(metres))
            return usageError(name, tr("dwithin needs --distance, a number of metres >= 0"));
    } else if (parser.isSet(distance)) {
        return usageError(name, tr("--distance only applies to --op dwithin"));
    }
    if (int code = checkOutput(name, parser.value(output)); code >= 0)
        return code;

    QElapsedTimer timer;
    timer.start();
    LayerInput searched, query;
    Selection selection;
    double loadMs = 0, queryMs = 0;
    try {
        const auto [source, index] = openLayer(parser.value(layer));
        const LayerInfo& target = source.layers()[index];
        if (*predicate == Predicate::DWithin && target.crs.isGeographic())
            throw Error(target.name + ": dwithin needs a projected CRS in metres, but the layer is in " +
                        target.crs.displayId());
        ReadOptions withOptions;
        withOptions.targetCrs = target.crs;
        query = readLayer(parser.value(with), withOptions);
        searched = readCandidates(source, index, parser.value(layer), *query.store, metres,
                                  parser.value(where).toStdString());
        loadMs = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        LocationOptions options;
        options.distance = metres;
        selection = selectByLocation(*searched.store, *query.store, *predicate, options);
        queryMs = double(timer.nsecsElapsed()) / 1e6;
        if (parser.isSet(output))
            writeOutput(searched, *searched.store, parser.value(output), selection.indices,
                        parser.isSet(json));
    } catch (const Error& e) {
        return inputError(name, e);
    }

    std::vector<std::int64_t> ids;
    for (const std::size_t i : selection.indices)
        ids.push_back(searched.store->fid(i));
    std::sort(ids.begin(), ids.end()); // candidate reads come in window order, not fid order
    if (parser.isSet(json)) {
        QJsonObject doc{{"count", qint64(ids.size())},
                        {"load_ms", loadMs},
                        {"query_ms", queryMs},
                        {"invalid", qint64(selection.invalidFids.size())},
                        {"invalid_ids", fidArray(selection.invalidFids)}};
        if (!parser.isSet(count))
            doc["ids"] = fidArray(ids);
        printJson(doc);
        return Success;
    }
    out() << tr("%1 feature(s) match").arg(ids.size()) << '\n';
    if (!parser.isSet(count)) {
        for (const std::int64_t id : ids)
            out() << id << '\n';
    }
    if (!selection.invalidFids.empty())
        err() << tr("polis query: %1 feature(s) with invalid geometry were skipped")
                     .arg(selection.invalidFids.size())
              << Qt::endl;
    return Success;
}

} // namespace polis::cli

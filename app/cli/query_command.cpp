#include "location_filter.hpp"

#include "layers/core/error.hpp"

#include <algorithm>

namespace polis::cli {

int queryCommand(const QStringList& arguments)
{
    const QString name = "query";
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Select the features of a layer by their spatial relation to another."));
    const QCommandLineOption layer("layer", tr("The layer to search: dataset path or path:layer"), "SRC");
    const QCommandLineOption where(
        "where", tr("Attribute filter on --layer (OGR SQL), e.g. \"use = 'school'\""), "EXPR");
    const QCommandLineOption count("count", tr("Print only the number of matches"));
    const QCommandLineOption json("json",
                                  tr("Print one JSON document: count, ids, load_ms, query_ms, invalid"));
    const QCommandLineOption output = outputOption();
    LocationFilter location;
    location.addTo(parser);
    parser.addOptions({layer, where, count, output, json});
    if (int code = parseOrExit(parser, arguments,
                               "--layer SRC --op OP --with SRC [--distance METRES] [--where EXPR] [--count] "
                               "[-o OUT.gpkg|.geojson|.csv] [--json]");
        code >= 0)
        return code;
    if (!parser.isSet(layer))
        return usageError(name, tr("give --layer, --op and --with"));
    if (const QString problem = location.check(parser); !problem.isEmpty())
        return usageError(name, problem);
    if (int code = checkOutput(name, parser.value(output)); code >= 0)
        return code;

    LocationFilter::Result found;
    try {
        found = location.run(parser.value(layer), parser.value(where).toStdString());
        if (parser.isSet(output))
            writeOutput(found.searched, *found.searched.store, parser.value(output), found.selection.indices,
                        parser.isSet(json));
    } catch (const Error& e) {
        return inputError(name, e);
    }

    const Selection& selection = found.selection;
    std::vector<std::int64_t> ids;
    for (const std::size_t i : selection.indices)
        ids.push_back(found.searched.store->fid(i));
    std::sort(ids.begin(), ids.end()); // candidate reads come in window order, not fid order
    if (parser.isSet(json)) {
        QJsonObject doc{{"count", qint64(ids.size())},
                        {"load_ms", found.loadMs},
                        {"query_ms", found.queryMs},
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

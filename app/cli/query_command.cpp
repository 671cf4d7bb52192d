#include "location_filter.hpp"

#include "layers/core/error.hpp"

#include <utility>

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

    LocationFilter::Result run;
    try {
        QueryPlan plan;
        plan.where = parser.value(where).toStdString();
        run = location.run(parser.value(layer), std::move(plan));
        if (parser.isSet(output))
            writeOutput(run.searched, *run.found.store, parser.value(output), run.found.indices,
                        parser.isSet(json));
    } catch (const Error& e) {
        return inputError(name, e);
    }

    const QueryResult& found = run.found;
    const std::vector<std::int64_t> ids = found.fids();
    if (parser.isSet(json)) {
        QJsonObject doc{{"count", qint64(ids.size())},
                        {"load_ms", found.loadMs},
                        {"query_ms", found.queryMs},
                        {"invalid", qint64(found.invalidFids.size())},
                        {"invalid_ids", fidArray(found.invalidFids)}};
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
    if (!found.invalidFids.empty())
        err() << tr("polis query: %1 feature(s) with invalid geometry were skipped")
                     .arg(found.invalidFids.size())
              << Qt::endl;
    return Success;
}

} // namespace polis::cli

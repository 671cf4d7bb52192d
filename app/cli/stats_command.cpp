#include "location_filter.hpp"

#include "layers/core/error.hpp"

#include <cmath>

namespace polis::cli {

int statsCommand(const QStringList& arguments)
{
    const QString name = "stats";
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Count, sum and mean of a field, total area and length, per group."));
    const QCommandLineOption field("field", tr("Numeric field to sum and average"), "FIELD");
    const QCommandLineOption by("by", tr("Field whose values form the groups (default: one group)"), "FIELD");
    const QCommandLineOption where("where", tr("Attribute filter (OGR SQL)"), "EXPR");
    const QCommandLineOption geodesic("geodesic", tr("Measure area and length on the ellipsoid (m², m)"));
    const QCommandLineOption json("json", tr("Print one JSON document"));
    parser.addOptions({field, by, where, geodesic, json});
    LocationFilter location; // optional: statistics of the features selected by location
    location.addTo(parser);
    parser.addPositionalArgument("SOURCE", tr("Dataset path or path:layer"));
    if (int code = parseOrExit(parser, arguments,
                               "SOURCE [--field FIELD] [--by FIELD] [--where EXPR] [--op OP --with SRC "
                               "[--distance METRES]] [--geodesic] [--json]");
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(name, tr("give exactly one SOURCE"));
    if (const QString problem = location.requested(parser) ? location.check(parser) : QString();
        !problem.isEmpty())
        return usageError(name, problem);
    std::vector<GroupStatistics> groups;
    try {
        QueryPlan plan;
        plan.where = parser.value(where).toStdString();
        plan.statistics = StatisticsRequest{parser.value(field).toStdString(), parser.value(by).toStdString(),
                                            parser.isSet(geodesic)};
        groups = location.run(parser.positionalArguments().first(), std::move(plan)).found.groups;
    } catch (const Error& e) {
        return inputError(name, e);
    }
    QJsonArray array;
    for (const GroupStatistics& g : groups) {
        QJsonObject o{{"count", qint64(g.count)}, {"area", g.area}, {"length", g.length}};
        if (parser.isSet(by))
            o["key"] = QString::fromStdString(g.key);
        if (parser.isSet(field)) {
            o["sum"] = g.sum;
            o["mean"] = std::isnan(g.mean) ? QJsonValue(QJsonValue::Null) : QJsonValue(g.mean);
        }
        array.append(o);
        if (parser.isSet(json))
            continue;
        QString line =
            (parser.isSet(by) ? QString::fromStdString(g.key) + ": " : QString()) +
            tr("count %1, area %2, length %3").arg(g.count).arg(g.area, 0, 'f', 2).arg(g.length, 0, 'f', 2);
        if (parser.isSet(field))
            line += tr(", sum %1, mean %2").arg(g.sum, 0, 'g', 12).arg(g.mean, 0, 'g', 12);
        out() << line << '\n';
    }
    if (parser.isSet(json))
        printJson({{"groups", array}});
    return Success;
}

} // namespace polis::cli

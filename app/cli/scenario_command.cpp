#include "command.hpp"
#include "layer_input.hpp"

#include "layers/core/error.hpp"
#include "layers/map/map_content.hpp"
#include "layers/map/project.hpp"
#include "layers/map/indicator_values.hpp"
#include "layers/scenario/scenario_diff.hpp"

#include <cmath>

namespace polis::cli {
namespace {

const QString kCommand = QStringLiteral("scenario");

/// Added / modified / removed counts of a change set, per layer.
QJsonObject changeCounts(const ChangeSet& changes)
{
    QJsonObject layers;
    for (const LayerDiff& d : diffChanges(ChangeSet{}, changes))
        layers[QString::fromStdString(d.layer)] =
            QJsonObject{{"added", qint64(d.added.size())}, {"modified", qint64(d.modified.size())},
                        {"removed", qint64(d.removed.size())}};
    return layers;
}

int list(const QString& path, bool json)
{
    const Project project = Project::load(path.toStdString());
    QJsonArray array;
    array.append(QJsonObject{{"name", Scenario::baselineName}, {"description", ""}, {"changes", 0},
                             {"layers", QJsonObject{}}});
    for (const Scenario& s : project.scenarios) {
        array.append(QJsonObject{{"name", QString::fromStdString(s.name)},
                                 {"description", QString::fromStdString(s.description)},
                                 {"changes", qint64(s.changes.size())},
                                 {"layers", changeCounts(s.changes)}});
    }
    if (json) {
        printJson({{"project", path}, {"scenarios", array}});
        return Success;
    }
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        out() << o["name"].toString() << '\t' << tr("changes: %1").arg(o["changes"].toInt());
        if (!o["description"].toString().isEmpty())
            out() << '\t' << o["description"].toString();
        out() << '\n';
    }
    return Success;
}

int diff(const QString& path, const QString& a, const QString& b, bool json)
{
    const Project project = Project::load(path.toStdString());
    const std::vector<LayerDiff> diffs = diffChanges(scenarioChanges(project.scenarios, a.toStdString()),
                                                     scenarioChanges(project.scenarios, b.toStdString()));
    QJsonArray layers;
    qint64 totals[3] = {0, 0, 0};
    for (const LayerDiff& d : diffs) {
        totals[0] += qint64(d.added.size());
        totals[1] += qint64(d.removed.size());
        totals[2] += qint64(d.modified.size());
        layers.append(QJsonObject{{"layer", QString::fromStdString(d.layer)}, {"added", fidArray(d.added)},
                                  {"removed", fidArray(d.removed)}, {"modified", fidArray(d.modified)}});
        if (!json)
            out() << tr("%1: %2 added, %3 removed, %4 modified")
                         .arg(QString::fromStdString(d.layer))
                         .arg(d.added.size())
                         .arg(d.removed.size())
                         .arg(d.modified.size())
                  << '\n';
    }
    if (json)
        printJson({{"a", a}, {"b", b}, {"added", totals[0]}, {"removed", totals[1]}, {"modified", totals[2]},
                   {"layers", layers}});
    else
        out() << tr("Total: %1 added, %2 removed, %3 modified").arg(totals[0]).arg(totals[1]).arg(totals[2]) << '\n';
    return Success;
}

int indicators(const QString& path, bool json, const SourceTrust& trust)
{
    const MapContent map = loadProject(path.toStdString(), {}, trust);
    for (const LayerError& e : map.errors)
        err() << "polis scenario: " << QString::fromStdString(e.message) << '\n';
    const IndicatorTable table = computeIndicators(map);
    for (const std::string& e : table.errors)
        err() << "polis scenario: " << QString::fromStdString(e) << '\n';
    QJsonArray rows;
    if (!json) {
        out() << tr("indicator");
        for (const std::string& s : table.scenarios)
            out() << '\t' << QString::fromStdString(s);
        out() << '\n';
    }
    for (std::size_t i = 0; i < table.indicators.size(); ++i) {
        QJsonObject values;
        if (!json)
            out() << QString::fromStdString(table.indicators[i]);
        for (std::size_t s = 0; s < table.scenarios.size(); ++s) {
            const double v = table.values[i][s];
            values[QString::fromStdString(table.scenarios[s])] = std::isfinite(v) ? QJsonValue(v) : QJsonValue();
            if (!json)
                out() << '\t' << QString::fromStdString(formatIndicatorValue(v));
        }
        if (!json)
            out() << '\n';
        rows.append(QJsonObject{{"name", QString::fromStdString(table.indicators[i])}, {"values", values}});
    }
    if (json) {
        QJsonArray scenarios;
        for (const std::string& s : table.scenarios)
            scenarios.append(QString::fromStdString(s));
        printJson({{"scenarios", scenarios}, {"indicators", rows}});
    }
    return map.errors.empty() && table.errors.empty() ? Success : InputError;
}

} // namespace

int scenarioCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Planning scenarios of a project: list them, compare two (what is added, removed and modified) or "
           "compute the project's indicators for every scenario."));
    const QCommandLineOption json("json", tr("Print the result as JSON"));
    parser.addOption(json);
    parser.addOptions(trustOptions());
    parser.addPositionalArgument("ACTION", tr("list, diff or indicators"));
    parser.addPositionalArgument("PROJECT", tr("The project (.polis)"));
    parser.addPositionalArgument("A B", tr("diff: the two scenarios (\"baseline\" for the project's layers)"));
    if (int code = parseOrExit(parser, arguments, "list|indicators PROJECT [--json] | diff PROJECT A B [--json]");
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const int wanted = action == "diff" ? 4 : 2;
    if (action != "list" && action != "diff" && action != "indicators")
        return usageError(kCommand, tr("give the action: list, diff or indicators"));
    if (args.size() != wanted)
        return usageError(kCommand, action == "diff" ? tr("diff needs PROJECT A B") : tr("give exactly one PROJECT"));
    if (!isProjectPath(args[1].toStdString()))
        return usageError(kCommand, tr("\"%1\" is not a project (.polis)").arg(args[1]));
    try {
        if (action == "list")
            return list(args[1], parser.isSet(json));
        if (action == "diff")
            return diff(args[1], args[2], args[3], parser.isSet(json));
        return indicators(args[1], parser.isSet(json), trustFrom(parser));
    } catch (const Error& e) {
        err() << "polis scenario: " << args[1] << ": " << QString::fromStdString(e.what()) << Qt::endl;
        return InputError;
    }
}

} // namespace polis::cli

#include "command.hpp"
#include "layer_input.hpp"

#include "layers/core/error.hpp"
#include "layers/map/map_content.hpp"
#include "layers/map/project.hpp"
#include "layers/map/indicator_values.hpp"
#include "layers/map/scenario_attributes.hpp"
#include "layers/scenario/scenario_diff.hpp"

#include <algorithm>
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
    for (const LayerError& w : map.warnings)
        err() << tr("polis scenario: warning: %1").arg(QString::fromStdString(w.message)) << '\n';
    const IndicatorTable table = computeIndicators(map);
    for (const std::string& e : table.errors)
        err() << "polis scenario: " << QString::fromStdString(e) << '\n';
    QJsonArray rows;
    if (!json) {
        out() << tr("indicator");
        for (const std::string& s : table.scenarios) // the baseline's title; the other names are the user's
            out() << '\t' << (s == Scenario::baselineName ? tr("baseline") : QString::fromStdString(s));
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
        rows.append(QJsonObject{{"name", QString::fromStdString(table.keys[i])},
                                {"title", QString::fromStdString(table.indicators[i])},
                                {"values", values}});
    }
    if (json) {
        QJsonArray scenarios;
        for (const std::string& s : table.scenarios)
            scenarios.append(QString::fromStdString(s));
        printJson({{"scenarios", scenarios}, {"indicators", rows}});
    }
    return map.errors.empty() && table.errors.empty() ? Success : InputError;
}

/// KEY=VALUE as an attribute: "" = null, a whole number, a number, else text.
std::pair<std::string, AttributeValue> parseField(const QString& text)
{
    const int eq = text.indexOf('=');
    const QString value = text.mid(eq + 1);
    bool isInt = false;
    bool isReal = false;
    const qlonglong i = value.toLongLong(&isInt);
    const double d = value.toDouble(&isReal);
    AttributeValue v;
    if (value.isEmpty())
        v = AttributeValue();
    else if (isInt)
        v = std::int64_t(i);
    else if (isReal)
        v = d;
    else
        v = value.toStdString();
    return {text.left(eq).toStdString(), v};
}

int set(const QString& path, const QString& scenario, const QCommandLineParser& parser, bool json)
{
    Project project = Project::load(path.toStdString());
    Attributes values;
    for (const QString& field : parser.values("field"))
        values.insert(parseField(field));
    const std::int64_t fid = parser.value("fid").toLongLong();
    const ScenarioFeature where =
        setScenarioAttributes(project, scenario.toStdString(), parser.value("layer").toStdString(), fid, values);
    const RowRevision stored = project.revisions.change(where.scenarioId, where.layer, fid);
    if (parser.isSet("base-revision") && stored.revision > parser.value("base-revision").toLongLong())
        throw ConflictError(path.toStdString(),
                            {{Error::part(QT_TRANSLATE_NOOP("polis::Error", "feature %1 of layer %2 in scenario «%3»"),
                                          {std::to_string(fid), where.layer, scenario.toStdString()}),
                              parser.value("base-revision").toLongLong(), stored}});
    const std::int64_t revision = project.save(path.toStdString());
    if (json)
        printJson({{"project", path}, {"scenario", scenario}, {"layer", QString::fromStdString(where.layer)},
                   {"fid", qint64(fid)}, {"revision", qint64(revision)}});
    else
        out() << tr("Saved feature %1 of layer %2 in scenario %3: revision %4")
                     .arg(fid)
                     .arg(QString::fromStdString(where.layer), scenario)
                     .arg(revision)
              << '\n';
    return Success;
}

/// A refused save as JSON: each conflict with both revisions and who saved the newer one.
void printConflicts(const ConflictError& e)
{
    QJsonArray conflicts;
    for (const Conflict& c : e.conflicts())
        conflicts.append(QJsonObject{{"what", QString::fromStdString(c.what->what())}, {"base_revision", qint64(c.base)},
                                     {"their_revision", qint64(c.theirs.revision)},
                                     {"saved_by", QString::fromStdString(c.theirs.savedBy)}});
    printJson({{"saved", false}, {"conflicts", conflicts}});
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
    parser.addOptions({{"layer", tr("set: the layer (its name in the project)"), "NAME"},
                       {"fid", tr("set: the feature id"), "N"},
                       {"field", tr("set: a new value, KEY=VALUE (KEY= for null); repeat for several"), "KEY=VALUE"},
                       {"base-revision", tr("set: refuse (exit 1) when the feature was saved after this revision"), "R"}});
    parser.addPositionalArgument("ACTION", tr("list, diff, indicators or set"));
    parser.addPositionalArgument("PROJECT", tr("The project (.polis)"));
    parser.addPositionalArgument("A B", tr("diff: the two scenarios (\"baseline\" for the project's layers)"));
    if (int code = parseOrExit(parser, arguments,
                               "list|indicators PROJECT [--json] | diff PROJECT A B [--json] | set PROJECT SCENARIO "
                               "--layer NAME --fid N --field KEY=VALUE... [--base-revision R] [--json]");
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const int wanted = action == "diff" ? 4 : action == "set" ? 3 : 2;
    if (action != "list" && action != "diff" && action != "indicators" && action != "set")
        return usageError(kCommand, tr("give the action: list, diff, indicators or set"));
    if (args.size() != wanted)
        return usageError(kCommand, action == "diff"  ? tr("diff needs PROJECT A B")
                                    : action == "set" ? tr("set needs PROJECT SCENARIO")
                                                      : tr("give exactly one PROJECT"));
    bool fidOk = false;
    bool baseOk = true;
    parser.value("fid").toLongLong(&fidOk);
    if (parser.isSet("base-revision"))
        parser.value("base-revision").toLongLong(&baseOk);
    const QStringList fields = parser.values("field");
    if (action == "set" && (!parser.isSet("layer") || !fidOk || fields.isEmpty() || !baseOk ||
                            std::any_of(fields.begin(), fields.end(), [](const QString& f) { return f.indexOf('=') < 1; })))
        return usageError(kCommand, tr("set needs --layer NAME, --fid N (a whole number) and --field KEY=VALUE; "
                                       "--base-revision is a whole number"));
    if (!isProjectPath(args[1].toStdString()))
        return usageError(kCommand, tr("\"%1\" is not a project (.polis)").arg(args[1]));
    try {
        if (action == "list")
            return list(args[1], parser.isSet(json));
        if (action == "diff")
            return diff(args[1], args[2], args[3], parser.isSet(json));
        if (action == "set")
            return set(args[1], args[2], parser, parser.isSet(json));
        return indicators(args[1], parser.isSet(json), trustFrom(parser));
    } catch (const ReadOnlyError& e) {
        err() << "polis scenario: "
              << tr("%1: not saved: the database role %2 may only read this project (read-only); ask for write "
                    "access (GRANT INSERT, UPDATE, DELETE)")
                     .arg(args[1], QString::fromStdString(e.role()))
              << Qt::endl;
        return InputError;
    } catch (const ConflictError& e) {
        if (parser.isSet(json))
            printConflicts(e);
        err() << "polis scenario: " << QString::fromStdString(e.what()) << Qt::endl;
        return InputError;
    } catch (const Error& e) {
        err() << "polis scenario: " << args[1] << ": " << QString::fromStdString(polis::userMessage(e)) << Qt::endl;
        return InputError;
    }
}

} // namespace polis::cli

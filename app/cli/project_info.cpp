#include "project_info.hpp"

#include "command.hpp"

#include "layers/map/project.hpp"

#include <QJsonArray>
#include <QLocale>

namespace polis::cli {
namespace {

QString str(const std::string& s)
{
    return QString::fromStdString(s);
}

QJsonObject layerJson(const ProjectLayer& l)
{
    return QJsonObject{{"name", str(l.name)},
                       {"kind", l.raster ? "raster" : "vector"},
                       {"source", l.source.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(str(l.source))},
                       {"layer", l.layer.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(str(l.layer))},
                       {"embedded", l.source.empty()},
                       {"visible", l.visible},
                       {"opacity", l.opacity},
                       {"group", l.group.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(str(l.group))},
                       {"attribution", l.attribution.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(str(l.attribution))}};
}

/// Where a layer's data is, as a planner reads it: "file.gpkg:layer", or "embedded in the project".
QString whereText(const QJsonObject& layer)
{
    if (layer["embedded"].toBool())
        return tr("embedded in the project") + (layer["layer"].isString() ? " (" + layer["layer"].toString() + ")" : QString());
    return layer["source"].toString() + (layer["layer"].isString() ? ":" + layer["layer"].toString() : QString());
}

} // namespace

QJsonObject projectJson(const std::string& location)
{
    const Project p = Project::load(location);
    QJsonArray layers;
    for (const ProjectLayer& l : p.layers)
        layers.append(layerJson(l));
    QJsonArray scenarios;
    for (const Scenario& s : p.scenarios)
        scenarios.append(QJsonObject{{"name", str(s.name)}, {"description", str(s.description)},
                                     {"changes", double(s.changes.size())}});
    QJsonArray indicators;
    const std::string locale = QLocale().name().toStdString();
    for (const Indicator& i : p.indicators)
        indicators.append(QJsonObject{{"name", str(i.name)}, {"title", str(i.titleFor(locale))}});
    const Extent& e = p.extent;
    return QJsonObject{
        {"title", str(p.title)},
        {"crs", QJsonObject{{"id", str(p.mapCrs.displayId())},
                            {"name", p.mapCrs.isValid() ? QJsonValue(str(p.mapCrs.name())) : QJsonValue::Null}}},
        {"extent", e.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonArray{e.xmin, e.ymin, e.xmax, e.ymax})},
        {"background", str(p.background.name())},
        {"active_scenario", p.activeScenario.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(str(p.activeScenario))},
        {"layers", layers},
        {"scenarios", scenarios},
        {"indicators", indicators}};
}

void printProject(const QString& location, const QJsonObject& project)
{
    const QJsonObject crs = project["crs"].toObject();
    out() << tr("Project %1: %2").arg(location, project["title"].toString()) << '\n'
          << "  " << tr("Map CRS: %1 (%2)").arg(crs["id"].toString(), crs["name"].toString()) << '\n';
    const QJsonArray layers = project["layers"].toArray();
    out() << tr("Layers, drawn bottom to top: %1").arg(layers.size()) << '\n';
    for (qsizetype i = 0; i < layers.size(); ++i) {
        const QJsonObject l = layers[i].toObject();
        QString line = QStringLiteral("  %1. %2 — %3, %4").arg(i + 1).arg(l["name"].toString(),
                                                               l["kind"] == "raster" ? tr("raster") : tr("vector"),
                                                               whereText(l));
        if (!l["visible"].toBool())
            line += QStringLiteral(", ") + tr("hidden");
        if (l["group"].isString())
            line += QStringLiteral(", ") + tr("group %1").arg(l["group"].toString());
        out() << line << '\n';
        if (l["attribution"].isString())
            out() << "     " << tr("Data: %1").arg(l["attribution"].toString()) << '\n';
    }
    const QJsonArray scenarios = project["scenarios"].toArray();
    out() << tr("Scenarios: %1").arg(scenarios.size()) << '\n';
    for (const QJsonValue& v : scenarios) {
        const QJsonObject s = v.toObject();
        out() << "  - " << tr("%1 (changes: %2)").arg(s["name"].toString()).arg(s["changes"].toInt()) << '\n';
    }
    if (project["active_scenario"].isString())
        out() << tr("Shown when opened: %1").arg(project["active_scenario"].toString()) << '\n';
    const QJsonArray indicators = project["indicators"].toArray();
    out() << tr("Indicators: %1").arg(indicators.size()) << '\n';
    for (const QJsonValue& v : indicators)
        out() << "  - " << v["title"].toString() << '\n';
}

} // namespace polis::cli

#include "command.hpp"

#include "layers/core/error.hpp"
#include "layers/map/project_import.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace polis::cli {
namespace {

QString str(const std::string& s)
{
    return QString::fromStdString(s);
}

QJsonArray strings(const std::vector<std::string>& values)
{
    QJsonArray out;
    for (const std::string& v : values)
        out.append(str(v));
    return out;
}

QJsonArray fids(const std::vector<std::int64_t>& values)
{
    QJsonArray out;
    for (std::int64_t v : values)
        out.append(double(v));
    return out;
}

QJsonObject layerJson(const LayerReport& r)
{
    const GeometryProblems& p = r.problems;
    const Crs& crs = r.info.crs;
    return QJsonObject{
        {"name", str(r.info.name)},
        {"table", r.table.empty() ? QJsonValue::Null : QJsonValue(str(r.table))},
        {"driver", str(r.driver)},
        {"geometry_type", str(r.info.geometryType)},
        {"feature_count", double(r.info.featureCount)},
        {"crs", QJsonObject{{"epsg", crs.epsg() ? QJsonValue(*crs.epsg()) : QJsonValue::Null},
                            {"name", crs.isValid() ? QJsonValue(str(crs.name())) : QJsonValue::Null},
                            {"id", str(crs.displayId())},
                            {"assigned", r.crsAssigned}}},
        {"crs_suggestion", r.suggestedEpsg ? QJsonValue(QStringLiteral("EPSG:%1").arg(*r.suggestedEpsg)) : QJsonValue::Null},
        {"encoding", str(r.info.encoding)},
        {"encoding_origin", encodingOriginName(r.encodingOrigin)},
        {"sample", strings(r.sample)},
        {"invalid", double(p.invalid)},
        {"invalid_fids", fids(p.invalidFids)},
        {"empty", double(p.empty)},
        {"null", double(p.null)},
        {"bad_coordinates", double(p.badCoordinates)},
        {"repaired", double(r.repaired)},
        {"removed", double(r.removed)},
        {"duplicate_ids", double(p.duplicateIds)},
        {"mixed_types", p.mixedTypes},
        {"truncated_fields", strings(r.truncatedFields)},
        {"notes", strings(r.notes)}};
}

void printText(const QJsonObject& input)
{
    if (input["status"] == "failed")
        return; // the error went to stderr
    out() << tr("%1: imported").arg(input["source"].toString()) << '\n';
    for (const QJsonValue& v : input["layers"].toArray()) {
        const QJsonObject l = v.toObject();
        const QJsonObject crs = l["crs"].toObject();
        out() << "  " << tr("%1 -> table %2: %3 features (%4), CRS %5%6, encoding %7 (%8)")
                             .arg(l["name"].toString(), l["table"].toString())
                             .arg(qint64(l["feature_count"].toDouble()))
                             .arg(l["geometry_type"].toString(), crs["id"].toString(),
                                  crs["assigned"].toBool() ? tr(" (assigned)") : QString(),
                                  l["encoding"].toString(), l["encoding_origin"].toString())
              << '\n';
        out() << "    " << tr("geometries: %1 invalid, %2 empty, %3 null, %4 unusable; %5 repaired, %6 set to null")
                             .arg(qint64(l["invalid"].toDouble())).arg(qint64(l["empty"].toDouble()))
                             .arg(qint64(l["null"].toDouble())).arg(qint64(l["bad_coordinates"].toDouble()))
                             .arg(qint64(l["repaired"].toDouble())).arg(qint64(l["removed"].toDouble()))
              << '\n';
        if (l["duplicate_ids"].toDouble() > 0 || l["mixed_types"].toBool() || !l["truncated_fields"].toArray().isEmpty())
            out() << "    " << tr("%1 duplicate id(s), mixed geometry types: %2, truncated field names: %3")
                                 .arg(qint64(l["duplicate_ids"].toDouble()))
                                 .arg(l["mixed_types"].toBool() ? tr("yes") : tr("no"))
                                 .arg(l["truncated_fields"].toVariant().toStringList().join(", "))
                  << '\n';
        for (const QJsonValue& note : l["notes"].toArray())
            out() << "    " << note.toString() << '\n';
    }
}

} // namespace

int importCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import datasets (files, .zip shapefiles, folders) into a project, creating it when missing. "
           "Each layer is embedded in the project in its own CRS, after checking its CRS, text encoding and geometries."));
    const QCommandLineOption into("into", tr("The project to import into (created when missing)"), "PROJECT.polis");
    const QCommandLineOption crsOption("crs", tr("CRS for layers that declare none, and the map CRS of a new project"), "EPSG:N");
    const QCommandLineOption encoding("encoding", tr("Text encoding of shapefiles (CP1253, ISO-8859-7, UTF-8...)"), "NAME");
    const QCommandLineOption repair("repair", tr("Repair invalid geometries (GEOS MakeValid); unusable ones become null"));
    const QCommandLineOption force("force", tr("Import layers whose coordinates lie outside the area of use of their CRS"));
    const QCommandLineOption json("json", tr("Print one JSON document (keys documented in the README)"));
    parser.addOptions({into, crsOption, encoding, repair, force, json});
    parser.addPositionalArgument("SOURCE", tr("Dataset path, .zip shapefile or folder"), "SOURCE...");
    const QString syntax = "SOURCE... --into PROJECT.polis [--crs EPSG:N] [--encoding NAME] [--repair] [--force] [--json]";
    if (int code = parseOrExit(parser, arguments, syntax); code >= 0)
        return code;
    if (parser.positionalArguments().isEmpty() || !parser.isSet(into)) {
        err() << tr("polis import: give at least one SOURCE and --into PROJECT.polis (see polis import --help)") << Qt::endl;
        return UsageError;
    }
    ImportOptions options;
    options.encoding = parser.value(encoding).toStdString();
    options.repair = parser.isSet(repair);
    options.force = parser.isSet(force);
    if (parser.isSet(crsOption)) {
        try {
            options.assignCrs = options.mapCrs = Crs::fromUserInput(parser.value(crsOption).toStdString());
        } catch (const Error& e) {
            err() << "polis import: " << str(polis::userMessage(e)) << Qt::endl;
            return UsageError;
        }
    }
    const std::string project = parser.value(into).toStdString();
    const Importer importer(options);
    QJsonArray inputs;
    bool failed = false;
    for (const QString& source : parser.positionalArguments()) {
        std::vector<std::string> datasets = Importer::datasets(source.toStdString());
        if (datasets.empty()) {
            failed = true;
            err() << "polis import: " << tr("%1: the folder holds no datasets").arg(source) << Qt::endl;
            inputs.append(QJsonObject{{"source", source}, {"status", "failed"}, {"layers", QJsonArray()},
                                      {"error", tr("%1: the folder holds no datasets").arg(source)}});
        }
        for (const std::string& dataset : datasets) {
            QJsonObject input{{"source", str(dataset)}, {"status", "imported"}, {"error", QJsonValue::Null}};
            QJsonArray layers;
            try {
                for (const LayerReport& r : importIntoProject(importer, project, dataset))
                    layers.append(layerJson(r));
            } catch (const Error& e) {
                failed = true;
                input["status"] = "failed";
                input["error"] = str(e.what());
                err() << "polis import: " << str(polis::userMessage(e)) << Qt::endl;
            }
            input["layers"] = layers;
            inputs.append(input);
        }
    }
    if (parser.isSet(json)) {
        out() << QJsonDocument(QJsonObject{{"project", str(project)}, {"inputs", inputs}}).toJson(QJsonDocument::Indented);
    } else {
        for (const QJsonValue& input : inputs)
            printText(input.toObject());
    }
    return failed ? InputError : Success;
}

} // namespace polis::cli

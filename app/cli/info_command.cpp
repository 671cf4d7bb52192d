#include "command.hpp"
#include "project_info.hpp"

#include "layers/core/error.hpp"
#include "layers/io/data_source.hpp"
#include "layers/io/importer.hpp"
#include "layers/io/raster_source.hpp"
#include "layers/map/map_content.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace polis::cli {
namespace {

QString str(const std::string& s)
{
    return QString::fromStdString(s);
}

const char* fieldTypeName(FieldType t)
{
    switch (t) {
    case FieldType::Integer:
        return "integer";
    case FieldType::Real:
        return "real";
    case FieldType::String:
        return "string";
    case FieldType::Date:
        return "date";
    case FieldType::DateTime:
        return "datetime";
    case FieldType::Other:
        break;
    }
    return "other";
}

QJsonValue extentJson(const Extent& e)
{
    if (e.isEmpty())
        return QJsonValue::Null;
    return QJsonArray{e.xmin, e.ymin, e.xmax, e.ymax};
}

QJsonObject crsJson(const Crs& crs)
{
    QJsonObject o;
    o["epsg"] = crs.epsg() ? QJsonValue(*crs.epsg()) : QJsonValue::Null;
    o["name"] = crs.isValid() ? QJsonValue(str(crs.name())) : QJsonValue::Null;
    o["id"] = str(crs.displayId());
    return o;
}

QJsonObject vectorLayerJson(const LayerInfo& l)
{
    QJsonArray fields;
    for (const Field& f : l.fields)
        fields.append(QJsonObject{{"name", str(f.name)}, {"type", fieldTypeName(f.type)}, {"width", f.width}});
    return QJsonObject{{"kind", "vector"},
                       {"name", str(l.name)},
                       {"geometry_type", str(l.geometryType)},
                       {"feature_count", l.featureCount >= 0 ? QJsonValue(double(l.featureCount)) : QJsonValue::Null},
                       {"crs", crsJson(l.crs)},
                       {"extent", extentJson(l.extent)},
                       {"fields", fields},
                       {"encoding", str(l.encoding)},
                       {"crs_suggestion", !l.crs.isValid() && suggestEpsg(l.extent)
                                              ? QJsonValue(QStringLiteral("EPSG:%1").arg(*suggestEpsg(l.extent)))
                                              : QJsonValue::Null}};
}

/// A shapefile's encoding as the importer finds it (.cpg, LDID, or detected from the DBF bytes), where
/// GDAL alone would assume ISO-8859-1. Left as GDAL says when the importer cannot read the file.
void addEncodingDetection(const std::string& source, QJsonArray& layers)
{
    if (!QString::fromStdString(source).endsWith(QLatin1String(".shp"), Qt::CaseInsensitive) || layers.size() != 1)
        return;
    try {
        const LayerReport report = Importer().inspect(source).front();
        QJsonObject layer = layers[0].toObject();
        layer["encoding"] = str(report.info.encoding);
        layer["encoding_origin"] = encodingOriginName(report.encodingOrigin);
        layers[0] = layer;
    } catch (const Error&) {
        // info describes what GDAL reads; `polis import` reports the problem in full
    }
}

QJsonObject rasterJson(const std::string& path, const RasterInfo& r)
{
    QJsonArray bands;
    for (const RasterBandInfo& b : r.bands)
        bands.append(QJsonObject{{"type", str(b.dataType)}, {"nodata", b.hasNoData ? QJsonValue(b.noData) : QJsonValue::Null}});
    return QJsonObject{{"kind", "raster"},  {"name", str(path)},    {"width", r.width},
                       {"height", r.height}, {"bands", bands},      {"crs", crsJson(r.crs)},
                       {"extent", extentJson(r.extent)}, {"overviews", r.overviews}};
}

void printText(const QJsonObject& layer)
{
    const QJsonObject crs = layer["crs"].toObject();
    const QJsonArray e = layer["extent"].toArray();
    const QString extent = e.isEmpty() ? tr("unknown")
                                       : QStringLiteral("%1, %2 : %3, %4")
                                             .arg(e[0].toDouble(), 0, 'f', 3).arg(e[1].toDouble(), 0, 'f', 3)
                                             .arg(e[2].toDouble(), 0, 'f', 3).arg(e[3].toDouble(), 0, 'f', 3);
    if (layer["kind"] == "raster") {
        out() << tr("Raster %1: %2 x %3 pixels, %4 band(s), CRS %5")
                     .arg(layer["name"].toString()).arg(layer["width"].toInt()).arg(layer["height"].toInt())
                     .arg(layer["bands"].toArray().size()).arg(crs["id"].toString())
              << '\n' << "  " << tr("Extent: %1").arg(extent) << '\n';
        return;
    }
    const QJsonValue count = layer["feature_count"];
    const QString origin = layer["encoding_origin"].toString();
    out() << tr("Layer %1: %2, %3 features, CRS %4, encoding %5")
                 .arg(layer["name"].toString(), layer["geometry_type"].toString(),
                      count.isNull() ? tr("unknown") : QString::number(qint64(count.toDouble())),
                      crs["id"].toString(), layer["encoding"].toString() + (origin.isEmpty() ? QString() : " (" + origin + ")"))
          << '\n' << "  " << tr("Extent: %1").arg(extent) << '\n';
    if (layer["crs_suggestion"].isString())
        out() << "  " << tr("No CRS declared; the coordinates suggest %1").arg(layer["crs_suggestion"].toString()) << '\n';
    for (const QJsonValue& f : layer["fields"].toArray())
        out() << "  - " << f["name"].toString() << " (" << f["type"].toString() << ")\n";
}

} // namespace

int infoCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Describe every layer of a dataset or \"path:layer\"; for a project its map "
                                        "layers with their sources, CRS, scenarios and indicators."));
    const QCommandLineOption json("json", tr("Print one JSON document (keys documented in the README)"));
    const QCommandLineOption tables("tables", tr("For a project: its tables as a dataset, not the map it describes"));
    parser.addOption(json);
    parser.addOption(tables);
    parser.addPositionalArgument("SOURCE", tr("Dataset path, path:layer, or GDAL connection string"));
    if (int code = parseOrExit(parser, arguments, "SOURCE [--json] [--tables]"); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << tr("polis info: give exactly one SOURCE (see polis info --help)") << Qt::endl;
        return UsageError;
    }
    const std::string source = parser.positionalArguments().first().toStdString();
    if (isProjectPath(source) && !parser.isSet(tables)) {
        try {
            const QJsonObject project = projectJson(source);
            if (parser.isSet(json))
                out() << QJsonDocument(QJsonObject{{"source", QString::fromStdString(source)}, {"project", project}})
                             .toJson(QJsonDocument::Indented);
            else
                printProject(QString::fromStdString(source), project);
            return Success;
        } catch (const Error& e) {
            err() << "polis info: " << QString::fromStdString(polis::userMessage(e)) << Qt::endl;
            return InputError;
        }
    }
    QJsonArray layers;
    try {
        if (isRasterDataset(splitSourceSpec(source).first)) {
            const RasterSource raster = RasterSource::open(source);
            layers.append(rasterJson(source, raster.info()));
        } else {
            const DataSource ds = DataSource::open(source);
            for (std::size_t i : ds.selectedLayers())
                layers.append(vectorLayerJson(ds.layers()[i]));
            addEncodingDetection(source, layers);
        }
    } catch (const Error& e) {
        err() << "polis info: " << QString::fromStdString(polis::userMessage(e)) << Qt::endl;
        return InputError;
    }
    if (parser.isSet(json)) {
        const QJsonObject doc{{"source", QString::fromStdString(source)}, {"layers", layers}};
        out() << QJsonDocument(doc).toJson(QJsonDocument::Indented);
    } else {
        out() << QString::fromStdString(source) << '\n';
        for (const QJsonValue& layer : layers)
            printText(layer.toObject());
    }
    return Success;
}

} // namespace polis::cli

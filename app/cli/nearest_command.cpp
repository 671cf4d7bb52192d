#include "layer_input.hpp"

#include "layers/core/error.hpp"
#include "layers/query/nearest.hpp"

namespace polis::cli {

int nearestCommand(const QStringList& arguments)
{
    const QString name = "nearest";
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("For each feature of --to, the k nearest features of --layer with their "
           "exact distances."));
    const QCommandLineOption layer("layer", tr("The layer to search: dataset path or path:layer"), "SRC");
    const QCommandLineOption to("to", tr("The features to measure from: dataset path or path:layer"), "SRC");
    const QCommandLineOption k(QStringList{"k"}, tr("How many neighbours (default 1)"), "N", "1");
    const QCommandLineOption maxDistance("max-distance", tr("Only neighbours this close (CRS units, metres)"),
                                         "METRES");
    const QCommandLineOption where("where", tr("Attribute filter on --layer (OGR SQL)"), "EXPR");
    const QCommandLineOption json("json", tr("Print one JSON document"));
    parser.addOptions({layer, to, k, maxDistance, where, json});
    if (int code = parseOrExit(parser, arguments,
                               "--layer SRC --to SRC [-k N] [--max-distance METRES] [--where EXPR] [--json]");
        code >= 0)
        return code;
    if (!parser.isSet(layer) || !parser.isSet(to))
        return usageError(name, tr("give --layer and --to"));
    bool ok = false;
    const int count = parser.value(k).toInt(&ok);
    if (!ok || count < 1 || count > 100000)
        return usageError(name, tr("-k must be a whole number from 1 to 100000"));
    double limit = std::numeric_limits<double>::infinity();
    if (parser.isSet(maxDistance)) {
        limit = parser.value(maxDistance).toDouble(&ok);
        if (!ok || !(limit >= 0))
            return usageError(name, tr("--max-distance must be a number of metres >= 0"));
    }
    QJsonArray results;
    try {
        ReadOptions read;
        read.where = parser.value(where).toStdString();
        const LayerInput searched = readLayer(parser.value(layer), read);
        ReadOptions origins;
        origins.targetCrs = searched.crs;
        const LayerInput from = readLayer(parser.value(to), origins);
        for (std::size_t o = 0; o < from.store->size(); ++o) {
            QJsonArray neighbours;
            QStringList text;
            for (const Neighbour& n :
                 nearestFeatures(*searched.store, *from.store, o, std::size_t(count), limit)) {
                const qint64 fid = searched.store->fid(n.feature);
                neighbours.append(QJsonObject{{"id", fid}, {"distance", n.distance}});
                text << tr("%1 (%2 m)").arg(fid).arg(n.distance, 0, 'f', 2);
            }
            results.append(QJsonObject{{"id", qint64(from.store->fid(o))}, {"neighbours", neighbours}});
            if (!parser.isSet(json))
                out() << from.store->fid(o) << ": " << text.join(", ") << '\n';
        }
    } catch (const Error& e) {
        return inputError(name, e);
    }
    if (parser.isSet(json))
        printJson({{"results", results}});
    return Success;
}

} // namespace polis::cli

#include "location_filter.hpp"

#include "layers/core/error.hpp"

#include <QElapsedTimer>

#include <cmath>

namespace polis::cli {

LocationFilter::LocationFilter()
    : m_op("op", tr("intersects, within, contains, touches, crosses or dwithin"), "OP"),
      m_with("with", tr("The layer to relate to: dataset path or path:layer"), "SRC"),
      m_distanceOption("distance", tr("For dwithin: the distance in the layer's CRS units (metres)"),
                       "METRES")
{
}

void LocationFilter::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({m_op, m_with, m_distanceOption});
}

bool LocationFilter::requested(const QCommandLineParser& parser) const
{
    return parser.isSet(m_op) || parser.isSet(m_with);
}

QString LocationFilter::check(const QCommandLineParser& parser)
{
    if (!parser.isSet(m_op) || !parser.isSet(m_with))
        return tr("give --op and --with together");
    const std::optional<Predicate> predicate = parsePredicate(parser.value(m_op).toStdString());
    if (!predicate)
        return tr("--op \"%1\" is not one of intersects, within, contains, touches, crosses, dwithin")
            .arg(parser.value(m_op));
    m_predicate = *predicate;
    m_withSpec = parser.value(m_with);
    if (m_predicate != Predicate::DWithin)
        return parser.isSet(m_distanceOption) ? tr("--distance only applies to --op dwithin") : QString();
    bool ok = false;
    m_distance = parser.value(m_distanceOption).toDouble(&ok);
    if (!parser.isSet(m_distanceOption) || !ok || !(m_distance >= 0) || !std::isfinite(m_distance))
        return tr("dwithin needs --distance, a number of metres >= 0");
    return QString();
}

LocationFilter::Result LocationFilter::run(const QString& layerSpec, const std::string& where) const
{
    QElapsedTimer timer;
    timer.start();
    Result result;
    const auto [source, index] = openLayer(layerSpec);
    const LayerInfo& target = source.layers()[index];
    if (m_predicate == Predicate::DWithin && target.crs.isGeographic())
        throw Error(source.path() + ", layer " + target.name +
                    ": dwithin needs a projected CRS in metres, but the layer is in " +
                    target.crs.displayId());
    ReadOptions withOptions;
    withOptions.targetCrs = target.crs;
    result.query = readLayer(m_withSpec, withOptions);

    ReadOptions options;
    options.where = where;
    if (target.fastSpatialFilter) { // read only the candidates, through the source's spatial index
        options.filters = candidateWindows(*result.query.store, m_distance);
        if (options.filters.empty())
            options.filters.push_back(Extent{}); // no query geometry: nothing can match, read nothing
    }
    result.searched = readLayer(source, index, layerSpec, options);
    result.loadMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    LocationOptions location;
    location.distance = m_distance;
    result.selection = selectByLocation(*result.searched.store, *result.query.store, m_predicate, location);
    result.queryMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace polis::cli

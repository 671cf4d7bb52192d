#include "location_filter.hpp"

#include "layers/core/error.hpp"
#include "layers/query/query_executor.hpp"

#include <QElapsedTimer>

#include <cmath>

namespace polis::cli {
namespace {

/// The predicate names as a list for messages: "a, b, c" (or "a, b or c" when `lastOr`).
QString predicateList(bool lastOr)
{
    QStringList names;
    for (const std::string& name : predicateNames())
        names << QString::fromStdString(name);
    const QString last = names.takeLast();
    return names.join(", ") + (lastOr ? tr(" or ") : QStringLiteral(", ")) + last;
}

} // namespace

LocationFilter::LocationFilter()
    : m_op("op", predicateList(true), "OP"),
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
        return tr("--op \"%1\" is not one of %2").arg(parser.value(m_op), predicateList(false));
    m_withSpec = parser.value(m_with);
    if (*predicate != Predicate::DWithin) {
        if (parser.isSet(m_distanceOption))
            return tr("--distance only applies to --op %1").arg(predicateName(Predicate::DWithin));
        m_predicate = predicate;
        return QString();
    }
    bool ok = false;
    m_distance = parser.value(m_distanceOption).toDouble(&ok);
    if (!parser.isSet(m_distanceOption) || !ok || !(m_distance >= 0) || !std::isfinite(m_distance))
        return tr("%1 needs --distance, a number of metres >= 0").arg(predicateName(Predicate::DWithin));
    m_predicate = predicate;
    return QString();
}

LocationFilter::Result LocationFilter::run(const QString& layerSpec, QueryPlan plan) const
{
    QElapsedTimer opening; // load_ms counts opening both datasets too
    opening.start();
    Result result;
    const auto [source, index] = openLayer(layerSpec);
    result.searched.info = source.layers()[index];
    result.searched.crs = result.searched.info.crs;
    result.searched.spec = layerSpec;
    const QueryExecutor executor(source, index);
    std::optional<std::pair<DataSource, std::size_t>> with;
    if (m_predicate) {
        plan.predicate = m_predicate;
        plan.distance = m_distance;
        executor.check(plan); // refuse before opening --with
        with.emplace(openLayer(m_withSpec));
        plan.with.dataset = &with->first;
        plan.with.datasetLayer = with->second;
    }
    const double openMs = double(opening.nsecsElapsed()) / 1e6;
    result.found = executor.run(plan);
    result.found.loadMs += openMs;
    return result;
}

} // namespace polis::cli

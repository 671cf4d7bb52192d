#include "panels/query_controller.hpp"

#include "jobs/background_job.hpp"
#include "layers/io/feature_writer.hpp"
#include "layers/query/attribute_filter.hpp"
#include "layers/query/select_by_location.hpp"
#include "layers/query/statistics.hpp"
#include "document/map_document.hpp"

#include <QFileInfo>
#include <QMap>

#include <algorithm>

namespace polis {
namespace {

/// The row (top first) of the vector layer called `name` in `map`, or -1.
int rowNamed(const MapContent& map, const QString& name)
{
    const std::string wanted = name.toStdString();
    for (std::size_t i = 0; i < map.layers.size(); ++i) {
        if (map.layers[i].features && map.layers[i].name == wanted)
            return int(map.layers.size() - 1 - i);
    }
    return -1;
}

const MapLayer* layerNamed(const MapContent& map, const QString& name)
{
    const int row = rowNamed(map, name);
    return row < 0 ? nullptr : &map.layers[map.layers.size() - 1 - std::size_t(row)];
}

} // namespace

/// What a query found, or why it failed.
struct QueryController::Outcome
{
    std::vector<std::size_t> indices;
    std::vector<GroupStatistics> groups;
    QString error;
};

QueryController::QueryController(QObject* parent) : DocumentController(parent) {}

QueryController::~QueryController() = default;

void QueryController::contentChanged()
{
    QStringList names;
    if (document()) {
        const auto& layers = document()->content()->layers;
        for (auto l = layers.rbegin(); l != layers.rend(); ++l) {
            if (l->features)
                names << QString::fromStdString(l->name);
        }
    }
    if (names != m_layerNames) {
        m_layerNames = names;
        emit layerNamesChanged();
    }
    if (!m_live || m_last.isEmpty() || !document() || job()->busy())
        return;
    const MapContent& map = *document()->content();
    const MapLayer* searched = layerNamed(map, m_last.value("layer").toString());
    const QString with = m_last.value("with").toString();
    const MapLayer* queried = with.isEmpty() ? nullptr : layerNamed(map, with);
    // Our own selection changes keep the stores: only new data re-runs the query.
    if ((searched && searched->features != m_searched) || (queried && queried->features != m_queried))
        execute(m_last);
}

QStringList QueryController::fields(const QString& layer, bool numeric) const
{
    QStringList names;
    const MapLayer* l = document() ? layerNamed(*document()->content(), layer) : nullptr;
    if (!l)
        return names;
    for (const Field& f : l->features->fields()) {
        if (!numeric || f.type == FieldType::Integer || f.type == FieldType::Real)
            names << QString::fromStdString(f.name);
    }
    return names;
}

void QueryController::run(const QString& layer, const QString& predicate, const QString& with,
                          double distance, const QString& where, const QString& valueField,
                          const QString& groupField)
{
    const QMap<QString, QString> relations{
        {"intersects", tr("intersecting")}, {"within", tr("within")},
        {"contains", tr("containing")},     {"touches", tr("touching")},
        {"crosses", tr("crossing")},        {"dwithin", tr("within %1 m of").arg(distance)}};
    const QString relation = relations.value(predicate, predicate);
    QString label = tr("%1 %2 %3").arg(layer, relation, with.isEmpty() ? tr("the selection") : with);
    if (!where.isEmpty())
        label += tr(" where %1").arg(where);
    const QVariantMap query{
        {"label", label},       {"layer", layer}, {"predicate", predicate},   {"with", with},
        {"distance", distance}, {"where", where}, {"valueField", valueField}, {"groupField", groupField}};
    m_history.removeAll(query);
    m_history.prepend(query);
    emit historyChanged();
    execute(query);
}

void QueryController::rerun(int index)
{
    if (index >= 0 && index < m_history.size())
        execute(m_history.at(index).toMap());
}

void QueryController::execute(const QVariantMap& query)
{
    if (!document())
        return;
    const MapContent& map = *document()->content();
    const MapLayer* searched = layerNamed(map, query.value("layer").toString());
    const QString with = query.value("with").toString();
    const MapLayer* queried = with.isEmpty() ? nullptr : layerNamed(map, with);
    std::optional<std::vector<std::size_t>> queryFeatures;
    if (with.isEmpty()) { // the current selection, on whichever layer it is
        for (const MapLayer& l : map.layers) {
            if (l.selection && l.features) {
                queried = &l;
                queryFeatures.emplace(l.selection->begin(), l.selection->end());
            }
        }
    }
    const auto predicate = parsePredicate(query.value("predicate").toString().toStdString());
    if (!searched || !queried || !predicate) {
        finish(query, Outcome{{},
                              {},
                              !searched || !predicate ? tr("Choose a layer and a relation.")
                                                      : tr("Nothing is selected to query with.")});
        return;
    }
    m_searched = searched->features;
    m_queried = queried->features;
    LocationOptions location;
    location.distance = query.value("distance").toDouble();
    location.queryFeatures = std::move(queryFeatures);
    StatisticsOptions stats;
    stats.valueField = query.value("valueField").toString().toStdString();
    stats.groupField = query.value("groupField").toString().toStdString();
    job()->start(
        [a = m_searched, b = m_queried, where = query.value("where").toString().toStdString(), p = *predicate, location,
         stats](BackgroundJob::State& state) {
            Outcome out;
            try {
                Selection found = selectByLocation(*a, *b, p, location);
                if (!state.report(0.5))
                    return out;
                if (!where.empty()) {
                    const std::vector<std::uint32_t> matching =
                        filterFeatures(*a, where, [&state] { return bool(state.cancelled); });
                    if (state.cancelled)
                        return out; // as after the location step: a cancelled query yields nothing
                    found.indices.erase(std::remove_if(found.indices.begin(), found.indices.end(),
                                                       [&](std::size_t i) {
                                                           return !std::binary_search(matching.begin(), matching.end(),
                                                                                      std::uint32_t(i));
                                                       }),
                                        found.indices.end());
                }
                StatisticsOptions grouped = stats;
                grouped.features = found.indices;
                out.groups = polis::statistics(*a, grouped);
                out.indices = std::move(found.indices);
            } catch (const std::exception& e) {
                out.error = QString::fromStdString(e.what());
            }
            return out;
        },
        [this, query](Outcome out) { finish(query, std::move(out)); });
}

void QueryController::finish(const QVariantMap& query, Outcome outcome)
{
    m_last = query;
    m_error = outcome.error;
    m_count = m_error.isEmpty() ? int(outcome.indices.size()) : -1;
    m_statistics.clear();
    for (const GroupStatistics& g : outcome.groups) {
        m_statistics << QVariantMap{{"key", QString::fromStdString(g.key)},
                                    {"count", qulonglong(g.count)},
                                    {"sum", g.sum},
                                    {"mean", g.mean},
                                    {"area", g.area},
                                    {"length", g.length}};
    }
    m_result = std::move(outcome.indices);
    if (document() && m_error.isEmpty()) {
        const int row = rowNamed(*document()->content(), query.value("layer").toString());
        if (const MapLayer* layer = document()->layerAt(row))
            document()->setSelection(layer->id, std::vector<std::uint32_t>(m_result.begin(), m_result.end()));
    }
    emit resultChanged();
}

void QueryController::exportResult(const QString& pathOrUrl)
{
    const QString path = MapDocument::localPath(pathOrUrl);
    if (!m_searched || !document())
        return;
    FeatureWriter::Options options;
    options.layerName = QFileInfo(path).completeBaseName().toStdString();
    options.features = m_result;
    job()->start(
        [store = m_searched, crs = document()->content()->crs, file = path.toStdString(),
         options](BackgroundJob::State&) {
            try {
                FeatureWriter::write(*store, crs, file, options);
            } catch (const std::exception& e) {
                return QString::fromStdString(e.what());
            }
            return QString();
        },
        [this, path](const QString& error) { emit exported(path, error); });
}

} // namespace polis

#include "panels/query_controller.hpp"

#include "document/map_document.hpp"
#include "jobs/background_job.hpp"
#include "layers/core/error.hpp"
#include "layers/io/feature_writer.hpp"
#include "layers/query/query_executor.hpp"

#include <QFileInfo>

namespace polis {

/// What a query found, or why it failed.
struct QueryController::Outcome
{
    std::vector<std::size_t> indices;
    std::vector<GroupStatistics> groups;
    QString error;
};

QueryController::QueryController(QObject* parent) : DocumentController(parent) {}

QueryController::~QueryController() = default;

const MapLayer* QueryController::vectorLayer(const QVariant& layerId) const
{
    const MapLayer* layer =
        document() ? document()->engine().layer(LayerId(layerId.toString().toStdString())) : nullptr;
    return layer && layer->features ? layer : nullptr;
}

void QueryController::contentChanged()
{
    QVariantList layers;
    if (document()) {
        const auto& all = document()->content()->layers;
        for (auto l = all.rbegin(); l != all.rend(); ++l) {
            if (l->features)
                layers << QVariantMap{{"layerId", QString::fromStdString(l->id.str())},
                                      {"name", QString::fromStdString(l->name)}};
        }
    }
    if (layers != m_layers) {
        m_layers = layers;
        emit layersChanged();
    }
    if (!m_live || m_last.isEmpty() || !document() || job()->busy())
        return;
    const MapLayer* searched = vectorLayer(m_last.value("layerId"));
    const MapLayer* queried = vectorLayer(m_last.value("withId")); // null for "the current selection"
    // Our own selection changes keep the stores: only new data re-runs the query.
    if ((searched && searched->features != m_searched) || (queried && queried->features != m_queried))
        execute(m_last);
}

QStringList QueryController::fields(const QString& layerId, bool numeric) const
{
    QStringList names;
    const MapLayer* l = vectorLayer(layerId);
    if (!l)
        return names;
    for (const Field& f : l->features->fields()) {
        if (!numeric || f.type == FieldType::Integer || f.type == FieldType::Real)
            names << QString::fromStdString(f.name);
    }
    return names;
}

QVariantList QueryController::predicates() const
{
    QVariantList list;
    for (const std::string& name : predicateNames()) {
        const Predicate p = *parsePredicate(name);
        list << QVariantMap{{"name", QString::fromStdString(name)},
                            {"label", relationLabel(p)},
                            {"needsDistance", p == Predicate::DWithin}};
    }
    return list;
}

QString QueryController::relationLabel(Predicate predicate)
{
    switch (predicate) {
    case Predicate::Intersects:
        return tr("intersecting");
    case Predicate::Within:
        return tr("within");
    case Predicate::Contains:
        return tr("containing");
    case Predicate::Touches:
        return tr("touching");
    case Predicate::Crosses:
        return tr("crossing");
    case Predicate::DWithin:
        return tr("within a distance of");
    }
    return {};
}

void QueryController::run(const QString& layerId, const QString& predicate, const QString& withId,
                          double distance, const QString& where, const QString& valueField,
                          const QString& groupField)
{
    const MapLayer* searched = vectorLayer(layerId);
    const MapLayer* queried = vectorLayer(withId);
    const QString layer = searched ? QString::fromStdString(searched->name) : layerId;
    const QString with = queried ? QString::fromStdString(queried->name) : withId;
    const std::optional<Predicate> parsed = parsePredicate(predicate.toStdString());
    const QString relation = !parsed                         ? predicate
                             : *parsed == Predicate::DWithin ? tr("within %1 m of").arg(distance)
                                                             : relationLabel(*parsed);
    QString label = tr("%1 %2 %3").arg(layer, relation, with.isEmpty() ? tr("the selection") : with);
    if (!where.isEmpty())
        label += tr(" where %1").arg(where);
    const QVariantMap query{{"label", label},           {"layerId", layerId},      {"predicate", predicate},
                            {"withId", withId},         {"distance", distance},    {"where", where},
                            {"valueField", valueField}, {"groupField", groupField}};
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
    const MapLayer* searched = vectorLayer(query.value("layerId"));
    const bool withSelection = query.value("withId").toString().isEmpty();
    const MapLayer* queried = withSelection ? nullptr : vectorLayer(query.value("withId"));
    std::optional<std::vector<std::size_t>> queryFeatures;
    if (withSelection) { // the current selection, on whichever layer it is
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
    QueryPlan plan;
    plan.layerName = searched->name;
    plan.where = query.value("where").toString().toStdString();
    plan.predicate = predicate;
    plan.distance = query.value("distance").toDouble();
    plan.with.store = m_queried;
    plan.with.features = std::move(queryFeatures);
    plan.statistics = StatisticsRequest{query.value("valueField").toString().toStdString(),
                                        query.value("groupField").toString().toStdString(), false};
    job()->start(
        [executor = QueryExecutor(m_searched, map.crs), plan = std::move(plan)](BackgroundJob::State& state) {
            Outcome out;
            try {
                QueryResult found = executor.run(plan, [&state](double done) { return state.report(done); });
                if (found.cancelled)
                    return out; // a cancelled query yields nothing
                out.groups = std::move(found.groups);
                out.indices = std::move(found.indices);
            } catch (const std::exception& e) {
                out.error = QString::fromStdString(polis::userMessage(e));
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
        if (const MapLayer* layer = vectorLayer(query.value("layerId")))
            document()->setSelection(layer->id, std::vector<std::uint32_t>(m_result.begin(), m_result.end()));
    }
    emit resultChanged();
}

void QueryController::exportResult(const QString& pathOrUrl)
{
    const QString path = localPath(pathOrUrl);
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
                return QString::fromStdString(polis::userMessage(e));
            }
            return QString();
        },
        [this, path](const QString& error) { emit exported(path, error); });
}

} // namespace polis

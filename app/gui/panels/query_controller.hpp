#pragma once
#include "document/document_controller.hpp"

#include "layers/query/select_by_location.hpp"

#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

namespace polis {

class FeatureStore;
struct MapLayer;

/// The query panel's logic: selects the features of one layer of a MapDocument by their spatial relation to
/// another layer (or to the current selection) and an optional OGR SQL attribute filter, on a worker thread;
/// the result becomes the map selection, with statistics grouped by a field. Keeps a history of queries,
/// re-runs the last one when its layers' data change (when live), and exports the result. GUI thread only.
class QueryController : public DocumentController
{
    Q_OBJECT
    QML_ELEMENT
    /// The document's vector layers, top first: [{layerId, name}] (a combo box shows names, takes ids).
    Q_PROPERTY(QVariantList layers READ layers NOTIFY layersChanged)
    /// Features found by the last query; -1 before any.
    Q_PROPERTY(int count READ count NOTIFY resultChanged)
    /// Per group: {key, count, sum, mean, area, length} (area in map units², length in map units).
    Q_PROPERTY(QVariantList statistics READ statistics NOTIFY resultChanged)
    Q_PROPERTY(QString error READ error NOTIFY resultChanged)
    /// Past queries, newest first: {label, layerId, predicate, withId, distance, where, valueField,
    /// groupField}; the label names the layers as they were called when the query ran.
    Q_PROPERTY(QVariantList history READ history NOTIFY historyChanged)
    /// The relations a query can use, in the engine's order: {name ("intersects", ... as run() takes it),
    /// label (translated), needsDistance (true for dwithin)}.
    Q_PROPERTY(QVariantList predicates READ predicates CONSTANT)
    /// Re-run the last query whenever the data of its layers change.
    Q_PROPERTY(bool live MEMBER m_live NOTIFY liveChanged)

public:
    explicit QueryController(QObject* parent = nullptr);
    ~QueryController() override;

    QVariantList layers() const { return m_layers; }
    int count() const { return m_count; }
    QVariantList statistics() const { return m_statistics; }
    QString error() const { return m_error; }
    QVariantList history() const { return m_history; }
    QVariantList predicates() const;

    /// The fields of vector layer `layerId`; only the numeric ones when `numeric`.
    Q_INVOKABLE QStringList fields(const QString& layerId, bool numeric) const;
    /// Selects the features of layer `layerId` that have `predicate` (a name of `predicates`) with a feature
    /// of layer `withId` ("" = the current selection), within `distance` map units for dwithin (refused on a
    /// geographic map CRS, as the command line refuses it), that match `where` (OGR SQL, "" = all);
    /// statistics of `valueField` grouped by `groupField` ("" = none), through the engine's QueryExecutor on
    /// the layers in memory. Adds the query to the history.
    Q_INVOKABLE void run(const QString& layerId, const QString& predicate, const QString& withId,
                         double distance, const QString& where, const QString& valueField,
                         const QString& groupField);
    /// Runs history entry `index` again.
    Q_INVOKABLE void rerun(int index);
    /// Writes the last result to a GeoPackage, GeoJSON or CSV file (by extension), on a worker thread.
    Q_INVOKABLE void exportResult(const QString& pathOrUrl);

signals:
    void layersChanged();
    void resultChanged();
    void historyChanged();
    void liveChanged();
    /// An export finished: `error` is empty, or the message to show.
    void exported(const QString& path, const QString& error);

private:
    struct Outcome;
    static QString relationLabel(Predicate predicate);
    void execute(const QVariantMap& query);
    void contentChanged() override;
    void finish(const QVariantMap& query, Outcome outcome);
    /// Vector layer `layerId` (a QString, as QML and the history hold it) of the map shown, or null.
    const MapLayer* vectorLayer(const QVariant& layerId) const;

    QVariantList m_layers;
    int m_count = -1;
    QVariantList m_statistics;
    QString m_error;
    QVariantList m_history;
    bool m_live = false;
    /// The last query and the data it ran on: a live query re-runs when these stores are replaced.
    QVariantMap m_last;
    std::shared_ptr<const FeatureStore> m_searched, m_queried;
    std::vector<std::size_t> m_result;
};

} // namespace polis

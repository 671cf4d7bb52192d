#pragma once
#include "document/document_controller.hpp"

#include "layers/query/locator.hpp"

#include <QRectF>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <tuple>
#include <vector>

namespace polis {

/// The locator bar's logic: an engine LocatorIndex (layers/query/locator.hpp) of the document's named
/// features, built on the worker pool and built again when the layers' data change (not for a selection or a
/// style colour); searches on the worker pool as the query is typed (the latest query wins); activating a
/// result zooms the map there and selects the feature. GUI thread only.
class LocatorController : public DocumentController
{
    Q_OBJECT
    QML_ELEMENT
    /// What is typed (searched as it changes).
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    /// The results, best first: {label, layer (its layer's name, or what the coordinates are in), kind
    /// ("point", "line", "area", "coordinate", "crs"), kindText (translated)}.
    Q_PROPERTY(QVariantList results READ results NOTIFY resultsChanged)
    /// True while the index is built or a search runs (results then belong to an earlier query).
    Q_PROPERTY(bool searching READ searching NOTIFY searchingChanged)

public:
    explicit LocatorController(QObject* parent = nullptr);
    ~LocatorController() override;

    QString query() const { return m_query; }
    void setQuery(const QString& query);
    QVariantList results() const { return m_results; }
    bool searching() const;

    /// Zooms to result `row` (zoomRequested: a point or a small feature at street scale) and, for a feature
    /// its layer still shows, selects it. While a search runs, it applies to the row of the coming results
    /// (the first when there are fewer).
    Q_INVOKABLE void activate(int row);

signals:
    void queryChanged();
    void resultsChanged();
    void searchingChanged();
    /// The map should show `rect` (map CRS units; x, y = minimum corner, width, height).
    void zoomRequested(const QRectF& rect);

private:
    using Signature = std::vector<std::tuple<const FeatureStore*, std::string, std::string>>;
    void contentChanged() override;
    void search();
    void show(std::vector<LocatorResult> found);
    QVariantMap describe(const LocatorResult& r) const;

    QString m_query;
    QVariantList m_results;
    std::vector<LocatorResult> m_found;
    std::shared_ptr<const LocatorIndex> m_index;
    Signature m_indexed; ///< the stores, names and label fields m_index (or the build running) was made of
    BackgroundJob* m_search; ///< searches, apart from the build (job())
    int m_pendingRow = -1;   ///< a row activated while a search ran
};

} // namespace polis

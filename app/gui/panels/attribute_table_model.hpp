#pragma once
#include "layers/map/map_content.hpp"

#include <QAbstractTableModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

namespace polis {

class BackgroundJob;
class MapDocument;

/// The attribute table of one layer of a MapDocument. Reads values straight from the layer's
/// FeatureStore (no copy of the data: only a vector of feature indices when filtered or sorted), so a
/// million rows stay responsive. Rows and the map selection are kept in step both ways through the document.
/// An OGR SQL filter (filterFeatures) runs on a worker thread on the store shown, scenario features
/// included, and is applied again when the layer's store changes (another scenario).
class AttributeTableModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("document/map_document.hpp")
    Q_PROPERTY(MapDocument* document READ document WRITE setDocument NOTIFY documentChanged)
    /// The layer shown, by id (LayerListModel's layerId role); "" = none. Reordering the layer list keeps it.
    Q_PROPERTY(QString layerId READ layerId WRITE setLayerId NOTIFY layerIdChanged)
    Q_PROPERTY(int sortColumn READ sortColumn NOTIFY sortChanged)
    Q_PROPERTY(bool sortAscending READ sortAscending NOTIFY sortChanged)
    /// OGR SQL WHERE expression on the layer's fields (e.g. `kind = 'school' AND floors > 2`); "" = all rows.
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    /// GDAL's message when the filter does not compile; "" otherwise.
    Q_PROPERTY(QString filterError READ filterError NOTIFY filterChanged)
    /// Features in the layer (rows shown when no filter applies).
    Q_PROPERTY(int totalCount READ totalCount NOTIFY filterChanged)
    Q_MOC_INCLUDE("jobs/background_job.hpp")
    /// The filter's worker job (busy while a filter is evaluated).
    Q_PROPERTY(BackgroundJob* filterJob READ filterJob CONSTANT)

public:
    explicit AttributeTableModel(QObject* parent = nullptr);

    MapDocument* document() const { return m_document; }
    void setDocument(MapDocument* document);
    QString layerId() const { return QString::fromStdString(m_layerId.str()); }
    void setLayerId(const QString& layerId);
    int sortColumn() const { return m_sortColumn; }
    bool sortAscending() const { return m_ascending; }
    QString filter() const { return m_filter; }
    void setFilter(const QString& filter);
    QString filterError() const { return m_filterError; }
    int totalCount() const { return m_store ? int(m_store->size()) : 0; }
    BackgroundJob* filterJob() const { return m_filterJob; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Sorts by a column (nulls first ascending); a stable sort, so earlier orders break ties.
    Q_INVOKABLE void sortBy(int column, bool ascending);
    /// Whether table row `row` is selected (on the map too).
    Q_INVOKABLE bool isSelected(int row) const;
    /// Selects table row `row` (alone, or added when `extend`), highlighting it on the map.
    Q_INVOKABLE void selectRow(int row, bool extend);
    /// The feature id shown in table row `row`.
    Q_INVOKABLE qlonglong fidAt(int row) const;
    /// Makes every row shown (the filter's matches) the map selection.
    Q_INVOKABLE void selectAllShown();

    enum Role { SelectedRole = Qt::UserRole + 1 };

signals:
    void documentChanged();
    void layerIdChanged();
    void sortChanged();
    void filterChanged();

private:
    void reload();
    /// The layer shown in the document, or null (none, removed, or no document).
    const MapLayer* layer() const;
    void onContentChanged();
    void runFilter();
    /// Rebuilds m_order from the filter's matches and the sort column (model reset).
    void rebuildOrder();
    bool natural() const { return !m_filtered && m_sortColumn < 0; }
    std::uint32_t featureAt(int row) const { return natural() ? std::uint32_t(row) : m_order[std::size_t(row)]; }

    QPointer<MapDocument> m_document;
    LayerId m_layerId;
    std::shared_ptr<const FeatureStore> m_store;
    std::shared_ptr<const std::vector<std::uint32_t>> m_selection;
    std::vector<std::uint32_t> m_order;    ///< table row -> feature; unused in natural order
    std::vector<std::uint32_t> m_matching; ///< the filter's matches (ascending) when m_filtered
    bool m_filtered = false;
    int m_sortColumn = -1;
    bool m_ascending = true;
    QString m_filter;
    QString m_filterError;
    BackgroundJob* m_filterJob;
};

} // namespace polis

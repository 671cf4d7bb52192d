#pragma once
#include "layers/io/map_content.hpp"

#include <QAbstractTableModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

namespace polis {

class MapDocument;

/// The attribute table of one layer of a MapDocument. Reads values straight from the layer's
/// FeatureStore (no copy of the data: only a row order when sorted), so a million rows stay responsive.
/// Rows and the map selection are kept in step both ways through the document.
class AttributeTableModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("map_document.hpp")
    Q_PROPERTY(MapDocument* document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(int layerRow READ layerRow WRITE setLayerRow NOTIFY layerRowChanged)
    Q_PROPERTY(int sortColumn READ sortColumn NOTIFY sortChanged)
    Q_PROPERTY(bool sortAscending READ sortAscending NOTIFY sortChanged)

public:
    explicit AttributeTableModel(QObject* parent = nullptr);

    MapDocument* document() const { return m_document; }
    void setDocument(MapDocument* document);
    int layerRow() const { return m_layerRow; }
    void setLayerRow(int row);
    int sortColumn() const { return m_sortColumn; }
    bool sortAscending() const { return m_ascending; }

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

    enum Role { SelectedRole = Qt::UserRole + 1 };

signals:
    void documentChanged();
    void layerRowChanged();
    void sortChanged();

private:
    void reload();
    void onContentChanged();
    std::uint32_t featureAt(int row) const { return m_order.empty() ? std::uint32_t(row) : m_order[std::size_t(row)]; }

    QPointer<MapDocument> m_document;
    int m_layerRow = -1;
    std::shared_ptr<const FeatureStore> m_store;
    std::shared_ptr<const std::vector<std::uint32_t>> m_selection;
    std::vector<std::uint32_t> m_order; ///< table row -> feature; empty = natural order
    int m_sortColumn = -1;
    bool m_ascending = true;
};

} // namespace polis

#pragma once
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace polis {

class MapDocument;

/// The layers of a MapDocument for a layers panel and legend: top of the drawing order first.
/// Reads the document's snapshot; never copies features.
class LayerListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Layers belong to a MapDocument")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        VisibleRole,
        OpacityRole,
        KindRole,         ///< "point", "line", "polygon", "raster"
        FeatureCountRole, ///< -1 for rasters
        FillColorRole,    ///< transparent when unfilled
        StrokeColorRole,
        LegendRole, ///< one {label, fillColor, strokeColor} per class of a categorized or graduated style
    };

    explicit LayerListModel(MapDocument* document);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Called by the document: the whole list changed (load, reorder, removal)...
    void reset();
    /// ...or only one row's properties did (visibility, opacity): delegates stay in place.
    void rowChanged(int row);

signals:
    void countChanged();

private:
    MapDocument* m_document;
};

} // namespace polis

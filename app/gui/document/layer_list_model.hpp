#pragma once
#include "layers/map/map_content.hpp"

#include <QAbstractListModel>
#include <QRectF>
#include <QtQml/qqmlregistration.h>

namespace polis {

class MapDocument;

/// The layers of a MapDocument for a layers panel and legend: top of the drawing order first, each with its
/// group (a group's layers are adjacent: a panel shows them as a section). Reads the document's snapshot;
/// never copies features. Group operations are undoable commands on the document's undo stack.
class LayerListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Layers belong to a MapDocument")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// Increases whenever any row changes (for bindings on groupVisibility()).
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        VisibleRole,
        OpacityRole,
        KindRole,         ///< "point", "line", "polygon", "raster"
        FeatureCountRole, ///< -1 for rasters
        FillColorRole,    ///< transparent when unfilled
        StrokeColorRole,
        LegendRole, ///< one {label, fillColor, strokeColor, dashed, heading} per class of a categorized or
                    ///< graduated style and "all other values"; then a heading row (the modifier field) and
                    ///< a row per modifier of the style
        GroupRole,  ///< the layer's group name, "" when in none
        LayerIdRole, ///< the layer's id: what MapDocument's and this model's calls take
        AttributionRole, ///< the data's required credit, "" when none
    };
    Q_ENUM(Role)

    explicit LayerListModel(MapDocument* document);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int revision() const { return m_revision; }

    // Layers by id (the layerId role); each edit is one undo step with a translated text.
    Q_INVOKABLE void setLayerVisible(const QString& layerId, bool visible);
    Q_INVOKABLE void setLayerOpacity(const QString& layerId, double opacity);
    /// Moves layer `layerId` to the place of `targetId`, joining its group.
    Q_INVOKABLE void moveLayer(const QString& layerId, const QString& targetId);
    Q_INVOKABLE void removeLayer(const QString& layerId);
    /// Gives layer `layerId` the name `name` (trimmed; an empty name is ignored).
    Q_INVOKABLE void renameLayer(const QString& layerId, const QString& name);
    /// The layer's extent in map units as (x = xmin, y = ymin, width, height); empty when unknown.
    Q_INVOKABLE QRectF layerExtent(const QString& layerId) const;
    /// Puts layer `layerId` into `group` (a new group starts where the layer is; "" takes it out of its group).
    Q_INVOKABLE void setLayerGroup(const QString& layerId, const QString& group);
    Q_INVOKABLE void renameGroup(const QString& from, const QString& to);
    /// The layers of `group` leave it, staying where they are.
    Q_INVOKABLE void ungroup(const QString& group);
    /// Shows or hides every layer of `group`.
    Q_INVOKABLE void setGroupVisible(const QString& group, bool visible);
    /// 0: no layer of `group` is visible, 1: some are, 2: all are.
    Q_INVOKABLE int groupVisibility(const QString& group) const;
    /// The id of the layer in row `row` ("" when out of range): for views that know rows (drag and drop).
    Q_INVOKABLE QString layerId(int row) const;
    /// A group name not used yet ("Group", "Group 2", ...), translated.
    Q_INVOKABLE QString newGroupName() const;

    /// Called by the document: the whole list changed (load, reorder, removal)...
    void reset();
    /// ...or `count` layers were added on top (rows 0 to count - 1): the other delegates stay...
    void rowsAdded(int count);
    /// ...or only these layers' properties did (visibility, opacity, style, features): delegates stay.
    void rowsChanged(const std::vector<LayerId>& layers);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void countChanged();
    void revisionChanged();

private:
    /// The layer shown in row `row` (row 0 is drawn last, on top), or null. Rows are this model's business
    /// alone: everything else names a layer by its id.
    const MapLayer* layerAt(int row) const;
    void changed();
    void push(std::vector<MapLayer> layers, const QString& text);

    MapDocument* m_document;
    int m_revision = 0;
};

} // namespace polis

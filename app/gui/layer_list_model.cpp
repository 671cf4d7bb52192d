#include "layer_list_model.hpp"

#include "map_document.hpp"

#include <QColor>

namespace polis {
namespace {

QColor qcolor(const Color& c)
{
    return QColor(c.r, c.g, c.b, c.a);
}

QString kindName(const MapLayer& layer)
{
    if (layer.raster)
        return QStringLiteral("raster");
    const FeatureStore& store = *layer.features;
    GeometryKind kind = GeometryKind::None;
    for (std::size_t i = 0; i < store.size() && kind == GeometryKind::None; ++i)
        kind = store.kind(i);
    switch (kind) {
    case GeometryKind::Point:
        return QStringLiteral("point");
    case GeometryKind::Line:
        return QStringLiteral("line");
    default:
        return QStringLiteral("polygon");
    }
}

QVariantMap legendEntry(const QString& label, const Symbol& symbol)
{
    return {{"label", label},
            {"fillColor", symbol.fill ? qcolor(*symbol.fill) : QColor(Qt::transparent)},
            {"strokeColor", qcolor(symbol.stroke)}};
}

QVariantList legend(const Style& style)
{
    QVariantList rows;
    for (const Category& c : style.categories)
        rows << legendEntry(QString::fromStdString(c.value), c.symbol);
    for (const Range& r : style.ranges)
        rows << legendEntry(QStringLiteral("%L1 – %L2").arg(r.lower, 0, 'g', 6).arg(r.upper, 0, 'g', 6), r.symbol);
    if (!rows.isEmpty())
        rows << legendEntry(LayerListModel::tr("other"), style);
    return rows;
}

} // namespace

LayerListModel::LayerListModel(MapDocument* document) : QAbstractListModel(document), m_document(document) {}

int LayerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_document->content()->layers.size());
}

QVariant LayerListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const MapLayer& layer = m_document->content()->layers[std::size_t(m_document->indexOfRow(index.row()))];
    switch (role) {
    case NameRole:
    case Qt::DisplayRole:
        return QString::fromStdString(layer.name);
    case VisibleRole:
        return layer.visible;
    case OpacityRole:
        return layer.opacity;
    case KindRole:
        return kindName(layer);
    case FeatureCountRole:
        return layer.features ? qlonglong(layer.features->size()) : qlonglong(-1);
    case FillColorRole:
        return layer.style.fill ? qcolor(*layer.style.fill) : QColor(Qt::transparent);
    case StrokeColorRole:
        return qcolor(layer.style.stroke);
    case LegendRole:
        return legend(layer.style);
    default:
        return {};
    }
}

QHash<int, QByteArray> LayerListModel::roleNames() const
{
    return {{NameRole, "name"},
            {VisibleRole, "layerVisible"},
            {OpacityRole, "layerOpacity"},
            {KindRole, "kind"},
            {FeatureCountRole, "featureCount"},
            {FillColorRole, "fillColor"},
            {StrokeColorRole, "strokeColor"},
            {LegendRole, "legend"}};
}

void LayerListModel::rowChanged(int row)
{
    emit dataChanged(index(row), index(row));
}

void LayerListModel::reset()
{
    beginResetModel();
    endResetModel();
    emit countChanged();
}

} // namespace polis

#include "document/layer_list_model.hpp"

#include "document/map_document.hpp"
#include "layers/core/transform.hpp"
#include "layers/map/layer_groups.hpp"
#include "layers/map/planning_layer.hpp"

#include <QColor>
#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

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
            {"strokeColor", qcolor(symbol.stroke)},
            {"dashed", !symbol.dash.empty()},
            {"heading", false}};
}

/// The classes (with a row for the values no class matches), then the modifiers as one block under a
/// heading row (the modifier field), each shown on the base symbol.
QVariantList legend(const Style& style)
{
    QVariantList rows;
    for (const Category& c : style.categories)
        rows << legendEntry(QString::fromStdString(planningLabel(c.value)), c.symbol);
    for (const Range& r : style.ranges)
        rows << legendEntry(QStringLiteral("%L1 – %L2").arg(r.lower, 0, 'g', 6).arg(r.upper, 0, 'g', 6), r.symbol);
    if (!rows.isEmpty())
        rows << legendEntry(LayerListModel::tr("all other values"), style);
    if (style.modifierCount() == 0)
        return rows;
    rows << QVariantMap{{"label", QString::fromStdString(planningLabel(style.modifierField))}, {"heading", true}};
    for (const SymbolModifier& m : style.modifiers)
        rows << legendEntry(QString::fromStdString(planningLabel(m.value)), m.applied(style));
    return rows;
}

std::string toUtf8String(const QString& text)
{
    return text.toStdString();
}

QRectF toRect(const Extent& e)
{
    return e.isEmpty() ? QRectF() : QRectF(e.xmin, e.ymin, e.width(), e.height());
}

} // namespace

LayerListModel::LayerListModel(MapDocument* document) : QAbstractListModel(document), m_document(document)
{
    QCoreApplication::instance()->installEventFilter(this); // to hear of a new translation
}

bool LayerListModel::eventFilter(QObject* watched, QEvent* event)
{
    // A translator was installed: the legends' labels (planning kinds and statuses) read anew.
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange && rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {LegendRole});
    return QAbstractListModel::eventFilter(watched, event);
}

int LayerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_document->content()->layers.size());
}

QVariant LayerListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const MapLayer& layer = *layerAt(index.row());
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
    case GroupRole:
        return QString::fromStdString(layer.group);
    case AttributionRole:
        return QString::fromStdString(layer.attribution);
    case LayerIdRole:
        return QString::fromStdString(layer.id.str());
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
            {LegendRole, "legend"},
            {GroupRole, "group"},
            {LayerIdRole, "layerId"},
            {AttributionRole, "attribution"}};
}

void LayerListModel::rowsChanged(const std::vector<LayerId>& layers)
{
    const int last = rowCount() - 1;
    for (const LayerId& id : layers) {
        if (const std::optional<std::size_t> i = m_document->engine().indexOf(id))
            emit dataChanged(index(last - int(*i)), index(last - int(*i)));
    }
    changed();
}

void LayerListModel::reset()
{
    beginResetModel();
    endResetModel();
    emit countChanged();
    changed();
}

void LayerListModel::rowsAdded(int count)
{
    if (count <= 0)
        return;
    beginInsertRows(QModelIndex(), 0, count - 1); // the snapshot has them already, as at a reset
    endInsertRows();
    emit countChanged();
    changed();
}

void LayerListModel::changed()
{
    ++m_revision;
    emit revisionChanged();
}

void LayerListModel::setLayerGroup(const QString& layerId, const QString& group)
{
    const std::optional<std::size_t> index = m_document->engine().indexOf(LayerId(layerId.toStdString()));
    auto layers = m_document->content()->layers;
    if (!index || layers[*index].group == group.toStdString())
        return;
    const QString name = QString::fromStdString(layers[*index].name);
    polis::setLayerGroup(layers, *index, group.toStdString());
    push(std::move(layers), group.isEmpty() ? tr("Take %1 out of its group").arg(name)
                                                              : tr("Put %1 into group %2").arg(name, group));
}

void LayerListModel::renameGroup(const QString& from, const QString& to)
{
    if (from.isEmpty() || to.trimmed().isEmpty() || from == to)
        return;
    auto layers = m_document->content()->layers;
    polis::renameGroup(layers, from.toStdString(), to.trimmed().toStdString());
    push(std::move(layers), tr("Rename group %1 to %2").arg(from, to.trimmed()));
}

void LayerListModel::ungroup(const QString& group)
{
    if (group.isEmpty())
        return;
    auto layers = m_document->content()->layers;
    polis::ungroup(layers, group.toStdString());
    push(std::move(layers), tr("Ungroup %1").arg(group));
}

void LayerListModel::setGroupVisible(const QString& group, bool visible)
{
    if (group.isEmpty() || groupVisibility(group) == (visible ? 2 : 0))
        return;
    auto layers = m_document->content()->layers;
    polis::setGroupVisible(layers, group.toStdString(), visible);
    push(std::move(layers), visible ? tr("Show group %1").arg(group) : tr("Hide group %1").arg(group));
}

void LayerListModel::push(std::vector<MapLayer> layers, const QString& text)
{
    m_document->engine().changeLayers(std::move(layers), text.toStdString());
}

int LayerListModel::groupVisibility(const QString& group) const
{
    const std::string name = group.toStdString();
    int members = 0;
    int visible = 0;
    for (const MapLayer& layer : m_document->content()->layers) {
        if (layer.group == name) {
            ++members;
            visible += layer.visible ? 1 : 0;
        }
    }
    return visible == 0 ? 0 : visible == members ? 2 : 1;
}

void LayerListModel::setLayerVisible(const QString& layerId, bool visible)
{
    const LayerId id(toUtf8String(layerId));
    if (const MapLayer* layer = m_document->engine().layer(id)) {
        const QString name = QString::fromStdString(layer->name);
        m_document->engine().setLayerVisible(id, visible, toUtf8String(visible ? tr("Show %1").arg(name) : tr("Hide %1").arg(name)));
    }
}

void LayerListModel::setLayerOpacity(const QString& layerId, double opacity)
{
    const LayerId id(toUtf8String(layerId));
    if (const MapLayer* layer = m_document->engine().layer(id))
        m_document->engine().setLayerOpacity(id, opacity, toUtf8String(tr("Change the opacity of %1").arg(QString::fromStdString(layer->name))));
}

void LayerListModel::moveLayer(const QString& layerId, const QString& targetId)
{
    const LayerId id(toUtf8String(layerId));
    if (const MapLayer* layer = m_document->engine().layer(id))
        m_document->engine().moveLayer(id, LayerId(toUtf8String(targetId)), toUtf8String(tr("Move %1").arg(QString::fromStdString(layer->name))));
}

void LayerListModel::removeLayer(const QString& layerId)
{
    const LayerId id(toUtf8String(layerId));
    if (const MapLayer* layer = m_document->engine().layer(id))
        m_document->engine().removeLayer(id, toUtf8String(tr("Remove %1").arg(QString::fromStdString(layer->name))));
}

void LayerListModel::renameLayer(const QString& layerId, const QString& name)
{
    const std::optional<std::size_t> index = m_document->engine().indexOf(LayerId(toUtf8String(layerId)));
    const QString to = name.trimmed();
    auto layers = m_document->content()->layers;
    if (!index || to.isEmpty() || layers[*index].name == toUtf8String(to))
        return;
    const QString from = QString::fromStdString(layers[*index].name);
    layers[*index].name = toUtf8String(to);
    push(std::move(layers), tr("Rename %1 to %2").arg(from, to));
}

QRectF LayerListModel::layerExtent(const QString& layerId) const
{
    const MapLayer* layer = m_document->engine().layer(LayerId(toUtf8String(layerId)));
    if (!layer)
        return {};
    if (layer->features)
        return toRect(layer->features->extent());
    const Crs& crs = m_document->content()->crs;
    if (layer->raster && layer->raster->info().crs.isValid() && crs.isValid())
        return toRect(Transform(layer->raster->info().crs, crs).apply(layer->raster->info().extent));
    return {};
}

const MapLayer* LayerListModel::layerAt(int row) const
{
    const auto& layers = m_document->content()->layers;
    const int index = int(layers.size()) - 1 - row;
    return row < 0 || index < 0 ? nullptr : &layers[std::size_t(index)];
}

QString LayerListModel::layerId(int row) const
{
    const MapLayer* layer = layerAt(row);
    return layer ? QString::fromStdString(layer->id.str()) : QString();
}

QString LayerListModel::newGroupName() const
{
    const auto& layers = m_document->content()->layers;
    for (int n = 1;; ++n) {
        const QString name = n == 1 ? tr("Group") : tr("Group %1").arg(n);
        const std::string text = name.toStdString();
        if (std::none_of(layers.begin(), layers.end(), [&](const MapLayer& l) { return l.group == text; }))
            return name;
    }
}

} // namespace polis

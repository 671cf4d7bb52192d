#include "panels/attribute_table_model.hpp"

#include "jobs/background_job.hpp"
#include "document/document_binding.hpp"
#include "layers/core/error.hpp"
#include "layers/query/attribute_filter.hpp"

#include <algorithm>
#include <numeric>

namespace polis {

AttributeTableModel::AttributeTableModel(QObject* parent)
    : QAbstractTableModel(parent), m_filterJob(new BackgroundJob(this))
{
}

void AttributeTableModel::setDocument(MapDocument* document)
{
    if (!bindDocument(this, m_document, document, &AttributeTableModel::onContentChanged))
        return;
    emit documentChanged();
    reload();
}

void AttributeTableModel::setLayerId(const QString& layerId)
{
    LayerId id(layerId.toStdString());
    if (id == m_layerId)
        return;
    m_layerId = std::move(id);
    m_filter.clear(); // another layer has other fields
    emit layerIdChanged();
    reload();
}

const MapLayer* AttributeTableModel::layer() const
{
    return m_document ? m_document->engine().layer(m_layerId) : nullptr;
}

void AttributeTableModel::reload()
{
    beginResetModel();
    const MapLayer* layer = this->layer();
    m_store = layer ? layer->features : nullptr;
    m_selection = layer ? layer->selection : nullptr;
    m_order.clear();
    m_matching.clear();
    m_filtered = false;
    m_sortColumn = -1;
    endResetModel();
    emit sortChanged();
    emit filterChanged();
    runFilter(); // the same filter on the new store (e.g. another scenario's version of the layer)
}

void AttributeTableModel::setFilter(const QString& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    emit filterChanged();
    runFilter();
}

void AttributeTableModel::runFilter()
{
    if (m_filter.trimmed().isEmpty() || !m_store) {
        m_filterJob->cancel();
        m_filterError.clear();
        m_matching.clear();
        m_filtered = false;
        rebuildOrder();
        emit filterChanged();
        return;
    }
    struct Outcome
    {
        std::vector<std::uint32_t> matching;
        QString error;
    };
    const MapLayer* layer = this->layer();
    m_filterJob->start(
        [store = m_store, where = m_filter.toStdString(),
         name = layer ? layer->name : std::string()](BackgroundJob::State& state) {
            Outcome out;
            try {
                out.matching = filterFeatures(*store, where, name, [&state] { return bool(state.cancelled); });
            } catch (const std::exception& e) {
                out.error = QString::fromStdString(polis::userMessage(e));
            }
            return out;
        },
        [this, store = m_store](Outcome out) {
            if (store != m_store)
                return; // the layer changed meanwhile: reload() started a new run
            m_filterError = out.error;
            m_filtered = out.error.isEmpty();
            m_matching = std::move(out.matching);
            rebuildOrder();
            emit filterChanged();
        });
}

void AttributeTableModel::onContentChanged()
{
    const MapLayer* layer = this->layer();
    if (!layer || layer->features != m_store) {
        reload(); // the layer shows another store (a scenario, a reprojection), or it was removed
        return;
    }
    if (layer->selection != m_selection) {
        m_selection = layer->selection;
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {SelectedRole});
    }
}

int AttributeTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_store)
        return 0;
    return natural() ? int(m_store->size()) : int(m_order.size());
}

int AttributeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_store ? 0 : int(m_store->fields().size()) + 1;
}

QVariant AttributeTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_store || !index.isValid() || index.row() >= rowCount())
        return {};
    const std::uint32_t f = featureAt(index.row());
    if (role == SelectedRole)
        return isSelected(index.row());
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == 0)
        return qlonglong(m_store->fid(f));
    const std::size_t field = std::size_t(index.column() - 1);
    if (m_store->isNull(f, field))
        return QStringLiteral("NULL");
    switch (m_store->fields()[field].type) {
    case FieldType::Integer:
        return qlonglong(m_store->number(f, field));
    case FieldType::Real:
        return m_store->number(f, field);
    default:
        return QString::fromStdString(m_store->text(f, field));
    }
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || !m_store)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section == 0 ? QStringLiteral("fid") : QString::fromStdString(m_store->fields()[std::size_t(section - 1)].name);
}

QHash<int, QByteArray> AttributeTableModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {SelectedRole, "selected"}};
}

void AttributeTableModel::sortBy(int column, bool ascending)
{
    if (!m_store || column < 0 || column >= columnCount())
        return;
    m_sortColumn = column;
    m_ascending = ascending;
    rebuildOrder();
    emit sortChanged();
}

void AttributeTableModel::rebuildOrder()
{
    std::vector<std::uint32_t> order;
    if (m_store && !natural()) {
        const FeatureStore& s = *m_store;
        if (m_filtered) {
            order = m_matching;
        } else {
            order.resize(s.size());
            std::iota(order.begin(), order.end(), 0u);
        }
        if (m_sortColumn == 0) {
            std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return s.fid(a) < s.fid(b); });
        } else if (m_sortColumn > 0) {
            const std::size_t field = std::size_t(m_sortColumn - 1);
            const bool numeric =
                s.fields()[field].type == FieldType::Integer || s.fields()[field].type == FieldType::Real;
            std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
                const bool na = s.isNull(a, field);
                const bool nb = s.isNull(b, field);
                if (na || nb)
                    return na && !nb; // nulls first
                return numeric ? s.number(a, field) < s.number(b, field) : s.text(a, field) < s.text(b, field);
            });
        }
        if (m_sortColumn >= 0 && !m_ascending)
            std::reverse(order.begin(), order.end());
    }
    beginResetModel();
    m_order = std::move(order);
    endResetModel();
}

bool AttributeTableModel::isSelected(int row) const
{
    return m_selection && row >= 0 && row < rowCount() &&
           std::binary_search(m_selection->begin(), m_selection->end(), featureAt(row));
}

void AttributeTableModel::selectRow(int row, bool extend)
{
    if (!m_document || row < 0 || row >= rowCount())
        return;
    std::vector<std::uint32_t> features;
    if (extend && m_selection)
        features = *m_selection;
    features.push_back(featureAt(row));
    if (const MapLayer* layer = this->layer())
        m_document->setSelection(layer->id, std::move(features));
}

qlonglong AttributeTableModel::fidAt(int row) const
{
    return m_store && row >= 0 && row < rowCount() ? qlonglong(m_store->fid(featureAt(row))) : -1;
}

void AttributeTableModel::selectAllShown()
{
    if (!m_document || !m_store)
        return;
    std::vector<std::uint32_t> features;
    if (m_filtered) {
        features = m_matching;
    } else {
        features.resize(m_store->size());
        std::iota(features.begin(), features.end(), 0u);
    }
    if (const MapLayer* layer = this->layer())
        m_document->setSelection(layer->id, std::move(features));
}

} // namespace polis

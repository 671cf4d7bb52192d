#include "document/undo_history_model.hpp"

#include "document/map_document.hpp"


namespace polis {

UndoHistoryModel::UndoHistoryModel(QObject* parent) : QAbstractListModel(parent) {}

void UndoHistoryModel::setDocument(MapDocument* document)
{
    if (document == m_document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        // Pushing, undoing and clearing all move the index; a push may also drop undone edits.
        connect(m_document, &MapDocument::undoStateChanged, this, &UndoHistoryModel::reset);
        connect(m_document, &QObject::destroyed, this, &UndoHistoryModel::reset);
    }
    emit documentChanged();
    reset();
}

const UndoStack* UndoHistoryModel::stack() const
{
    return m_document ? &m_document->engine().history() : nullptr;
}

void UndoHistoryModel::reset()
{
    const int rows = stack() ? int(stack()->count()) + 1 : 0;
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        emit countChanged();
    } else if (rows > 0) {
        emit dataChanged(index(0), index(rows - 1));
    }
    emit currentIndexChanged();
}

int UndoHistoryModel::currentIndex() const
{
    return stack() ? int(stack()->index()) : -1;
}

void UndoHistoryModel::setCurrentIndex(int index)
{
    if (stack() && index >= 0 && std::size_t(index) <= stack()->count())
        m_document->engine().setHistoryIndex(std::size_t(index));
}

int UndoHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant UndoHistoryModel::data(const QModelIndex& index, int role) const
{
    const UndoStack* s = stack();
    if (!s || !index.isValid() || index.row() >= m_rows)
        return {};
    const int row = index.row();
    if (role == TextRole || role == Qt::DisplayRole)
        return row == 0 ? tr("Opened") : QString::fromStdString(s->text(std::size_t(row - 1)));
    if (role == DoneRole)
        return std::size_t(row) <= s->index();
    return {};
}

QHash<int, QByteArray> UndoHistoryModel::roleNames() const
{
    return {{TextRole, "text"}, {DoneRole, "done"}};
}

} // namespace polis

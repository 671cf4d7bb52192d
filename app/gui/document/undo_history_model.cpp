#include "document/undo_history_model.hpp"

#include "document/map_document.hpp"

#include <QUndoStack>

namespace polis {

UndoHistoryModel::UndoHistoryModel(QObject* parent) : QAbstractListModel(parent) {}

void UndoHistoryModel::setDocument(MapDocument* document)
{
    if (document == m_document)
        return;
    if (m_document)
        disconnect(m_document->undoStack(), nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        // Pushing, undoing and clearing all move the index; a push may also drop undone edits.
        connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &UndoHistoryModel::reset);
        connect(m_document, &QObject::destroyed, this, &UndoHistoryModel::reset);
    }
    emit documentChanged();
    reset();
}

QUndoStack* UndoHistoryModel::stack() const
{
    return m_document ? m_document->undoStack() : nullptr;
}

void UndoHistoryModel::reset()
{
    const int rows = stack() ? stack()->count() + 1 : 0;
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
    return stack() ? stack()->index() : -1;
}

void UndoHistoryModel::setCurrentIndex(int index)
{
    if (stack() && index >= 0 && index <= stack()->count())
        stack()->setIndex(index);
}

int UndoHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant UndoHistoryModel::data(const QModelIndex& index, int role) const
{
    QUndoStack* s = stack();
    if (!s || !index.isValid() || index.row() >= m_rows)
        return {};
    const int row = index.row();
    if (role == TextRole || role == Qt::DisplayRole)
        return row == 0 ? tr("Opened") : s->text(row - 1);
    if (role == DoneRole)
        return row <= s->index();
    return {};
}

QHash<int, QByteArray> UndoHistoryModel::roleNames() const
{
    return {{TextRole, "text"}, {DoneRole, "done"}};
}

} // namespace polis

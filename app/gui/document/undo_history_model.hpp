#pragma once
#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>


namespace polis {

class MapDocument;
class UndoStack;

/// The document's undo history for a history panel: row 0 is the state as opened, row i the state after
/// the i-th edit. `currentIndex` is the row the document is at; setting it undoes or redoes to that row
/// (the engine history's setIndex). GUI thread only.
class UndoHistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("document/map_document.hpp")
    Q_PROPERTY(MapDocument* document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentIndexChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        TextRole = Qt::UserRole + 1, ///< the edit's translated description
        DoneRole,                    ///< true for edits in effect (at or before the current row)
    };

    explicit UndoHistoryModel(QObject* parent = nullptr);

    MapDocument* document() const { return m_document; }
    void setDocument(MapDocument* document);
    int currentIndex() const;
    void setCurrentIndex(int index);
    int count() const { return rowCount(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void documentChanged();
    void currentIndexChanged();
    void countChanged();

private:
    const UndoStack* stack() const;
    void reset();

    QPointer<MapDocument> m_document;
    int m_rows = 0;
};

} // namespace polis

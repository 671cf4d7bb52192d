#pragma once
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <cstddef>
#include <vector>

namespace polis {

class BackgroundJob;

/// The EPSG CRSs of PROJ's database (crsCatalogue) that match a search text, for the CRS picker.
/// The catalogue is read and searched on a worker thread; rows appear when the search is done.
/// GUI thread only.
class CrsListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    /// A code ("2100", also a prefix) or words of the name ("greek grid"); "" lists every CRS.
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_MOC_INCLUDE("jobs/background_job.hpp")
    Q_PROPERTY(BackgroundJob* job READ job CONSTANT)
    /// PROJ's message when its database could not be read; "" otherwise.
    Q_PROPERTY(QString error READ error NOTIFY countChanged)

public:
    enum Role {
        CodeRole = Qt::UserRole + 1, ///< EPSG code (int)
        NameRole,                    ///< e.g. "GGRS87 / Greek Grid"
        AreaRole,                    ///< area of use
        GeographicRole,              ///< true for longitude/latitude CRSs
    };

    explicit CrsListModel(QObject* parent = nullptr);

    QString search() const { return m_search; }
    void setSearch(const QString& search);
    BackgroundJob* job() const { return m_job; }
    QString error() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The EPSG code in row `row`, or 0.
    Q_INVOKABLE int codeAt(int row) const;

signals:
    void searchChanged();
    void countChanged();

private:
    void runSearch();

    QString m_search;
    QString m_error;
    std::vector<std::size_t> m_rows; ///< indices into crsCatalogue()
    BackgroundJob* m_job;
};

} // namespace polis

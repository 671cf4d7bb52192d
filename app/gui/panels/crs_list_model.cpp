#include "panels/crs_list_model.hpp"

#include "jobs/background_job.hpp"
#include "layers/core/error.hpp"
#include "layers/core/crs_catalogue.hpp"

namespace polis {

CrsListModel::CrsListModel(QObject* parent) : QAbstractListModel(parent), m_job(new BackgroundJob(this))
{
    runSearch();
}

void CrsListModel::setSearch(const QString& search)
{
    if (search == m_search)
        return;
    m_search = search;
    emit searchChanged();
    runSearch();
}

void CrsListModel::runSearch()
{
    struct Outcome
    {
        std::vector<std::size_t> rows;
        QString error;
    };
    m_job->start(
        [text = m_search.toStdString()](BackgroundJob::State&) {
            Outcome out;
            try {
                out.rows = searchCrs(text, 2000);
            } catch (const std::exception& e) {
                out.error = QString::fromStdString(polis::userMessage(e));
            }
            return out;
        },
        [this](Outcome out) {
            beginResetModel();
            m_rows = std::move(out.rows);
            m_error = out.error;
            endResetModel();
            emit countChanged();
        });
}

int CrsListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CrsListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CrsInfo& crs =
        crsCatalogue()[m_rows[std::size_t(index.row())]]; // read already: m_rows came from it
    switch (role) {
    case CodeRole:
        return crs.code;
    case Qt::DisplayRole:
    case NameRole:
        return QString::fromStdString(crs.name);
    case AreaRole:
        return QString::fromStdString(crs.area);
    case GeographicRole:
        return crs.geographic;
    default:
        return {};
    }
}

QHash<int, QByteArray> CrsListModel::roleNames() const
{
    return {{CodeRole, "code"}, {NameRole, "name"}, {AreaRole, "area"}, {GeographicRole, "geographic"}};
}

int CrsListModel::codeAt(int row) const
{
    return row >= 0 && row < rowCount() ? crsCatalogue()[m_rows[std::size_t(row)]].code : 0;
}

} // namespace polis

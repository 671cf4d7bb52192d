#include "project_watch.hpp"

#include "../core/error.hpp"
#include "../io/database_location.hpp"
#include "../io/detail/pg_connection.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace polis {

ProjectWatch::ProjectWatch(const std::string& location)
{
    if (!DatabaseLocation::isDatabase(location))
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: only a project in a database (postgresql://...) can be watched"), {location});
    const DatabaseLocation db = DatabaseLocation::parse(location);
    m_connection = std::make_unique<detail::PgConnection>(db.conninfo, location);
    m_connection->listen(channel(db.schema));
}

ProjectWatch::~ProjectWatch() = default;

std::string ProjectWatch::channel(const std::string& schema)
{
    return "polis_" + schema;
}

std::string ProjectWatch::payload(const ProjectNotice& notice)
{
    QJsonArray scenarios;
    for (const std::string& s : notice.scenarios)
        scenarios.append(QString::fromStdString(s));
    const QJsonObject o{{"revision", qint64(notice.revision)}, {"saved_by", QString::fromStdString(notice.savedBy)},
                        {"scenarios", scenarios}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

std::vector<ProjectNotice> ProjectWatch::wait(int timeoutMs)
{
    std::vector<ProjectNotice> notices;
    for (const std::string& text : m_connection->notifications(timeoutMs)) {
        const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
        ProjectNotice n{o["revision"].toInteger(), o["saved_by"].toString().toStdString(), {}};
        for (const QJsonValue& s : o["scenarios"].toArray())
            n.scenarios.push_back(s.toString().toStdString());
        notices.push_back(std::move(n));
    }
    return notices;
}

} // namespace polis

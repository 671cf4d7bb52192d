#include "document/project_files.hpp"

#include "jobs/worker_pool.hpp"
#include "layers/core/error.hpp"
#include "layers/map/project.hpp"
#include "layers/map/recovery.hpp"

#include <QFileInfo>
#include <QPointer>
#include <QSettings>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace polis {

QString localPath(const QString& pathOrUrl)
{
    return pathOrUrl.startsWith(QLatin1String("file:")) ? QUrl(pathOrUrl).toLocalFile() : pathOrUrl;
}

QStringList recentProjects()
{
    QStringList existing;
    for (const QString& path : QSettings().value(QStringLiteral("recentProjects")).toStringList()) {
        if (QFileInfo::exists(path))
            existing << path;
    }
    return existing;
}

void rememberProject(const QString& path)
{
    QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings().setValue(QStringLiteral("recentProjects"), recent.mid(0, 8));
}

void ProjectSaves::push(Request request)
{
    m_queue.push_back(std::make_shared<Request>(std::move(request)));
    if (m_queue.size() == 1) {
        emit busyChanged();
        startNext();
    }
}

void ProjectSaves::startNext()
{
    const std::shared_ptr<Request> request = m_queue.front();
    QPointer<ProjectSaves> self(this);
    QtConcurrent::run(&workerPool(), [request]() -> QString {
        const std::string file = request->file.toStdString();
        try {
            toProject(*request->map, file, request->extent).save(file);
        } catch (const Error& e) {
            return QString::fromStdString(polis::userMessage(e));
        }
        discardRecovery(file);
        return {};
    }).then(this, [self, request](const QString& error) {
        if (!self)
            return;
        self->m_queue.erase(self->m_queue.begin());
        if (request->done)
            request->done(error);
        emit self->finished(*request, error);
        if (self->m_queue.empty())
            emit self->busyChanged();
        else
            self->startNext();
    });
}

} // namespace polis

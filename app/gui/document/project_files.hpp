#pragma once
#include "layers/core/extent.hpp"
#include "layers/map/map_content.hpp"

#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace polis {

/// A local path for a path or a file URL (file dialogs hand over URLs, with Greek names percent-encoded).
QString localPath(const QString& pathOrUrl);

/// Projects opened or saved lately, newest first, that still exist (kept in the user's settings).
QStringList recentProjects();
/// Puts `path` first in recentProjects() (at most 8 are kept).
void rememberProject(const QString& path);

/// The project saves of one document, run one after the other on the worker pool: each writes the snapshot it
/// was given (the map as it was when the planner saved) and deletes the project's recovery copy. GUI thread.
class ProjectSaves : public QObject
{
    Q_OBJECT

public:
    /// One save: the file, the snapshot, its extent, and the history position and revision it saves.
    struct Request
    {
        QString file;
        std::shared_ptr<const MapContent> map;
        Extent extent;
        std::size_t historyIndex = 0;
        std::uint64_t revision = 0;
        std::function<void(const QString& error)> done; ///< called first when it finished; may be empty
    };

    using QObject::QObject;
    /// Queues `request`; it starts at once when no other save runs.
    void push(Request request);
    bool busy() const { return !m_queue.empty(); }

signals:
    /// A save finished: `error` is empty, or the message to show.
    void finished(const ProjectSaves::Request& request, const QString& error);
    void busyChanged();

private:
    void startNext();

    std::vector<std::shared_ptr<Request>> m_queue; ///< the running save first
};

} // namespace polis

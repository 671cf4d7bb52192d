#include "document/autosave_controller.hpp"

#include "jobs/background_job.hpp"
#include "document/map_document.hpp"
#include "layers/core/error.hpp"
#include "layers/map/recovery.hpp"

#include <QFileInfo>

#include <memory>

namespace polis {

AutosaveController::AutosaveController(QObject* parent) : DocumentController(parent)
{
    m_timer.setInterval(60000);
    connect(&m_timer, &QTimer::timeout, this, &AutosaveController::autosave);
    m_timer.start();
    connect(this, &DocumentController::documentChanged, this, [this] {
        if (document())
            connect(document(), &MapDocument::loadingChanged, this, &AutosaveController::onLoadingChanged,
                    Qt::UniqueConnection);
        onLoadingChanged();
    });
}

void AutosaveController::setInterval(int milliseconds)
{
    milliseconds = std::max(100, milliseconds);
    if (milliseconds == m_timer.interval())
        return;
    m_timer.start(milliseconds);
    emit intervalChanged();
}

void AutosaveController::contentChanged()
{
    if (document() && document()->source() != m_checkedSource)
        onLoadingChanged();
}

void AutosaveController::onLoadingChanged()
{
    MapDocument* doc = document();
    if (!doc || doc->loading() || doc->source() == m_checkedSource)
        return;
    m_checkedSource = doc->source();
    const bool available = doc->isProject() && hasRecovery(m_checkedSource.toStdString());
    setRecovery(available, available ? QFileInfo(QString::fromStdString(recoveryPath(m_checkedSource.toStdString())))
                                           .lastModified()
                                     : QDateTime());
}

void AutosaveController::autosave()
{
    MapDocument* doc = document();
    if (!doc || !doc->modified() || !doc->isProject() || doc->loading() || job()->busy())
        return;
    const std::string path = doc->source().toStdString();
    // The snapshot is taken here, on the GUI thread; the worker only writes it.
    auto project = std::make_shared<const Project>(toProject(*doc->content(), path, doc->content()->extent));
    job()->start(
        [project, path](BackgroundJob::State&) {
            try {
                writeRecovery(*project, path);
                return QString();
            } catch (const Error& e) {
                return QString::fromStdString(polis::userMessage(e));
            }
        },
        [this, path](const QString& error) {
            setError(error);
            if (!error.isEmpty())
                return;
            // Saved while the copy was written (and still the same project): the copy is stale already.
            if (document() && document()->source().toStdString() == path && !document()->modified())
                polis::discardRecovery(path);
            m_lastAutosave = QDateTime::currentDateTime();
            emit autosaved();
        });
}

void AutosaveController::recover()
{
    MapDocument* doc = document();
    if (!doc || !m_recoveryAvailable)
        return;
    const std::string path = doc->source().toStdString();
    setRecovery(false, {});
    job()->start(
        [path](BackgroundJob::State&) -> std::pair<std::shared_ptr<const MapContent>, QString> {
            try {
                return {std::make_shared<const MapContent>(loadRecoveredMap(path, {false, true})), QString()};
            } catch (const Error& e) {
                return {nullptr, QString::fromStdString(polis::userMessage(e))};
            }
        },
        [this, path](std::pair<std::shared_ptr<const MapContent>, QString> result) {
            setError(result.second);
            if (result.first && document() && document()->source().toStdString() == path)
                document()->restoreUnsaved(std::move(result.first));
            emit recovered();
        });
}

void AutosaveController::discardRecovery()
{
    if (document() && document()->isProject())
        polis::discardRecovery(document()->source().toStdString());
    setRecovery(false, {});
}

void AutosaveController::postpone()
{
    setRecovery(false, {});
}

void AutosaveController::setError(const QString& error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

void AutosaveController::setRecovery(bool available, const QDateTime& time)
{
    if (available == m_recoveryAvailable && time == m_recoveryTime)
        return;
    m_recoveryAvailable = available;
    m_recoveryTime = time;
    emit recoveryChanged();
}

} // namespace polis

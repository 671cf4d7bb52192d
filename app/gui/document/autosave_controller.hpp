#pragma once
#include "document/document_controller.hpp"

#include <QDateTime>
#include <QTimer>

namespace polis {

/// Autosave and crash recovery for a MapDocument showing a project. Every `interval` ms, when the document
/// has unsaved changes, the current state is snapshotted on the GUI thread (toProject) and written as the
/// project's recovery copy (writeRecovery: atomic) on a worker thread. When a project is opened that has a
/// recovery copy (an earlier session ended without saving), `recoveryAvailable` turns true: recover() shows
/// the copy's state as unsaved edits of the project (the next save still goes to the project file),
/// discardRecovery() deletes the copy. Saving the document deletes the copy too (MapDocument::save).
/// GUI thread only.
class AutosaveController : public DocumentController
{
    Q_OBJECT
    QML_ELEMENT
    /// Milliseconds between autosaves (default 60000; at least 100).
    Q_PROPERTY(int interval READ interval WRITE setInterval NOTIFY intervalChanged)
    /// When the last recovery copy of this session was written (invalid before the first).
    Q_PROPERTY(QDateTime lastAutosave READ lastAutosave NOTIFY autosaved)
    /// The last autosave's problem (names the file), else empty.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(bool recoveryAvailable READ recoveryAvailable NOTIFY recoveryChanged)
    /// When the recovery copy on offer was written.
    Q_PROPERTY(QDateTime recoveryTime READ recoveryTime NOTIFY recoveryChanged)

public:
    explicit AutosaveController(QObject* parent = nullptr);

    int interval() const { return m_timer.interval(); }
    void setInterval(int milliseconds);
    QDateTime lastAutosave() const { return m_lastAutosave; }
    QString error() const { return m_error; }
    bool recoveryAvailable() const { return m_recoveryAvailable; }
    QDateTime recoveryTime() const { return m_recoveryTime; }

    /// Writes the recovery copy now if the document has unsaved changes (the timer calls this).
    Q_INVOKABLE void autosave();
    /// Loads the recovery copy (on a worker thread) and shows it as the document's unsaved state.
    Q_INVOKABLE void recover();
    /// Deletes the recovery copy of the document's project (the user declined it, or discards the edits).
    Q_INVOKABLE void discardRecovery();
    /// Hides the offer for this session; the copy stays for the next start.
    Q_INVOKABLE void postpone();

signals:
    void intervalChanged();
    void autosaved();
    void errorChanged();
    void recoveryChanged();
    /// The recovery copy was loaded into the document (or failed: `error` says why).
    void recovered();

protected:
    void contentChanged() override;

private:
    void onLoadingChanged();
    void setError(const QString& error);
    void setRecovery(bool available, const QDateTime& time);

    QTimer m_timer;
    QDateTime m_lastAutosave;
    QString m_error;
    bool m_recoveryAvailable = false;
    QDateTime m_recoveryTime;
    QString m_checkedSource; ///< the project whose recovery copy was last looked for
};

} // namespace polis

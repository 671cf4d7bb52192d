#pragma once
#include "jobs/worker_pool.hpp"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>
#include <type_traits>
#include <vector>

namespace polis {

/// One cancellable piece of long work of a controller (an import, a query, a layout render), run on
/// workerPool() so that the GUI thread never waits. QML binds busy and progress and calls cancel().
/// Starting a new job cancels the previous one, whose result is then dropped. GUI thread only.
class BackgroundJob : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Jobs belong to a controller")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// 0..1; negative while the work cannot tell.
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)

public:
    /// What the worker and the GUI thread share: the worker reports progress and polls for cancellation.
    struct State
    {
        std::atomic<bool> cancelled{false};
        std::atomic<int> permille{-1};
        /// Records `fraction` (0..1) done; false when the user cancelled (the work should stop).
        bool report(double fraction)
        {
            permille = int(fraction * 1000);
            return !cancelled;
        }
    };

    explicit BackgroundJob(QObject* parent = nullptr);
    /// Cancels and waits for the work still running: it must not outlive its controller, nor the
    /// application whose painters and fonts it may use.
    ~BackgroundJob() override;

    bool busy() const { return m_state != nullptr; }
    double progress() const { return m_progress; }
    Q_INVOKABLE void cancel();

    /// Runs `work(State&)` on a worker thread, then `done(result)` on the GUI thread (also after a cancel,
    /// unless another job was started since). `work` must not throw: it returns its errors in its result.
    template <class Work, class Done> void start(Work work, Done done)
    {
        using Result = std::invoke_result_t<Work, State&>;
        cancel();
        auto state = std::make_shared<State>();
        begin(state);
        QPointer<BackgroundJob> self(this);
        auto future = QtConcurrent::run(&workerPool(), [work = std::move(work), state] { return work(*state); });
        remember(QFuture<void>(future));
        future.then(this, [self, state, done = std::move(done)](Result result) {
            if (!self || self->m_state != state)
                return;
            self->finish();
            done(std::move(result));
        });
    }

signals:
    void busyChanged();
    void progressChanged();

private:
    void remember(QFuture<void> future);
    std::vector<QFuture<void>> m_running;
    void begin(std::shared_ptr<State> state);
    void finish();
    void poll();

    std::shared_ptr<State> m_state;
    double m_progress = -1;
    QTimer m_timer;
};

} // namespace polis

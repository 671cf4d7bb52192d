#include "jobs/background_job.hpp"

#include <algorithm>

namespace polis {

BackgroundJob::BackgroundJob(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &BackgroundJob::poll);
}

BackgroundJob::~BackgroundJob()
{
    cancel();
    for (QFuture<void>& future : m_running)
        future.waitForFinished();
}

void BackgroundJob::remember(QFuture<void> future)
{
    m_running.erase(std::remove_if(m_running.begin(), m_running.end(), [](const QFuture<void>& f) { return f.isFinished(); }),
                    m_running.end());
    m_running.push_back(std::move(future));
}

void BackgroundJob::cancel()
{
    if (m_state)
        m_state->cancelled = true;
}

void BackgroundJob::begin(std::shared_ptr<State> state)
{
    const bool wasBusy = busy();
    m_state = std::move(state);
    m_progress = -1;
    emit progressChanged();
    m_timer.start();
    if (!wasBusy)
        emit busyChanged();
}

void BackgroundJob::finish()
{
    m_state.reset();
    m_timer.stop();
    m_progress = 1;
    emit progressChanged();
    emit busyChanged();
}

void BackgroundJob::poll()
{
    if (!m_state)
        return;
    const double progress = m_state->permille / 1000.0;
    if (progress != m_progress) {
        m_progress = progress;
        emit progressChanged();
    }
}

} // namespace polis

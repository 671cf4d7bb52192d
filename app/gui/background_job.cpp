#include "background_job.hpp"

namespace polis {

BackgroundJob::BackgroundJob(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &BackgroundJob::poll);
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

#include "helpers.hpp"

#include <QRunnable>
#include <QSemaphore>
#include <QThreadPool>

#include <memory>
#include <vector>

namespace polis {

void runWithHelpers(int helpers, const std::function<void()>& work, const std::function<void()>& first)
{
    QThreadPool& pool = *QThreadPool::globalInstance();
    QSemaphore finished;
    std::vector<std::unique_ptr<QRunnable>> tasks;
    for (int i = 0; i < helpers; ++i) {
        tasks.emplace_back(QRunnable::create([&] {
            pool.releaseThread();
            work();
            pool.reserveThread();
            finished.release();
        }));
        tasks.back()->setAutoDelete(false);
        pool.start(tasks.back().get());
    }
    if (first)
        first();
    work();
    int running = helpers;
    for (const std::unique_ptr<QRunnable>& task : tasks)
        running -= pool.tryTake(task.get()) ? 1 : 0;
    finished.acquire(running);
}

} // namespace polis

#include "jobs/worker_pool.hpp"

#include <QThreadPool>

namespace polis {

QThreadPool& workerPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool; // never deleted: see the header
        p->setMaxThreadCount(3);
        return p;
    }();
    return *pool;
}

} // namespace polis

#pragma once

class QThreadPool;

namespace polis {

/// The thread pool of the GUI's background jobs: map renders, imports, queries, layout previews and exports.
/// Render jobs wait for their tiles, and Qt's raster engine itself hands work to the global thread pool and
/// waits for it: keeping our jobs off the global pool means they can never starve it (deadlock).
/// Lives for the whole process (a job may still be finishing at exit).
QThreadPool& workerPool();

} // namespace polis

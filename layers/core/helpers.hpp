#pragma once
#include <functional>

namespace polis {

/// Polis's one way of running a job's work on several cores (DESIGN.md and README "Threads"): long work runs
/// as a job on the app's worker pool (never the GUI thread); a job that can split its work (render tiles,
/// layers of a dataset) calls this from its own thread. `work` is called on the calling thread and on up to
/// `helpers` helper threads borrowed from Qt's global pool; it must take its items from a shared counter until
/// none are left. Helpers release their place in the pool while they run, so the pool's capacity stays with
/// Qt's own users (its raster engine waits for it), and helpers a busy pool has not started by the time the
/// calling thread ran out of items are taken back unstarted: the job never waits for other work.
/// `first`, when set, runs on the calling thread after the helpers started and before it joins the work.
void runWithHelpers(int helpers, const std::function<void()>& work, const std::function<void()>& first = {});

} // namespace polis

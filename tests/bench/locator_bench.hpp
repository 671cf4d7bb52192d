/// @file locator_bench.hpp
/// `polis-bench locator [--features N] [--seed S]`: the locator's index build and searches on a generated layer
/// of N (default 100,000) named points, against a raw scan of the names (the floor).
#pragma once

namespace polis::bench {

/// Runs the locator benchmark (argv as given to polis-bench). Prints one JSON object on stdout: features,
/// keys, entries, build_ms {median, min} (3 builds), queries {name: {ms (median of 9), results}}, raw_scan_ms.
/// Returns the process exit code (1 when the index does not hold every name).
int locatorBenchmark(int argc, char** argv);

} // namespace polis::bench

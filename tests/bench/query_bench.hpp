/// @file query_bench.hpp
/// `polis-bench query`: "buildings within 200 m of a 10 km line" through the engine, against GEOS alone in
/// memory (the floor), the whole `polis query` process and `ogrinfo -dialect SQLite` with the R-tree.
#pragma once

namespace polis::bench {

/// Runs the query benchmark (argv as given to polis-bench; argv[2] the city GeoPackage). Prints one JSON
/// object on stdout. Returns the process exit code.
int queryBenchmark(int argc, char** argv);

} // namespace polis::bench

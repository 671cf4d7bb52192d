/// @file city_generator.hpp
/// Deterministic synthetic city generator used by the Polis benchmarks.
///
/// The generated GeoPackage contains four layers in EPSG:2100 (Greek Grid,
/// metres), laid out on a street grid that grows outward from a centre near
/// Heraklion: `buildings` (polygons), `roads` (one line string per street
/// segment), `parcels` (one polygon per block) and `pois` (points).
#pragma once

#include <cstdint>
#include <string>

namespace polis::bench {

/// Parameters of a synthetic city.
struct CityOptions {
    std::int64_t buildings = 10000; ///< number of building polygons
    std::string output;             ///< path of the GeoPackage to (re)create
    std::uint64_t seed = 1;         ///< same seed + same count => byte-identical feature content
};

/// What generateCity() wrote: feature counts per layer and the overall extent
/// (EPSG:2100 metres) of all written features.
struct CityStats {
    std::int64_t buildings = 0, roads = 0, parcels = 0, pois = 0;
    double xmin = 0, ymin = 0, xmax = 0, ymax = 0;
};

/// Writes a synthetic city in EPSG:2100 (Greek Grid, metres) centred near Heraklion (E 608000, N 3912000).
/// Throws std::runtime_error with GDAL's message naming the file on failure. Overwrites an existing file.
/// Throws std::invalid_argument if `options.buildings` is negative or `options.output` is empty.
CityStats generateCity(const CityOptions& options);

} // namespace polis::bench

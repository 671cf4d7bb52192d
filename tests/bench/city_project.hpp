/// @file city_project.hpp
/// A Polis project on top of a generated city: its four layers plus planning scenarios and indicators, so
/// that the GUI benchmarks can switch and compare scenarios on the same synthetic data.
#pragma once

#include <cstdint>
#include <string>

namespace polis::bench {

/// What writeCityProject() wrote.
struct CityProjectStats {
    int scenarios = 0;
    std::int64_t changes = 0; ///< feature changes over all scenarios
};

/// Writes `projectPath` (a .polis file) showing every layer of the city GeoPackage `cityPath` with default
/// styles, and three scenarios on its buildings, each touching about one building in a thousand (at least
/// 10): "densify" (more floors on some buildings, new buildings beside others), "demolish" (buildings
/// removed, some turned into parks) and "reshape" (buildings moved 3 m east), plus count, floors and area
/// indicators. Deterministic for a given city and `seed`. Reads the whole city (the changes refer to its
/// fids and geometries). Throws std::runtime_error when the city cannot be read, polis::Error when the
/// project cannot be written.
CityProjectStats writeCityProject(const std::string& cityPath, const std::string& projectPath, std::uint64_t seed);

} // namespace polis::bench

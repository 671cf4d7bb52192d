#pragma once
#include "../locator.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace polis::detail {

/// Two numbers as typed: "602931 3910906", "602931, 3910906", "35.3387N 25.1343E", "35,3387 25,1343"
/// (decimal commas), "25.1343; 35.3387", degrees signs allowed. `first`/`second` hold N, S, E or W when
/// given (S and W already made negative), else 0.
struct NumberPair
{
    double a = 0, b = 0;
    char first = 0, second = 0;
};
std::optional<NumberPair> parseNumberPair(std::string_view text);

/// The code of "EPSG:2100", "epsg 2100" or "2100" (4 to 6 digits); nothing for other text.
std::optional<int> parseEpsgCode(std::string_view text);

/// The coordinate pair or EPSG code `query` reads as, in map CRS `map` (LocatorIndex::search's first
/// results): a pair inside the Greek Grid's area (EPSG:2100, either order) is EGSA87 metres; a pair of
/// degrees is WGS84, latitude first unless hemisphere letters or Greece's ranges say otherwise, or one
/// value is beyond ±90; a code of a CRS PROJ knows gives its area of use. Nothing when `map` is invalid or
/// PROJ cannot place it. Creates PROJ objects on the calling thread; never throws.
std::vector<LocatorResult> placeResults(std::string_view query, const Crs& map);

} // namespace polis::detail

#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace polis {

/// One entry of the CRS catalogue: an EPSG coordinate reference system for maps on Earth.
struct CrsInfo
{
    int code = 0;            ///< EPSG code, e.g. 2100
    std::string name;        ///< e.g. "GGRS87 / Greek Grid"
    std::string area;        ///< area of use, e.g. "Greece - onshore and offshore"
    bool geographic = false; ///< true for a 2D geographic CRS (degrees), false for a projected one
};

/// The projected and 2D geographic CRSs of the EPSG registry in PROJ's database (not deprecated, on
/// Earth), by ascending code. Read once, on first use (thread-safe); later calls return the cached list.
/// Throws CrsError when PROJ's database cannot be read.
const std::vector<CrsInfo>& crsCatalogue();

/// Indices into crsCatalogue() of the entries matching `text`, by ascending code, at most `limit`:
/// a number matches codes starting with it (so an exact code comes first); words match entries whose name,
/// or "EPSG:code", contains every word, ignoring case (e.g. "greek grid", "utm 35n", "EPSG:3857").
/// Blank text matches everything. Any thread.
std::vector<std::size_t> searchCrs(const std::string& text, std::size_t limit = 500);

} // namespace polis

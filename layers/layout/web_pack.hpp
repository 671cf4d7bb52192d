#pragma once
#include "layout_document.hpp"

#include <string>

namespace polis {

/// Writes `doc` as the interactive web pack: one self-contained HTML file (Leaflet, vendored in
/// layers/layout/web/leaflet with its licence, inlined; no external URL) with every map page's scenario as a
/// map in the layers' styles (pan, zoom, click a feature for its attributes), a scenario switcher, side by
/// side and swipe compare, the legend, the summary page's indicators with bars in the scenario colours, the
/// title, date and attribution. The URL fragment picks the view: `#scenario=N`, `#compare=A,B` (N, A, B index
/// the map pages). Vector layers only, as GeoJSON in WGS84, coordinates rounded to 1e-5 degrees (about 1 m)
/// with repeated points dropped; a layer unchanged by a scenario is stored once. Written atomically.
/// Throws IoError naming the file when it cannot be written, CrsError when the map CRS has no WGS84
/// transformation. Any thread.
void writeWebPack(const LayoutDocument& doc, const std::string& path);

} // namespace polis

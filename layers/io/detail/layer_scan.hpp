#pragma once
#include "../import_report.hpp"

#include <functional>

class OGRLayer;

namespace polis::detail {

/// Reads every feature of `layer` once and fills `report`: the geometry problems (GEOS, this thread's
/// context), the extent of the usable coordinates, a sample of decoded text values and duplicate ids.
/// Calls `tick` after each feature (it may throw Cancelled). Throws IoError when GDAL fails to read a
/// feature (a truncated file), naming `report.source` and the layer.
void scanLayer(OGRLayer& layer, LayerReport& report, const std::function<void()>& tick);

} // namespace polis::detail

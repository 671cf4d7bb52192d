#pragma once
#include "../../core/crs.hpp"
#include "../../io/data_source.hpp"
#include "../map_content.hpp"

#include <string>
#include <vector>

namespace polis::detail {

/// The CRS a map reads layer `info` of `source` from when the layer declares none (ReadOptions::assumedCrs):
/// the one its coordinates suggest (suggestEpsg: the Greek Grid or WGS 84), with a warning naming the layer and
/// the CRS assumed added to `warnings`, so that nothing is drawn in the wrong place without a word. Invalid
/// (and no warning) when the layer declares a CRS or has no geometry to place. Throws IoError naming the layer
/// when it declares none and no suggestion fits its coordinates: such a layer is not drawn. Any thread.
Crs assumedCrs(const LayerInfo& info, const std::string& source, std::vector<LayerError>& warnings);

} // namespace polis::detail

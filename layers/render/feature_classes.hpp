#pragma once
#include "../map/map_content.hpp"

#include <cstdint>
#include <memory>
#include <vector>

namespace polis::detail {

/// The drawn symbol of every feature of `layer` under its style (classifyFeatures), or null when the style
/// draws one symbol.
/// Cached: the last few results are kept, keyed by the store (held weakly, so a freed store is never
/// matched) and by what decides the classes (type, field, category values, range bounds, modifier field
/// and values; not the colours), so a frame classifies a layer only when its data or classification
/// changed: a restyle that changes colours only, and every pan or zoom, reuses it. Thread-safe.
std::shared_ptr<const std::vector<std::uint16_t>> featureClasses(const MapLayer& layer);

} // namespace polis::detail

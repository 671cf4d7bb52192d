#pragma once
#include "../../core/feature_store.hpp"

#include <cstddef>
#include <cstdint>

namespace polis::detail {

/// Appends one feature whose geometry is `size` bytes of WKB (ISO or extended: 2D, Z, M, ZM; either byte
/// order) to `store`, exactly as the OGRGeometry loop in DataSource::read would: points, lines, polygons
/// and their multi-part forms. A null `wkb` (or `size` 0) is a feature without geometry of `layerKind`.
/// Returns false for what it does not read (curves, geometry collections, polyhedral surfaces, TINs,
/// truncated data); the store then holds a partial feature and the caller must discard it.
/// Attributes are left for the caller to set before FeatureStore::endFeature.
bool appendWkbFeature(FeatureStore& store, std::int64_t fid, const std::uint8_t* wkb, std::size_t size,
                      GeometryKind layerKind);

} // namespace polis::detail

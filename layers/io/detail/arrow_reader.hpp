#pragma once
#include "../../core/feature_store.hpp"

#include <functional>
#include <vector>

class OGRLayer;

namespace polis::detail {

/// Reads every feature of `layer` (its current attribute, spatial and ignored-field settings) into `store`
/// through OGRLayer::GetArrowStream: column batches with WKB geometry, parsed straight into the store's
/// arrays with no OGRFeature or OGRGeometry per feature. `fields` are the store's fields (matched to the
/// stream's columns by name); `progress(done)` is called after each batch and returns false to stop
/// (Cancelled is thrown). Returns false, with `store` in an unspecified state, when this path cannot give
/// the same store as the feature loop: the driver has no stream, a field is not integer, real or text,
/// or a geometry is a curve, a collection or a surface. The caller then reads `layer` the classic way.
bool readArrowStream(OGRLayer& layer, const std::vector<Field>& fields, GeometryKind layerKind, FeatureStore& store,
                     const std::function<bool(std::int64_t)>& progress);

} // namespace polis::detail

#pragma once
#include "../../core/feature_store.hpp"

#include <ogr_core.h>

class OGRGeometry;

namespace polis::detail {

/// The store's geometry kind for an OGR geometry type (curves as their linear forms; None for collections).
GeometryKind kindOf(OGRwkbGeometryType type);

/// Adds a feature's geometry; curves are linearised, collections keep the parts of the dominant kind.
/// A null `g` is a feature without geometry of `layerKind`. The feature loop of DataSource::read.
void appendGeometry(FeatureStore& store, std::int64_t fid, const OGRGeometry* g, GeometryKind layerKind);

} // namespace polis::detail

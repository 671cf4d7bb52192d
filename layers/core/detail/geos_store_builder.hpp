#pragma once
#include "../feature_store.hpp"
#include "geos_handles.hpp"

namespace polis::detail {

/// Appends GEOS geometries (this thread's context) as features of a FeatureStore being built: the way
/// query results (buffers, unions, overlays) become new layers. Attributes are copied column by column
/// from a source store or set by the caller between append() and endFeature().
class GeosStoreBuilder
{
public:
    /// Builds into `store` (not finished yet; the builder does not own it).
    explicit GeosStoreBuilder(FeatureStore& store) : m_store(store) {}

    /// Starts feature `fid` with geometry `g` (not taken). Collections keep the parts of their highest
    /// dimension (a union of a polygon and a touching line stays a polygon); empty geometries give a feature
    /// without parts. Call endFeature() (after setting attributes) to finish it.
    void begin(std::int64_t fid, const GEOSGeometry* g);
    /// Copies every attribute of `feature` in `from` into fields `first`.. of the feature being built.
    void copyAttributes(const FeatureStore& from, std::size_t feature, std::size_t first = 0);
    void endFeature() { m_store.endFeature(); }

private:
    void appendPart(const GEOSGeometry* g, int dimension);
    void appendRing(const GEOSGeometry* ring);
    FeatureStore& m_store;
};

} // namespace polis::detail

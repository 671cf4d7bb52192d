#pragma once
#include <geos_c.h>
#include <memory>

namespace polis::detail {

/// This thread's GEOS context (reentrant API; created on first use, freed when the thread ends).
/// GEOS messages are collected and readable with lastGeosError().
GEOSContextHandle_t geosContext();
/// The last GEOS error message raised on this thread, or empty.
const char* lastGeosError();

struct GeosGeometryDeleter
{
    void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(geosContext(), g); }
};
/// Owns a GEOS geometry created with this thread's context; destroy it on the same thread.
using GeosGeometryPtr = std::unique_ptr<GEOSGeometry, GeosGeometryDeleter>;

struct GeosPreparedDeleter
{
    void operator()(const GEOSPreparedGeometry* g) const { GEOSPreparedGeom_destroy_r(geosContext(), g); }
};
using GeosPreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, GeosPreparedDeleter>;

} // namespace polis::detail

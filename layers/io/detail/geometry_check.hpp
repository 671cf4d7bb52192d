#pragma once
#include <memory>
#include <string>

class OGRGeometry;

namespace polis::detail {

/// What the importer finds in one feature's geometry.
enum class GeometryState { Valid, Null, Empty, BadCoordinates, Invalid };

/// Classifies `g` (nullptr = a feature without geometry). BadCoordinates: a NaN or infinite coordinate, or
/// one beyond ±1e15 (no CRS on Earth has such values; GEOS is never given them). Invalid: GEOSisValid_r says
/// so, or GEOS rejects the coordinates (a ring of two points); `reason` then receives GEOS's explanation.
/// Uses this thread's GEOS context.
GeometryState classifyGeometry(const OGRGeometry* g, std::string* reason = nullptr);

/// GEOSMakeValid_r of an Invalid geometry, keeping only the parts of its original dimension (a polygon with
/// a collapsed spike stays areal). The result is valid per GEOSisValid_r; nullptr when nothing of that
/// dimension remains or GEOS fails. Uses this thread's GEOS context; the caller owns the result.
std::unique_ptr<OGRGeometry> makeValid(const OGRGeometry& g);

} // namespace polis::detail

#pragma once
#include "../core/crs.hpp"
#include "../core/feature_store.hpp"
#include "../core/transform.hpp"

#include <memory>
#include <vector>

namespace polis {

/// Planar area of a feature in CRS units squared (m² in the Greek Grid): exterior rings minus holes,
/// summed over parts (shoelace formula). 0 for points and lines. Thread-safe (reads the store only).
double planarArea(const FeatureStore& store, std::size_t feature);
/// Planar length of a line feature in CRS units (all parts); 0 for points and polygons.
double planarLength(const FeatureStore& store, std::size_t feature);
/// Planar perimeter of a polygon feature in CRS units: every ring, holes included; 0 for points and lines.
double planarPerimeter(const FeatureStore& store, std::size_t feature);

/// Geodesic measures on the ellipsoid of a CRS (PROJ's geodesic routines, Karney's algorithms: exact to
/// round-off, independent of the map projection's scale distortion). Coordinates are transformed from the
/// store's CRS to the CRS's geographic base (e.g. GGRS87 for the Greek Grid) first.
/// Not thread-safe (holds a PROJ transformation bound to the creating thread): one per thread.
class GeodesicMeasure
{
public:
    /// `crs` is the CRS of the stores to measure. Throws CrsError when it is invalid or has no ellipsoid.
    explicit GeodesicMeasure(const Crs& crs);
    ~GeodesicMeasure();
    GeodesicMeasure(GeodesicMeasure&&) noexcept;
    GeodesicMeasure& operator=(GeodesicMeasure&&) noexcept;

    /// Area in m² (exteriors minus holes, summed over parts); 0 for points and lines.
    double area(const FeatureStore& store, std::size_t feature) const;
    /// Length in metres of a line feature (all parts); 0 for points and polygons.
    double length(const FeatureStore& store, std::size_t feature) const;
    /// Perimeter in metres of a polygon feature (every ring); 0 for points and lines.
    double perimeter(const FeatureStore& store, std::size_t feature) const;

    /// Area in m² of one ring given as longitude/latitude degrees (x/y interleaved), either orientation.
    double ringArea(const double* degrees, std::size_t count) const;
    /// Length in metres of a path given as longitude/latitude degrees (x/y interleaved).
    double pathLength(const double* degrees, std::size_t count) const;

private:
    std::vector<double> lonLat(const RingView& ring) const;
    double ringsLength(const FeatureStore& store, std::size_t feature) const;
    struct Data;
    std::unique_ptr<Data> m_d;
};

} // namespace polis

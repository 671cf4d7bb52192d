#include "measure.hpp"

#include "../core/detail/crs_data.hpp"
#include "../core/error.hpp"

#include <geodesic.h>

#include <cmath>
#include <vector>

namespace polis {
namespace {

double shoelace(const RingView& ring)
{
    double twice = 0;
    for (std::uint32_t i = 0; i + 1 < ring.count; ++i) {
        const double* a = ring.xy + 2 * i;
        twice += a[0] * a[3] - a[2] * a[1];
    }
    if (ring.count > 2) { // closes the ring when the last point does not repeat the first
        const double* last = ring.xy + 2 * (ring.count - 1);
        twice += last[0] * ring.xy[1] - ring.xy[0] * last[1];
    }
    return std::abs(twice) / 2;
}

double planarPathLength(const RingView& ring)
{
    double sum = 0;
    for (std::uint32_t i = 0; i + 1 < ring.count; ++i)
        sum += std::hypot(ring.xy[2 * i + 2] - ring.xy[2 * i], ring.xy[2 * i + 3] - ring.xy[2 * i + 1]);
    return sum;
}

/// Sums `ringMeasure` over a feature's rings: exterior rings add, holes subtract when `holesSubtract`.
template <class RingMeasure>
double sumRings(const FeatureStore& store, std::size_t feature, bool holesSubtract, RingMeasure&& ringMeasure)
{
    double sum = 0;
    for (std::uint32_t part = store.firstPart(feature); part < store.endPart(feature); ++part) {
        for (std::uint32_t r = store.firstRing(part); r < store.endRing(part); ++r) {
            const double m = ringMeasure(store.ring(r));
            sum += (holesSubtract && r != store.firstRing(part)) ? -m : m;
        }
    }
    return sum;
}

} // namespace

double planarArea(const FeatureStore& store, std::size_t feature)
{
    if (store.kind(feature) != GeometryKind::Polygon)
        return 0;
    return sumRings(store, feature, true, shoelace);
}

double planarLength(const FeatureStore& store, std::size_t feature)
{
    return store.kind(feature) == GeometryKind::Line ? sumRings(store, feature, false, planarPathLength)
                                                     : 0.0;
}

double planarPerimeter(const FeatureStore& store, std::size_t feature)
{
    return store.kind(feature) == GeometryKind::Polygon ? sumRings(store, feature, false, planarPathLength)
                                                        : 0.0;
}

struct GeodesicMeasure::Data
{
    geod_geodesic geod{};
    Transform toGeographic;
    Data(const Crs& crs, const Crs& geographic) : toGeographic(crs, geographic) {}
};

GeodesicMeasure::GeodesicMeasure(const Crs& crs)
{
    if (!crs.isValid())
        throw CrsError(QT_TRANSLATE_NOOP("polis::Error", "Geodesic measures need a known CRS; this layer has none"));
    std::unique_ptr<OGRSpatialReference> base(crs.data()->srs.CloneGeogCS());
    OGRErr err = OGRERR_NONE;
    const double a = base ? base->GetSemiMajor(&err) : 0;
    const double invf = base ? base->GetInvFlattening(&err) : 0;
    if (!base || err != OGRERR_NONE || !(a > 0))
        throw CrsError(QT_TRANSLATE_NOOP("polis::Error", "The CRS %1 has no ellipsoid to measure on"), {crs.displayId()});
    base->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    m_d = std::make_unique<Data>(crs, detail::makeCrs(*base));
    geod_init(&m_d->geod, a, invf > 0 ? 1 / invf : 0);
}

GeodesicMeasure::~GeodesicMeasure() = default;
GeodesicMeasure::GeodesicMeasure(GeodesicMeasure&&) noexcept = default;
GeodesicMeasure& GeodesicMeasure::operator=(GeodesicMeasure&&) noexcept = default;

double GeodesicMeasure::ringArea(const double* degrees, std::size_t count) const
{
    std::vector<double> lats(count), lons(count);
    for (std::size_t i = 0; i < count; ++i) {
        lons[i] = degrees[2 * i];
        lats[i] = degrees[2 * i + 1];
    }
    double area = 0, perimeter = 0;
    geod_polygonarea(&m_d->geod, lats.data(), lons.data(), int(count), &area, &perimeter);
    return std::abs(area);
}

double GeodesicMeasure::pathLength(const double* degrees, std::size_t count) const
{
    double sum = 0;
    for (std::size_t i = 0; i + 1 < count; ++i) {
        double s12 = 0;
        geod_inverse(&m_d->geod, degrees[2 * i + 1], degrees[2 * i], degrees[2 * i + 3], degrees[2 * i + 2],
                     &s12, nullptr, nullptr);
        sum += s12;
    }
    return sum;
}

std::vector<double> GeodesicMeasure::lonLat(const RingView& ring) const
{
    std::vector<double> xy(ring.xy, ring.xy + 2 * std::size_t(ring.count));
    m_d->toGeographic.apply(xy.data(), ring.count);
    return xy;
}

double GeodesicMeasure::ringsLength(const FeatureStore& store, std::size_t feature) const
{
    return sumRings(store, feature, false,
                    [this](const RingView& r) { return pathLength(lonLat(r).data(), r.count); });
}

double GeodesicMeasure::area(const FeatureStore& store, std::size_t feature) const
{
    if (store.kind(feature) != GeometryKind::Polygon)
        return 0;
    return sumRings(store, feature, true,
                    [this](const RingView& r) { return ringArea(lonLat(r).data(), r.count); });
}

double GeodesicMeasure::length(const FeatureStore& store, std::size_t feature) const
{
    return store.kind(feature) == GeometryKind::Line ? ringsLength(store, feature) : 0.0;
}

double GeodesicMeasure::perimeter(const FeatureStore& store, std::size_t feature) const
{
    return store.kind(feature) == GeometryKind::Polygon ? ringsLength(store, feature) : 0.0;
}

} // namespace polis

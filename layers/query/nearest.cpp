#include "nearest.hpp"

#include "../core/detail/geos_convert.hpp"
#include "../core/error.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace polis {

std::vector<Neighbour> nearestFeatures(const FeatureStore& searched, const FeatureStore& origin,
                                       std::size_t originFeature, std::size_t k, double maxDistance)
{
    GEOSContextHandle_t ctx = detail::geosContext();
    std::vector<Neighbour> found;
    const Extent& all = searched.extent();
    const Extent& box = origin.bbox(originFeature);
    if (k == 0 || searched.size() == 0 || box.isEmpty())
        return found;
    const detail::GeosGeometryPtr g = detail::toGeos(origin, originFeature);
    const detail::GeosPreparedPtr prepared(GEOSPrepare_r(ctx, g.get()));
    if (!prepared)
        throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "Feature %1 cannot be prepared: %2"),
                            {std::to_string(origin.fid(originFeature)), detail::lastGeosError()});

    // First window: about k features' worth of the layer's mean density.
    const double span = std::max(all.width(), all.height());
    double radius = std::max(span * 1e-9, std::sqrt(std::max(all.width() * all.height(), span * span * 1e-6) *
                                                    double(k) / double(searched.size())));
    std::unordered_map<std::uint32_t, double>
        distances; // every candidate seen, exact distance (NaN = unusable)
    for (;;) {
        const double window = std::min(radius, maxDistance);
        const Extent area = box.buffered(window);
        searched.index().query(area, [&](std::uint32_t i) {
            if (distances.count(i))
                return;
            double d = std::numeric_limits<double>::quiet_NaN();
            try {
                const detail::GeosGeometryPtr candidate = detail::toGeos(searched, i);
                if (GEOSPreparedDistance_r(ctx, prepared.get(), candidate.get(), &d) != 1)
                    d = std::numeric_limits<double>::quiet_NaN();
            } catch (const GeometryError&) {
            }
            distances.emplace(i, d);
        });
        // Anything within `window` of the origin has its box inside the searched area, so the candidates at
        // distance <= window are complete; once the area covers the layer, every feature is a candidate.
        const bool coversAll =
            area.xmin <= all.xmin && area.ymin <= all.ymin && area.xmax >= all.xmax && area.ymax >= all.ymax;
        const double complete = coversAll ? maxDistance : window;
        found.clear();
        for (const auto& [i, d] : distances) {
            if (d <= complete)
                found.push_back({i, d});
        }
        if (found.size() >= k || window >= maxDistance || coversAll)
            break;
        radius *= 2;
    }
    std::sort(found.begin(), found.end(), [](const Neighbour& a, const Neighbour& b) {
        return a.distance < b.distance || (a.distance == b.distance && a.feature < b.feature);
    });
    if (found.size() > k)
        found.resize(k);
    return found;
}

} // namespace polis

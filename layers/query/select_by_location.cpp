#include "select_by_location.hpp"

#include "../core/detail/geos_convert.hpp"
#include "../core/error.hpp"
#include "detail/feature_subset.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace polis {
namespace {

using detail::geosContext;

constexpr std::array<std::pair<Predicate, const char*>, 6> kNames{{{Predicate::Intersects, "intersects"},
                                                                   {Predicate::Within, "within"},
                                                                   {Predicate::Contains, "contains"},
                                                                   {Predicate::Touches, "touches"},
                                                                   {Predicate::Crosses, "crosses"},
                                                                   {Predicate::DWithin, "dwithin"}}};

/// predicate(searched, query) evaluated with the query geometry prepared: 1 true, 0 false, 2 GEOS error.
char evaluate(Predicate predicate, const GEOSPreparedGeometry* query, const GEOSGeometry* searched,
              double distance)
{
    GEOSContextHandle_t ctx = geosContext();
    switch (predicate) {
    case Predicate::Intersects:
        return GEOSPreparedIntersects_r(ctx, query, searched);
    case Predicate::Within: // searched within query == query contains searched
        return GEOSPreparedContains_r(ctx, query, searched);
    case Predicate::Contains: // searched contains query == query within searched
        return GEOSPreparedWithin_r(ctx, query, searched);
    case Predicate::Touches:
        return GEOSPreparedTouches_r(ctx, query, searched);
    case Predicate::Crosses:
        return GEOSPreparedCrosses_r(ctx, query, searched);
    case Predicate::DWithin:
        return GEOSPreparedDistanceWithin_r(ctx, query, searched, distance);
    }
    return 2;
}

} // namespace

const char* predicateName(Predicate predicate)
{
    for (const auto& [p, name] : kNames) {
        if (p == predicate)
            return name;
    }
    return "";
}

std::optional<Predicate> parsePredicate(const std::string& name)
{
    for (const auto& [p, n] : kNames) {
        if (name == n)
            return p;
    }
    return std::nullopt;
}

std::vector<std::string> predicateNames()
{
    std::vector<std::string> names;
    for (const auto& entry : kNames)
        names.emplace_back(entry.second);
    return names;
}

std::vector<Extent> candidateEnvelopes(const FeatureStore& query, std::size_t feature, double distance)
{
    std::vector<Extent> out;
    for (std::uint32_t part = query.firstPart(feature); part < query.endPart(feature); ++part) {
        if (query.kind(feature) == GeometryKind::Polygon) {
            const RingView shell = query.ring(query.firstRing(part));
            Extent box;
            for (std::uint32_t i = 0; i < shell.count; ++i)
                box.expand(shell.xy[2 * i], shell.xy[2 * i + 1]);
            out.push_back(box.buffered(distance));
            continue;
        }
        for (std::uint32_t r = query.firstRing(part); r < query.endRing(part); ++r) {
            const RingView ring = query.ring(r);
            for (std::uint32_t i = 0; i < ring.count; ++i) {
                const std::uint32_t j = std::min(i + 1, ring.count - 1);
                if (j == i && i > 0)
                    break;
                out.push_back(
                    Extent::of(ring.xy[2 * i], ring.xy[2 * i + 1], ring.xy[2 * j], ring.xy[2 * j + 1])
                        .buffered(distance));
            }
        }
    }
    return out;
}

std::vector<Extent> candidateWindows(const FeatureStore& query, double distance,
                                     const std::optional<std::vector<std::size_t>>& features)
{
    auto area = [](const Extent& e) { return e.width() * e.height(); };
    std::vector<Extent> windows;
    double covered = 0; // summed areas of the envelopes in the last window
    detail::forEachFeature(features, query.size(), [&](std::size_t q) {
        for (const Extent& box : candidateEnvelopes(query, q, distance)) {
            if (!windows.empty()) {
                Extent merged = windows.back();
                merged.expand(box);
                if (area(merged) <= 1.5 * (covered + area(box))) {
                    windows.back() = merged;
                    covered += area(box);
                    continue;
                }
            }
            windows.push_back(box);
            covered = area(box);
        }
    });
    return windows;
}

Selection selectByLocation(const FeatureStore& searched, const FeatureStore& query, Predicate predicate,
                           const LocationOptions& options)
{
    GEOSContextHandle_t ctx = geosContext();
    const double distance = predicate == Predicate::DWithin ? std::max(0.0, options.distance) : 0.0;
    Selection result;
    std::vector<std::uint8_t> selected(searched.size(), 0);
    std::vector<std::uint8_t> broken(searched.size(), 0);
    // stamp[i] == q + 1 when searched feature i was already tested against query feature q.
    std::vector<std::uint32_t> stamp(searched.size(), 0);
    std::vector<std::uint32_t> candidates;

    auto run = [&](std::size_t q) {
        if (query.firstPart(q) == query.endPart(q))
            return; // no geometry: relates to nothing
        detail::GeosGeometryPtr queryGeometry;
        try {
            queryGeometry = detail::toGeos(query, q);
        } catch (const GeometryError&) {
            result.invalidFids.push_back(query.fid(q));
            return;
        }
        const detail::GeosPreparedPtr prepared(GEOSPrepare_r(ctx, queryGeometry.get()));
        if (!prepared) {
            result.invalidFids.push_back(query.fid(q));
            return;
        }
        candidates.clear();
        for (const Extent& box : candidateEnvelopes(query, q, distance)) {
            searched.index().query(box, [&](std::uint32_t i) {
                if (stamp[i] != q + 1 && !selected[i] && !broken[i]) {
                    stamp[i] = std::uint32_t(q + 1);
                    candidates.push_back(i);
                }
            });
        }
        std::sort(candidates.begin(), candidates.end()); // stable memory access order
        for (const std::uint32_t i : candidates) {
            try {
                const detail::GeosGeometryPtr g = detail::toGeos(searched, i);
                const char answer = evaluate(predicate, prepared.get(), g.get(), distance);
                if (answer == 1)
                    selected[i] = 1;
                else if (answer == 2)
                    broken[i] = 1;
            } catch (const GeometryError&) {
                broken[i] = 1;
            }
        }
    };
    detail::forEachFeature(options.queryFeatures, query.size(), run);
    for (std::size_t i = 0; i < searched.size(); ++i) {
        if (selected[i])
            result.indices.push_back(i);
        else if (broken[i])
            result.invalidFids.push_back(searched.fid(i));
    }
    detail::sortUnique(result.invalidFids);
    return result;
}

} // namespace polis

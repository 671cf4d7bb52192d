#include "label_candidates.hpp"

#include "../core/hit_test.hpp"
#include "../style/classification.hpp"
#include "store_cache.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace polis::detail {
namespace {

constexpr std::size_t kCacheSize = 8;

/// Even-odd point in polygon over every ring of the feature (holes excluded).
bool inside(const FeatureStore& store, std::uint32_t f, double x, double y)
{
    bool in = false;
    for (std::uint32_t p = store.firstPart(f); p < store.endPart(f); ++p) {
        for (std::uint32_t r = store.firstRing(p); r < store.endRing(p); ++r)
            in = in != insideRing(store.ring(r), x, y);
    }
    return in;
}

/// The point halfway along a line (map units).
void lineMidpoint(const RingView& line, double& x, double& y)
{
    double length = 0;
    for (std::uint32_t i = 1; i < line.count; ++i)
        length += std::hypot(line.xy[2 * i] - line.xy[2 * i - 2], line.xy[2 * i + 1] - line.xy[2 * i - 1]);
    double left = length / 2;
    for (std::uint32_t i = 1; i < line.count; ++i) {
        const double dx = line.xy[2 * i] - line.xy[2 * i - 2], dy = line.xy[2 * i + 1] - line.xy[2 * i - 1];
        const double d = std::hypot(dx, dy);
        if (d >= left && d > 0) {
            x = line.xy[2 * i - 2] + dx * left / d;
            y = line.xy[2 * i - 1] + dy * left / d;
            return;
        }
        left -= d;
    }
    x = line.xy[0];
    y = line.xy[1];
}

/// The feature's anchor and size (LabelCandidates); false when it has none.
bool anchor(const FeatureStore& store, std::uint32_t f, LabelCandidates::Candidate& c)
{
    const GeometryKind kind = store.kind(f);
    if (kind == GeometryKind::None || store.firstPart(f) == store.endPart(f))
        return false;
    const RingView first = store.ring(store.firstRing(store.firstPart(f)));
    if (first.count == 0)
        return false;
    const Extent& box = store.bbox(f);
    c.right = kind == GeometryKind::Point;
    c.size = c.right ? std::numeric_limits<double>::infinity() : std::max(box.width(), box.height());
    c.x = first.xy[0];
    c.y = first.xy[1];
    if (kind == GeometryKind::Line) {
        lineMidpoint(first, c.x, c.y);
    } else if (kind == GeometryKind::Polygon && inside(store, f, box.centerX(), box.centerY())) {
        c.x = box.centerX();
        c.y = box.centerY();
    }
    return std::isfinite(c.x) && std::isfinite(c.y) && !std::isnan(c.size);
}

LabelCandidates build(const FeatureStore& store, std::size_t field)
{
    LabelCandidates out;
    std::vector<LabelCandidates::Candidate> items;
    std::vector<std::uint32_t> features;
    std::unordered_map<std::string, std::uint32_t> ids;
    for (std::uint32_t f = 0; f < store.size(); ++f) {
        if (store.isNull(f, field))
            continue;
        LabelCandidates::Candidate c;
        if (!anchor(store, f, c))
            continue;
        std::string text = attributeText(store, f, field);
        if (text.empty())
            continue;
        const auto [it, added] = ids.try_emplace(std::move(text), std::uint32_t(out.texts.size()));
        if (added)
            out.texts.push_back(QString::fromStdString(it->first));
        c.text = it->second;
        items.push_back(c);
        features.push_back(f);
    }
    std::vector<std::uint32_t> order(items.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return items[a].size > items[b].size; });
    out.items.reserve(items.size());
    out.rank.assign(store.size(), LabelCandidates::kNone);
    for (std::uint32_t i : order) {
        out.rank[features[i]] = std::uint32_t(out.items.size());
        out.items.push_back(items[i]);
    }
    return out;
}

} // namespace

std::size_t LabelCandidates::countAtLeast(double size) const
{
    const auto end = std::partition_point(items.begin(), items.end(), [&](const Candidate& c) { return c.size >= size; });
    return std::size_t(end - items.begin());
}

std::shared_ptr<const LabelCandidates> labelCandidates(const std::shared_ptr<const FeatureStore>& store,
                                                       std::size_t field)
{
    static StoreCache<std::size_t, LabelCandidates> cache(kCacheSize);
    return cache.get(store, field, [&] { return build(*store, field); });
}

} // namespace polis::detail

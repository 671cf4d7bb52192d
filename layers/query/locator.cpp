#include "locator.hpp"

#include "detail/place_search.hpp"
#include "detail/search_text.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <tuple>
#include <unordered_map>

namespace polis {
namespace {

constexpr const char* kNameFields[] = {"name", "name_el", "name_en", "label", "onoma"};
constexpr double kMetresPerDegree = 111320;

bool isNameField(const std::string& field)
{
    std::string lower = field;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return std::any_of(std::begin(kNameFields), std::end(kNameFields), [&](const char* n) { return lower == n; });
}

/// The text fields of `store` that name its features: the style's label field first, then the name fields.
std::vector<std::uint16_t> nameFields(const FeatureStore& store, const std::string& labelField)
{
    std::vector<std::uint16_t> fields;
    const std::vector<Field>& all = store.fields();
    const int label = store.fieldIndex(labelField);
    if (label >= 0 && all[std::size_t(label)].type == FieldType::String)
        fields.push_back(std::uint16_t(label));
    for (std::size_t f = 0; f < all.size() && f <= std::numeric_limits<std::uint16_t>::max(); ++f) {
        if (int(f) != label && all[f].type == FieldType::String && isNameField(all[f].name))
            fields.push_back(std::uint16_t(f));
    }
    return fields;
}

/// One feature found by a search, while ranking.
struct Candidate
{
    int rank;
    std::uint16_t layer;
    std::uint32_t feature;
    std::uint32_t key;
    std::uint32_t entry;
};

} // namespace

void LocatorIndex::KeyText::add(const std::string& key)
{
    text += key;
    text += '\n';
    starts.push_back(std::uint32_t(text.size()));
}

void LocatorIndex::KeyText::find(const std::string& query, std::vector<std::pair<std::uint32_t, int>>& out) const
{
    if (query.empty())
        return;
    const std::boyer_moore_horspool_searcher searcher(query.begin(), query.end());
    std::size_t key = 0;
    for (auto from = text.begin();;) {
        const auto hit = searcher(from, text.end()).first;
        if (hit == text.end())
            return;
        const auto at = std::uint32_t(hit - text.begin());
        while (starts[key + 1] <= at)
            ++key;
        const std::string_view whole(text.data() + starts[key], starts[key + 1] - starts[key] - 1);
        const int rank = detail::matchRank(whole, at - starts[key], query.size());
        out.emplace_back(std::uint32_t(key), rank);
        // A match inside a word may be followed by a better one in the same key; any other ends the key.
        from = rank == 3 ? hit + 1 : text.begin() + starts[key + 1];
    }
}

LocatorIndex LocatorIndex::build(const std::vector<LocatorLayer>& layers, const Crs& crs)
{
    LocatorIndex index;
    index.m_crs = crs;
    std::vector<std::pair<std::uint32_t, Entry>> named; // (key, entry)
    for (const LocatorLayer& layer : layers) {
        if (!layer.features || index.m_layers.size() >= std::numeric_limits<std::uint16_t>::max())
            continue;
        const FeatureStore& store = *layer.features;
        const auto layerIndex = std::uint16_t(index.m_layers.size());
        index.m_layers.push_back({layer.id, layer.name, layer.features});
        for (const std::uint16_t field : nameFields(store, layer.labelField)) {
            // Text columns are dictionary-encoded (each distinct value held once): fold a value once, by address.
            std::unordered_map<const std::string*, std::uint32_t> keyOfValue;
            for (std::size_t f = 0; f < store.size(); ++f) {
                if (store.isNull(f, field) || store.bbox(f).isEmpty())
                    continue;
                const std::string& text = store.text(f, field);
                auto known = keyOfValue.find(&text);
                if (known == keyOfValue.end()) {
                    const detail::SearchKeys keys = detail::searchKeys(text);
                    std::uint32_t key = std::numeric_limits<std::uint32_t>::max(); // a name of no letters
                    if (!keys.folded.empty()) {
                        key = std::uint32_t(index.keyCount());
                        index.m_folded.add(keys.folded);
                        index.m_latin.add(keys.latin.empty() ? keys.folded : keys.latin);
                    }
                    known = keyOfValue.emplace(&text, key).first;
                }
                if (known->second != std::numeric_limits<std::uint32_t>::max())
                    named.push_back({known->second, Entry{std::uint32_t(f), layerIndex, field}});
            }
        }
    }
    std::stable_sort(named.begin(), named.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    index.m_entries.reserve(named.size());
    index.m_keyEntries.assign(index.keyCount() + 1, 0);
    for (const auto& [key, entry] : named) {
        index.m_entries.push_back(entry);
        ++index.m_keyEntries[key + 1];
    }
    for (std::size_t k = 0; k < index.keyCount(); ++k)
        index.m_keyEntries[k + 1] += index.m_keyEntries[k];
    return index;
}

std::vector<LocatorResult> LocatorIndex::search(const std::string& query, std::size_t limit) const
{
    std::vector<LocatorResult> results = detail::placeResults(query, m_crs);
    searchFeatures(query, limit, results);
    return results;
}

void LocatorIndex::searchFeatures(const std::string& query, std::size_t limit,
                                  std::vector<LocatorResult>& results) const
{
    const detail::SearchKeys q = detail::searchKeys(query);
    if (q.folded.empty() || limit == 0)
        return;
    std::vector<std::pair<std::uint32_t, int>> keys;
    m_folded.find(q.folded, keys);
    m_latin.find(q.latin.empty() ? q.folded : q.latin, keys);
    std::vector<Candidate> found;
    for (const auto& [k, rank] : keys) {
        for (std::uint32_t e = m_keyEntries[k]; e < m_keyEntries[k + 1]; ++e)
            found.push_back({rank, m_entries[e].layer, m_entries[e].feature, k, e});
    }
    // One candidate per feature: its best-ranked name.
    std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
        return std::tie(a.layer, a.feature, a.rank) < std::tie(b.layer, b.feature, b.rank);
    });
    found.erase(std::unique(found.begin(), found.end(),
                            [](const Candidate& a, const Candidate& b) {
                                return a.layer == b.layer && a.feature == b.feature;
                            }),
                found.end());
    const auto length = [this](std::uint32_t k) { return m_folded.starts[k + 1] - m_folded.starts[k]; };
    const auto better = [&length](const Candidate& a, const Candidate& b) {
        // the layer drawn higher first (the topmost, as identify lists them), then the shorter name
        return std::make_tuple(a.rank, -int(a.layer), length(a.key), a.feature) <
               std::make_tuple(b.rank, -int(b.layer), length(b.key), b.feature);
    };
    const std::size_t n = std::min(limit, found.size());
    std::partial_sort(found.begin(), found.begin() + std::ptrdiff_t(n), found.end(), better);
    for (std::size_t i = 0; i < n; ++i) {
        const Candidate& c = found[i];
        const Layer& layer = m_layers[c.layer];
        LocatorResult r;
        r.kind = LocatorResult::Kind::Feature;
        r.label = layer.features->text(c.feature, m_entries[c.entry].field);
        r.layerName = layer.name;
        r.layer = layer.id;
        r.feature = c.feature;
        r.features = layer.features;
        r.extent = layer.features->bbox(c.feature);
        r.rank = c.rank;
        results.push_back(std::move(r));
    }
}

Extent LocatorIndex::viewExtent(const LocatorResult& result, double minimumMetres) const
{
    double metresPerUnit = m_crs.metresPerUnit();
    if (m_crs.isGeographic()) // degrees: metres along the parallel
        metresPerUnit = kMetresPerDegree * std::max(0.01, std::cos(result.extent.centerY() * M_PI / 180));
    if (!(metresPerUnit > 0))
        metresPerUnit = 1;
    const double minimum = minimumMetres / metresPerUnit;
    Extent e = result.extent;
    const double w = std::max(e.width(), minimum) / 2, h = std::max(e.height(), minimum) / 2;
    return Extent::of(e.centerX() - w, e.centerY() - h, e.centerX() + w, e.centerY() + h);
}

} // namespace polis

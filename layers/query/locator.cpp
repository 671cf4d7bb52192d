#include "locator.hpp"

#include "detail/place_search.hpp"
#include "detail/search_text.hpp"

#include <algorithm>
#include <cmath>
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

LocatorIndex LocatorIndex::build(const std::vector<LocatorLayer>& layers, const Crs& crs)
{
    LocatorIndex index;
    index.m_crs = crs;
    struct Named
    {
        std::uint32_t key;
        Entry entry;
    };
    std::vector<Named> named;
    // Text columns are dictionary-encoded (one string per distinct value): a value is folded once per layer
    // by its address, once per map by its text.
    std::unordered_map<std::string_view, std::uint32_t> keyOfText;
    for (const LocatorLayer& layer : layers) {
        if (!layer.features || index.m_layers.size() >= std::numeric_limits<std::uint16_t>::max())
            continue;
        const FeatureStore& store = *layer.features;
        const auto layerIndex = std::uint16_t(index.m_layers.size());
        index.m_layers.push_back({layer.id, layer.name, layer.features});
        std::unordered_map<const std::string*, std::uint32_t> keyOfValue;
        for (const std::uint16_t field : nameFields(store, layer.labelField)) {
            for (std::size_t f = 0; f < store.size(); ++f) {
                if (store.isNull(f, field) || store.bbox(f).isEmpty())
                    continue;
                const std::string& text = store.text(f, field);
                auto known = keyOfValue.find(&text);
                if (known == keyOfValue.end()) {
                    auto [at, added] = keyOfText.try_emplace(text, std::uint32_t(index.m_keys.size()));
                    if (added) {
                        detail::SearchKeys keys = detail::searchKeys(text);
                        index.m_keys.push_back({std::move(keys.folded), std::move(keys.latin)});
                    }
                    known = keyOfValue.emplace(&text, at->second).first;
                }
                if (!index.m_keys[known->second].folded.empty())
                    named.push_back({known->second, Entry{std::uint32_t(f), layerIndex, field}});
            }
        }
    }
    std::stable_sort(named.begin(), named.end(), [](const Named& a, const Named& b) { return a.key < b.key; });
    index.m_entries.reserve(named.size());
    index.m_keyEntries.assign(index.m_keys.size() + 1, 0);
    for (const Named& n : named) {
        index.m_entries.push_back(n.entry);
        ++index.m_keyEntries[n.key + 1];
    }
    for (std::size_t k = 0; k < index.m_keys.size(); ++k)
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
    const std::string& qLatin = q.latin.empty() ? q.folded : q.latin;
    std::vector<Candidate> found;
    for (std::size_t k = 0; k < m_keys.size(); ++k) {
        const Key& key = m_keys[k];
        int rank = detail::matchRank(key.folded, q.folded);
        const int latinRank = detail::matchRank(key.latin.empty() ? key.folded : key.latin, qLatin);
        if (latinRank >= 0 && (rank < 0 || latinRank < rank))
            rank = latinRank;
        if (rank < 0)
            continue;
        for (std::uint32_t e = m_keyEntries[k]; e < m_keyEntries[k + 1]; ++e)
            found.push_back({rank, m_entries[e].layer, m_entries[e].feature, std::uint32_t(k), e});
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
    const auto better = [this](const Candidate& a, const Candidate& b) {
        const std::size_t la = m_keys[a.key].folded.size(), lb = m_keys[b.key].folded.size();
        // the layer drawn higher first (the topmost, as identify lists them), then the shorter name
        return std::make_tuple(a.rank, -int(a.layer), la, a.feature) <
               std::make_tuple(b.rank, -int(b.layer), lb, b.feature);
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

#include "grouping.hpp"

#include "../../core/detail/number_text.hpp"
#include "../../core/error.hpp"
#include "feature_subset.hpp"

#include <unordered_map>

namespace polis::detail {

std::string attributeText(const AttributeValue& value)
{
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&value))
        return formatDouble(*d);
    if (const auto* s = std::get_if<std::string>(&value))
        return *s;
    return {};
}

std::vector<FeatureGroup> groupFeatures(const FeatureStore& store, const std::string& field,
                                        const std::optional<std::vector<std::size_t>>& features)
{
    int column = -1;
    if (!field.empty()) {
        column = store.fieldIndex(field);
        if (column < 0) {
            std::string names;
            for (const Field& f : store.fields())
                names += (names.empty() ? "" : ", ") + f.name;
            throw Error(QT_TRANSLATE_NOOP("polis::Error", "No field named \"%1\" (fields: %2)"), {field, names});
        }
    }
    std::vector<FeatureGroup> groups;
    std::unordered_map<std::string, std::size_t> byKey;
    auto add = [&](std::size_t feature) {
        std::string key =
            column < 0 ? std::string() : attributeText(store.attribute(feature, std::size_t(column)));
        const auto [it, inserted] = byKey.emplace(key, groups.size());
        if (inserted)
            groups.push_back({std::move(key), {}});
        groups[it->second].members.push_back(feature);
    };
    forEachFeature(features, store.size(), add);
    return groups;
}

} // namespace polis::detail

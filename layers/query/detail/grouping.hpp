#pragma once
#include "../../core/feature_store.hpp"

#include <optional>
#include <string>
#include <vector>

namespace polis::detail {

/// One group of features sharing a field value.
struct FeatureGroup
{
    std::string key;                  ///< the value as text ("" for null, shortest exact text for numbers)
    std::vector<std::size_t> members; ///< feature indices, ascending
};

/// A field value as text: "" for null, integers in decimal, reals as the shortest exact text.
std::string attributeText(const AttributeValue& value);

/// Groups `features` (all when nullopt) of `store` by the text of field `field`, in order of first
/// appearance; one group keyed "" holding everything when `field` is empty. Throws polis::Error naming the
/// field and the available ones when `field` does not exist.
std::vector<FeatureGroup>
groupFeatures(const FeatureStore& store, const std::string& field,
              const std::optional<std::vector<std::size_t>>& features = std::nullopt);

} // namespace polis::detail

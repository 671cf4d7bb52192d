#include "feature_classes.hpp"

#include "../core/detail/number_text.hpp"
#include "../style/classification.hpp"
#include "store_cache.hpp"

namespace polis::detail {
namespace {

constexpr std::size_t kCacheSize = 16;

/// What decides the classes of a style, as text.
std::string classificationKey(const Style& style)
{
    std::string key = std::to_string(int(style.type)) + '\x1f' + style.field;
    for (const Category& c : style.categories)
        key += '\x1f' + c.value;
    for (const Range& r : style.ranges)
        key += '\x1f' + formatDouble(r.lower) + '\x1e' + formatDouble(r.upper);
    key += '\x1d' + style.modifierField;
    for (const SymbolModifier& m : style.modifiers)
        key += '\x1f' + m.value;
    return key;
}

} // namespace

std::shared_ptr<const std::vector<std::uint16_t>> featureClasses(const MapLayer& layer)
{
    if (!layer.features || layer.style.symbolCount() <= 1)
        return nullptr;
    static StoreCache<std::string, std::vector<std::uint16_t>> cache(kCacheSize);
    return cache.get(layer.features, classificationKey(layer.style),
                     [&] { return classifyFeatures(layer.style, *layer.features); });
}

} // namespace polis::detail

#include "feature_classes.hpp"

#include "../core/detail/number_text.hpp"
#include "../style/classification.hpp"

#include <list>
#include <mutex>

namespace polis::detail {
namespace {

constexpr std::size_t kCacheSize = 16;

struct Entry
{
    std::weak_ptr<const FeatureStore> store;
    const FeatureStore* address = nullptr;
    std::string key;
    std::shared_ptr<const std::vector<std::uint16_t>> classes;
};

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
    static std::mutex mutex;
    static std::list<Entry> cache; // most recently used first
    const std::string key = classificationKey(layer.style);
    {
        std::lock_guard<std::mutex> lock(mutex);
        for (auto it = cache.begin(); it != cache.end(); ++it) {
            if (it->address == layer.features.get() && it->key == key && it->store.lock() == layer.features) {
                cache.splice(cache.begin(), cache, it);
                return it->classes;
            }
        }
    }
    auto classes = std::make_shared<const std::vector<std::uint16_t>>(classifyFeatures(layer.style, *layer.features));
    std::lock_guard<std::mutex> lock(mutex);
    cache.push_front({layer.features, layer.features.get(), key, classes});
    if (cache.size() > kCacheSize)
        cache.pop_back();
    return classes;
}

} // namespace polis::detail

#pragma once
#include "../core/feature_store.hpp"

#include <list>
#include <memory>
#include <mutex>

namespace polis::detail {

/// Values derived from a feature store (its feature classes, its label candidates), kept for the last
/// `capacity` (store, key) pairs used, so that frames of an unchanged layer reuse them. The store is held
/// weakly: a freed store is never matched, even when a new one gets its address. Thread-safe; two threads
/// missing at once both make the value, and both results are valid.
template <class Key, class Value> class StoreCache
{
public:
    explicit StoreCache(std::size_t capacity) : m_capacity(capacity) {}

    /// The cached value for (store, key), else make() (called without the lock held) stored and returned.
    template <class Make>
    std::shared_ptr<const Value> get(const std::shared_ptr<const FeatureStore>& store, const Key& key, Make&& make)
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
                if (it->address == store.get() && it->key == key && it->store.lock() == store) {
                    m_entries.splice(m_entries.begin(), m_entries, it);
                    return it->value;
                }
            }
        }
        std::shared_ptr<const Value> value = std::make_shared<const Value>(make());
        std::lock_guard<std::mutex> lock(m_mutex);
        m_entries.push_front({store, store.get(), key, value});
        if (m_entries.size() > m_capacity)
            m_entries.pop_back();
        return value;
    }

private:
    struct Entry
    {
        std::weak_ptr<const FeatureStore> store;
        const FeatureStore* address = nullptr;
        Key key;
        std::shared_ptr<const Value> value;
    };
    std::size_t m_capacity;
    std::mutex m_mutex;
    std::list<Entry> m_entries; ///< most recently used first
};

} // namespace polis::detail

#include "layer_id.hpp"

#include <cstdint>
#include <cstdio>
#include <random>

namespace polis {

LayerId LayerId::generate()
{
    thread_local std::mt19937_64 engine{(std::uint64_t(std::random_device{}()) << 32) ^ std::random_device{}()};
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(engine()));
    return LayerId(text);
}

LayerId LayerId::derived(const std::string& key)
{
    std::uint64_t hash = 14695981039346656037ull;
    for (const unsigned char c : key)
        hash = (hash ^ c) * 1099511628211ull;
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return LayerId(text);
}

} // namespace polis

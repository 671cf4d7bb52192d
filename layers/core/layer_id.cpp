#include "layer_id.hpp"

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

} // namespace polis

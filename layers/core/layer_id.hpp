#pragma once
#include <functional>
#include <string>

namespace polis {

/// A layer's identity in a map: kept across reordering, reprojection, scenario switches, saving and
/// reopening (stored in the project's `polis_layers.layer_id`). Sixteen lowercase hex digits drawn at random,
/// so layers added by several planners to one project do not collide. The null id names no layer.
/// A value type; thread-safe to copy and compare.
class LayerId
{
public:
    LayerId() = default;
    /// Adopts a stored id as it is (a project written by hand may use any non-empty text).
    explicit LayerId(std::string value) : m_value(std::move(value)) {}
    /// A new random id (std::random_device seeded once per thread).
    static LayerId generate();
    /// The same sixteen hex digits for the same `key` (a 64-bit FNV-1a hash): for a layer of a project saved
    /// before ids were stored, so that reading that project again (a reload) names its layers alike.
    static LayerId derived(const std::string& key);

    const std::string& str() const { return m_value; }
    bool isNull() const { return m_value.empty(); }

    friend bool operator==(const LayerId& a, const LayerId& b) { return a.m_value == b.m_value; }
    friend bool operator!=(const LayerId& a, const LayerId& b) { return a.m_value != b.m_value; }
    friend bool operator<(const LayerId& a, const LayerId& b) { return a.m_value < b.m_value; }

private:
    std::string m_value;
};

} // namespace polis

template <> struct std::hash<polis::LayerId>
{
    std::size_t operator()(const polis::LayerId& id) const noexcept { return std::hash<std::string>()(id.str()); }
};

#pragma once
#include "style.hpp"

#include <string>
#include <vector>

namespace polis {

/// A named colour ramp: sequential ramps ("Blues", "Greens", "Reds", "YlOrRd", "Viridis", ColorBrewer and
/// matplotlib stops) are interpolated linearly in RGB between their stops; the qualitative "Set1" (for
/// categories) repeats its colours. Value type; thread-safe.
class ColorRamp
{
public:
    /// The ramp called `name`; throws polis::Error naming it when there is none.
    static ColorRamp named(const std::string& name);
    /// Every ramp's name, sequential ramps first.
    static std::vector<std::string> names();

    const std::string& name() const { return m_name; }
    bool qualitative() const { return m_qualitative; }
    /// The colour at t in [0, 1] (clamped): the first stop at 0, the last at 1.
    Color at(double t) const;
    /// `count` colours: evenly spread over the ramp (sequential) or the stops in turn (qualitative).
    std::vector<Color> colors(std::size_t count) const;

private:
    ColorRamp(std::string name, std::vector<Color> stops, bool qualitative);

    std::string m_name;
    std::vector<Color> m_stops;
    bool m_qualitative = false;
};

} // namespace polis

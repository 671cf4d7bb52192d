#include "color_ramp.hpp"

#include "../core/error.hpp"

#include <algorithm>
#include <cmath>

namespace polis {
namespace {

struct RampDefinition
{
    const char* name;
    bool qualitative;
    std::vector<const char*> stops;
};

const std::vector<RampDefinition>& definitions()
{
    static const std::vector<RampDefinition> ramps = {
        {"Blues", false, {"#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"}},
        {"Greens", false, {"#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c"}},
        {"Reds", false, {"#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15"}},
        {"YlOrRd", false, {"#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"}},
        {"Viridis", false, {"#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"}},
        {"Set1", true, {"#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#ffff33", "#a65628", "#f781bf"}},
    };
    return ramps;
}

} // namespace

ColorRamp::ColorRamp(std::string name, std::vector<Color> stops, bool qualitative)
    : m_name(std::move(name)), m_stops(std::move(stops)), m_qualitative(qualitative)
{
}

ColorRamp ColorRamp::named(const std::string& name)
{
    for (const RampDefinition& d : definitions()) {
        if (name != d.name)
            continue;
        std::vector<Color> stops;
        for (const char* s : d.stops)
            stops.push_back(*Color::parse(s));
        return ColorRamp(d.name, std::move(stops), d.qualitative);
    }
    throw Error(QT_TRANSLATE_NOOP("polis::Error", "Colour ramp \"%1\" is not known"), {name});
}

std::vector<std::string> ColorRamp::names()
{
    std::vector<std::string> list;
    for (const RampDefinition& d : definitions())
        list.emplace_back(d.name);
    return list;
}

Color ColorRamp::at(double t) const
{
    const double pos = std::clamp(std::isnan(t) ? 0.0 : t, 0.0, 1.0) * double(m_stops.size() - 1);
    const auto i = std::min(std::size_t(pos), m_stops.size() - 2);
    const double f = pos - double(i);
    const Color& a = m_stops[i];
    const Color& b = m_stops[i + 1];
    const auto mix = [f](std::uint8_t x, std::uint8_t y) { return std::uint8_t(std::lround(x + (y - x) * f)); };
    return {mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b), mix(a.a, b.a)};
}

std::vector<Color> ColorRamp::colors(std::size_t count) const
{
    std::vector<Color> list;
    for (std::size_t i = 0; i < count; ++i) {
        if (m_qualitative)
            list.push_back(m_stops[i % m_stops.size()]);
        else
            list.push_back(at(count == 1 ? 1.0 : double(i) / double(count - 1)));
    }
    return list;
}

} // namespace polis

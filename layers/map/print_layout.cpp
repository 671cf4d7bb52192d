#include "print_layout.hpp"

#include "../core/detail/number_text.hpp"
#include "../core/error.hpp"

#include <algorithm>
#include <cctype>

namespace polis {
namespace {

constexpr const char* kPaperNames[] = {"A4", "A3", "A2", "A1", "A0"};
constexpr const char* kOrientationNames[] = {"portrait", "landscape"};
constexpr const char* kExtentModeNames[] = {"view", "fixed", "layer", "changes"};
constexpr double kGapMm = 4; ///< between the title block, the map frame and the side panel

/// Index of `name` in `names` (case-insensitive ASCII), or -1.
template <std::size_t N>
int indexOf(const char* const (&names)[N], const std::string& name)
{
    for (std::size_t i = 0; i < N; ++i) {
        const std::string candidate = names[i];
        if (candidate.size() == name.size() &&
            std::equal(name.begin(), name.end(), candidate.begin(),
                       [](char a, char b) { return std::tolower(a) == std::tolower(b); }))
            return int(i);
    }
    return -1;
}

std::string boolText(bool value)
{
    return value ? "true" : "false";
}

/// Reads values[key] into `value` with `parse` when the key is present; throws Error when malformed.
template <typename T, typename Parse>
void read(const std::map<std::string, std::string>& values, const char* key, T& value, Parse parse)
{
    const auto it = values.find(key);
    if (it == values.end())
        return;
    if (!parse(it->second, value))
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "the setting %1 has the malformed value \"%2\""), {key, it->second});
}

/// Reads values[key] as one of the names `fromName` knows.
template <typename T>
void readNamed(const std::map<std::string, std::string>& values, const char* key, T& value,
               std::optional<T> (*fromName)(const std::string&))
{
    read(values, key, value, [fromName](const std::string& t, T& v) {
        const std::optional<T> named = fromName(t);
        v = named.value_or(v);
        return named.has_value();
    });
}

bool parseBool(const std::string& text, bool& value)
{
    value = text == "true";
    return value || text == "false";
}

} // namespace

std::pair<double, double> PrintLayout::paperSizeMm(Paper paper)
{
    // ISO 216 A series: each size halves the next larger one (rounded down to whole millimetres).
    static constexpr std::pair<double, double> sizes[] = {{210, 297}, {297, 420}, {420, 594}, {594, 841}, {841, 1189}};
    return sizes[std::size_t(paper)];
}

std::pair<double, double> PrintLayout::pageSizeMm() const
{
    const auto [w, h] = paperSizeMm(paper);
    return orientation == Orientation::Portrait ? std::pair{w, h} : std::pair{h, w};
}

LayoutGeometry PrintLayout::geometry() const
{
    const auto [w, h] = pageSizeMm();
    const double margin = std::clamp(marginMm, 0.0, std::min(w, h) / 4);
    const double contentWidth = w - 2 * margin;
    LayoutGeometry g;
    g.page = {0, 0, w, h};
    g.title = {margin, margin, contentWidth, std::clamp(0.06 * h, 14.0, 26.0)};
    const double top = g.title.bottom() + kGapMm;
    if (orientation == Orientation::Portrait) {
        // Tall sheets: the panel is a band under the map, which keeps the sheet's full width.
        // At least 70 mm: room for the information block under a logo.
        const double panelHeight = std::clamp(0.25 * (h - margin - top), 70.0, 110.0);
        g.panel = {margin, h - margin - panelHeight, contentWidth, panelHeight};
        g.map = {margin, top, contentWidth, g.panel.y - kGapMm - top};
    } else {
        const double panelWidth = std::clamp(0.22 * contentWidth, 50.0, 85.0);
        g.panel = {w - margin - panelWidth, top, panelWidth, h - margin - top};
        g.map = {margin, top, g.panel.x - kGapMm - margin, h - margin - top};
    }
    return g;
}

std::optional<Paper> PrintLayout::paperFromName(const std::string& name)
{
    const int i = indexOf(kPaperNames, name);
    return i < 0 ? std::nullopt : std::optional<Paper>(Paper(i));
}

std::string PrintLayout::paperName(Paper paper)
{
    return kPaperNames[std::size_t(paper)];
}

std::optional<Orientation> PrintLayout::orientationFromName(const std::string& name)
{
    const int i = indexOf(kOrientationNames, name);
    return i < 0 ? std::nullopt : std::optional<Orientation>(Orientation(i));
}

std::string PrintLayout::orientationName(Orientation orientation)
{
    return kOrientationNames[std::size_t(orientation)];
}

std::optional<ExtentMode> PrintLayout::extentModeFromName(const std::string& name)
{
    const int i = indexOf(kExtentModeNames, name);
    return i < 0 ? std::nullopt : std::optional<ExtentMode>(ExtentMode(i));
}

std::string PrintLayout::extentModeName(ExtentMode mode)
{
    return kExtentModeNames[std::size_t(mode)];
}

std::map<std::string, std::string> PrintLayout::toKeyValues() const
{
    return {{"paper", paperName(paper)},
            {"orientation", orientationName(orientation)},
            {"margin_mm", detail::formatDouble(marginMm)},
            {"scale", scale ? detail::formatDouble(*scale) : std::string()},
            {"extent_mode", extentModeName(extentMode)},
            {"extent", detail::formatExtent(extent)},
            {"extent_layer", extentLayer},
            {"title", title},
            {"subtitle", subtitle},
            {"attribution", attribution},
            {"logo", logoPath},
            {"language", language},
            {"legend", boolText(legend)},
            {"scale_bar", boolText(scaleBar)},
            {"north_arrow", boolText(northArrow)},
            {"overview", boolText(overview)}};
}

PrintLayout PrintLayout::fromKeyValues(const std::map<std::string, std::string>& values)
{
    PrintLayout l;
    readNamed(values, "paper", l.paper, paperFromName);
    readNamed(values, "orientation", l.orientation, orientationFromName);
    read(values, "margin_mm", l.marginMm, [](const std::string& t, double& v) {
        return detail::parseDouble(t, v) && v >= 0 && v <= 100;
    });
    read(values, "scale", l.scale, [](const std::string& t, std::optional<double>& v) {
        double n = 0;
        if (t.empty())
            v.reset();
        else if (detail::parseDouble(t, n) && n >= 1)
            v = n;
        return t.empty() || v.has_value();
    });
    read(values, "extent", l.extent, [](const std::string& t, Extent& v) { return detail::parseExtent(t, v); });
    // Layouts saved before extent modes: a saved extent is a fixed one.
    if (!l.extent.isEmpty())
        l.extentMode = ExtentMode::Fixed;
    readNamed(values, "extent_mode", l.extentMode, extentModeFromName);
    auto text = [](const std::string& t, std::string& v) {
        v = t;
        return true;
    };
    read(values, "title", l.title, text);
    read(values, "subtitle", l.subtitle, text);
    read(values, "attribution", l.attribution, text);
    read(values, "logo", l.logoPath, text);
    read(values, "extent_layer", l.extentLayer, text);
    read(values, "language", l.language, text);
    read(values, "legend", l.legend, parseBool);
    read(values, "scale_bar", l.scaleBar, parseBool);
    read(values, "north_arrow", l.northArrow, parseBool);
    read(values, "overview", l.overview, parseBool);
    return l;
}

bool PrintLayout::operator==(const PrintLayout& o) const
{
    return toKeyValues() == o.toKeyValues();
}

} // namespace polis

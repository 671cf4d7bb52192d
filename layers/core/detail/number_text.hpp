#pragma once
#include "../extent.hpp"

#include <charconv>
#include <string>
#include <string_view>

namespace polis::detail {

/// The shortest text that reads back as exactly `value`, always with '.' (independent of the C locale).
inline std::string formatDouble(double value)
{
    char buf[32];
    const auto result = std::to_chars(buf, buf + sizeof buf, value);
    return std::string(buf, result.ptr);
}

/// Parses all of `text` as a number with '.' as decimal separator (independent of the C locale).
inline bool parseDouble(std::string_view text, double& value)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    return result.ec == std::errc() && result.ptr == text.data() + text.size();
}

/// "xmin,ymin,xmax,ymax" (formatDouble each); empty for an empty extent.
inline std::string formatExtent(const Extent& e)
{
    if (e.isEmpty())
        return {};
    return formatDouble(e.xmin) + "," + formatDouble(e.ymin) + "," + formatDouble(e.xmax) + "," + formatDouble(e.ymax);
}

/// Parses formatExtent's text; empty text gives an empty extent. False when malformed.
inline bool parseExtent(std::string_view text, Extent& extent)
{
    extent = {};
    if (text.empty())
        return true;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        const auto comma = i < 3 ? text.find(',') : text.size();
        if (comma == std::string_view::npos || !parseDouble(text.substr(0, comma), v[i]))
            return false;
        text = text.substr(std::min(text.size(), comma + 1));
    }
    extent = Extent::of(v[0], v[1], v[2], v[3]);
    return true;
}

} // namespace polis::detail

#pragma once
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

} // namespace polis::detail

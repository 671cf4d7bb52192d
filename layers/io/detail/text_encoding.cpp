#include "text_encoding.hpp"

#include <algorithm>
#include <cctype>

namespace polis::detail {
namespace {

/// Length of the valid UTF-8 sequence starting at `i`, or 0 when there is none.
std::size_t utf8Sequence(std::string_view s, std::size_t i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
    if (n == 0 || i + n > s.size())
        return 0;
    for (std::size_t k = 1; k < n; ++k) {
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
            return 0;
    }
    return n;
}

bool validUtf8(std::string_view s)
{
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t n = utf8Sequence(s, i);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

bool greekLetter(unsigned char c)
{
    return (c >= 0xB8 && c <= 0xBA) || c == 0xBC || c >= 0xBE;
}

} // namespace

std::string guessTextEncoding(std::string_view bytes)
{
    const bool ascii = std::all_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii || validUtf8(bytes))
        return "UTF-8";
    std::size_t high = 0, greek = 0, alphaWindows = 0, alphaIso = 0;
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80)
            continue;
        ++high;
        greek += greekLetter(c) ? 1 : 0;
        alphaWindows += c == 0xA2 ? 1 : 0;
        alphaIso += c == 0xB6 ? 1 : 0;
    }
    if (2 * (greek + alphaWindows + alphaIso) < high)
        return "ISO-8859-1";
    return alphaIso > alphaWindows ? "ISO-8859-7" : "CP1253";
}

bool looksLikeMarkup(std::string_view text)
{
    const auto first = std::find_if(text.begin(), text.end(), [](char c) { return !std::isspace(static_cast<unsigned char>(c)); });
    if (first != text.end() && *first == '<')
        return true;
    std::string lower(text.substr(0, 4096));
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return lower.find("<html") != std::string::npos || lower.find("<!doctype") != std::string::npos;
}

} // namespace polis::detail

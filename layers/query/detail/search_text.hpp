#pragma once
#include <string>
#include <string_view>

namespace polis::detail {

/// The two forms a name is searched by (UTF-8).
struct SearchKeys
{
    /// Accent- and case-insensitive: Unicode NFD, combining marks removed, case-folded, final sigma ς → σ;
    /// every run of characters that are neither letters nor digits becomes one space (no leading or trailing
    /// space), so words are separated by exactly one ' '. «Αμμουδάρα – Γιόφυρος» → «αμμουδαρα γιοφυρος».
    std::string folded;
    /// `folded` with Greek letters written in Latin (ELOT 743-like: η ι → i, υ → y, ου → ou, αυ ευ ηυ → av ev
    /// iv, θ → th, χ → ch, ψ → ps, ξ → x, ω → o) and the Latin spellings kh → ch, ph → f made alike, so that a
    /// Greek query finds a name that a source (GeoNames) spells in Latin, and back: «ηρακλειο» → «irakleio»
    /// meets «Irákleion». Empty when it equals `folded` (most Latin names).
    std::string latin;
};

/// The search keys of `text` (UTF-8; invalid sequences become U+FFFD). Any thread.
SearchKeys searchKeys(std::string_view text);

/// How a match of `length` bytes at byte `at` of `key` (a SearchKeys form) ranks, lower better: 0 the whole
/// key, 1 at its start, 2 at the start of a later word, 3 inside a word.
inline int matchRank(std::string_view key, std::size_t at, std::size_t length)
{
    if (at == 0)
        return length == key.size() ? 0 : 1;
    return key[at - 1] == ' ' ? 2 : 3;
}

} // namespace polis::detail

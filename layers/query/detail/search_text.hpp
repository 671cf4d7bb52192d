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

/// How `query` occurs in `key` (both SearchKeys forms of the same kind): 0 the whole key, 1 at its start,
/// 2 at the start of a later word, 3 inside a word; -1 not at all (or `query` empty). Lower ranks better.
int matchRank(std::string_view key, std::string_view query);

} // namespace polis::detail

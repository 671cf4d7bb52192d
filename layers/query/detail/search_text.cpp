#include "search_text.hpp"

#include <QList>
#include <QString>

#include <algorithm>

namespace polis::detail {
namespace {

constexpr char32_t kFinalSigma = U'\u03C2';
constexpr char32_t kSigma = U'\u03C3';

bool isAscii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

/// ASCII text folded: lower case, runs of other characters than letters and digits as one space.
std::string foldAscii(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        if (alnum)
            out += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        else if (!out.empty() && out.back() != ' ')
            out += ' ';
    }
    if (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

bool isMark(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

/// Text folded as SearchKeys::folded, in UCS-4 (per character: Qt's simple case folding, as QString's).
std::u32string foldUnicode(std::string_view text)
{
    const QString decomposed =
        QString::fromUtf8(text.data(), qsizetype(text.size())).normalized(QString::NormalizationForm_D);
    std::u32string out;
    out.reserve(std::size_t(decomposed.size()));
    for (char32_t c : decomposed.toUcs4()) {
        if (isMark(c))
            continue;
        if (QChar::isLetterOrNumber(c)) {
            const char32_t folded = QChar::toCaseFolded(c);
            out += folded == kFinalSigma ? kSigma : folded;
        } else if (!out.empty() && out.back() != U' ') {
            out += U' ';
        }
    }
    if (!out.empty() && out.back() == U' ')
        out.pop_back();
    return out;
}

/// Appends `c` to `out` in UTF-8.
void appendUtf8(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

/// The Latin letters of a folded (lower-case, unaccented) Greek letter; null for any other character.
const char* greekInLatin(char32_t c)
{
    static const char* const kLetters[] = {
        "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y",
        "f", "ch", "ps", "o"}; // α (U+03B1) .. ω (U+03C9); ς (U+03C2) reads as σ
    return c >= U'\u03B1' && c <= U'\u03C9' ? kLetters[c - U'\u03B1'] : nullptr;
}

/// Replaces every `from` by `to` in `text`.
void replaceAll(std::string& text, std::string_view from, std::string_view to)
{
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

/// The Latin form of folded text (SearchKeys::latin, before the comparison with the folded form).
std::string latinOf(const std::u32string& folded)
{
    std::string out;
    out.reserve(folded.size() * 2);
    for (std::size_t i = 0; i < folded.size(); ++i) {
        const char32_t c = folded[i];
        const char32_t next = i + 1 < folded.size() ? folded[i + 1] : 0;
        const bool upsilonNext = next == U'\u03C5';
        if (upsilonNext && c == U'\u03BF') { // ου
            out += "ou";
            ++i;
        } else if (upsilonNext && (c == U'\u03B1' || c == U'\u03B5' || c == U'\u03B7')) { // αυ ευ ηυ
            out += greekInLatin(c);
            out += 'v';
            ++i;
        } else if (const char* latin = greekInLatin(c)) {
            out += latin;
        } else {
            appendUtf8(out, c);
        }
    }
    replaceAll(out, "kh", "ch");
    replaceAll(out, "ph", "f");
    return out;
}

} // namespace

SearchKeys searchKeys(std::string_view text)
{
    SearchKeys keys;
    if (isAscii(text)) {
        keys.folded = foldAscii(text);
        std::string latin = keys.folded;
        replaceAll(latin, "kh", "ch");
        replaceAll(latin, "ph", "f");
        if (latin != keys.folded)
            keys.latin = std::move(latin);
        return keys;
    }
    const std::u32string folded = foldUnicode(text);
    keys.folded.reserve(folded.size() * 2);
    for (char32_t c : folded)
        appendUtf8(keys.folded, c);
    std::string latin = latinOf(folded);
    if (latin != keys.folded)
        keys.latin = std::move(latin);
    return keys;
}

} // namespace polis::detail

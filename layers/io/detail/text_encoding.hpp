#pragma once
#include <string>
#include <string_view>

namespace polis::detail {

/// Guesses the encoding of raw single-byte or UTF-8 text (the character fields of a DBF that has neither a
/// .cpg file nor a language driver byte), returning an iconv name GDAL accepts:
///  1. no byte >= 0x80: "UTF-8" (plain ASCII reads the same in every candidate);
///  2. valid UTF-8 with multi-byte sequences: "UTF-8" (single-byte Greek is almost never valid UTF-8, since
///     a Greek letter 0xC1-0xFE followed by another letter is not a continuation byte);
///  3. at least half of the high bytes are Greek letters in both Windows-1253 and ISO-8859-7 (0xB8-0xBA,
///     0xBC, 0xBE-0xFE) or the one capital that the two place differently, Ά (0xA2 in Windows-1253,
///     0xB6 in ISO-8859-7, where 0xA2 is ’ and 0xB6 is ¶ in the other): "ISO-8859-7" when 0xB6 occurs more
///     often than 0xA2, else "CP1253" (the more common of the two in Greek GIS data);
///  4. anything else: "ISO-8859-1" (what GDAL assumes for a DBF without a declared encoding).
std::string guessTextEncoding(std::string_view bytes);

/// True when `text` is HTML or XML (an error page saved in place of a .prj or .cpg file).
bool looksLikeMarkup(std::string_view text);

} // namespace polis::detail

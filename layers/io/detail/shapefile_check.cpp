#include "shapefile_check.hpp"

#include "../../core/error.hpp"
#include "text_encoding.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <vector>

namespace polis::detail {
namespace {

namespace fs = std::filesystem;

/// The sidecar of `shp` with extension `ext` (".dbf"), in lower or upper case; empty path when missing.
fs::path sidecar(const fs::path& shp, const std::string& ext)
{
    std::string upperExt = ext;
    std::transform(upperExt.begin(), upperExt.end(), upperExt.begin(), [](unsigned char c) { return char(std::toupper(c)); });
    std::error_code ec;
    for (const std::string& e : {ext, upperExt}) {
        fs::path p = shp;
        p.replace_extension(e);
        if (fs::exists(p, ec))
            return p;
    }
    return {};
}

std::string readAll(const fs::path& path, std::size_t limit)
{
    std::ifstream in(path, std::ios::binary);
    std::string bytes(limit, '\0');
    in.read(bytes.data(), std::streamsize(limit));
    bytes.resize(std::size_t(in.gcount()));
    return bytes;
}

std::uintmax_t sizeOf(const fs::path& path)
{
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    return ec ? 0 : size;
}

std::uint32_t littleEndian(const std::string& b, std::size_t at, int bytes)
{
    std::uint32_t v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(b[at + std::size_t(i)]);
    return v;
}

std::uint32_t bigEndian32(const std::string& b, std::size_t at)
{
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i)
        v = (v << 8) | static_cast<unsigned char>(b[at + i]);
    return v;
}

void checkSmallText(const fs::path& path, const char* what)
{
    if (path.empty())
        return;
    const std::string text = readAll(path, 64 * 1024);
    if (looksLikeMarkup(text))
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: holds HTML, not %2 (an error page saved in its place?)"),
                      {path.u8string(), Error::part(what)});
    if (std::any_of(text.begin(), text.end(), [](char c) { return c == '\0'; }))
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: holds binary data, not %2"), {path.u8string(), Error::part(what)});
}

/// A .shp or .shx file: a 100-byte header whose bytes 24-27 hold the file length in 16-bit words.
void checkMainHeader(const fs::path& path)
{
    const std::string header = readAll(path, 100);
    const std::uintmax_t size = sizeOf(path);
    if (header.size() < 100 || bigEndian32(header, 0) != 9994)
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: not a shapefile (no valid 100-byte header)"), {path.u8string()});
    const std::uintmax_t announced = std::uintmax_t(bigEndian32(header, 24)) * 2;
    if (size < announced)
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: truncated: the header announces %2 bytes, the file holds %3"),
                      {path.u8string(), std::to_string(announced), std::to_string(size)});
}

/// Reads the DBF header and the raw bytes of its character fields.
void readDbf(const fs::path& path, ShapefileFacts& facts, std::string& text)
{
    const std::string head = readAll(path, 32);
    if (head.size() < 32)
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: truncated: shorter than the 32-byte DBF header"), {path.u8string()});
    facts.dbfRecords = littleEndian(head, 4, 4);
    const std::uint32_t headerLength = littleEndian(head, 8, 2);
    const std::uint32_t recordLength = littleEndian(head, 10, 2);
    facts.ldid = static_cast<std::uint8_t>(head[29]);
    const std::uintmax_t needed = headerLength + std::uintmax_t(facts.dbfRecords) * recordLength;
    if (headerLength < 33 || recordLength == 0 || sizeOf(path) < needed)
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: truncated or damaged: the header announces %2 records of %3 "
                                                        "bytes, the file holds %4 bytes"),
                      {path.u8string(), std::to_string(facts.dbfRecords), std::to_string(recordLength),
                       std::to_string(sizeOf(path))});
    constexpr std::size_t limit = 16 * 1024 * 1024;
    const std::string all = readAll(path, std::min<std::uintmax_t>(needed, limit));
    std::vector<std::pair<std::size_t, std::size_t>> textFields; // offset in the record, length
    std::size_t offset = 1;                                      // the deletion flag
    for (std::size_t d = 32; d + 32 <= headerLength && d < all.size() && all[d] != '\x0d'; d += 32) {
        const std::size_t length = static_cast<unsigned char>(all[d + 16]);
        if (all[d + 11] == 'C')
            textFields.emplace_back(offset, length);
        offset += length;
    }
    for (std::size_t r = headerLength; r + recordLength <= all.size(); r += recordLength) {
        for (const auto& [at, length] : textFields)
            text.append(all, r + at, std::min(length, std::size_t(recordLength) - std::min<std::size_t>(at, recordLength)));
    }
}

} // namespace

ShapefileFacts checkShapefile(const std::string& shpPath)
{
    const fs::path shp = fs::u8path(shpPath);
    ShapefileFacts facts;
    checkMainHeader(shp);
    const fs::path dbf = sidecar(shp, ".dbf");
    if (dbf.empty())
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: the attribute file %2.dbf is missing"),
                      {shpPath, shp.stem().u8string()});
    const fs::path prj = sidecar(shp, ".prj");
    checkSmallText(prj, QT_TRANSLATE_NOOP("polis::Error", "a projection definition"));
    facts.hasPrj = !prj.empty();
    const fs::path cpg = sidecar(shp, ".cpg");
    checkSmallText(cpg, QT_TRANSLATE_NOOP("polis::Error", "a code page name"));
    facts.hasCpg = !cpg.empty();
    const fs::path shx = sidecar(shp, ".shx");
    facts.shxMissing = shx.empty();
    if (!facts.shxMissing) {
        checkMainHeader(shx);
        facts.shxRecords = std::int64_t((sizeOf(shx) - 100) / 8);
    }
    std::string text;
    readDbf(dbf, facts, text);
    if (facts.shxRecords >= 0 && facts.shxRecords != facts.dbfRecords)
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: the geometry and attribute files disagree: %2 shapes in the "
                                                        ".shx but %3 records in the .dbf"),
                      {shpPath, std::to_string(facts.shxRecords), std::to_string(facts.dbfRecords)});
    if (!facts.hasCpg && facts.ldid == 0)
        facts.detectedEncoding = guessTextEncoding(text);
    return facts;
}

} // namespace polis::detail

#include "regular_file.hpp"

#include <QtGlobal>

#include <filesystem>

namespace polis::detail {

const char* specialFileKind(const std::string& path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    switch (fs::status(fs::u8path(path), ec).type()) {
    case fs::file_type::fifo:
        return QT_TRANSLATE_NOOP("polis::Error", "a FIFO (named pipe)");
    case fs::file_type::character:
    case fs::file_type::block:
        return QT_TRANSLATE_NOOP("polis::Error", "a device");
    case fs::file_type::socket:
        return QT_TRANSLATE_NOOP("polis::Error", "a socket");
    default:
        return nullptr;
    }
}

} // namespace polis::detail

#include "regular_file.hpp"

#include <filesystem>

namespace polis::detail {

std::string specialFileKind(const std::string& path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    switch (fs::status(fs::u8path(path), ec).type()) {
    case fs::file_type::fifo:
        return "a FIFO (named pipe)";
    case fs::file_type::character:
    case fs::file_type::block:
        return "a device";
    case fs::file_type::socket:
        return "a socket";
    default:
        return {};
    }
}

} // namespace polis::detail

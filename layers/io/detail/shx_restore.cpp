#include "shx_restore.hpp"

#include "../../core/error.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>

namespace polis::detail {

namespace fs = std::filesystem;

ShxRestore::ShxRestore(const std::string& shpPath) : m_path(shpPath)
{
    std::error_code ec;
    const fs::path shp = fs::absolute(fs::u8path(shpPath), ec);
    std::string extension = shp.extension().u8string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    if (ec || extension != ".shp" || !fs::is_regular_file(shp, ec))
        return;
    fs::path shx = shp, upper = shp;
    if (fs::exists(shx.replace_extension(".shx"), ec) || fs::exists(upper.replace_extension(".SHX"), ec))
        return;
    std::string templ = (fs::temp_directory_path(ec) / "polis-shx-XXXXXX").string();
    if (!mkdtemp(templ.data()))
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot rebuild the missing .shx index: no temporary folder"),
                      {shpPath});
    m_dir = templ;
    const std::string stem = shp.stem().u8string();
    for (const fs::directory_entry& entry : fs::directory_iterator(shp.parent_path(), ec)) {
        if (entry.path().stem().u8string() == stem)
            fs::create_symlink(entry.path(), fs::path(m_dir) / entry.path().filename(), ec);
    }
    m_path = (fs::path(m_dir) / shp.filename()).u8string();
}

ShxRestore::~ShxRestore()
{
    if (active()) {
        std::error_code ec;
        fs::remove_all(fs::path(m_dir), ec); // the links and the rebuilt .shx, never what they point to
    }
}

} // namespace polis::detail

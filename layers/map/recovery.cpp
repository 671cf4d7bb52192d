#include "recovery.hpp"

#include "../core/error.hpp"

#include <filesystem>

namespace polis {

namespace fs = std::filesystem;

std::string recoveryPath(const std::string& projectPath)
{
    return projectPath + ".recovery";
}

void writeRecovery(const Project& project, const std::string& projectPath)
{
    const fs::path target = fs::u8path(recoveryPath(projectPath));
    const fs::path temp = fs::u8path(recoveryPath(projectPath) + ".tmp");
    std::error_code ec;
    fs::remove(temp, ec);
    if (fs::exists(fs::u8path(projectPath), ec)) {
        fs::copy_file(fs::u8path(projectPath), temp, fs::copy_options::overwrite_existing, ec);
        if (ec)
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot write the recovery copy: %2"), {temp.u8string(), ec.message()});
    }
    try {
        project.save(temp.u8string());
    } catch (const IoError&) {
        fs::remove(temp, ec);
        throw;
    }
    fs::rename(temp, target, ec); // atomic on one file system: the old copy or the new one
    if (ec) {
        fs::remove(temp, ec);
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot write the recovery copy: %2"), {target.u8string(), ec.message()});
    }
}

bool hasRecovery(const std::string& projectPath)
{
    std::error_code ec;
    if (!fs::is_regular_file(fs::u8path(recoveryPath(projectPath)), ec))
        return false;
    try { // a copy that cannot be read would be offered and then do nothing
        loadRecovery(projectPath);
        return true;
    } catch (const Error&) {
        return false;
    }
}

Project loadRecovery(const std::string& projectPath)
{
    return Project::load(recoveryPath(projectPath));
}

MapContent loadRecoveredMap(const std::string& projectPath, const SourceTrust& trust)
{
    const std::string copy = recoveryPath(projectPath);
    MapContent map = loadProject(copy, {}, trust);
    const fs::path copyPath = fs::absolute(fs::u8path(copy)).lexically_normal();
    for (MapLayer& layer : map.layers) {
        if (!layer.source.empty() && fs::absolute(fs::u8path(layer.source)).lexically_normal() == copyPath)
            layer.source = projectPath;
    }
    return map;
}

void discardRecovery(const std::string& projectPath)
{
    std::error_code ec;
    fs::remove(fs::u8path(recoveryPath(projectPath)), ec);
}

} // namespace polis

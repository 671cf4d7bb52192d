#include "project_import.hpp"

#include "../core/error.hpp"
#include "map_content.hpp"
#include "project.hpp"

#include <filesystem>

namespace polis {

namespace fs = std::filesystem;

namespace {

/// Removes the work copy and what SQLite left beside it: a killed import's journal would otherwise be
/// rolled into the next work copy ("table ... already exists").
void removeWork(const std::string& work)
{
    std::error_code ec;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        fs::remove(fs::u8path(work + suffix), ec);
}

} // namespace

std::vector<LayerReport> importIntoProject(const Importer& importer, const std::string& projectPath,
                                           const std::string& dataset)
{
    const ImportOptions& options = importer.options();
    const fs::path project = fs::u8path(projectPath);
    const std::string work = projectPath + ".importing";
    std::error_code ec;
    removeWork(work);
    try {
        Project p;
        std::vector<LayerReport> reports =
            importer.importInto(work, dataset, [&](const std::vector<LayerReport>& checked) {
                if (fs::exists(project, ec)) {
                    if (!fs::copy_file(project, fs::u8path(work), ec))
                        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot import: cannot write a working copy beside the project (%2)"), {projectPath, ec.message()});
                    p = Project::load(work);
                } else {
                    p.title = project.stem().u8string();
                    p.mapCrs = options.mapCrs.isValid() ? options.mapCrs : checked.front().info.crs;
                    p.save(work);
                }
            });
        for (const LayerReport& r : reports) {
            ProjectLayer entry;
            entry.name = r.info.name;
            entry.layer = options.embed ? r.table : r.info.name;
            if (!options.embed)
                entry.source = fs::absolute(fs::u8path(r.source)).lexically_relative(fs::absolute(project).parent_path()).u8string();
            entry.style = defaultStyle(p.layers.size(), r.info.geometry);
            p.layers.push_back(std::move(entry));
        }
        p.save(work);
        fs::rename(fs::u8path(work), project, ec);
        if (ec)
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot import: cannot replace the project (%2)"), {projectPath, ec.message()});
        return reports;
    } catch (const fs::filesystem_error& e) {
        removeWork(work);
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot import: %2"), {projectPath, e.code().message()});
    } catch (...) {
        removeWork(work);
        throw;
    }
}

} // namespace polis

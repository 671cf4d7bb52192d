#include "project_import.hpp"

#include "map_content.hpp"
#include "project.hpp"

#include <filesystem>

namespace polis {

namespace fs = std::filesystem;

std::vector<LayerReport> importIntoProject(const Importer& importer, const std::string& projectPath,
                                           const std::string& dataset)
{
    const ImportOptions& options = importer.options();
    const fs::path project = fs::u8path(projectPath);
    const std::string work = projectPath + ".importing";
    std::error_code ec;
    fs::remove(fs::u8path(work), ec);
    try {
        Project p;
        std::vector<LayerReport> reports =
            importer.importInto(work, dataset, [&](const std::vector<LayerReport>& checked) {
                if (fs::exists(project, ec)) {
                    fs::copy_file(project, fs::u8path(work));
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
        fs::rename(fs::u8path(work), project);
        return reports;
    } catch (...) {
        fs::remove(fs::u8path(work), ec);
        throw;
    }
}

} // namespace polis

#pragma once
#include <string>

namespace polis::detail {

/// A shapefile without its .shx index, opened without writing into the user's folder (GDAL's
/// SHAPE_RESTORE_SHX writes the rebuilt .shx beside the .shp, and fails on read-only media): a private
/// temporary folder holds symbolic links to the shapefile's files, and GDAL rebuilds the index there.
/// The folder is removed with this object, which must outlive the dataset opened from path().
class ShxRestore
{
public:
    /// Inactive (path() == shpPath) unless `shpPath` is a .shp whose .shx is missing. Throws IoError when
    /// the temporary folder cannot be made.
    explicit ShxRestore(const std::string& shpPath);
    ~ShxRestore();
    ShxRestore(const ShxRestore&) = delete;
    ShxRestore& operator=(const ShxRestore&) = delete;

    bool active() const { return !m_dir.empty(); }
    /// The path to open (with SHAPE_RESTORE_SHX=YES when active).
    const std::string& path() const { return m_path; }

private:
    std::string m_dir;
    std::string m_path;
};

} // namespace polis::detail

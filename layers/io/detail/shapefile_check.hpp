#pragma once
#include <cstdint>
#include <string>

namespace polis::detail {

/// What the files of a shapefile say before GDAL reads it.
struct ShapefileFacts
{
    bool shxMissing = false;      ///< the .shx index is missing: open with SHAPE_RESTORE_SHX=YES
    bool hasPrj = false;          ///< a .prj file defines the CRS
    bool hasCpg = false;          ///< a .cpg file names the encoding (GDAL honours it)
    std::uint8_t ldid = 0;        ///< the DBF language driver byte (0 = none; GDAL honours others)
    std::string detectedEncoding; ///< guessTextEncoding() of the DBF text when neither .cpg nor LDID say
    std::int64_t dbfRecords = 0;  ///< records announced by the DBF header
    std::int64_t shxRecords = -1; ///< shapes indexed by the .shx, -1 when it is missing
};

/// Checks the files next to the .shp at `shpPath` (UTF-8 path) and reads the DBF header and text.
/// Throws IoError naming the file and the problem: a missing .dbf, a .prj or .cpg holding HTML or binary
/// data, a .shp, .shx or .dbf shorter than its header announces (truncated), or .shx and .dbf that disagree
/// on the number of records. Reads at most 16 MB of DBF records for the encoding guess.
ShapefileFacts checkShapefile(const std::string& shpPath);

} // namespace polis::detail

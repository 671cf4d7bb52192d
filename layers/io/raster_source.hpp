#pragma once
#include "../core/crs.hpp"
#include "../core/extent.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace polis {

struct RasterBandInfo
{
    std::string dataType; ///< GDAL name, e.g. "Int16", "Float32"
    bool hasNoData = false;
    double noData = 0;
};

struct RasterInfo
{
    int width = 0;
    int height = 0;
    Crs crs;
    Extent extent; ///< in the raster's own CRS
    std::vector<RasterBandInfo> bands;
    int overviews = 0; ///< overview levels of band 1
    double minimum = 0, maximum = 0; ///< band 1 value range (approximate statistics), for display
};

/// A premultiplied ARGB32 image (0xAARRGGBB per pixel, row-major, no padding).
struct RasterImage
{
    int width = 0;
    int height = 0;
    std::vector<std::uint32_t> pixels;
};

/// A GDAL raster (GeoTIFF and any other GDAL raster format), drawn by warping into the map CRS.
/// Immutable; safe to share between threads: every read opens its own GDAL handle.
class RasterSource
{
public:
    /// Throws IoError naming the file and the reason.
    static RasterSource open(const std::string& path);

    const std::string& path() const { return m_path; }
    const RasterInfo& info() const { return m_info; }

    /// Warps the raster into `extent` of `crs` at width x height pixels (GDAL picks the overview level).
    /// One band: grey stretch between the band's minimum and maximum; three or more: RGB(A).
    /// Pixels outside the raster or at nodata are transparent. Throws IoError on failure.
    RasterImage read(const Extent& extent, const Crs& crs, int width, int height) const;

private:
    std::string m_path;
    RasterInfo m_info;
};

/// Whether GDAL opens `path` as a raster dataset (and not as a vector one).
bool isRasterDataset(const std::string& path);

} // namespace polis

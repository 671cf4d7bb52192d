#include "raster_source.hpp"

#include "../core/detail/crs_data.hpp"
#include "../core/detail/gdal_error.hpp"
#include "../core/detail/regular_file.hpp"
#include "../core/detail/number_text.hpp"
#include "../core/error.hpp"

#include <gdal_priv.h>
#include <gdal_utils.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <memory>

namespace polis {
namespace {

struct WarpOptionsDeleter
{
    void operator()(GDALWarpAppOptions* o) const { GDALWarpAppOptionsFree(o); }
};

GDALDatasetUniquePtr openRaster(const std::string& path, detail::GdalErrorCapture& errors)
{
    detail::ensureGdalRegistered();
    std::error_code ec;
    if (!std::filesystem::exists(std::filesystem::u8path(path), ec))
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: file not found"), {path});
    if (const char* kind = detail::specialFileKind(path))
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot open: it is %2, not a file"), {path, Error::part(kind)});
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!ds || ds->GetRasterCount() == 0) {
        const std::string reason = errors.lastError();
        if (reason.empty() || reason.find("not recognized as a supported") != std::string::npos)
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot open: not a raster dataset that GDAL can read"),
                          {path});
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot open: %2"), {path, reason});
    }
    return ds;
}

} // namespace

bool isRasterDataset(const std::string& path)
{
    detail::ensureGdalRegistered();
    detail::GdalErrorCapture errors;
    if (detail::specialFileKind(path))
        return false; // DataSource::open says what it is
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER | GDAL_OF_VECTOR | GDAL_OF_READONLY));
    return ds && ds->GetRasterCount() > 0 && ds->GetLayerCount() == 0;
}

RasterSource RasterSource::open(const std::string& path)
{
    detail::GdalErrorCapture errors;
    GDALDatasetUniquePtr ds = openRaster(path, errors);
    RasterSource source;
    source.m_path = path;
    RasterInfo& info = source.m_info;
    info.width = ds->GetRasterXSize();
    info.height = ds->GetRasterYSize();
    if (const OGRSpatialReference* srs = ds->GetSpatialRef())
        info.crs = detail::makeCrs(*srs);
    double gt[6];
    if (ds->GetGeoTransform(gt) == CE_None) {
        for (int corner = 0; corner < 4; ++corner) {
            const double px = (corner & 1) ? info.width : 0;
            const double py = (corner & 2) ? info.height : 0;
            info.extent.expand(gt[0] + px * gt[1] + py * gt[2], gt[3] + px * gt[4] + py * gt[5]);
        }
    }
    for (int b = 1; b <= ds->GetRasterCount(); ++b) {
        GDALRasterBand* band = ds->GetRasterBand(b);
        RasterBandInfo bi;
        bi.dataType = GDALGetDataTypeName(band->GetRasterDataType());
        int has = 0;
        bi.noData = band->GetNoDataValue(&has);
        bi.hasNoData = has != 0;
        info.bands.push_back(bi);
    }
    GDALRasterBand* first = ds->GetRasterBand(1);
    info.overviews = first->GetOverviewCount();
    double minmax[2] = {0, 0};
    if (first->ComputeRasterMinMax(TRUE, minmax) == CE_None) {
        info.minimum = minmax[0];
        info.maximum = minmax[1];
    }
    return source;
}

RasterImage RasterSource::read(const Extent& extent, const Crs& crs, int width, int height) const
{
    RasterImage image;
    if (width <= 0 || height <= 0 || extent.isEmpty())
        return image;
    detail::GdalErrorCapture errors;
    GDALDatasetUniquePtr src = openRaster(m_path, errors);

    const int bands = std::min(4, src->GetRasterCount());
    const bool grey = bands < 3;
    const std::string target = crs.isValid() ? crs.wkt() : std::string();
    std::vector<std::string> args = {"-of", "MEM", "-ot", "Float32", "-r", "bilinear",
                                     "-te", detail::formatDouble(extent.xmin), detail::formatDouble(extent.ymin),
                                     detail::formatDouble(extent.xmax), detail::formatDouble(extent.ymax),
                                     "-ts", std::to_string(width), std::to_string(height),
                                     "-dstalpha", "-wo", "INIT_DEST=0"};
    if (!target.empty())
        args.insert(args.end(), {"-t_srs", target});
    std::vector<char*> argv;
    for (std::string& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::unique_ptr<GDALWarpAppOptions, WarpOptionsDeleter> options(GDALWarpAppOptionsNew(argv.data(), nullptr));
    if (!options)
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot prepare the raster for drawing: %2"),
                      {m_path, errors.lastError()});
    GDALDatasetH in = GDALDataset::ToHandle(src.get());
    int usageError = 0;
    GDALDatasetUniquePtr out(GDALDataset::FromHandle(GDALWarp("", nullptr, 1, &in, options.get(), &usageError)));
    if (!out)
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot reproject the raster for drawing: %2"),
                      {m_path, errors.lastError()});

    const int colourBands = grey ? 1 : 3;
    const int alphaBand = out->GetRasterCount(); // -dstalpha adds the last band
    std::vector<float> buffer(std::size_t(width) * height * (colourBands + 1));
    for (int b = 0; b <= colourBands; ++b) {
        const int bandIndex = b < colourBands ? b + 1 : alphaBand;
        if (out->GetRasterBand(bandIndex)->RasterIO(GF_Read, 0, 0, width, height,
                                                   buffer.data() + std::size_t(b) * width * height, width, height,
                                                   GDT_Float32, 0, 0) != CE_None)
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot read the raster: %2"), {m_path, errors.lastError()});
    }
    image.width = width;
    image.height = height;
    image.pixels.assign(std::size_t(width) * height, 0u);
    const std::size_t n = std::size_t(width) * height;
    const float* alpha = buffer.data() + std::size_t(colourBands) * n;
    const double range = m_info.maximum > m_info.minimum ? m_info.maximum - m_info.minimum : 1.0;
    auto to8 = [](double v) { return std::uint32_t(std::clamp(v, 0.0, 255.0) + 0.5); };
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t a = to8(alpha[i]);
        if (a == 0)
            continue;
        std::uint32_t r, g, b;
        if (grey) {
            r = g = b = to8((buffer[i] - m_info.minimum) / range * 255.0);
        } else {
            r = to8(buffer[i]);
            g = to8(buffer[n + i]);
            b = to8(buffer[2 * n + i]);
        }
        image.pixels[i] = (a << 24) | ((r * a / 255) << 16) | ((g * a / 255) << 8) | (b * a / 255);
    }
    return image;
}

} // namespace polis

#include "assumed_crs.hpp"

#include "../../core/error.hpp"
#include "../../io/import_report.hpp"

namespace polis::detail {

Crs assumedCrs(const LayerInfo& info, const std::string& source, std::vector<LayerError>& warnings)
{
    if (info.crs.isValid() || info.geometry == GeometryKind::None || info.featureCount == 0)
        return {};
    const std::optional<int> epsg = suggestEpsg(info.extent);
    if (!epsg)
        throw IoError(QT_TRANSLATE_NOOP("polis::Error",
                                        "%1, layer %2 declares no CRS and its coordinates suggest none: not drawn "
                                        "(give it a CRS, e.g. a .prj file, or import it choosing one)"),
                      {source, info.name});
    const Crs crs = Crs::fromEpsg(*epsg);
    warnings.push_back(
        {info.name, userMessage(Error(QT_TRANSLATE_NOOP("polis::Error",
                                                        "%1, layer %2 declares no CRS: drawn as %3 (%4), which its "
                                                        "coordinates suggest"),
                                      {source, info.name, crs.displayId(), crs.name()}))});
    return crs;
}

} // namespace polis::detail

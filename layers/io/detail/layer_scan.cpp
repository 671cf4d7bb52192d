#include "layer_scan.hpp"

#include "../../core/detail/gdal_error.hpp"
#include "../../core/error.hpp"
#include "geometry_check.hpp"

#include <ogrsf_frmts.h>

#include <algorithm>
#include <unordered_set>

namespace polis::detail {
namespace {

constexpr std::size_t kSampleSize = 5;

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

/// The first field named like an identifier ("id", "gid", "objectid", "..._id"), or -1.
int idFieldIndex(const OGRFeatureDefn& defn)
{
    for (int i = 0; i < defn.GetFieldCount(); ++i) {
        const std::string name = lower(defn.GetFieldDefn(i)->GetNameRef());
        const bool idLike = name == "id" || name == "fid" || name == "gid" || name == "uid" || name == "objectid" ||
                            name == "ogc_fid" || (name.size() > 3 && name.compare(name.size() - 3, 3, "_id") == 0);
        if (idLike && defn.GetFieldDefn(i)->GetType() != OFTReal)
            return i;
    }
    return -1;
}

/// The text field to sample: one named like a name, else the first text field; -1 when there is none.
int sampleFieldIndex(const OGRFeatureDefn& defn)
{
    int first = -1;
    for (int i = 0; i < defn.GetFieldCount(); ++i) {
        if (defn.GetFieldDefn(i)->GetType() != OFTString)
            continue;
        if (lower(defn.GetFieldDefn(i)->GetNameRef()).find("name") != std::string::npos)
            return i;
        if (first < 0)
            first = i;
    }
    return first;
}

void record(std::int64_t& count, std::vector<std::int64_t>& fids, std::int64_t fid)
{
    ++count;
    if (fids.size() < GeometryProblems::kMaxFids)
        fids.push_back(fid);
}

} // namespace

void scanLayer(OGRLayer& layer, LayerReport& report, const std::function<void()>& tick)
{
    GdalErrorCapture errors;
    GeometryProblems& p = report.problems;
    const OGRFeatureDefn& defn = *layer.GetLayerDefn();
    const int idField = idFieldIndex(defn);
    p.idField = idField >= 0 ? defn.GetFieldDefn(idField)->GetNameRef() : "";
    const int sampleField = sampleFieldIndex(defn);
    std::unordered_set<std::string> ids;
    std::vector<int> dimensions; // 0 points, 1 lines, 2 polygons
    layer.SetSpatialFilter(nullptr);
    layer.ResetReading();
    for (auto& feature : layer) {
        const std::int64_t fid = feature->GetFID();
        const OGRGeometry* g = feature->GetGeometryRef();
        std::string reason;
        switch (classifyGeometry(g, &reason)) {
        case GeometryState::Null:
            record(p.null, p.nullFids, fid);
            break;
        case GeometryState::Empty:
            record(p.empty, p.emptyFids, fid);
            break;
        case GeometryState::BadCoordinates:
            record(p.badCoordinates, p.badCoordinateFids, fid);
            break;
        case GeometryState::Invalid:
            if (p.invalid == 0)
                p.firstInvalidReason = reason;
            record(p.invalid, p.invalidFids, fid);
            [[fallthrough]];
        case GeometryState::Valid: {
            OGREnvelope env;
            g->getEnvelope(&env);
            report.dataExtent.expand(Extent::of(env.MinX, env.MinY, env.MaxX, env.MaxY));
            break;
        }
        }
        if (g) {
            const std::string type = OGRGeometryTypeToName(g->getGeometryType());
            if (std::find(p.geometryTypes.begin(), p.geometryTypes.end(), type) == p.geometryTypes.end())
                p.geometryTypes.push_back(type);
            if (std::find(dimensions.begin(), dimensions.end(), g->getDimension()) == dimensions.end())
                dimensions.push_back(g->getDimension());
        }
        const std::string id = idField < 0 ? std::to_string(fid)
                               : feature->IsFieldSetAndNotNull(idField) ? feature->GetFieldAsString(idField)
                                                                        : std::string();
        if (!id.empty() && !ids.insert(id).second) {
            ++p.duplicateIds;
            if (p.duplicateIdSamples.size() < kSampleSize)
                p.duplicateIdSamples.push_back(id);
        }
        if (sampleField >= 0 && report.sample.size() < kSampleSize && feature->IsFieldSetAndNotNull(sampleField)) {
            const std::string value = feature->GetFieldAsString(sampleField);
            if (!value.empty())
                report.sample.push_back(value);
        }
        tick();
    }
    p.mixedTypes = dimensions.size() > 1;
    if (!errors.lastError().empty())
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1, layer %2: %3"),
                      {report.source, report.info.name, errors.lastError()});
}

} // namespace polis::detail

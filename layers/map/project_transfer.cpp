#include "project_transfer.hpp"

#include "../core/detail/gdal_error.hpp"
#include "../core/error.hpp"
#include "../io/data_source.hpp"
#include "../io/detail/layer_copy.hpp"
#include "detail/project_store.hpp"
#include "project.hpp"

#include <ogrsf_frmts.h>

#include <filesystem>
#include <optional>

namespace polis {
namespace {

/// Drops table `name` of `ds` when it is there (a project pushed again).
void dropTable(GDALDataset& ds, const std::string& name)
{
    for (int i = 0; i < ds.GetLayerCount(); ++i) {
        if (ds.GetLayer(i)->GetName() == name) {
            ds.DeleteLayer(i);
            return;
        }
    }
}

} // namespace

ProjectCopy copyProject(const std::string& from, const std::string& to, bool embed)
{
    Project project = Project::load(from);
    const GDALDatasetUniquePtr source = detail::ProjectStore(from).openForReading();
    const detail::ProjectStore store(to);
    bool created = false;
    GDALDatasetUniquePtr target = store.openForWriting(created);
    detail::GdalErrorCapture errors;
    auto fail = [&](const Error::Arg& what) {
        target->RollbackTransaction();
        target.reset();
        if (created)
            store.discardCreated();
        if (errors.lastError().empty())
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: %2"), {to, what});
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: %2: %3"), {to, what, errors.lastError()});
    };
    if (target->StartTransaction(TRUE) != OGRERR_NONE)
        fail(Error::part(QT_TRANSLATE_NOOP("polis::Error", "cannot start a transaction")));
    ProjectCopy result;
    for (ProjectLayer& layer : project.layers) {
        if (layer.raster || (!layer.source.empty() && !embed)) {
            if (!layer.source.empty())
                layer.source = std::filesystem::absolute(std::filesystem::u8path(Project::resolveSource(from, layer.source)))
                                   .lexically_normal()
                                   .u8string();
            result.referenced.push_back(layer.name);
            continue;
        }
        try {
            std::string table = layer.layer;
            OGRLayer* in = nullptr;
            std::optional<DataSource> referenced;
            if (layer.source.empty()) {
                in = source->GetLayerByName(layer.layer.c_str());
                if (!in)
                    throw IoError(QT_TRANSLATE_NOOP("polis::Error", "the table %1 is missing in %2"), {layer.layer, from});
                dropTable(*target, table);
            } else {
                referenced = DataSource::open(Project::resolveSource(from, layer.source));
                const std::size_t index =
                    layer.layer.empty() ? referenced->selectedLayers().front() : referenced->layerIndex(layer.layer);
                in = referenced->gdalDataset().GetLayer(int(index));
                table = detail::uniqueTable(*target, layer.layer.empty() ? referenced->layers()[index].name : layer.layer);
            }
            const detail::CopyResult copied =
                detail::copyLayer(*in, *target, table, in->GetSpatialRef(), false, true, [] {});
            layer.source.clear();
            layer.layer = table;
            ++result.tables;
            result.features += copied.features;
        } catch (const IoError& e) {
            fail(Error::part(QT_TRANSLATE_NOOP("polis::Error", "layer %1: %2"), {layer.name, Error::keep(e)}));
        }
    }
    if (target->CommitTransaction() != OGRERR_NONE)
        fail(Error::part(QT_TRANSLATE_NOOP("polis::Error", "cannot commit the layer tables")));
    target.reset();
    project.save(to);
    return result;
}

} // namespace polis

#pragma once
// Helpers of the query tests: FeatureStores made from WKT (GEOS's reader, not the engine's conversion),
// and GEOS geometries of a GDAL layer made from its WKB (independent of the engine) for brute force.
#include "layers/core/detail/geos_handles.hpp"
#include "layers/core/detail/geos_store_builder.hpp"
#include "layers/core/feature_store.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace polis::test {

/// GEOS geometries read from WKT (with fids 1..n), for brute force over hand-made query geometries.
inline std::vector<std::pair<std::int64_t, detail::GeosGeometryPtr>>
geosFromWkt(const std::vector<std::string>& wkts)
{
    GEOSContextHandle_t ctx = detail::geosContext();
    GEOSWKTReader* reader = GEOSWKTReader_create_r(ctx);
    std::vector<std::pair<std::int64_t, detail::GeosGeometryPtr>> out;
    for (const std::string& wkt : wkts) {
        detail::GeosGeometryPtr g(GEOSWKTReader_read_r(ctx, reader, wkt.c_str()));
        if (!g) {
            GEOSWKTReader_destroy_r(ctx, reader);
            throw std::runtime_error("bad WKT in test: " + wkt);
        }
        out.emplace_back(std::int64_t(out.size() + 1), std::move(g));
    }
    GEOSWKTReader_destroy_r(ctx, reader);
    return out;
}

/// A finished store with one feature per WKT (fids 1..n) and an integer field "n" = fid.
inline std::shared_ptr<FeatureStore> storeFromWkt(const std::vector<std::string>& wkts)
{
    auto store = std::make_shared<FeatureStore>(std::vector<Field>{{"n", FieldType::Integer, 0}});
    detail::GeosStoreBuilder builder(*store);
    for (const auto& [fid, g] : geosFromWkt(wkts)) {
        builder.begin(fid, g.get());
        store->setAttribute(0, fid);
        builder.endFeature();
    }
    store->finish();
    return store;
}

/// Every feature of `layer` in `path` as (fid, GEOS geometry from GDAL's WKB), in reading order.
inline std::vector<std::pair<std::int64_t, detail::GeosGeometryPtr>> geosFeatures(const std::string& path,
                                                                                  const char* layer)
{
    GEOSContextHandle_t ctx = detail::geosContext();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    if (!ds)
        throw std::runtime_error("cannot open " + path);
    std::vector<std::pair<std::int64_t, detail::GeosGeometryPtr>> out;
    GEOSWKBReader* reader = GEOSWKBReader_create_r(ctx);
    for (auto& f : *ds->GetLayerByName(layer)) {
        const OGRGeometry* g = f->GetGeometryRef();
        std::vector<unsigned char> wkb(std::size_t(g->WkbSize()));
        g->exportToWkb(wkbNDR, wkb.data());
        out.emplace_back(f->GetFID(),
                         detail::GeosGeometryPtr(GEOSWKBReader_read_r(ctx, reader, wkb.data(), wkb.size())));
    }
    GEOSWKBReader_destroy_r(ctx, reader);
    return out;
}

} // namespace polis::test

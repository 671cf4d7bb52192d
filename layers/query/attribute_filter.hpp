#pragma once
#include "../core/feature_store.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace polis {

/// The features of `store` whose attributes match `where`, an OGR SQL WHERE expression
/// (e.g. `kind = 'school' AND floors > 2`, `name LIKE 'Λεωφόρος%'`, `FID < 0`), as ascending indices into
/// the store. Evaluated by GDAL's own OGR SQL engine (the one behind OGRLayer::SetAttributeFilter) on the
/// values held in the store, so features a scenario added or modified are filtered as they are shown, with
/// no file read. Integer and Real fields compare as numbers, Date and DateTime fields as dates (as OGR
/// compares them on the dataset, whichever of "2000/05/31" or "2000-05-31" is written), text and other
/// fields as UTF-8 text. `FID` is the store's fid (OGR reads fid -1, the first one a scenario adds, as
/// "no fid", which no FID comparison matches). An empty or blank `where` matches every feature.
///
/// Any thread (the store is immutable); O(features) with one reusable OGR feature, so a million-row layer
/// wants a worker thread. `cancelled` (optional) is polled every few thousand features; when it returns
/// true the result is empty. Throws Error naming `layerName` and the filter with GDAL's message when OGR's
/// parser refuses the expression (unknown field or function, syntax error, a second statement, a subquery):
/// the same parse as DataSource::read's (detail::compileFilter), so the CLI and the window accept the same
/// filters.
std::vector<std::uint32_t> filterFeatures(const FeatureStore& store, const std::string& where,
                                          const std::string& layerName,
                                          const std::function<bool()>& cancelled = {});

} // namespace polis

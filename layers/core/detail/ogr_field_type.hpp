#pragma once
#include "../feature_store.hpp"

#include <ogr_core.h>

namespace polis::detail {

/// The OGR field type that holds a FeatureStore column of `type`, as the source declared it: Integer ->
/// OFTInteger64, Real -> OFTReal, Date -> OFTDate, DateTime -> OFTDateTime, anything else -> OFTString.
/// Used for files we write and for the schema GDAL's expression engine filters the store with, so a
/// `built < '2000-06-01'` in memory compares dates as OGR does on the dataset (the store holds OGR's
/// "2000/05/31" text, which as a string would sort after "2000-06-01"). Any thread.
OGRFieldType ogrFieldType(FieldType type);

} // namespace polis::detail

#pragma once
#include <memory>
#include <string>

class OGRFeatureDefn;
class OGRFeatureQuery;

namespace polis::detail {

/// True when `where` holds nothing but white space (no filter).
bool isBlankFilter(const std::string& where);

/// `where` compiled by OGR's own expression parser (the OGR SQL WHERE grammar: comparisons, AND/OR/NOT,
/// IN lists, LIKE, BETWEEN, IS NULL, CAST and OGR's few functions) against the fields of `defn`. This is the
/// only place a user's filter is parsed: the compiled query is evaluated by OGR on the features read, and no
/// driver (SQLite, PostgreSQL) ever sees the text, so `1=1; DROP TABLE x`, subqueries and server functions
/// such as `pg_read_file(...)` are refused here with OGR's message. `layer` names the layer in the message.
/// Throws Error("The filter ... on layer ... is refused: <GDAL's message>"). Any thread.
std::unique_ptr<OGRFeatureQuery> compileFilter(OGRFeatureDefn& defn, const std::string& where,
                                               const std::string& layer);

} // namespace polis::detail

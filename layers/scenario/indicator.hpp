#pragma once
#include <cstdint>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace polis {

/// A number computed for every scenario, defined once per project (stored as JSON in polis_indicators):
///
///     {"name": "Schools within 200 m of fibre", "kind": "count", "layer": "public_buildings",
///      "where": {"kind": "school"}, "within": {"distance": 200, "layer": "fibre_ring"},
///      "names": {"el": "Σχολεία έως 200 m από την οπτική ίνα"}}
///
/// `name` is the indicator's key (scripts, `--json`, errors). `names` (optional) holds its title in other
/// languages, keyed by language code ("el") or locale ("el_CY"); tables, charts and council pages show the
/// title of the reader's language (titleFor), else `name`.
/// `kind`: "count" features, "sum" of a numeric `field`, "length_km" of lines, "area_km2" of polygons
/// (planar, in the map CRS: metres in the Greek Grid). `layer` names a project layer (display name, or its
/// source layer name when unique). `where` (optional): field = value for every pair (text compared as text,
/// numeric fields numerically). `within` (optional): only features at most `distance` map units (metres)
/// from some feature of another layer (itself optionally filtered by `where`), with selectByLocation().
struct Indicator
{
    enum class Kind : std::uint8_t { Count, Sum, LengthKm, AreaKm2 };
    struct Near
    {
        std::string layer;
        double distance = 0;
        std::map<std::string, std::string> where;
        bool operator==(const Near& o) const { return layer == o.layer && distance == o.distance && where == o.where; }
    };

    std::string name; ///< UTF-8, unique within the project
    std::map<std::string, std::string> names; ///< language code or locale -> title in that language
    Kind kind = Kind::Count;
    std::string layer;
    std::string field; ///< Sum: the numeric field
    std::map<std::string, std::string> where;
    std::optional<Near> within;

    bool operator==(const Indicator& o) const
    {
        return name == o.name && names == o.names && kind == o.kind && layer == o.layer && field == o.field && where == o.where &&
               within == o.within;
    }

    /// The title for a reader of `locale` ("el_GR", "el" or a BCP 47 "el-GR"): names[locale], else
    /// names[its language], else name.
    const std::string& titleFor(const std::string& locale) const;

    /// Parses the JSON above. Throws polis::Error naming the problem (bad JSON, unknown kind or key,
    /// missing name/layer, sum without field, negative distance).
    static Indicator fromJson(const std::string& json);
    /// Compact JSON that fromJson() reads back to an equal Indicator.
    std::string toJson() const;
};

} // namespace polis

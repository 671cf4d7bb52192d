#pragma once
#include "../core/crs.hpp"
#include "../core/extent.hpp"
#include "../core/feature_store.hpp"
#include "../core/layer_id.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace polis {

/// One vector layer the locator searches (a map layer as the locator sees it; layers/map/locator_layers.hpp
/// makes them from a MapContent).
struct LocatorLayer
{
    LayerId id;
    std::string name; ///< UTF-8, as the layers panel shows it
    std::shared_ptr<const FeatureStore> features; ///< in the map CRS; null layers are skipped
    /// The field the layer's style labels features with ("" = none): searched first, whatever it is called.
    std::string labelField;
};

/// What a search found.
struct LocatorResult
{
    enum class Kind : std::uint8_t {
        Feature,    ///< a named feature of a layer
        Coordinate, ///< a typed coordinate pair
        Crs,        ///< a typed EPSG code: the CRS's area of use
    };
    Kind kind = Kind::Feature;
    /// Feature: the name that matched (UTF-8, as stored); Crs: the CRS's name; Coordinate: empty (the caller
    /// writes the coordinates in the reader's language).
    std::string label;
    std::string layerName; ///< Feature: its layer's name
    LayerId layer;         ///< Feature: its layer
    std::uint32_t feature = 0; ///< Feature: its index in the layer's store (what a selection holds)
    /// The store `feature` indexes: a caller selects the feature only while the layer still shows this store.
    std::shared_ptr<const FeatureStore> features;
    /// Where it is, in the map CRS: the feature's bounding box, the point (an extent of zero size), the area of
    /// use. Never empty.
    Extent extent;
    int epsg = 0;         ///< Coordinate: the CRS the pair was read in (2100 or 4326); Crs: the code typed
    double x = 0, y = 0;  ///< Coordinate: as read (easting/northing, or longitude/latitude in degrees)
    int rank = 0;         ///< Feature: how the query matched (detail::matchRank); lower first
};

/// Finds places in a map: features by their names (the layer's label field and fields called name, name_el,
/// name_en, label or onoma, any case; text fields only), accent- and case-insensitively, Greek also against
/// names spelt in Latin (detail/search_text.hpp); coordinates in the Greek Grid (EGSA87, EPSG:2100) or WGS84;
/// EPSG codes. Built once per map snapshot (the stores are shared, not copied), immutable afterwards: search
/// from any thread, concurrently.
class LocatorIndex
{
public:
    LocatorIndex() = default;
    /// Indexes the named features of `layers` (bottom to top, as a map draws them) in map CRS `crs`.
    /// Folds each distinct value of a name column once (a name repeated over many features costs one key).
    /// Any thread.
    static LocatorIndex build(const std::vector<LocatorLayer>& layers, const Crs& crs);

    /// What `query` (UTF-8) names, best first, at most `limit` features: first a coordinate pair or EPSG code it
    /// reads as, then features whose name holds the query, ranked by detail::matchRank (the whole name, the
    /// start of the name, the start of a word, inside a word), then the layer drawn higher, then the shorter
    /// name. A feature whose several names match is listed once. Nothing for a blank query or one that matches
    /// nothing; never throws for any input. Coordinates and codes are transformed into the map CRS by PROJ
    /// on the calling thread.
    std::vector<LocatorResult> search(const std::string& query, std::size_t limit = 20) const;

    /// Distinct names indexed, and (feature, name) pairs.
    std::size_t keyCount() const { return m_folded.starts.size() - 1; }
    std::size_t entryCount() const { return m_entries.size(); }
    const Crs& crs() const { return m_crs; }

    /// The extent to show for `result`: its extent grown about its centre to at least `minimumMetres` across
    /// (a point or a small building shown at street scale), in map CRS units.
    Extent viewExtent(const LocatorResult& result, double minimumMetres = 500) const;

private:
    /// One form (detail::SearchKeys) of every name, one after another, each followed by '\n' (which no key
    /// holds): a search is one pass over one buffer.
    struct KeyText
    {
        std::string text;
        std::vector<std::uint32_t> starts{0}; ///< key k is text[starts[k] .. starts[k + 1] - 1)
        void add(const std::string& key);
        /// (key, detail::matchRank) of every key holding `query`, appended to `out` (a key may come twice).
        void find(const std::string& query, std::vector<std::pair<std::uint32_t, int>>& out) const;
    };
    struct Entry
    {
        std::uint32_t feature;
        std::uint16_t layer;
        std::uint16_t field;
    };
    struct Layer
    {
        LayerId id;
        std::string name;
        std::shared_ptr<const FeatureStore> features;
    };
    void searchFeatures(const std::string& query, std::size_t limit, std::vector<LocatorResult>& results) const;

    Crs m_crs;
    std::vector<Layer> m_layers;
    KeyText m_folded, m_latin; ///< SearchKeys::folded and ::latin (or folded again) of the same keys
    std::vector<std::uint32_t> m_keyEntries{0}; ///< m_entries[m_keyEntries[k] .. m_keyEntries[k + 1]) are key k's
    std::vector<Entry> m_entries;
};

} // namespace polis

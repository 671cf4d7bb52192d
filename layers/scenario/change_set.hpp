#pragma once
#include "../core/geometry.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace polis {

/// Attribute values by field name (fields the layer lacks are ignored when a scenario is applied).
using Attributes = std::map<std::string, AttributeValue>;

/// What a scenario does to one feature of one layer.
struct FeatureChange
{
    enum class Op : std::uint8_t {
        Add,    ///< a new feature: geometry and attributes set; its fid is negative (see ChangeSet)
        Modify, ///< a baseline feature reshaped and/or re-attributed: unset parts keep the baseline's
        Remove  ///< a baseline feature removed
    };
    Op op = Op::Add;
    std::optional<Geometry> geometry;
    Attributes attributes; ///< Add: all values; Modify: the changed ones (empty = none)

    bool operator==(const FeatureChange& o) const
    {
        return op == o.op && geometry == o.geometry && attributes == o.attributes;
    }
};

/// "add", "modify", "remove" (as stored in polis_changes.op); parseOp returns nullopt for anything else.
const char* opName(FeatureChange::Op op);
std::optional<FeatureChange::Op> parseOp(const std::string& name);

/// The changes of one scenario on top of the baseline: per layer (by the layer's name in the project), per
/// fid, at most one FeatureChange. Baseline fids are those of the layer's data source (positive for
/// GeoPackage and shapefiles); features the scenario adds get negative fids (-1, -2, ...) so they can never
/// clash with the baseline's. Not a copy of the data: untouched features and layers are not stored.
/// A plain value: copy it to duplicate a scenario. Not thread-safe for writing.
class ChangeSet
{
public:
    using LayerChanges = std::map<std::int64_t, FeatureChange>;

    /// The change of `fid` in `layer`, or nullptr.
    const FeatureChange* find(const std::string& layer, std::int64_t fid) const;
    /// Sets (or with nullopt clears) the change of `fid` in `layer`; a layer left without changes is dropped.
    void set(const std::string& layer, std::int64_t fid, std::optional<FeatureChange> change);
    /// The fid the next feature added to `layer` gets: one below the lowest used, starting at -1.
    std::int64_t nextAddedFid(const std::string& layer) const;

    /// Layers with at least one change, by name.
    const std::map<std::string, LayerChanges>& layers() const { return m_layers; }
    /// The changes of `layer`, or nullptr when it has none.
    const LayerChanges* layer(const std::string& name) const;
    bool empty() const { return m_layers.empty(); }
    /// Number of feature changes over all layers.
    std::size_t size() const;

    bool operator==(const ChangeSet& o) const { return m_layers == o.m_layers; }

private:
    std::map<std::string, LayerChanges> m_layers;
};

} // namespace polis

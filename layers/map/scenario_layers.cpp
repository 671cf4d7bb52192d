#include "scenario_layers.hpp"

#include "../core/error.hpp"

#include <cmath>
#include <memory>

namespace polis {
namespace {

/// `value` as a value of a field of type `type` (numbers of the other kind converted, text parsed).
AttributeValue coerce(const AttributeValue& value, FieldType type)
{
    if (std::holds_alternative<std::monostate>(value))
        return value;
    if (type == FieldType::Integer || type == FieldType::Real) {
        double d = 0;
        if (const auto* i = std::get_if<std::int64_t>(&value))
            d = double(*i);
        else if (const auto* r = std::get_if<double>(&value))
            d = *r;
        else
            try {
                d = std::stod(std::get<std::string>(value));
            } catch (const std::exception&) {
                return std::monostate{};
            }
        if (type == FieldType::Real)
            return d;
        return std::isfinite(d) ? AttributeValue(std::int64_t(std::llround(d))) : AttributeValue(std::monostate{});
    }
    if (const auto* s = std::get_if<std::string>(&value))
        return *s;
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return std::to_string(*i);
    return std::to_string(std::get<double>(value));
}

void setAttributes(FeatureStore& store, const Attributes& values)
{
    const std::vector<Field>& fields = store.fields();
    for (const auto& [name, value] : values) {
        const int field = store.fieldIndex(name);
        if (field >= 0)
            store.setAttribute(std::size_t(field), coerce(value, fields[std::size_t(field)].type));
    }
}

std::shared_ptr<const FeatureStore> applyToStore(const FeatureStore& base, const ChangeSet::LayerChanges& changes)
{
    auto store = std::make_shared<FeatureStore>(base.fields(), base.hasZ(), base.hasM());
    for (std::size_t i = 0; i < base.size(); ++i) {
        const auto it = changes.find(base.fid(i));
        const FeatureChange* change = it == changes.end() ? nullptr : &it->second;
        if (change && change->op == FeatureChange::Op::Remove)
            continue;
        if (change && change->geometry)
            change->geometry->beginIn(*store, base.fid(i));
        else
            copyFeatureGeometry(base, i, *store);
        for (std::size_t f = 0; f < base.fields().size(); ++f)
            store->setAttribute(f, base.attribute(i, f));
        if (change)
            setAttributes(*store, change->attributes);
        store->endFeature();
    }
    for (const auto& [fid, change] : changes) {
        if (change.op != FeatureChange::Op::Add || !change.geometry)
            continue;
        change.geometry->beginIn(*store, fid);
        setAttributes(*store, change.attributes);
        store->endFeature();
    }
    store->finish();
    return store;
}

} // namespace

void copyFeatureGeometry(const FeatureStore& base, std::size_t feature, FeatureStore& store)
{
    store.beginFeature(base.fid(feature), base.kind(feature));
    for (std::uint32_t p = base.firstPart(feature); p < base.endPart(feature); ++p) {
        store.beginPart();
        for (std::uint32_t r = base.firstRing(p); r < base.endRing(p); ++r) {
            store.beginRing();
            const RingView ring = base.ring(r);
            const std::uint32_t first = base.ringOffset(r);
            for (std::uint32_t k = 0; k < ring.count; ++k)
                store.addPoint(ring.xy[2 * k], ring.xy[2 * k + 1], base.z(first + k), base.m(first + k));
        }
    }
}

std::vector<MapLayer> applyChanges(const std::vector<MapLayer>& baseline, const ChangeSet& changes)
{
    std::vector<MapLayer> layers = baseline;
    for (MapLayer& layer : layers) {
        const ChangeSet::LayerChanges* layerChanges = changes.layer(layer.name);
        if (!layerChanges || !layer.features)
            continue;
        layer.features = applyToStore(*layer.features, *layerChanges);
        layer.selection.reset();
    }
    return layers;
}

std::vector<MapLayer> scenarioLayers(const MapContent& map, const std::string& name)
{
    const ChangeSet& changes = scenarioChanges(map.scenarios, name);
    return changes.empty() ? map.layers : applyChanges(map.layers, changes);
}

std::size_t findLayer(const std::vector<MapLayer>& layers, const std::string& name)
{
    for (std::size_t i = 0; i < layers.size(); ++i) {
        if (layers[i].name == name)
            return i;
    }
    std::size_t found = layers.size();
    for (std::size_t i = 0; i < layers.size(); ++i) {
        if (layers[i].sourceLayer == name) {
            if (found != layers.size())
                throw Error(QT_TRANSLATE_NOOP("polis::Error", "layer \"%1\" is ambiguous: several layers read a source layer of that name"), {name});
            found = i;
        }
    }
    if (found == layers.size())
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "the project has no layer \"%1\""), {name});
    return found;
}

} // namespace polis

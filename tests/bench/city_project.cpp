#include "city_project.hpp"

#include "layers/map/map_content.hpp"
#include "layers/map/project.hpp"
#include "layers/scenario/scenario.hpp"

#include <algorithm>
#include <random>
#include <set>
#include <stdexcept>
#include <variant>

namespace polis::bench {
namespace {

/// `count` distinct feature indices of a store of `size`, ascending.
std::vector<std::size_t> pick(std::mt19937_64& rng, std::size_t size, std::size_t count)
{
    std::set<std::size_t> chosen;
    count = std::min(count, size);
    while (chosen.size() < count)
        chosen.insert(std::size_t(rng() % size));
    return {chosen.begin(), chosen.end()};
}

std::int64_t integer(const AttributeValue& v)
{
    return std::holds_alternative<std::int64_t>(v) ? std::get<std::int64_t>(v) : 0;
}

double real(const AttributeValue& v)
{
    if (std::holds_alternative<double>(v))
        return std::get<double>(v);
    return std::holds_alternative<std::int64_t>(v) ? double(std::get<std::int64_t>(v)) : 0.0;
}

FeatureChange modify(Attributes attributes, std::optional<Geometry> geometry = std::nullopt)
{
    FeatureChange c;
    c.op = FeatureChange::Op::Modify;
    c.attributes = std::move(attributes);
    c.geometry = std::move(geometry);
    return c;
}

} // namespace

CityProjectStats writeCityProject(const std::string& cityPath, const std::string& projectPath, std::uint64_t seed)
{
    MapContent map = loadSources({cityPath});
    if (!map.errors.empty())
        throw std::runtime_error(map.errors.front().message);
    auto buildings = std::find_if(map.layers.begin(), map.layers.end(), [](const MapLayer& l) {
        return l.features && (l.sourceLayer == "buildings" || l.name == "buildings");
    });
    if (buildings == map.layers.end() || buildings->features->size() == 0)
        throw std::runtime_error(cityPath + ": no buildings layer (make it with polis-bench gen-city)");
    const FeatureStore& store = *buildings->features;
    const std::string layer = buildings->name;
    const int floors = store.fieldIndex("floors");
    const int height = store.fieldIndex("height");
    const std::size_t k = std::max<std::size_t>(10, store.size() / 1000);
    std::mt19937_64 rng(seed);

    Project project = toProject(map, projectPath, map.extent);
    project.title = "Synthetic city, " + std::to_string(store.size()) + " buildings";

    Scenario densify{1, "densify", "More floors on some buildings, new buildings beside others", {}};
    for (std::size_t i : pick(rng, store.size(), k)) {
        Attributes a;
        if (floors >= 0)
            a["floors"] = integer(store.attribute(i, std::size_t(floors))) + 4;
        if (height >= 0)
            a["height"] = real(store.attribute(i, std::size_t(height))) + 12.0;
        densify.changes.set(layer, store.fid(i), modify(std::move(a)));
    }
    for (std::size_t i : pick(rng, store.size(), k / 2)) {
        const Geometry g = Geometry::fromStore(store, i);
        if (g.parts.empty() || g.parts.front().empty() || g.parts.front().front().size() < 2)
            continue;
        const double x = g.parts.front().front()[0] + 20, y = g.parts.front().front()[1] + 20;
        FeatureChange add;
        add.op = FeatureChange::Op::Add;
        add.geometry = Geometry::rectangle(x, y, x + 12, y + 10);
        add.attributes = {{"use", std::string("residential")}, {"floors", std::int64_t(5)}, {"height", 15.0},
                          {"name", std::string("New building")}};
        densify.changes.set(layer, densify.changes.nextAddedFid(layer), std::move(add));
    }

    Scenario demolish{2, "demolish", "Buildings removed, some of them turned into parks", {}};
    for (std::size_t i : pick(rng, store.size(), k)) {
        FeatureChange remove;
        remove.op = FeatureChange::Op::Remove;
        demolish.changes.set(layer, store.fid(i), std::move(remove));
    }
    for (std::size_t i : pick(rng, store.size(), k / 2)) {
        if (!demolish.changes.find(layer, store.fid(i)))
            demolish.changes.set(layer, store.fid(i), modify({{"use", std::string("park")}}));
    }

    Scenario reshape{3, "reshape", "Buildings moved 3 m east", {}};
    for (std::size_t i : pick(rng, store.size(), k)) {
        Geometry g = Geometry::fromStore(store, i);
        for (auto& part : g.parts)
            for (auto& ring : part)
                for (std::size_t c = 0; c + 1 < ring.size(); c += 2)
                    ring[c] += 3.0;
        reshape.changes.set(layer, store.fid(i), modify({}, std::move(g)));
    }

    project.scenarios = {std::move(densify), std::move(demolish), std::move(reshape)};
    Indicator count;
    count.name = "Buildings";
    count.kind = Indicator::Kind::Count;
    count.layer = layer;
    Indicator sum = count;
    sum.name = "Floors";
    sum.kind = Indicator::Kind::Sum;
    sum.field = "floors";
    Indicator area = count;
    area.name = "Built area";
    area.kind = Indicator::Kind::AreaKm2;
    project.indicators = {count, sum, area};
    project.save(projectPath);

    CityProjectStats stats;
    stats.scenarios = int(project.scenarios.size());
    for (const Scenario& s : project.scenarios)
        stats.changes += std::int64_t(s.changes.size());
    return stats;
}

} // namespace polis::bench

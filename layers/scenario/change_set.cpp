#include "change_set.hpp"

#include <algorithm>

namespace polis {

const char* opName(FeatureChange::Op op)
{
    switch (op) {
    case FeatureChange::Op::Add:
        return "add";
    case FeatureChange::Op::Modify:
        return "modify";
    case FeatureChange::Op::Remove:
        return "remove";
    }
    return "add";
}

std::optional<FeatureChange::Op> parseOp(const std::string& name)
{
    for (auto op : {FeatureChange::Op::Add, FeatureChange::Op::Modify, FeatureChange::Op::Remove}) {
        if (name == opName(op))
            return op;
    }
    return std::nullopt;
}

const FeatureChange* ChangeSet::find(const std::string& layer, std::int64_t fid) const
{
    const LayerChanges* changes = this->layer(layer);
    if (!changes)
        return nullptr;
    const auto it = changes->find(fid);
    return it == changes->end() ? nullptr : &it->second;
}

void ChangeSet::set(const std::string& layer, std::int64_t fid, std::optional<FeatureChange> change)
{
    if (change) {
        m_layers[layer][fid] = std::move(*change);
        return;
    }
    const auto it = m_layers.find(layer);
    if (it == m_layers.end())
        return;
    it->second.erase(fid);
    if (it->second.empty())
        m_layers.erase(it);
}

std::int64_t ChangeSet::nextAddedFid(const std::string& layer) const
{
    const LayerChanges* changes = this->layer(layer);
    if (!changes || changes->empty())
        return -1;
    return std::min<std::int64_t>(changes->begin()->first, 0) - 1; // the map is ordered: first = lowest
}

const ChangeSet::LayerChanges* ChangeSet::layer(const std::string& name) const
{
    const auto it = m_layers.find(name);
    return it == m_layers.end() ? nullptr : &it->second;
}

std::size_t ChangeSet::size() const
{
    std::size_t n = 0;
    for (const auto& [name, changes] : m_layers)
        n += changes.size();
    return n;
}

} // namespace polis

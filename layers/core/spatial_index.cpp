#include "spatial_index.hpp"

#include <algorithm>
#include <cmath>

namespace polis {
namespace {

/// Orders nodes[begin,end) in Sort-Tile-Recursive order: vertical slices by x, each slice by y.
template <class NodeT> void strSort(std::vector<NodeT>& nodes, std::size_t begin, std::size_t end, unsigned nodeSize)
{
    const std::size_t n = end - begin;
    auto cx = [](const NodeT& a) { return a.box.xmin + a.box.xmax; };
    auto cy = [](const NodeT& a) { return a.box.ymin + a.box.ymax; };
    std::sort(nodes.begin() + begin, nodes.begin() + end, [&](const NodeT& a, const NodeT& b) { return cx(a) < cx(b); });
    const std::size_t leaves = (n + nodeSize - 1) / nodeSize;
    const std::size_t slices = std::max<std::size_t>(1, std::size_t(std::ceil(std::sqrt(double(leaves)))));
    const std::size_t perSlice = slices * nodeSize;
    for (std::size_t s = begin; s < end; s += perSlice) {
        const std::size_t e = std::min(end, s + perSlice);
        std::sort(nodes.begin() + s, nodes.begin() + e, [&](const NodeT& a, const NodeT& b) { return cy(a) < cy(b); });
    }
}

} // namespace

SpatialIndex::SpatialIndex(const std::vector<Extent>& boxes, unsigned nodeSize)
{
    nodeSize = std::clamp(nodeSize, 2u, kMaxNodeSize);
    for (std::uint32_t i = 0; i < boxes.size(); ++i) {
        if (!boxes[i].isEmpty())
            m_nodes.push_back({boxes[i], i, 0});
    }
    m_itemCount = m_nodes.size();
    m_nodeOf.assign(boxes.size(), kNoNode);
    if (m_nodes.empty())
        return;
    std::size_t levelBegin = 0;
    std::size_t levelEnd = m_nodes.size();
    // Build levels until one root remains; a single item still gets a parent so the root has count > 0.
    do {
        strSort(m_nodes, levelBegin, levelEnd, nodeSize);
        for (std::size_t i = levelBegin; i < levelEnd; i += nodeSize) {
            Node parent;
            parent.first = static_cast<std::uint32_t>(i);
            parent.count = static_cast<std::uint32_t>(std::min<std::size_t>(nodeSize, levelEnd - i));
            for (std::size_t c = i; c < i + parent.count; ++c)
                parent.box.expand(m_nodes[c].box);
            m_nodes.push_back(parent);
        }
        if (levelBegin == 0) { // the leaf entries are in their final order now
            for (std::size_t i = 0; i < m_itemCount; ++i)
                m_nodeOf[m_nodes[i].first] = std::uint32_t(i);
        }
        levelBegin = levelEnd;
        levelEnd = m_nodes.size();
    } while (levelEnd - levelBegin > 1);
}

std::vector<std::uint32_t> SpatialIndex::query(const Extent& area) const
{
    std::vector<std::uint32_t> out;
    query(area, [&](std::uint32_t id) { out.push_back(id); });
    return out;
}

} // namespace polis

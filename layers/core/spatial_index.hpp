#pragma once
#include "extent.hpp"

#include <cstdint>
#include <vector>

namespace polis {

/// A static, bulk-loaded R-tree packed with Sort-Tile-Recursive (an STRtree) over item bounding boxes.
/// Built once, immutable after construction, safe to query from many threads at once.
/// Written here rather than using GEOS's STRtree because that one needs a GEOS geometry per item
/// (an allocation each, for a million buildings) and builds lazily on its first query, which is not
/// safe from concurrent render threads.
class SpatialIndex
{
public:
    SpatialIndex() = default;
    /// Indexes items 0..boxes.size()-1 by their boxes (nodeSize clamped to 2..32). Empty boxes are never returned.
    explicit SpatialIndex(const std::vector<Extent>& boxes, unsigned nodeSize = 16);

    /// Calls visit(id) for every item whose box intersects `area` (boundary contact counts).
    /// Order is unspecified; each item is visited once.
    template <class Visit> void query(const Extent& area, Visit&& visit) const
    {
        if (m_nodes.empty() || area.isEmpty())
            return;
        std::uint32_t stack[kMaxStack]; // depth <= 8 levels x <= 32 children
        int top = 0;
        stack[top++] = static_cast<std::uint32_t>(m_nodes.size() - 1); // root
        while (top > 0) {
            const Node& node = m_nodes[stack[--top]];
            if (!node.box.intersects(area))
                continue;
            if (node.count == 0) {
                visit(node.first);
                continue;
            }
            for (std::uint32_t c = node.first; c < node.first + node.count; ++c) {
                const Node& child = m_nodes[c];
                if (!child.box.intersects(area))
                    continue;
                if (child.count == 0)
                    visit(child.first);
                else
                    stack[top++] = c;
            }
        }
    }
    std::vector<std::uint32_t> query(const Extent& area) const;
    std::size_t itemCount() const { return m_itemCount; }
    /// Item `item`'s box as given to the constructor (an empty Extent for empty ones): the index holds the
    /// boxes, so that their owner need not keep a second copy.
    const Extent& box(std::uint32_t item) const
    {
        static const Extent empty;
        const std::uint32_t node = m_nodeOf[item];
        return node == kNoNode ? empty : m_nodes[node].box;
    }

private:
    static constexpr unsigned kMaxNodeSize = 32;
    static constexpr int kMaxStack = 8 * kMaxNodeSize + 1;
    struct Node
    {
        Extent box;
        std::uint32_t first = 0; ///< item id (leaf entry) or index of the first child node
        std::uint32_t count = 0; ///< number of children; 0 for a leaf entry
    };
    static constexpr std::uint32_t kNoNode = 0xffffffffu;
    std::vector<Node> m_nodes; ///< levels bottom-up, the root last
    std::vector<std::uint32_t> m_nodeOf; ///< per item: its leaf entry in m_nodes, or kNoNode (empty box)
    std::size_t m_itemCount = 0;
};

} // namespace polis

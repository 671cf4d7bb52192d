#pragma once
#include "crs.hpp"
#include "extent.hpp"

#include <cstddef>
#include <memory>

namespace polis {

namespace detail {
struct TransformData;
}

/// A coordinate operation between two CRSs, built with PROJ, in GIS axis order on both sides
/// (proj_normalize_for_visualization). Not thread-safe: use a Transform on the thread that created it
/// (it holds a PJ bound to that thread's PROJ context). Moving is cheap.
class Transform
{
public:
    /// Throws CrsError naming both CRSs when PROJ cannot build the operation.
    Transform(const Crs& source, const Crs& target);
    ~Transform();
    Transform(Transform&&) noexcept;
    Transform& operator=(Transform&&) noexcept;

    bool isIdentity() const { return m_identity; }
    /// Transforms `count` points in place; x at xy[i*stride], y at xy[i*stride+1] (stride in doubles).
    /// Points PROJ cannot transform become NaN. Returns the number of such points.
    std::size_t apply(double* xy, std::size_t count, std::size_t stride = 2) const;
    /// The extent covering `extent` after transformation (edges densified, 21 points per side).
    Extent apply(const Extent& extent) const;

private:
    std::unique_ptr<detail::TransformData> m_d;
    bool m_identity = false;
};

} // namespace polis

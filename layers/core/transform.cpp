#include "transform.hpp"

#include "detail/crs_data.hpp"
#include "detail/proj_handles.hpp"
#include "error.hpp"

#include <cmath>
#include <vector>

namespace polis {

namespace detail {

namespace {
struct ContextDeleter
{
    void operator()(PJ_CONTEXT* ctx) const { proj_context_destroy(ctx); }
};
} // namespace

PJ_CONTEXT* projContext()
{
    thread_local std::unique_ptr<PJ_CONTEXT, ContextDeleter> context{proj_context_create()};
    return context.get();
}

struct TransformData
{
    PjPtr pj;
};

} // namespace detail

Transform::Transform(const Crs& source, const Crs& target) : m_d(std::make_unique<detail::TransformData>())
{
    if (!source.isValid() || !target.isValid())
        throw CrsError(QT_TRANSLATE_NOOP(
            "polis::Error", "Cannot transform coordinates: the source or target coordinate reference system is unknown"));
    if (source.isSame(target)) {
        m_identity = true;
        return;
    }
    PJ_CONTEXT* ctx = detail::projContext();
    detail::PjPtr src{proj_create(ctx, source.wkt().c_str())};
    detail::PjPtr dst{proj_create(ctx, target.wkt().c_str())};
    detail::PjPtr op;
    if (src && dst)
        op.reset(proj_create_crs_to_crs_from_pj(ctx, src.get(), dst.get(), nullptr, nullptr));
    if (op)
        m_d->pj.reset(proj_normalize_for_visualization(ctx, op.get()));
    if (!m_d->pj) {
        const char* reason = proj_context_errno_string(ctx, proj_context_errno(ctx));
        throw CrsError(QT_TRANSLATE_NOOP("polis::Error", "Cannot transform from %1 to %2: %3"),
                       {source.displayId(), target.displayId(), reason ? reason : "unknown PROJ error"});
    }
}

Transform::~Transform() = default;
Transform::Transform(Transform&&) noexcept = default;
Transform& Transform::operator=(Transform&&) noexcept = default;

std::size_t Transform::apply(double* xy, std::size_t count, std::size_t stride) const
{
    if (m_identity || count == 0)
        return 0;
    const std::size_t bytes = stride * sizeof(double);
    proj_errno_reset(m_d->pj.get());
    proj_trans_generic(m_d->pj.get(), PJ_FWD, xy, bytes, count, xy + 1, bytes, count, nullptr, 0, 0, nullptr, 0, 0);
    std::size_t failed = 0;
    for (std::size_t i = 0; i < count; ++i) {
        double& x = xy[i * stride];
        double& y = xy[i * stride + 1];
        if (!std::isfinite(x) || !std::isfinite(y) || x == HUGE_VAL || y == HUGE_VAL) {
            x = y = std::nan("");
            ++failed;
        }
    }
    return failed;
}

Extent Transform::apply(const Extent& extent) const
{
    if (m_identity || extent.isEmpty())
        return extent;
    constexpr int n = 21;
    std::vector<double> pts;
    pts.reserve(4 * n * 2);
    for (int i = 0; i < n; ++i) {
        const double t = double(i) / (n - 1);
        const double x = extent.xmin + t * extent.width();
        const double y = extent.ymin + t * extent.height();
        pts.insert(pts.end(), {x, extent.ymin, x, extent.ymax, extent.xmin, y, extent.xmax, y});
    }
    apply(pts.data(), pts.size() / 2);
    Extent out;
    for (std::size_t i = 0; i + 1 < pts.size(); i += 2) {
        if (std::isfinite(pts[i]) && std::isfinite(pts[i + 1]))
            out.expand(pts[i], pts[i + 1]);
    }
    return out;
}

} // namespace polis

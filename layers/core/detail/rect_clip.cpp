#include "rect_clip.hpp"

#include <cmath>

namespace polis::detail {
namespace {

/// One Sutherland–Hodgman pass: the closed ring `in` against the half plane coordinate `axis` (0 = x,
/// 1 = y) >= limit (`keepAbove`) or <= limit.
void clipEdge(const std::vector<double>& in, int axis, double limit, bool keepAbove, std::vector<double>& out)
{
    out.clear();
    const std::size_t n = in.size() / 2;
    auto inside = [&](std::size_t i) { return keepAbove ? in[2 * i + axis] >= limit : in[2 * i + axis] <= limit; };
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t j = (i + 1) % n; // the edge i -> j
        const bool a = inside(i), b = inside(j);
        if (a)
            out.insert(out.end(), {in[2 * i], in[2 * i + 1]});
        if (a != b) {
            const double t = (limit - in[2 * i + axis]) / (in[2 * j + axis] - in[2 * i + axis]);
            double p[2];
            p[axis] = limit;
            p[1 - axis] = in[2 * i + 1 - axis] + t * (in[2 * j + 1 - axis] - in[2 * i + 1 - axis]);
            out.insert(out.end(), {p[0], p[1]});
        }
    }
}

} // namespace

void clipRing(const double* xy, std::size_t count, const Extent& box, std::vector<double>& out)
{
    std::vector<double> a, b;
    a.reserve(2 * count + 16);
    for (std::size_t i = 0; i < count; ++i) {
        if (std::isfinite(xy[2 * i]) && std::isfinite(xy[2 * i + 1]))
            a.insert(a.end(), {xy[2 * i], xy[2 * i + 1]});
    }
    if (a.size() >= 4 && a[0] == a[a.size() - 2] && a[1] == a[a.size() - 1])
        a.resize(a.size() - 2); // open: the passes close it
    clipEdge(a, 0, box.xmin, true, b);
    clipEdge(b, 0, box.xmax, false, a);
    clipEdge(a, 1, box.ymin, true, b);
    clipEdge(b, 1, box.ymax, false, out);
    if (out.size() < 6) {
        out.clear();
        return;
    }
    out.insert(out.end(), {out[0], out[1]});
}

} // namespace polis::detail

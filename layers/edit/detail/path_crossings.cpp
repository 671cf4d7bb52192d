#include "path_crossings.hpp"

#include <algorithm>
#include <cmath>

namespace polis::detail {
namespace {

/// The single point where segments p0-p1 and q0-q1 meet (touching counts): s along p, t along q (0..1).
/// False when they miss or are parallel (collinear overlaps have no single point).
bool segmentCrossing(const double* p0, const double* p1, const double* q0, const double* q1,
                     PathCrossing& out, double& s, double& t)
{
    const double rx = p1[0] - p0[0], ry = p1[1] - p0[1];
    const double sx = q1[0] - q0[0], sy = q1[1] - q0[1];
    const double denom = rx * sy - ry * sx;
    const double scale = std::max({std::abs(rx), std::abs(ry), std::abs(sx), std::abs(sy)});
    if (std::abs(denom) <= 1e-12 * scale * scale)
        return false;
    const double qpx = q0[0] - p0[0], qpy = q0[1] - p0[1];
    s = (qpx * sy - qpy * sx) / denom;
    t = (qpx * ry - qpy * rx) / denom;
    constexpr double eps = 1e-12;
    if (s < -eps || s > 1 + eps || t < -eps || t > 1 + eps)
        return false;
    s = std::clamp(s, 0.0, 1.0);
    t = std::clamp(t, 0.0, 1.0);
    // At an end point, take that point exactly: touching a vertex gives the vertex itself.
    const double* end = t == 0 ? q0 : t == 1 ? q1 : s == 0 ? p0 : s == 1 ? p1 : nullptr;
    out.x = end ? end[0] : p0[0] + s * rx;
    out.y = end ? end[1] : p0[1] + s * ry;
    return true;
}

} // namespace

std::vector<PathCrossing> pathCrossings(const std::vector<double>& path, bool closedRing,
                                        const std::vector<double>& cutter)
{
    std::vector<PathCrossing> out;
    const std::size_t n = path.size() / 2;
    const std::size_t m = cutter.size() / 2;
    for (std::size_t j = 0; j + 1 < m; ++j) {
        const double* c0 = &cutter[2 * j];
        const double* c1 = &cutter[2 * j + 2];
        const double cxmin = std::min(c0[0], c1[0]), cxmax = std::max(c0[0], c1[0]);
        const double cymin = std::min(c0[1], c1[1]), cymax = std::max(c0[1], c1[1]);
        for (std::size_t i = 0; i + 1 < n; ++i) {
            const double* p0 = &path[2 * i];
            const double* p1 = &path[2 * i + 2];
            if (std::max(p0[0], p1[0]) < cxmin || std::min(p0[0], p1[0]) > cxmax ||
                std::max(p0[1], p1[1]) < cymin || std::min(p0[1], p1[1]) > cymax)
                continue;
            PathCrossing c;
            double s = 0, t = 0;
            if (!segmentCrossing(c0, c1, p0, p1, c, s, t))
                continue;
            c.cutterPos = double(j) + s;
            c.pathPos = double(i) + t;
            if (closedRing && c.pathPos >= double(n - 1))
                c.pathPos = 0;
            out.push_back(c);
        }
    }
    std::sort(out.begin(), out.end(), [](const PathCrossing& a, const PathCrossing& b) {
        return a.cutterPos != b.cutterPos ? a.cutterPos < b.cutterPos : a.pathPos < b.pathPos;
    });
    // A crossing at a vertex of either polyline is found on both segments that share it: keep one.
    out.erase(
        std::unique(out.begin(), out.end(),
                    [](const PathCrossing& a, const PathCrossing& b) { return a.x == b.x && a.y == b.y; }),
        out.end());
    return out;
}

void appendPoint(std::vector<double>& xy, double x, double y)
{
    const std::size_t n = xy.size();
    if (n >= 2 && xy[n - 2] == x && xy[n - 1] == y)
        return;
    xy.push_back(x);
    xy.push_back(y);
}

} // namespace polis::detail

// The city plan and building shapes (see city_plan.hpp and the layout notes in city_generator.cpp).
#include "city_plan.hpp"

#include <algorithm>
#include <limits>
#include <tuple>

namespace polis::bench::detail {
namespace {

/// Fills plan.blocks for the grid size in `plan`; returns the largest block count.
std::int32_t allocateBuildings(Plan& plan, std::int64_t buildings, std::uint64_t seed)
{
    const std::size_t n = static_cast<std::size_t>(plan.nx) * static_cast<std::size_t>(plan.ny);
    plan.blocks.assign(n, Block{});
    std::vector<double> weight(n, 0.0);
    const double halfW = plan.nx * kPitchX / 2;
    const double halfH = plan.ny * kPitchY / 2;
    double total = 0;
    for (int j = 0; j < plan.ny; ++j) {
        for (int i = 0; i < plan.nx; ++i) {
            const std::size_t b = static_cast<std::size_t>(j) * plan.nx + i;
            Rng rng = Rng::forItem(seed, b, 1);
            const double dx = (plan.blockMinX(i) + kBlockW / 2 - kCentreX) / halfW;
            const double dy = (plan.blockMinY(j) + kBlockH / 2 - kCentreY) / halfH;
            const double d = std::sqrt(dx * dx + dy * dy);
            Block& block = plan.blocks[b];
            block.dist = static_cast<float>(d);
            if (n > 4 && rng.chance(kParkShare)) {
                block.landuse = Landuse::Park;
                continue;
            }
            const double pCommercial = 0.45 * std::exp(-(d / 0.3) * (d / 0.3));
            const double pIndustrial = 0.25 * std::clamp((d - 0.45) / 0.5, 0.0, 1.0);
            const double pMixed = 0.15;
            const double u = rng.uniform();
            if (u < pCommercial)
                block.landuse = Landuse::Commercial;
            else if (u < pCommercial + pIndustrial)
                block.landuse = Landuse::Industrial;
            else if (u < pCommercial + pIndustrial + pMixed)
                block.landuse = Landuse::Mixed;
            else
                block.landuse = Landuse::Residential;
            double w = (0.12 + std::exp(-(d / 0.5) * (d / 0.5))) * rng.range(0.75, 1.25);
            if (block.landuse == Landuse::Industrial)
                w *= 0.4; // fewer, larger sheds
            weight[b] = w;
            total += w;
        }
    }
    if (total <= 0) { // only possible for tiny grids: spread evenly
        std::fill(weight.begin(), weight.end(), 1.0);
        total = static_cast<double>(n);
    }
    // Cumulative rounding: exact total, each block within one of its share.
    double cumulative = 0;
    std::int64_t assigned = 0;
    std::int32_t maxCount = 0;
    for (std::size_t b = 0; b < n; ++b) {
        cumulative += weight[b];
        const std::int64_t upTo =
            (b + 1 == n) ? buildings
                         : std::min<std::int64_t>(buildings, std::llround(static_cast<double>(buildings) *
                                                                          (cumulative / total)));
        const std::int64_t count = std::max<std::int64_t>(0, upTo - assigned);
        assigned += count;
        if (count > kMaxPerBlock)
            return std::numeric_limits<std::int32_t>::max(); // grid too small, caller grows it
        Block& block = plan.blocks[b];
        block.buildings = static_cast<std::int32_t>(count);
        if (count == 0 && block.landuse != Landuse::Park)
            block.landuse = Landuse::Vacant;
        maxCount = std::max(maxCount, block.buildings);
    }
    return maxCount;
}

} // namespace

Plan planCity(std::int64_t buildings, std::uint64_t seed)
{
    const double blocksNeeded = std::max(1.0, static_cast<double>(buildings) / kAvgPerBlock);
    double side = std::sqrt(blocksNeeded * kPitchX * kPitchY);
    for (;;) {
        Plan plan;
        plan.nx = std::max(1, static_cast<int>(std::ceil(side / kPitchX)));
        plan.ny = std::max(1, static_cast<int>(std::ceil(side / kPitchY)));
        plan.originX = kCentreX - (plan.nx * kPitchX - kStreet) / 2;
        plan.originY = kCentreY - (plan.ny * kPitchY - kStreet) / 2;
        if (allocateBuildings(plan, buildings, seed) <= kMaxPerBlock)
            return plan;
        side *= 1.05;
    }
}

namespace {

/// Maps local coordinates of a shape drawn in a (lw x lh) frame into the
/// bounding box (bx, by, bw, bh) rotated by rot * 90 degrees. Rotations keep
/// the ring orientation, so counter-clockwise stays counter-clockwise.
struct Frame {
    double bx, by, bw, bh;
    int rot;
    double lw() const { return (rot % 2) ? bh : bw; }
    double lh() const { return (rot % 2) ? bw : bh; }
    std::pair<double, double> map(double u, double v) const
    {
        switch (rot) {
        case 1: return {bx + bw - v, by + u};
        case 2: return {bx + bw - u, by + bh - v};
        case 3: return {bx + v, by + bh - u};
        default: return {bx + u, by + v};
        }
    }
};

void finishShape(Shape& s)
{
    for (int k = 0; k < s.n; ++k) {
        s.x[k] = roundCm(s.x[k]);
        s.y[k] = roundCm(s.y[k]);
    }
    s.x[s.n] = s.x[0];
    s.y[s.n] = s.y[0];
    s.anchorX = roundCm(s.anchorX);
    s.anchorY = roundCm(s.anchorY);
}

void setFromLocal(Shape& s, const Frame& f, const double* u, const double* v, int n, double au, double av)
{
    s.n = n;
    for (int k = 0; k < n; ++k)
        std::tie(s.x[k], s.y[k]) = f.map(u[k], v[k]);
    std::tie(s.anchorX, s.anchorY) = f.map(au, av);
}

/// A building inside the box (bx, by, bw, bh); 4..12 vertices, CCW, simple.
} // namespace

Shape makeBuilding(Rng& rng, double bx, double by, double bw, double bh, bool industrial)
{
    Shape s;
    const double minSide = std::min(bw, bh);
    enum { Rect, Rotated, LShape, UShape, Convex };
    std::array<int, 5> weights = {35, 15, 25, 10, 15};
    if (industrial)
        weights = {70, 10, 15, 5, 0};
    if (minSide < 10)
        weights[Rotated] = 0;
    if (minSide < 12)
        weights[UShape] = 0;
    const auto kind = weightedPick(rng, weights);
    const double cx = bx + bw / 2, cy = by + bh / 2;

    if (kind == LShape || kind == UShape) {
        const Frame f{bx, by, bw, bh, rng.intIn(0, 3)};
        const double lw = f.lw(), lh = f.lh();
        if (kind == LShape) { // top-right corner cut away
            const double cw = rng.range(0.3, 0.6) * lw, ch = rng.range(0.3, 0.6) * lh;
            const double u[6] = {0, lw, lw, lw - cw, lw - cw, 0};
            const double v[6] = {0, 0, lh - ch, lh - ch, lh, lh};
            setFromLocal(s, f, u, v, 6, 0.25 * lw, 0.25 * lh);
        } else { // courtyard notch in the middle of the top side
            const double nw = rng.range(0.3, 0.5) * lw, d = rng.range(0.3, 0.5) * lh;
            const double n0 = (lw - nw) / 2, n1 = n0 + nw;
            const double u[8] = {0, lw, lw, n1, n1, n0, n0, 0};
            const double v[8] = {0, 0, lh, lh, lh - d, lh - d, lh, lh};
            setFromLocal(s, f, u, v, 8, 0.5 * lw, 0.25 * lh);
        }
    } else if (kind == Rotated) {
        // Largest rectangle of the box's proportions that fits once rotated.
        const double theta = rng.range(-15.0, 15.0) * kPi / 180.0;
        const double c = std::cos(theta), sn = std::sin(theta);
        const double ac = std::abs(c), as = std::abs(sn);
        const double k = std::min(bw / (bw * ac + bh * as), bh / (bw * as + bh * ac));
        const double hw = k * bw / 2, hh = k * bh / 2;
        const double u[4] = {-hw, hw, hw, -hw};
        const double v[4] = {-hh, -hh, hh, hh};
        s.n = 4;
        for (int q = 0; q < 4; ++q) {
            s.x[q] = cx + u[q] * c - v[q] * sn;
            s.y[q] = cy + u[q] * sn + v[q] * c;
        }
        s.anchorX = cx;
        s.anchorY = cy;
    } else if (kind == Convex) {
        // Vertices on an ellipse at increasing angles: convex and CCW.
        const int n = rng.intIn(5, 12);
        const double phase = rng.uniform() * 2 * kPi;
        s.n = n;
        double minX = cx, maxX = cx, minY = cy, maxY = cy;
        for (int q = 0; q < n; ++q) {
            const double t = phase + 2 * kPi * (q + rng.range(-0.3, 0.3)) / n;
            s.x[q] = cx + bw / 2 * std::cos(t);
            s.y[q] = cy + bh / 2 * std::sin(t);
            minX = std::min(minX, s.x[q]);
            maxX = std::max(maxX, s.x[q]);
            minY = std::min(minY, s.y[q]);
            maxY = std::max(maxY, s.y[q]);
        }
        // Stretch the vertices onto the full box (a positive scale keeps the
        // polygon convex and counter-clockwise) so the size stays within 8..30 m.
        for (int q = 0; q < n; ++q) {
            s.x[q] = bx + (s.x[q] - minX) * (bw / (maxX - minX));
            s.y[q] = by + (s.y[q] - minY) * (bh / (maxY - minY));
        }
        s.anchorX = cx;
        s.anchorY = cy;
    } else {
        const double u[4] = {bx, bx + bw, bx + bw, bx};
        const double v[4] = {by, by, by + bh, by + bh};
        s.n = 4;
        std::copy(u, u + 4, s.x.begin());
        std::copy(v, v + 4, s.y.begin());
        s.anchorX = cx;
        s.anchorY = cy;
    }
    finishShape(s);
    return s;
}

} // namespace polis::bench::detail

#include "class_breaks.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace polis {
namespace {

constexpr std::size_t kJenksSample = 3000;

std::vector<double> equalInterval(const std::vector<double>& sorted, int k)
{
    const double lo = sorted.front(), hi = sorted.back();
    std::vector<double> b;
    for (int i = 0; i <= k; ++i)
        b.push_back(i == k ? hi : lo + (hi - lo) * i / k);
    return b;
}

std::vector<double> quantile(const std::vector<double>& sorted, int k)
{
    const std::size_t n = sorted.size();
    std::vector<double> b{sorted.front()};
    for (int i = 1; i < k; ++i) {
        const auto rank = std::size_t(std::ceil(double(i) * double(n) / k));
        b.push_back(sorted[std::max<std::size_t>(rank, 1) - 1]);
    }
    b.push_back(sorted.back());
    return b;
}

/// An evenly spaced sample of sorted values keeping the first and the last.
std::vector<double> sample(const std::vector<double>& sorted)
{
    if (sorted.size() <= kJenksSample)
        return sorted;
    std::vector<double> s;
    s.reserve(kJenksSample);
    for (std::size_t i = 0; i < kJenksSample; ++i)
        s.push_back(sorted[i * (sorted.size() - 1) / (kJenksSample - 1)]);
    return s;
}

/// Fisher-Jenks: cost[c][j] = least sum of squared deviations of x[0..j] in c + 1 classes; O(k * n^2).
std::vector<double> naturalBreaks(const std::vector<double>& sorted, int k)
{
    const std::vector<double> x = sample(sorted);
    const std::size_t n = x.size();
    std::vector<double> sum(n + 1, 0), sq(n + 1, 0); // prefix sums of x and x^2
    for (std::size_t i = 0; i < n; ++i) {
        sum[i + 1] = sum[i] + x[i];
        sq[i + 1] = sq[i] + x[i] * x[i];
    }
    const auto ssd = [&](std::size_t i, std::size_t j) { // x[i..j] inclusive
        const double s = sum[j + 1] - sum[i], m = double(j + 1 - i);
        return std::max(0.0, sq[j + 1] - sq[i] - s * s / m);
    };
    const std::size_t classes = std::min<std::size_t>(std::size_t(k), n);
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<std::vector<double>> cost(classes, std::vector<double>(n, inf));
    std::vector<std::vector<std::size_t>> start(classes, std::vector<std::size_t>(n, 0));
    for (std::size_t j = 0; j < n; ++j)
        cost[0][j] = ssd(0, j);
    for (std::size_t c = 1; c < classes; ++c) {
        for (std::size_t j = c; j < n; ++j) {
            for (std::size_t i = c; i <= j; ++i) { // the last class is x[i..j]
                const double v = cost[c - 1][i - 1] + ssd(i, j);
                if (v < cost[c][j]) {
                    cost[c][j] = v;
                    start[c][j] = i;
                }
            }
        }
    }
    std::vector<double> b(classes + 1);
    b[0] = x.front();
    b[classes] = x.back();
    std::size_t end = n - 1;
    for (std::size_t c = classes - 1; c > 0; --c) {
        const std::size_t i = start[c][end];
        b[c] = x[i - 1];
        end = i - 1;
    }
    return b;
}

} // namespace

std::string breakMethodName(BreakMethod method)
{
    switch (method) {
    case BreakMethod::Quantile:
        return "quantile";
    case BreakMethod::NaturalBreaks:
        return "natural_breaks";
    case BreakMethod::EqualInterval:
        break;
    }
    return "equal_interval";
}

std::optional<BreakMethod> breakMethodFromName(const std::string& name)
{
    for (BreakMethod m : {BreakMethod::EqualInterval, BreakMethod::Quantile, BreakMethod::NaturalBreaks}) {
        if (breakMethodName(m) == name)
            return m;
    }
    return std::nullopt;
}

std::vector<double> classBreaks(std::vector<double> values, int classes, BreakMethod method)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }), values.end());
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    const int k = std::clamp(classes, 1, 32);
    std::vector<double> b;
    switch (method) {
    case BreakMethod::EqualInterval:
        b = equalInterval(values, k);
        break;
    case BreakMethod::Quantile:
        b = quantile(values, k);
        break;
    case BreakMethod::NaturalBreaks:
        b = naturalBreaks(values, k);
        break;
    }
    // A bound equal to the previous one would make an empty class, except b1 = b0: a class of the minimum.
    std::vector<double> bounds{b.front()};
    for (std::size_t i = 1; i < b.size(); ++i) {
        if (b[i] != bounds.back() || bounds.size() == 1)
            bounds.push_back(b[i]);
    }
    return bounds;
}

} // namespace polis

#pragma once
#include <optional>
#include <string>
#include <vector>

namespace polis {

/// How a numeric field is cut into classes for a graduated style.
enum class BreakMethod : unsigned char {
    EqualInterval, ///< classes of equal width between the minimum and the maximum
    Quantile,      ///< classes holding (about) the same number of values
    NaturalBreaks, ///< Jenks: classes minimising the squared deviations from their means
};

/// "equal_interval", "quantile" or "natural_breaks" (the names in the style JSON).
std::string breakMethodName(BreakMethod method);
/// The method named `name`, or nullopt.
std::optional<BreakMethod> breakMethodFromName(const std::string& name);

/// Class bounds of `values` (NaN values are ignored): k + 1 ascending numbers b0 = minimum ... bk = maximum;
/// class i holds b(i) <= v <= b(i+1) (the lower class wins at a shared bound, so b1 = b0 is a class of the
/// minimum). Bounds that would make empty classes are dropped: fewer classes than asked when values repeat;
/// empty when there is no value. `classes` is clamped to 1..32.
/// - EqualInterval: b(i) = min + i * (max - min) / k.
/// - Quantile: b(i) = the ceil(i * n / k)-th smallest value (nearest rank), duplicates merged.
/// - NaturalBreaks: Fisher's exact dynamic programme for Jenks natural breaks, O(k * n^2), run on at most
///   3000 values (an evenly spaced sample of the sorted values, keeping the minimum and the maximum), which
///   bounds it to a few tens of milliseconds; b(i) for 0 < i < k is the largest value of class i - 1.
std::vector<double> classBreaks(std::vector<double> values, int classes, BreakMethod method);

} // namespace polis

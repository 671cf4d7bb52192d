#pragma once
#include "../core/feature_store.hpp"
#include "class_breaks.hpp"
#include "style.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace polis {

/// A field value as text, as categories and labels see it: integers in decimal, reals in the shortest form
/// that reads back the same, text (and dates) as stored; "" for null.
std::string attributeText(const FeatureStore& store, std::size_t feature, std::size_t field);

/// The drawn symbol (Style::drawnSymbol) of every feature of `store` under `style`: its class (i for
/// categories[i] or ranges[i], classCount() when no class matches: other values, nulls, a field the store
/// lacks) times modifierCount() + 1, plus its modifier (j for modifiers[j], modifierCount() for none).
/// Without modifiers that is the class itself. Empty for raster styles and single styles without
/// modifiers. O(n) with one or two hash lookups per feature; thread-safe (reads only).
std::vector<std::uint16_t> classifyFeatures(const Style& style, const FeatureStore& store);

/// `base` made categorized on `field`: one category per distinct value (in ascending text order, at most
/// 64; the rest fall to the base symbol), coloured from `ramp` (see ColorRamp). The colour replaces the
/// fill (keeping its alpha) of filled symbols, the stroke of unfilled ones. Throws polis::Error for an
/// unknown field or ramp.
Style categorizedStyle(const Style& base, const FeatureStore& store, const std::string& field,
                       const std::string& ramp);

/// `base` made graduated on numeric `field`: `classes` ranges from classBreaks, coloured from `ramp` as in
/// categorizedStyle. Throws polis::Error for an unknown or non-numeric field, or an unknown ramp.
Style graduatedStyle(const Style& base, const FeatureStore& store, const std::string& field, BreakMethod method,
                     int classes, const std::string& ramp);

} // namespace polis

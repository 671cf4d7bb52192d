#include "classification.hpp"

#include "../core/detail/number_text.hpp"
#include "../core/error.hpp"
#include "color_ramp.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

namespace polis {
namespace {

constexpr std::size_t kMaxCategories = 64;

std::size_t fieldOf(const FeatureStore& store, const std::string& field)
{
    const int index = store.fieldIndex(field);
    if (index < 0)
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "The layer has no field \"%1\""), {field});
    return std::size_t(index);
}

bool isNumeric(const Field& f)
{
    return f.type == FieldType::Integer || f.type == FieldType::Real;
}

Symbol colored(const Symbol& base, Color c)
{
    Symbol s = base;
    if (s.fill) {
        c.a = s.fill->a;
        s.fill = c;
    } else {
        s.stroke = c;
    }
    return s;
}

} // namespace

std::string attributeText(const FeatureStore& store, std::size_t feature, std::size_t field)
{
    if (store.isNull(feature, field))
        return {};
    switch (store.fields()[field].type) {
    case FieldType::Integer:
        return std::to_string(std::get<std::int64_t>(store.attribute(feature, field)));
    case FieldType::Real:
        return detail::formatDouble(store.number(feature, field));
    default:
        return store.text(feature, field);
    }
}

namespace {

/// The class of every feature under the style's categories or ranges (classCount() for none; 0 for single
/// styles).
std::vector<std::uint16_t> classIndices(const Style& style, const FeatureStore& store)
{
    const std::size_t classes = style.classCount();
    std::vector<std::uint16_t> result(store.size(), std::uint16_t(classes));
    const int field = store.fieldIndex(style.field);
    if (field < 0)
        return result;
    const auto f = std::size_t(field);
    if (style.type == Style::Type::Categorized) {
        std::unordered_map<std::string, std::uint16_t> index;
        for (std::size_t i = classes; i-- > 0;) // the first category wins over a duplicate
            index[style.categories[i].value] = std::uint16_t(i);
        for (std::size_t i = 0; i < store.size(); ++i) {
            if (store.isNull(i, f))
                continue;
            const auto it = index.find(attributeText(store, i, f));
            if (it != index.end())
                result[i] = it->second;
        }
        return result;
    }
    if (!isNumeric(store.fields()[f]))
        return result;
    for (std::size_t i = 0; i < store.size(); ++i) {
        if (store.isNull(i, f))
            continue;
        const double v = store.number(i, f);
        for (std::size_t c = 0; c < classes; ++c) {
            if (style.ranges[c].lower <= v && v <= style.ranges[c].upper) {
                result[i] = std::uint16_t(c);
                break;
            }
        }
    }
    return result;
}

/// Each feature's modifier: i for modifiers[i], modifierCount() for none.
std::vector<std::uint16_t> modifierIndices(const Style& style, const FeatureStore& store)
{
    const std::size_t count = style.modifierCount();
    std::vector<std::uint16_t> result(store.size(), std::uint16_t(count));
    const int field = store.fieldIndex(style.modifierField);
    if (field < 0)
        return result;
    std::unordered_map<std::string, std::uint16_t> index;
    for (std::size_t i = count; i-- > 0;) // the first modifier wins over a duplicate
        index[style.modifiers[i].value] = std::uint16_t(i);
    for (std::size_t i = 0; i < store.size(); ++i) {
        if (store.isNull(i, std::size_t(field)))
            continue;
        const auto it = index.find(attributeText(store, i, std::size_t(field)));
        if (it != index.end())
            result[i] = it->second;
    }
    return result;
}

} // namespace

std::vector<std::uint16_t> classifyFeatures(const Style& style, const FeatureStore& store)
{
    if (style.symbolCount() <= 1 || style.type == Style::Type::Raster)
        return {};
    std::vector<std::uint16_t> result = classIndices(style, store);
    if (style.modifierCount() == 0)
        return result;
    const std::vector<std::uint16_t> modifier = modifierIndices(style, store);
    const std::size_t per = style.modifierCount() + 1;
    for (std::size_t i = 0; i < result.size(); ++i)
        result[i] = std::uint16_t(result[i] * per + modifier[i]);
    return result;
}

Style categorizedStyle(const Style& base, const FeatureStore& store, const std::string& field, const std::string& ramp)
{
    const std::size_t f = fieldOf(store, field);
    const ColorRamp colors = ColorRamp::named(ramp);
    std::set<std::string> values;
    for (std::size_t i = 0; i < store.size() && values.size() < kMaxCategories; ++i) {
        if (!store.isNull(i, f))
            values.insert(attributeText(store, i, f));
    }
    Style style = base;
    style.type = Style::Type::Categorized;
    style.field = field;
    style.ramp = ramp;
    style.method.clear();
    style.ranges.clear();
    style.categories.clear();
    const std::vector<Color> palette = colors.colors(values.size());
    for (const std::string& v : values)
        style.categories.push_back({v, colored(base, palette[style.categories.size()])});
    return style;
}

Style graduatedStyle(const Style& base, const FeatureStore& store, const std::string& field, BreakMethod method,
                     int classes, const std::string& ramp)
{
    const std::size_t f = fieldOf(store, field);
    if (!isNumeric(store.fields()[f]))
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "The field \"%1\" is not numeric"), {field});
    const ColorRamp colors = ColorRamp::named(ramp);
    std::vector<double> values;
    values.reserve(store.size());
    for (std::size_t i = 0; i < store.size(); ++i) {
        if (!store.isNull(i, f))
            values.push_back(store.number(i, f));
    }
    const std::vector<double> breaks = classBreaks(std::move(values), classes, method);
    Style style = base;
    style.type = Style::Type::Graduated;
    style.field = field;
    style.ramp = ramp;
    style.method = breakMethodName(method);
    style.categories.clear();
    style.ranges.clear();
    const std::vector<Color> palette = colors.colors(breaks.empty() ? 0 : breaks.size() - 1);
    for (std::size_t i = 0; i + 1 < breaks.size(); ++i)
        style.ranges.push_back({breaks[i], breaks[i + 1], colored(base, palette[i])});
    return style;
}

} // namespace polis

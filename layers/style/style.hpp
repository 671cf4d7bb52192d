#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace polis {

/// An sRGB colour with alpha.
struct Color
{
    std::uint8_t r = 0, g = 0, b = 0, a = 255;

    /// Parses "#RRGGBB" or "#RRGGBBAA" (case-insensitive). nullopt for anything else.
    static std::optional<Color> parse(const std::string& text);
    /// "#rrggbb", or "#rrggbbaa" when not opaque.
    std::string name() const;
    bool operator==(const Color& o) const { return r == o.r && g == o.g && b == o.b && a == o.a; }
};

enum class MarkerShape : std::uint8_t { Circle, Square, Triangle, Diamond };

/// How one feature is drawn. Sizes are device-independent pixels (1/96 inch), scaled by the output DPI.
struct Symbol
{
    std::optional<Color> fill = Color{0xbd, 0xd7, 0xe7}; ///< nullopt = no fill
    Color stroke{0x31, 0x68, 0x9e};
    double strokeWidth = 1.0;
    MarkerShape marker = MarkerShape::Circle;
    double markerSize = 6.0;
    std::vector<double> dash; ///< outline dash pattern: dash, gap, ... lengths in stroke widths; empty = solid

    bool operator==(const Symbol& o) const;
};

/// What a style changes on top of a class symbol for features whose modifier field (Style::modifierField)
/// value, as text, equals `value`: a second dimension drawn over the first, e.g. a planning feature's
/// status over its kind's colour, without a symbol per combination.
struct SymbolModifier
{
    std::string value;
    double opacity = 1.0;        ///< multiplies the alpha of fill and outline (0..1)
    double fillTint = 0.0;       ///< mixes the fill toward white (0 unchanged .. 1 white); the fill stays opaque
    std::optional<Color> stroke; ///< replaces the outline colour
    std::vector<double> dash;    ///< replaces the dash pattern (see Symbol::dash); empty keeps the symbol's

    /// `symbol` with these changes.
    Symbol applied(const Symbol& symbol) const;
    bool operator==(const SymbolModifier& o) const;
};

/// Features whose field value, as text (see attributeText), equals `value`.
struct Category
{
    std::string value;
    Symbol symbol;
    bool operator==(const Category& o) const { return value == o.value && symbol == o.symbol; }
};

/// Features whose numeric field value v satisfies lower <= v <= upper (the first matching range wins).
struct Range
{
    double lower = 0;
    double upper = 0;
    Symbol symbol;
    bool operator==(const Range& o) const { return lower == o.lower && upper == o.upper && symbol == o.symbol; }
};

/// Text from a field drawn at each feature, with a halo, skipped where it would overlap another label.
struct LabelStyle
{
    std::string field; ///< empty = no labels
    double size = 9;   ///< points (1/72 inch), scaled by the output DPI
    Color color{0x20, 0x20, 0x20};
    Color halo{0xff, 0xff, 0xff};
    double haloWidth = 1.5; ///< device-independent pixels; 0 = no halo

    bool enabled() const { return !field.empty(); }
    bool operator==(const LabelStyle& o) const;
};

/// How a layer is drawn. The base Symbol is the single symbol, and for categorized and graduated styles the
/// symbol of features that no class matches (other values, nulls).
struct Style : Symbol
{
    enum class Type : std::uint8_t { Single, Categorized, Graduated, Raster };
    Type type = Type::Single;
    std::string field;                ///< the classified field (categorized, graduated)
    std::vector<Category> categories; ///< categorized: one symbol per value
    std::vector<Range> ranges;        ///< graduated: one symbol per class, ascending
    std::string method;               ///< graduated: how the breaks were made, for the style editor
    std::string ramp;                 ///< graduated / categorized: the colour ramp's name, for the style editor
    LabelStyle labels;
    std::string modifierField;             ///< the field selecting a modifier; empty = no modifiers
    std::vector<SymbolModifier> modifiers; ///< applied on top of the class symbol; the first match wins

    /// Number of class symbols (categories or ranges; 0 for single and raster styles).
    std::size_t classCount() const;
    /// Class `i`'s symbol; the base symbol for i == classCount() (features no class matches).
    const Symbol& classSymbol(std::size_t i) const;
    /// Number of modifiers in use (0 when modifierField is empty).
    std::size_t modifierCount() const { return modifierField.empty() ? 0 : modifiers.size(); }
    /// Number of drawn symbols, (classCount() + 1) x (modifierCount() + 1): every class, the base symbol
    /// included, with each modifier and with none.
    std::size_t symbolCount() const { return (classCount() + 1) * (modifierCount() + 1); }
    /// Drawn symbol `s` (a value of classifyFeatures): class s / (modifierCount() + 1)'s symbol with
    /// modifier s % (modifierCount() + 1) applied (none when that is modifierCount()).
    Symbol drawnSymbol(std::size_t s) const;

    bool operator==(const Style& o) const;
};

/// The style as a JSON object. A symbol is {"fill":"#rrggbb"|"none","stroke":"#rrggbb","stroke_width":1.0,
/// "marker":"circle|square|triangle|diamond","marker_size":6}. A style is {"type":"single",<symbol keys>} or
/// {"type":"categorized","field":F,"categories":[{"value":"text",<symbol keys>}...],<symbol keys of others>}
/// or {"type":"graduated","field":F,"method":M,"ranges":[{"lower":0,"upper":10,<symbol keys>}...],...} or
/// {"type":"raster"}; "ramp" names the colour ramp; any vector style may hold "labels":{"field":F,"size":9,
/// "color":"#rrggbb","halo":"#rrggbb","halo_width":1.5}. A symbol may hold "dash":[4,2] (written only when
/// set; a class does not take it from the base symbol), and any vector style "modifiers":{"field":F,"values":[{"value":"text","opacity":0.35,
/// "fill_tint":0.5,"stroke":"#rrggbb","dash":[4,2]}...]} (keys at their defaults are left out). JSON
/// without these keys (older projects) reads as it did.
std::string styleToJson(const Style& style);
/// Parses styleToJson's format; missing keys keep their defaults. Throws polis::Error on malformed JSON,
/// unknown keys or unknown values, naming the offending key, and on more than 65536 drawn symbols.
Style styleFromJson(const std::string& json);

} // namespace polis

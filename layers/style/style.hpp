#pragma once
#include <cstdint>
#include <optional>
#include <string>

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

/// How a layer is drawn. Sizes are device-independent pixels (1/96 inch), scaled by the output DPI.
struct Style
{
    enum class Type : std::uint8_t { Single, Raster };
    Type type = Type::Single;
    std::optional<Color> fill = Color{0xbd, 0xd7, 0xe7}; ///< nullopt = no fill
    Color stroke{0x31, 0x68, 0x9e};
    double strokeWidth = 1.0;
    MarkerShape marker = MarkerShape::Circle;
    double markerSize = 6.0;

    bool operator==(const Style& o) const;
};

/// The style as a JSON object: {"type":"single","fill":"#rrggbb"|"none","stroke":"#rrggbb",
/// "stroke_width":1.0,"marker":"circle|square|triangle|diamond","marker_size":6} or {"type":"raster"}.
std::string styleToJson(const Style& style);
/// Parses styleToJson's format; missing keys keep their defaults. Throws polis::Error on malformed JSON
/// or unknown values, naming the offending key.
Style styleFromJson(const std::string& json);

} // namespace polis

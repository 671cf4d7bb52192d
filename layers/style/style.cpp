#include "style.hpp"

#include "../core/error.hpp"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace polis {
namespace {

const char* markerName(MarkerShape m)
{
    switch (m) {
    case MarkerShape::Square:
        return "square";
    case MarkerShape::Triangle:
        return "triangle";
    case MarkerShape::Diamond:
        return "diamond";
    case MarkerShape::Circle:
        break;
    }
    return "circle";
}

Color colorValue(const QJsonObject& o, const char* key, Color fallback)
{
    if (!o.contains(key))
        return fallback;
    const std::string text = o.value(key).toString().toStdString();
    auto c = Color::parse(text);
    if (!c)
        throw Error(std::string("Style key \"") + key + "\" holds \"" + text + "\", not a #RRGGBB colour");
    return *c;
}

} // namespace

std::optional<Color> Color::parse(const std::string& text)
{
    if ((text.size() != 7 && text.size() != 9) || text[0] != '#')
        return std::nullopt;
    unsigned v[4] = {0, 0, 0, 255};
    for (std::size_t i = 0; i < (text.size() - 1) / 2; ++i) {
        unsigned byte = 0;
        for (std::size_t k = 0; k < 2; ++k) {
            const char ch = text[1 + 2 * i + k];
            unsigned d;
            if (ch >= '0' && ch <= '9')
                d = unsigned(ch - '0');
            else if (ch >= 'a' && ch <= 'f')
                d = unsigned(ch - 'a' + 10);
            else if (ch >= 'A' && ch <= 'F')
                d = unsigned(ch - 'A' + 10);
            else
                return std::nullopt;
            byte = byte * 16 + d;
        }
        v[i] = byte;
    }
    return Color{std::uint8_t(v[0]), std::uint8_t(v[1]), std::uint8_t(v[2]), std::uint8_t(v[3])};
}

std::string Color::name() const
{
    char buf[10];
    if (a == 255)
        std::snprintf(buf, sizeof buf, "#%02x%02x%02x", r, g, b);
    else
        std::snprintf(buf, sizeof buf, "#%02x%02x%02x%02x", r, g, b, a);
    return buf;
}

bool Style::operator==(const Style& o) const
{
    return type == o.type && fill == o.fill && stroke == o.stroke && strokeWidth == o.strokeWidth &&
           marker == o.marker && markerSize == o.markerSize;
}

std::string styleToJson(const Style& style)
{
    QJsonObject o;
    if (style.type == Style::Type::Raster) {
        o["type"] = "raster";
    } else {
        o["type"] = "single";
        o["fill"] = style.fill ? QString::fromStdString(style.fill->name()) : QStringLiteral("none");
        o["stroke"] = QString::fromStdString(style.stroke.name());
        o["stroke_width"] = style.strokeWidth;
        o["marker"] = markerName(style.marker);
        o["marker_size"] = style.markerSize;
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

Style styleFromJson(const std::string& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    if (!doc.isObject())
        throw Error("Style is not a JSON object: " + error.errorString().toStdString());
    const QJsonObject o = doc.object();
    Style style;
    const QString type = o.value("type").toString("single");
    if (type == "raster") {
        style.type = Style::Type::Raster;
        return style;
    }
    if (type != "single")
        throw Error("Style type \"" + type.toStdString() + "\" is not known (expected single or raster)");
    if (o.value("fill").toString() == "none")
        style.fill.reset();
    else
        style.fill = colorValue(o, "fill", *style.fill);
    style.stroke = colorValue(o, "stroke", style.stroke);
    style.strokeWidth = o.value("stroke_width").toDouble(style.strokeWidth);
    style.markerSize = o.value("marker_size").toDouble(style.markerSize);
    if (o.contains("marker")) {
        const QString m = o.value("marker").toString();
        if (m == "circle")
            style.marker = MarkerShape::Circle;
        else if (m == "square")
            style.marker = MarkerShape::Square;
        else if (m == "triangle")
            style.marker = MarkerShape::Triangle;
        else if (m == "diamond")
            style.marker = MarkerShape::Diamond;
        else
            throw Error("Style key \"marker\" holds \"" + m.toStdString() + "\" (expected circle, square, triangle or diamond)");
    }
    return style;
}

} // namespace polis

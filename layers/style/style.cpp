#include "style.hpp"

#include "../core/error.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <initializer_list>

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

const char* const kSymbolKeys[] = {"fill", "stroke", "stroke_width", "marker", "marker_size", "dash"};

/// Throws naming the first key of `o` that is neither a symbol key (when `symbol`) nor in `extra`.
void rejectUnknownKeys(const QJsonObject& o, bool symbol, std::initializer_list<const char*> extra, const char* where)
{
    for (const QString& key : o.keys()) {
        const auto is = [&key](const char* k) { return key == QLatin1String(k); };
        if ((symbol && std::any_of(std::begin(kSymbolKeys), std::end(kSymbolKeys), is)) ||
            std::any_of(extra.begin(), extra.end(), is))
            continue;
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "Style key \"%1\" is not known in %2"), {key.toStdString(), Error::part(where)});
    }
}

double numberValue(const QJsonObject& o, const char* key, double fallback)
{
    if (!o.contains(key))
        return fallback;
    if (!o.value(key).isDouble())
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "Style key \"%1\" is not a number"), {key});
    return o.value(key).toDouble();
}

/// numberValue within [min, max]: a style comes from a project file, and a 1e9-pixel stroke or halo never
/// finishes painting while a 1e9 marker draws nothing.
double numberIn(const QJsonObject& o, const char* key, double fallback, double min, double max)
{
    const double v = numberValue(o, key, fallback);
    if (!(v >= min && v <= max))
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "Style key \"%1\" holds %2, outside %3 to %4"), {key, QString::number(v).toStdString(), QString::number(min).toStdString(), QString::number(max).toStdString()});
    return v;
}

QString textValue(const QJsonObject& o, const char* key)
{
    if (o.contains(key) && !o.value(key).isString())
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "Style key \"%1\" is not text"), {key});
    return o.value(key).toString();
}

Color colorValue(const QJsonObject& o, const char* key, Color fallback)
{
    if (!o.contains(key))
        return fallback;
    const std::string text = o.value(key).toString().toStdString();
    auto c = Color::parse(text);
    if (!c)
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "Style key \"%1\" holds \"%2\", not a #RRGGBB colour"), {key, text});
    return *c;
}

/// A dash pattern: a list of positive numbers; empty when `key` is absent.
std::vector<double> dashValue(const QJsonObject& o, const char* key)
{
    if (!o.contains(key))
        return {};
    std::vector<double> dash;
    for (const QJsonValue& v : o.value(key).toArray()) {
        if (!v.isDouble() || !(v.toDouble() > 0 && v.toDouble() <= 1000))
            throw Error(QT_TRANSLATE_NOOP("polis::Error", "Style key \"%1\" holds a length that is not a number from 0 to 1000"), {key});
        dash.push_back(v.toDouble());
    }
    if (!o.value(key).isArray() || dash.size() % 2 != 0)
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "Style key \"%1\" is not a list of dash and gap lengths"), {key});
    return dash;
}

QJsonArray dashArray(const std::vector<double>& dash)
{
    QJsonArray a;
    for (double d : dash)
        a.append(d);
    return a;
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

bool Symbol::operator==(const Symbol& o) const
{
    return fill == o.fill && stroke == o.stroke && strokeWidth == o.strokeWidth && marker == o.marker &&
           markerSize == o.markerSize && dash == o.dash;
}

Symbol SymbolModifier::applied(const Symbol& symbol) const
{
    Symbol s = symbol;
    const auto faded = [this](std::uint8_t a) { return std::uint8_t(std::lround(a * std::clamp(opacity, 0.0, 1.0))); };
    if (s.fill) {
        const auto tinted = [this](std::uint8_t c) {
            return std::uint8_t(std::lround(c + (255 - c) * std::clamp(fillTint, 0.0, 1.0)));
        };
        s.fill = Color{tinted(s.fill->r), tinted(s.fill->g), tinted(s.fill->b), faded(s.fill->a)};
    }
    if (stroke)
        s.stroke = *stroke;
    s.stroke.a = faded(s.stroke.a);
    if (!dash.empty())
        s.dash = dash;
    return s;
}

bool SymbolModifier::operator==(const SymbolModifier& o) const
{
    return value == o.value && opacity == o.opacity && fillTint == o.fillTint && stroke == o.stroke && dash == o.dash;
}

bool LabelStyle::operator==(const LabelStyle& o) const
{
    return field == o.field && size == o.size && color == o.color && halo == o.halo && haloWidth == o.haloWidth;
}

std::size_t Style::classCount() const
{
    switch (type) {
    case Type::Categorized:
        return categories.size();
    case Type::Graduated:
        return ranges.size();
    default:
        return 0;
    }
}

const Symbol& Style::classSymbol(std::size_t i) const
{
    if (i >= classCount())
        return *this;
    return type == Type::Categorized ? categories[i].symbol : ranges[i].symbol;
}

Symbol Style::drawnSymbol(std::size_t s) const
{
    const std::size_t per = modifierCount() + 1;
    const Symbol& symbol = classSymbol(s / per);
    return s % per < modifierCount() ? modifiers[s % per].applied(symbol) : symbol;
}

bool Style::operator==(const Style& o) const
{
    return Symbol::operator==(o) && type == o.type && field == o.field && categories == o.categories &&
           ranges == o.ranges && method == o.method && ramp == o.ramp && labels == o.labels &&
           modifierField == o.modifierField && modifiers == o.modifiers;
}

namespace {

const char* typeName(Style::Type type)
{
    switch (type) {
    case Style::Type::Categorized:
        return "categorized";
    case Style::Type::Graduated:
        return "graduated";
    case Style::Type::Raster:
        return "raster";
    case Style::Type::Single:
        break;
    }
    return "single";
}

void writeSymbol(QJsonObject& o, const Symbol& s)
{
    o["fill"] = s.fill ? QString::fromStdString(s.fill->name()) : QStringLiteral("none");
    o["stroke"] = QString::fromStdString(s.stroke.name());
    o["stroke_width"] = s.strokeWidth;
    o["marker"] = markerName(s.marker);
    o["marker_size"] = s.markerSize;
    if (!s.dash.empty())
        o["dash"] = dashArray(s.dash);
}

Symbol readSymbol(const QJsonObject& o, Symbol s)
{
    if (o.value("fill").toString() == "none")
        s.fill.reset();
    else
        s.fill = colorValue(o, "fill", s.fill.value_or(Symbol{}.fill.value()));
    s.stroke = colorValue(o, "stroke", s.stroke);
    s.strokeWidth = numberIn(o, "stroke_width", s.strokeWidth, 0, 100);
    s.markerSize = numberIn(o, "marker_size", s.markerSize, 0, 200);
    s.dash = dashValue(o, "dash"); // never taken from the base symbol: writeSymbol leaves out solid outlines
    if (o.contains("marker")) {
        const QString m = o.value("marker").toString();
        if (m == "circle")
            s.marker = MarkerShape::Circle;
        else if (m == "square")
            s.marker = MarkerShape::Square;
        else if (m == "triangle")
            s.marker = MarkerShape::Triangle;
        else if (m == "diamond")
            s.marker = MarkerShape::Diamond;
        else
            throw Error(QT_TRANSLATE_NOOP("polis::Error", "Style key \"marker\" holds \"%1\" (expected circle, square, triangle or diamond)"), {m.toStdString()});
    }
    return s;
}

QJsonArray arrayValue(const QJsonObject& o, const char* key)
{
    if (o.contains(key) && !o.value(key).isArray())
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "Style key \"%1\" is not a list"), {key});
    return o.value(key).toArray();
}

QJsonObject classObject(const QJsonValue& v, const char* key)
{
    if (!v.isObject())
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "Style key \"%1\" holds an entry that is not an object"), {key});
    return v.toObject();
}

LabelStyle readLabels(const QJsonValue& v)
{
    const QJsonObject o = classObject(v, "labels");
    rejectUnknownKeys(o, false, {"field", "size", "color", "halo", "halo_width"}, QT_TRANSLATE_NOOP("polis::Error", "\"labels\""));
    LabelStyle l;
    l.field = textValue(o, "field").toStdString();
    l.size = numberIn(o, "size", l.size, 1, 200);
    l.color = colorValue(o, "color", l.color);
    l.halo = colorValue(o, "halo", l.halo);
    l.haloWidth = numberIn(o, "halo_width", l.haloWidth, 0, 50);
    return l;
}

QJsonObject modifiersObject(const Style& style)
{
    QJsonArray values;
    for (const SymbolModifier& m : style.modifiers) {
        QJsonObject v{{"value", QString::fromStdString(m.value)}};
        if (m.opacity != 1.0)
            v["opacity"] = m.opacity;
        if (m.fillTint != 0.0)
            v["fill_tint"] = m.fillTint;
        if (m.stroke)
            v["stroke"] = QString::fromStdString(m.stroke->name());
        if (!m.dash.empty())
            v["dash"] = dashArray(m.dash);
        values.append(v);
    }
    return {{"field", QString::fromStdString(style.modifierField)}, {"values", values}};
}

void readModifiers(const QJsonValue& value, Style& style)
{
    const QJsonObject o = classObject(value, "modifiers");
    rejectUnknownKeys(o, false, {"field", "values"}, QT_TRANSLATE_NOOP("polis::Error", "\"modifiers\""));
    style.modifierField = textValue(o, "field").toStdString();
    if (style.modifierField.empty())
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "Style key \"field\" is missing in \"modifiers\": modifiers follow a field"));
    for (const QJsonValue& v : arrayValue(o, "values")) {
        const QJsonObject entry = classObject(v, "values");
        rejectUnknownKeys(entry, false, {"value", "opacity", "fill_tint", "stroke", "dash"}, QT_TRANSLATE_NOOP("polis::Error", "a modifier"));
        SymbolModifier m;
        m.value = textValue(entry, "value").toStdString();
        m.opacity = numberIn(entry, "opacity", m.opacity, 0, 1);
        m.fillTint = numberIn(entry, "fill_tint", m.fillTint, 0, 1);
        if (entry.contains("stroke"))
            m.stroke = colorValue(entry, "stroke", Color{});
        m.dash = dashValue(entry, "dash");
        style.modifiers.push_back(std::move(m));
    }
}

} // namespace

std::string styleToJson(const Style& style)
{
    QJsonObject o;
    o["type"] = typeName(style.type);
    if (style.type != Style::Type::Raster)
        writeSymbol(o, style);
    if (!style.field.empty())
        o["field"] = QString::fromStdString(style.field);
    if (!style.method.empty())
        o["method"] = QString::fromStdString(style.method);
    if (!style.ramp.empty())
        o["ramp"] = QString::fromStdString(style.ramp);
    if (style.type == Style::Type::Categorized) {
        QJsonArray list;
        for (const Category& c : style.categories) {
            QJsonObject entry{{"value", QString::fromStdString(c.value)}};
            writeSymbol(entry, c.symbol);
            list.append(entry);
        }
        o["categories"] = list;
    } else if (style.type == Style::Type::Graduated) {
        QJsonArray list;
        for (const Range& r : style.ranges) {
            QJsonObject entry{{"lower", r.lower}, {"upper", r.upper}};
            writeSymbol(entry, r.symbol);
            list.append(entry);
        }
        o["ranges"] = list;
    }
    if (style.labels.enabled()) {
        const LabelStyle& l = style.labels;
        o["labels"] = QJsonObject{{"field", QString::fromStdString(l.field)},
                                  {"size", l.size},
                                  {"color", QString::fromStdString(l.color.name())},
                                  {"halo", QString::fromStdString(l.halo.name())},
                                  {"halo_width", l.haloWidth}};
    }
    if (!style.modifierField.empty())
        o["modifiers"] = modifiersObject(style);
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

Style styleFromJson(const std::string& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    if (!doc.isObject())
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "Style is not a JSON object: %1"), {error.errorString().toStdString()});
    const QJsonObject o = doc.object();
    Style style;
    const QString type = textValue(o, "type").isEmpty() ? QStringLiteral("single") : textValue(o, "type");
    if (type == "raster") {
        rejectUnknownKeys(o, false, {"type"}, QT_TRANSLATE_NOOP("polis::Error", "a raster style"));
        style.type = Style::Type::Raster;
        return style;
    }
    if (type == "single") {
        rejectUnknownKeys(o, true, {"type", "labels", "modifiers"}, QT_TRANSLATE_NOOP("polis::Error", "a single-symbol style"));
    } else if (type == "categorized") {
        rejectUnknownKeys(o, true, {"type", "labels", "modifiers", "field", "ramp", "categories"}, QT_TRANSLATE_NOOP("polis::Error", "a categorized style"));
        style.type = Style::Type::Categorized;
    } else if (type == "graduated") {
        rejectUnknownKeys(o, true, {"type", "labels", "modifiers", "field", "ramp", "method", "ranges"}, QT_TRANSLATE_NOOP("polis::Error", "a graduated style"));
        style.type = Style::Type::Graduated;
    } else {
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "Style type \"%1\" is not known (expected single, categorized, graduated or raster)"), {type.toStdString()});
    }
    static_cast<Symbol&>(style) = readSymbol(o, style);
    style.field = textValue(o, "field").toStdString();
    style.method = textValue(o, "method").toStdString();
    style.ramp = textValue(o, "ramp").toStdString();
    if (style.type != Style::Type::Single && style.field.empty())
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "Style key \"field\" is missing: a %1 style classifies a field"), {type.toStdString()});
    for (const QJsonValue& v : arrayValue(o, "categories")) {
        const QJsonObject entry = classObject(v, "categories");
        rejectUnknownKeys(entry, true, {"value"}, QT_TRANSLATE_NOOP("polis::Error", "a category"));
        style.categories.push_back({textValue(entry, "value").toStdString(), readSymbol(entry, style)});
    }
    for (const QJsonValue& v : arrayValue(o, "ranges")) {
        const QJsonObject entry = classObject(v, "ranges");
        rejectUnknownKeys(entry, true, {"lower", "upper"}, QT_TRANSLATE_NOOP("polis::Error", "a range"));
        if (!entry.contains("lower") || !entry.contains("upper"))
            throw Error(QT_TRANSLATE_NOOP("polis::Error", "Style key \"ranges\" holds a range without \"lower\" and \"upper\""));
        style.ranges.push_back({numberValue(entry, "lower", 0), numberValue(entry, "upper", 0), readSymbol(entry, style)});
    }
    if (o.contains("labels"))
        style.labels = readLabels(o.value("labels"));
    if (o.contains("modifiers"))
        readModifiers(o.value("modifiers"), style);
    if (style.symbolCount() > 65536) // classifyFeatures numbers them in 16 bits
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "Style key \"modifiers\" makes more than 65536 symbols with the classes"));
    return style;
}

} // namespace polis

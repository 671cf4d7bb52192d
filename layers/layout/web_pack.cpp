#include "web_pack.hpp"

#include "../core/error.hpp"
#include "../core/transform.hpp"
#include "../render/feature_classes.hpp"
#include "detail/page_painter.hpp"
#include "scenario_colours.hpp"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <cmath>
#include <map>

namespace polis {
namespace {

constexpr double kDegreesPerStep = 1e-5; ///< coordinates rounded to this: about a metre

QString resource(const char* name)
{
    QFile f(QStringLiteral(":/polis/web/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "the web pack's resource %1 is missing from the build"), {name});
    return QString::fromUtf8(f.readAll());
}

QString colourName(const Color& c)
{
    return QString::fromStdString(Color{c.r, c.g, c.b, 255}.name());
}

/// A drawn symbol as the page's script reads it.
QJsonObject symbolJson(const Symbol& s, double opacity, const QString& label)
{
    QJsonObject o{{"stroke", colourName(s.stroke)},
                  {"strokeOpacity", s.stroke.a / 255.0 * opacity},
                  {"width", s.strokeWidth},
                  {"size", s.markerSize},
                  {"label", label}};
    if (s.fill) {
        o["fill"] = colourName(*s.fill);
        o["fillOpacity"] = s.fill->a / 255.0 * opacity;
    }
    if (!s.dash.empty()) {
        QStringList dash;
        for (double d : s.dash)
            dash << QString::number(d * std::max(1.0, s.strokeWidth));
        o["dash"] = dash.join(' ');
    }
    return o;
}

QJsonArray symbolsJson(const MapLayer& layer)
{
    const Style& style = layer.style;
    QJsonArray symbols;
    const std::size_t modifiers = style.modifierCount();
    for (std::size_t s = 0; s < style.symbolCount(); ++s) {
        const std::size_t cls = s / (modifiers + 1), modifier = s % (modifiers + 1);
        QString label;
        if (cls < style.categories.size())
            label = QString::fromStdString(style.categories[cls].value);
        else if (cls < style.ranges.size())
            label = localeNumber(style.ranges[cls].lower) + QStringLiteral(" – ") + localeNumber(style.ranges[cls].upper);
        if (modifier < modifiers)
            label.clear(); // the legend lists each class once, as drawn without a modifier
        symbols.append(symbolJson(style.drawnSymbol(s), layer.opacity, label));
    }
    return symbols;
}

QJsonValue attributeJson(const AttributeValue& v)
{
    if (const auto* i = std::get_if<std::int64_t>(&v))
        return double(*i);
    if (const auto* d = std::get_if<double>(&v))
        return std::isfinite(*d) ? QJsonValue(*d) : QJsonValue();
    if (const auto* s = std::get_if<std::string>(&v))
        return QString::fromStdString(*s);
    return {};
}

/// Ring `r` of `store` in WGS84, rounded, repeated points dropped; empty when fewer than `minPoints` remain.
QJsonArray ringJson(const FeatureStore& store, std::uint32_t r, const Transform& toWgs84, std::size_t minPoints)
{
    const RingView ring = store.ring(r);
    std::vector<double> xy(ring.xy, ring.xy + 2 * ring.count);
    toWgs84.apply(xy.data(), ring.count);
    QJsonArray points;
    double lastX = NAN, lastY = NAN;
    for (std::size_t k = 0; k < ring.count; ++k) {
        const double x = std::round(xy[2 * k] / kDegreesPerStep) * kDegreesPerStep;
        const double y = std::round(xy[2 * k + 1] / kDegreesPerStep) * kDegreesPerStep;
        if (!std::isfinite(x) || !std::isfinite(y) || (x == lastX && y == lastY))
            continue;
        points.append(QJsonArray{x, y});
        lastX = x;
        lastY = y;
    }
    return std::size_t(points.size()) < minPoints ? QJsonArray() : points;
}

QJsonObject geometryJson(const FeatureStore& store, std::size_t i, const Transform& toWgs84)
{
    const GeometryKind kind = store.kind(i);
    QJsonArray parts;
    for (std::uint32_t p = store.firstPart(i); p < store.endPart(i); ++p) {
        QJsonArray rings;
        for (std::uint32_t r = store.firstRing(p); r < store.endRing(p); ++r) {
            const QJsonArray ring = ringJson(store, r, toWgs84, kind == GeometryKind::Polygon ? 4 : kind == GeometryKind::Line ? 2 : 1);
            if (!ring.isEmpty())
                rings.append(ring);
            else if (r == store.firstRing(p))
                break; // an exterior ring too small to draw: the part goes
        }
        if (rings.isEmpty())
            continue;
        if (kind == GeometryKind::Point)
            parts.append(rings[0].toArray()[0]);
        else if (kind == GeometryKind::Line)
            parts.append(rings[0]);
        else
            parts.append(rings);
    }
    if (parts.isEmpty() || kind == GeometryKind::None)
        return {};
    static const QString types[] = {QString(), QStringLiteral("MultiPoint"), QStringLiteral("MultiLineString"),
                                    QStringLiteral("MultiPolygon")};
    return {{"type", types[std::size_t(kind)]}, {"coordinates", parts}};
}

QJsonObject featuresJson(const MapLayer& layer, const Transform& toWgs84)
{
    const FeatureStore& store = *layer.features;
    const auto classes = detail::featureClasses(layer);
    QJsonArray features;
    for (std::size_t i = 0; i < store.size(); ++i) {
        const QJsonObject geometry = geometryJson(store, i, toWgs84);
        if (geometry.isEmpty())
            continue;
        QJsonObject properties;
        for (std::size_t f = 0; f < store.fields().size(); ++f)
            properties.insert(QString::fromStdString(store.fields()[f].name), attributeJson(store.attribute(i, f)));
        if (classes && i < classes->size())
            properties["__s"] = int((*classes)[i]);
        features.append(QJsonObject{{"type", "Feature"}, {"geometry", geometry}, {"properties", properties}});
    }
    return {{"type", "FeatureCollection"}, {"features", features}};
}

/// Leaflet's [[south, west], [north, east]].
QJsonArray boundsJson(const Extent& e)
{
    return QJsonArray{QJsonArray{e.ymin, e.xmin}, QJsonArray{e.ymax, e.xmax}};
}

QJsonObject textsJson()
{
    return {{"scenario", LayoutText::tr("Scenario: %1")},
            {"comparing", LayoutText::tr("%1 compared with %2")},
            {"scenarioLabel", LayoutText::tr("Scenario")},
            {"view", LayoutText::tr("View")},
            {"with", LayoutText::tr("compared with")},
            {"single", LayoutText::tr("one map")},
            {"sideBySide", LayoutText::tr("side by side")},
            {"swipe", LayoutText::tr("swipe")},
            {"legend", LayoutText::tr("Legend")},
            {"indicators", LayoutText::tr("Indicators")}};
}

QJsonObject packJson(const LayoutDocument& doc)
{
    std::vector<const LayoutPage*> maps;
    const SummaryTable* summary = nullptr;
    for (const LayoutPage& page : doc.pages) {
        if (page.table)
            summary = &*page.table;
        else
            maps.push_back(&page);
    }
    const Transform toWgs84(doc.crs, Crs::fromEpsg(4326));
    QJsonArray scenarios, layers;
    std::map<std::string, std::size_t> positions; // a scenario's colour follows its position in the project
    if (summary) {
        for (std::size_t s = 0; s < summary->indicators.scenarios.size(); ++s)
            positions[summary->indicators.scenarios[s]] = s;
    }
    for (std::size_t m = 0; m < maps.size(); ++m) {
        const auto it = positions.find(maps[m]->scenario);
        scenarios.append(QJsonObject{{"name", detail::scenarioTitle(maps[m]->scenario)},
                                     {"colour", scenarioColour(it == positions.end() ? m : it->second).name()},
                                     {"bounds", boundsJson(toWgs84.apply(maps[m]->extent))}});
    }
    if (!maps.empty()) {
        for (std::size_t l = 0; l < maps[0]->layers.size(); ++l) {
            const MapLayer& base = maps[0]->layers[l];
            if (!base.visible || !base.features)
                continue;
            QJsonObject versions;
            for (std::size_t m = 0; m < maps.size(); ++m) {
                const MapLayer& version = maps[m]->layers[l];
                if (m == 0 || version.features != base.features)
                    versions[QString::number(m)] = featuresJson(version, toWgs84);
            }
            layers.append(QJsonObject{{"name", QString::fromStdString(base.name)}, {"symbols", symbolsJson(base)},
                                      {"versions", versions}});
        }
    }
    QJsonArray names, values, texts;
    if (summary) {
        const IndicatorTable& t = summary->indicators;
        for (std::size_t i = 0; i < t.indicators.size(); ++i) {
            names.append(QString::fromStdString(t.indicators[i]));
            QJsonArray v, text;
            for (const LayoutPage* page : maps) {
                const auto s = positions.find(page->scenario);
                const double value = s == positions.end() ? NAN : t.values[i][s->second];
                v.append(std::isfinite(value) ? QJsonValue(value) : QJsonValue());
                text.append(localeNumber(value));
            }
            values.append(v);
            texts.append(text);
        }
    }
    QString footer = LayoutText::tr("Date: %1").arg(detail::dateText(QDate::currentDate()));
    if (!doc.layout.attribution.empty())
        footer += QStringLiteral(" · ") + LayoutText::tr("Data: %1").arg(QString::fromStdString(doc.layout.attribution));
    footer += QStringLiteral(" · ") + LayoutText::tr("Made with Polis");
    return {{"title", QString::fromStdString(doc.title)},
            {"background", QString::fromStdString(doc.background.name())},
            {"text", textsJson()},
            {"scenarios", scenarios},
            {"layers", layers},
            {"indicators", QJsonObject{{"names", names}, {"values", values}, {"text", texts}}},
            {"footer", footer}};
}

} // namespace

void writeWebPack(const LayoutDocument& doc, const std::string& path)
{
    // Inside <script>, "</" could close the element: JSON allows "<\/" for it.
    QString data = QString::fromUtf8(QJsonDocument(packJson(doc)).toJson(QJsonDocument::Compact));
    data.replace(QStringLiteral("</"), QStringLiteral("<\\/"));
    QString html = resource("pack.html");
    // Placeholders filled last to first kind of content: data and scripts never hold a placeholder's name.
    html.replace(QStringLiteral("%LANG%"), QLocale().bcp47Name());
    html.replace(QStringLiteral("%TITLE%"), QString::fromStdString(doc.title).toHtmlEscaped());
    html.replace(QStringLiteral("%LEAFLET_CSS%"), resource("leaflet/leaflet.css"));
    const qsizetype at = html.indexOf(QStringLiteral("%LEAFLET_JS%"));
    html.replace(at, 12, resource("leaflet/leaflet.js"));
    const qsizetype dataAt = html.lastIndexOf(QStringLiteral("%DATA%"));
    html.replace(dataAt, 6, data);
    const qsizetype jsAt = html.lastIndexOf(QStringLiteral("%PACK_JS%"));
    html.replace(jsAt, 9, resource("pack.js"));
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0 || !file.commit())
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot write the web pack"), {path});
}

} // namespace polis

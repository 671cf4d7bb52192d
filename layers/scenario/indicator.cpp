#include "indicator.hpp"

#include "../core/error.hpp"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace polis {
namespace {

const std::pair<Indicator::Kind, const char*> kKinds[] = {
    {Indicator::Kind::Count, "count"},
    {Indicator::Kind::Sum, "sum"},
    {Indicator::Kind::LengthKm, "length_km"},
    {Indicator::Kind::AreaKm2, "area_km2"}};

void rejectUnknown(const QJsonObject& o, std::initializer_list<const char*> keys, const std::string& where)
{
    for (const QString& key : o.keys()) {
        if (std::none_of(keys.begin(), keys.end(), [&](const char* k) { return key == QLatin1String(k); }))
            throw Error(QT_TRANSLATE_NOOP("polis::Error", "indicator %1: unknown key \"%2\""), {where, key.toStdString()});
    }
}

std::map<std::string, std::string> readWhere(const QJsonValue& value, const std::string& name)
{
    std::map<std::string, std::string> where;
    if (value.isUndefined())
        return where;
    if (!value.isObject())
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "indicator %1: \"where\" must be an object of field: value pairs"), {name});
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        where[it.key().toStdString()] =
            it.value().isDouble() ? QString::number(it.value().toDouble(), 'g', 17).toStdString()
                                  : it.value().toString().toStdString();
    return where;
}

std::map<std::string, std::string> readNames(const QJsonValue& value, const std::string& name)
{
    std::map<std::string, std::string> names;
    if (value.isUndefined())
        return names;
    const auto bad = [&] {
        return Error(QT_TRANSLATE_NOOP("polis::Error", "indicator %1: \"names\" must be an object of language: title pairs"), {name});
    };
    if (!value.isObject())
        throw bad();
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().isEmpty() || !it.value().isString() || it.value().toString().trimmed().isEmpty())
            throw bad();
        names[it.key().toStdString()] = it.value().toString().toStdString();
    }
    return names;
}

QJsonObject writeWhere(const std::map<std::string, std::string>& where)
{
    QJsonObject o;
    for (const auto& [field, value] : where)
        o.insert(QString::fromStdString(field), QString::fromStdString(value));
    return o;
}

} // namespace

Indicator Indicator::fromJson(const std::string& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    if (!doc.isObject())
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "indicator definition is not a JSON object: %1"), {error.errorString().toStdString()});
    const QJsonObject o = doc.object();
    Indicator ind;
    ind.name = o.value("name").toString().toStdString();
    if (ind.name.empty())
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "indicator definition without a \"name\""));
    rejectUnknown(o, {"name", "names", "kind", "layer", "field", "where", "within"}, ind.name);
    ind.names = readNames(o.value("names"), ind.name);
    const std::string kind = o.value("kind").toString().toStdString();
    const auto* k = std::find_if(std::begin(kKinds), std::end(kKinds), [&](const auto& p) { return kind == p.second; });
    if (k == std::end(kKinds))
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "indicator %1: kind \"%2\" is not count, sum, length_km or area_km2"), {ind.name, kind});
    ind.kind = k->first;
    ind.layer = o.value("layer").toString().toStdString();
    ind.field = o.value("field").toString().toStdString();
    if (ind.layer.empty())
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "indicator %1: no \"layer\""), {ind.name});
    if (ind.kind == Kind::Sum && ind.field.empty())
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "indicator %1: a sum needs a \"field\""), {ind.name});
    ind.where = readWhere(o.value("where"), ind.name);
    if (o.contains("within")) {
        const QJsonObject w = o.value("within").toObject();
        rejectUnknown(w, {"layer", "distance", "where"}, ind.name + " (within)");
        Near near{w.value("layer").toString().toStdString(), w.value("distance").toDouble(-1),
                  readWhere(w.value("where"), ind.name)};
        if (near.layer.empty() || !(near.distance >= 0))
            throw Error(QT_TRANSLATE_NOOP("polis::Error", "indicator %1: \"within\" needs a \"layer\" and a \"distance\" >= 0"), {ind.name});
        ind.within = std::move(near);
    }
    return ind;
}

const std::string& Indicator::titleFor(const std::string& locale) const
{
    std::string key = locale;
    std::replace(key.begin(), key.end(), '-', '_');
    for (;;) {
        if (const auto it = names.find(key); it != names.end())
            return it->second;
        const std::size_t cut = key.rfind('_');
        if (cut == std::string::npos)
            return name;
        key.resize(cut);
    }
}

std::string Indicator::toJson() const
{
    QJsonObject o{{"name", QString::fromStdString(name)},
                  {"kind", QString::fromLatin1(kKinds[std::size_t(kind)].second)},
                  {"layer", QString::fromStdString(layer)}};
    if (!field.empty())
        o.insert("field", QString::fromStdString(field));
    if (!where.empty())
        o.insert("where", writeWhere(where));
    if (!names.empty())
        o.insert("names", writeWhere(names));
    if (within) {
        QJsonObject w{{"layer", QString::fromStdString(within->layer)}, {"distance", within->distance}};
        if (!within->where.empty())
            w.insert("where", writeWhere(within->where));
        o.insert("within", w);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace polis

#include "indicator_values.hpp"

#include "../core/error.hpp"
#include "../query/measure.hpp"
#include "../query/select_by_location.hpp"
#include "scenario_layers.hpp"

#include <QLocale>
#include <QString>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace polis {
namespace {

/// Indices of `store`'s features matching every field = value pair of `where`.
std::vector<std::size_t> matching(const FeatureStore& store, const std::map<std::string, std::string>& where,
                                  const std::string& layer)
{
    std::vector<std::pair<std::size_t, std::string>> tests;
    for (const auto& [field, value] : where) {
        const int index = store.fieldIndex(field);
        if (index < 0)
            throw Error(QT_TRANSLATE_NOOP("polis::Error", "layer %1 has no field \"%2\""), {layer, field});
        tests.emplace_back(std::size_t(index), value);
    }
    std::vector<std::size_t> result;
    for (std::size_t i = 0; i < store.size(); ++i) {
        const bool all = std::all_of(tests.begin(), tests.end(), [&](const auto& test) {
            const auto& [field, value] = test;
            if (store.isNull(i, field))
                return false;
            const FieldType type = store.fields()[field].type;
            if (type == FieldType::Integer || type == FieldType::Real) {
                bool ok = false;
                const double wanted = QString::fromStdString(value).toDouble(&ok);
                return ok && store.number(i, field) == wanted;
            }
            return store.text(i, field) == value;
        });
        if (all)
            result.push_back(i);
    }
    return result;
}

const FeatureStore& vectorLayer(const std::vector<MapLayer>& layers, const std::string& name)
{
    const MapLayer& layer = layers[findLayer(layers, name)];
    if (!layer.features)
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "layer %1 is not a vector layer"), {name});
    return *layer.features;
}

} // namespace

double computeIndicator(const Indicator& indicator, const std::vector<MapLayer>& layers)
{
    const FeatureStore& store = vectorLayer(layers, indicator.layer);
    std::vector<std::size_t> features = matching(store, indicator.where, indicator.layer);
    if (indicator.within) {
        const FeatureStore& query = vectorLayer(layers, indicator.within->layer);
        LocationOptions options;
        options.distance = indicator.within->distance;
        options.queryFeatures = matching(query, indicator.within->where, indicator.within->layer);
        const Selection near = selectByLocation(store, query, Predicate::DWithin, options);
        std::vector<std::size_t> both;
        std::set_intersection(features.begin(), features.end(), near.indices.begin(), near.indices.end(),
                              std::back_inserter(both));
        features = std::move(both);
    }
    int field = -1;
    if (indicator.kind == Indicator::Kind::Sum) {
        field = store.fieldIndex(indicator.field);
        if (field < 0)
            throw Error(QT_TRANSLATE_NOOP("polis::Error", "layer %1 has no field \"%2\""), {indicator.layer, indicator.field});
        const FieldType type = store.fields()[std::size_t(field)].type;
        if (type != FieldType::Integer && type != FieldType::Real)
            throw Error(QT_TRANSLATE_NOOP("polis::Error", "field \"%1\" of layer %2 is not numeric"), {indicator.field, indicator.layer});
    }
    double value = 0;
    for (const std::size_t i : features) {
        switch (indicator.kind) {
        case Indicator::Kind::Count:
            value += 1;
            break;
        case Indicator::Kind::Sum:
            value += store.isNull(i, std::size_t(field)) ? 0.0 : store.number(i, std::size_t(field));
            break;
        case Indicator::Kind::LengthKm:
            value += planarLength(store, i) / 1000.0;
            break;
        case Indicator::Kind::AreaKm2:
            value += planarArea(store, i) / 1e6;
            break;
        }
    }
    return value;
}

std::string formatIndicatorValue(double value)
{
    if (!std::isfinite(value))
        return "-";
    const QLocale locale; // the reader's digits and separators: 480.000.000 in Greek, 480000000 in C
    QString text = locale.toString(value, 'f', 3);
    const QString point = locale.decimalPoint();
    while (text.endsWith(locale.zeroDigit()))
        text.chop(locale.zeroDigit().size());
    if (text.endsWith(point))
        text.chop(point.size());
    return text.toStdString();
}

IndicatorTable computeIndicators(const MapContent& map)
{
    IndicatorTable table;
    table.scenarios = scenarioNames(map.scenarios);
    for (const Indicator& indicator : map.indicators) {
        table.indicators.push_back(indicator.titleFor(QLocale().name().toStdString()));
        table.keys.push_back(indicator.name);
        table.values.emplace_back(table.scenarios.size(), std::numeric_limits<double>::quiet_NaN());
    }
    for (std::size_t s = 0; s < table.scenarios.size(); ++s) {
        const std::vector<MapLayer> layers = scenarioLayers(map, table.scenarios[s]);
        for (std::size_t i = 0; i < map.indicators.size(); ++i) {
            try {
                table.values[i][s] = computeIndicator(map.indicators[i], layers);
            } catch (const Error& e) {
                table.errors.push_back(userMessage(Error(QT_TRANSLATE_NOOP("polis::Error", "%1, scenario %2: %3"),
                                                         {map.indicators[i].name, table.scenarios[s], Error::keep(e)})));
            }
        }
    }
    return table;
}

} // namespace polis

#include "panels/compare_controller.hpp"

#include "jobs/background_job.hpp"
#include "document/map_document.hpp"
#include "layers/core/error.hpp"
#include "layers/map/indicator_values.hpp"
#include "layers/scenario/scenario_diff.hpp"

#include <QLocale>

#include <cmath>

namespace polis {
namespace {

QString unitOf(Indicator::Kind kind)
{
    switch (kind) {
    case Indicator::Kind::LengthKm:
        return CompareController::tr("km");
    case Indicator::Kind::AreaKm2:
        return CompareController::tr("km²");
    case Indicator::Kind::Count:
    case Indicator::Kind::Sum:
        break;
    }
    return {};
}

/// The value as the engine formats it: up to 3 decimals, no trailing zeros, in the reader's locale
/// ("480,000,000" / "480.000.000", "20.007" / "20,007").
QString formatted(double value)
{
    return QString::fromStdString(formatIndicatorValue(value));
}

/// The difference to the baseline with its sign ("+2.153", "-480000000", "0").
QString difference(double value, double baseline)
{
    const double d = value - baseline;
    if (!std::isfinite(d))
        return QStringLiteral("-");
    return d > 0 ? QStringLiteral("+") + formatted(d) : formatted(d);
}

std::vector<std::shared_ptr<const FeatureStore>> stores(const MapContent& map)
{
    std::vector<std::shared_ptr<const FeatureStore>> result;
    for (const MapLayer& layer : map.layers)
        result.push_back(layer.features);
    return result;
}

} // namespace

CompareController::CompareController(QObject* parent) : DocumentController(parent) {}

void CompareController::setScenarioA(const QString& name)
{
    if (name == m_a)
        return;
    m_a = name;
    emit scenariosChanged();
    updateDiff();
}

void CompareController::setScenarioB(const QString& name)
{
    if (name == m_b)
        return;
    m_b = name;
    emit scenariosChanged();
    updateDiff();
}

void CompareController::contentChanged()
{
    updateDiff();
    updateTable();
}

void CompareController::updateDiff()
{
    int counts[3] = {0, 0, 0};
    if (document() && !m_b.isEmpty()) {
        const std::vector<Scenario>& scenarios = document()->content()->scenarios;
        try {
            for (const LayerDiff& d : diffChanges(scenarioChanges(scenarios, m_a.toStdString()),
                                                  scenarioChanges(scenarios, m_b.toStdString()))) {
                counts[0] += int(d.added.size());
                counts[1] += int(d.removed.size());
                counts[2] += int(d.modified.size());
            }
        } catch (const Error&) {
            // A scenario the document does not have (any more): nothing differs.
        }
    }
    if (counts[0] == m_added && counts[1] == m_removed && counts[2] == m_modified)
        return;
    m_added = counts[0];
    m_removed = counts[1];
    m_modified = counts[2];
    emit diffChanged();
}

void CompareController::updateTable()
{
    if (!document())
        return;
    auto baseline = std::make_shared<const MapContent>(document()->engine().baselineContent());
    std::vector<std::shared_ptr<const FeatureStore>> layerStores = stores(*baseline);
    if (baseline->scenarios == m_tableFor && baseline->indicators == m_tableIndicators && layerStores == m_tableStores &&
        QLocale().name() == m_tableLocale && !m_tableScenarios.isEmpty())
        return; // a style, visibility or selection change: the values are the same
    m_tableLocale = QLocale().name();
    m_tableFor = baseline->scenarios;
    m_tableIndicators = baseline->indicators;
    m_tableStores = std::move(layerStores);
    // Each scenario's layers are built and queried with GEOS: a worker's job.
    job()->start(
        [baseline](BackgroundJob::State&) {
            try {
                return computeIndicators(*baseline);
            } catch (const Error& e) {
                IndicatorTable failed;
                failed.errors.push_back(polis::userMessage(e));
                return failed;
            }
        },
        [this, baseline](IndicatorTable result) {
            m_tableScenarios.clear();
            for (const std::string& s : result.scenarios)
                m_tableScenarios << QString::fromStdString(s);
            m_table.clear();
            for (std::size_t i = 0; i < result.indicators.size(); ++i) {
                QVariantList values;
                QVariantList differences;
                const std::vector<double>& row = result.values[i];
                for (std::size_t s = 0; s < row.size(); ++s) {
                    values << formatted(row[s]);
                    differences << (s == 0 ? QString() : difference(row[s], row[0]));
                }
                const Indicator::Kind kind =
                    i < baseline->indicators.size() ? baseline->indicators[i].kind : Indicator::Kind::Count;
                m_table << QVariantMap{{"name", QString::fromStdString(result.indicators[i])},
                                       {"unit", unitOf(kind)},
                                       {"values", values},
                                       {"differences", differences}};
            }
            m_tableErrors.clear();
            for (const std::string& e : result.errors)
                m_tableErrors << QString::fromStdString(e);
            emit tableChanged();
        });
}

} // namespace polis

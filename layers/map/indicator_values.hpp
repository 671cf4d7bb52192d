#pragma once
#include "map_content.hpp"
#include "../scenario/indicator.hpp"

#include <string>
#include <vector>

namespace polis {

/// The value of `indicator` for one set of layers (e.g. scenarioLayers()). Throws polis::Error when a
/// layer or field it names is missing or the sum field is not numeric. Runs on the calling thread.
double computeIndicator(const Indicator& indicator, const std::vector<MapLayer>& layers);

/// An indicator value as printed (tables, command line) in QLocale()'s digits: up to three decimals,
/// trailing zeros dropped ("17.854", "3", "480000000"; Greek "480.000.000"); "-" for NaN (a value that
/// could not be computed).
std::string formatIndicatorValue(double value);

/// Every indicator of a map for every scenario ("baseline" first).
struct IndicatorTable
{
    std::vector<std::string> scenarios;
    std::vector<std::string> indicators; ///< their titles in the reader's language (Indicator::titleFor)
    std::vector<std::string> keys;       ///< their names (Indicator::name), for scripts
    std::vector<std::vector<double>> values; ///< [indicator][scenario]; NaN where it could not be computed
    std::vector<std::string> errors;         ///< one sentence per cell that failed
};

/// Computes map.indicators for every scenario of `map` (each scenario's layers built once).
IndicatorTable computeIndicators(const MapContent& map);

} // namespace polis

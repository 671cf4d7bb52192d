#pragma once
#include <QColor>
#include <QString>

#include <cstddef>

namespace polis {

/// The colour of the scenario at `position` among a project's scenarios in the order they print ("baseline"
/// = 0, then the project's scenarios): the baseline grey #7F7F7F, then #1F77B4, #FF7F0E, #2CA02C, #9467BD,
/// #8C564B, #17BECF, repeating. Charts and the web pack use them, so a scenario keeps its colour everywhere.
QColor scenarioColour(std::size_t position);

/// `value` in the layout's locale (QLocale()): digits grouped, at most three decimals, trailing zeros
/// dropped; "–" for NaN. With `sign`, positive values get a leading "+" (differences).
QString localeNumber(double value, bool sign = false);

} // namespace polis

#pragma once
#include "../../map/indicator_values.hpp"
#include "page_painter.hpp"

class QPainter;

namespace polis::detail {

/// Paints one small chart per indicator of `table` in a grid filling `area`: a horizontal bar per scenario
/// in the scenario's colour (scenarioColour of its position), the value at the bar's end, the difference to
/// the baseline after it, and the baseline's value marked by a dashed line across the bars. Vector drawing
/// (QPainter paths and text): PDF and SVG keep it as vectors. Charts that do not fit are left out.
void paintIndicatorCharts(QPainter& painter, const PageMetrics& m, const RectMm& area, const IndicatorTable& table);

} // namespace polis::detail

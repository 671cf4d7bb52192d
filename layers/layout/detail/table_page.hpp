#pragma once
#include "../layout_document.hpp"
#include "page_painter.hpp"

class QPainter;

namespace polis::detail {

/// Paints `table` below the layout's title block across the page: a shaded header row, then the rows
/// (as many as fit), then its indicators' charts in the rest of the page. Numbers in columns after the first
/// two align right.
void paintTablePage(QPainter& painter, const PageMetrics& m, const PrintLayout& layout, const SummaryTable& table);

} // namespace polis::detail

#pragma once
#include "../../map/print_layout.hpp"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace polis {

/// Translation for layout text: `LayoutText::tr(text, disambiguation, n)` (context "polis::layout"; `n` fills
/// "%n" plural forms), spelled so that lupdate finds the texts.
struct LayoutText
{
    Q_DECLARE_TR_FUNCTIONS(polis::layout)
};

/// The layout's typeface at `points` size: DejaVu Sans, which covers Greek, set explicitly so that every
/// output (PDF, PNG, SVG) uses and embeds the same font.
QFont layoutFont(double points, bool bold = false);

namespace detail {

/// A scenario's name as printed: the baseline (Scenario::baselineName) in the reader's language, the
/// user's scenarios as they named them.
QString scenarioTitle(const std::string& name);

/// `date` in the reader's short form with a four-digit year (Greek: 3/12/2026), ISO 8601 in the C locale.
QString dateText(const QDate& date);

/// Millimetres on the page to device units of one output (PDF at its resolution, PNG pixels, SVG units).
struct PageMetrics
{
    double dotsPerMm = 1;

    double px(double mm) const { return mm * dotsPerMm; }
    QRectF rect(const RectMm& r) const { return {px(r.x), px(r.y), px(r.width), px(r.height)}; }
};

/// A north arrow pointing up (grid north) in `box`: a split arrowhead with an "N" above it.
void paintNorthArrow(QPainter& painter, const QRectF& box);

} // namespace detail
} // namespace polis

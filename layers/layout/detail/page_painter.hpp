#pragma once
#include "../../map/print_layout.hpp"

#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace polis {

/// Translation for layout text (context "polis::layout"); `n` fills "%n" plural forms.
QString layoutTr(const char* text, const char* disambiguation = nullptr, int n = -1);

/// The layout's typeface at `points` size: DejaVu Sans, which covers Greek, set explicitly so that every
/// output (PDF, PNG, SVG) uses and embeds the same font.
QFont layoutFont(double points, bool bold = false);

namespace detail {

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

#pragma once
#include "../map/map_content.hpp"

#include <string>
#include <vector>

class QPainter;
class QRectF;

namespace polis {

/// The symbol drawn in front of a legend row.
struct LegendSwatch
{
    enum class Kind : std::uint8_t { None, Fill, Line, Marker, Ramp };
    Kind kind = Kind::None; ///< None: a heading row (e.g. a layer whose classes follow)
    Style style;            ///< colours, widths and marker of the symbol
    double opacity = 1.0;
};

/// One row: a swatch and its text. Classified styles (categorized, graduated) add a heading row for the
/// layer, one indented row per class and one for all other values; styles with modifiers then add one
/// block: a heading (the modifier field) and a row per modifier, not a row per class and modifier. Only
/// classes and modifiers that some feature of the layer is drawn with get a row.
struct LegendRow
{
    std::string label; ///< UTF-8
    LegendSwatch swatch;
    int indent = 0;
};

/// The legend of a map: rows built from the visible layers' styles, topmost layer first.
class Legend
{
public:
    /// The rows of every visible layer (see LegendRow): polygon fill and stroke box, line stroke, point
    /// marker of the style's shape; raster layers with a small grey ramp. Invisible layers are left out.
    static Legend fromLayers(const std::vector<MapLayer>& layers);

    const std::vector<LegendRow>& rows() const { return m_rows; }

    /// Height of the legend in millimetres when painted in one column (heading included).
    double heightMm() const;

    /// Paints a framed legend box in `box` (device units; `dotsPerMm` device units per millimetre):
    /// the heading, then the rows, in several columns when the box is wide and too short for one.
    /// Rows that do not fit are counted on the last line.
    void paint(QPainter& painter, const QRectF& box, double dotsPerMm) const;

private:
    std::vector<LegendRow> m_rows;
};

} // namespace polis

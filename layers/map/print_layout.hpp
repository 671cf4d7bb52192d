#pragma once
#include "../core/extent.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace polis {

/// A rectangle on the page in millimetres, origin at the top-left corner of the paper, y down.
struct RectMm
{
    double x = 0, y = 0, width = 0, height = 0;

    double right() const { return x + width; }
    double bottom() const { return y + height; }
    /// True when `o` lies entirely inside this rectangle (edges included).
    bool contains(const RectMm& o) const
    {
        return o.x >= x && o.y >= y && o.right() <= right() && o.bottom() <= bottom();
    }
};

enum class Paper : std::uint8_t { A4, A3, A2, A1, A0 };
enum class Orientation : std::uint8_t { Portrait, Landscape };

/// What a map page's frame shows (see LayoutDocument::build).
enum class ExtentMode : std::uint8_t {
    View,    ///< the project's saved view
    Fixed,   ///< PrintLayout::extent
    Layer,   ///< the extent of layer PrintLayout::extentLayer, in the page's scenario
    Changes  ///< every feature the page's scenario adds, removes or modifies, padded; the view for the baseline
};

/// Where each part of a map page goes, in millimetres on the page (see PrintLayout::geometry()).
struct LayoutGeometry
{
    RectMm page;  ///< the whole sheet
    RectMm title; ///< title and subtitle block across the top
    RectMm map;   ///< the map frame
    RectMm panel; ///< legend, overview inset, logo, CRS, date and attribution: right of the map in
                  ///< landscape, a band under it in portrait
};

/// A print layout: paper, margins, which part of the map the frame shows and what surrounds it.
/// A plain value type without Qt (the project file stores it; LayoutRenderer paints it).
/// Text is UTF-8. Stored in a project as key/value pairs (toKeyValues / fromKeyValues).
struct PrintLayout
{
    Paper paper = Paper::A3;
    Orientation orientation = Orientation::Landscape;
    double marginMm = 10; ///< on every side of the sheet
    /// Map frame by scale: the denominator N of 1:N about the extent's centre. Unset = fit the extent.
    std::optional<double> scale;
    /// The council pack's default: each scenario page shows what the scenario changes.
    ExtentMode extentMode = ExtentMode::Changes;
    Extent extent;           ///< map CRS; ExtentMode::Fixed's extent
    std::string extentLayer; ///< ExtentMode::Layer's layer: its name (or source layer name)
    std::string title;       ///< empty = the project's title
    std::string subtitle;    ///< shown after the scenario name
    std::string attribution; ///< data sources and licences, printed in the side panel
    std::string logoPath;    ///< an image file; empty = no logo
    std::string language;    ///< the council's language for exports ("el", "he", ...); empty = the user's
    bool legend = true;
    bool scaleBar = true;
    bool northArrow = true;
    bool overview = false; ///< a small inset of the whole project extent with the frame marked

    /// Width x height of `paper` in portrait, millimetres (ISO 216: A4 = 210 x 297).
    static std::pair<double, double> paperSizeMm(Paper paper);
    /// The sheet in this layout's orientation, millimetres.
    std::pair<double, double> pageSizeMm() const;
    /// The parts of a map page: all inside the margins, without overlaps.
    LayoutGeometry geometry() const;

    /// "A3", "landscape", ... as used by the command line and the project file.
    static std::optional<Paper> paperFromName(const std::string& name);
    static std::string paperName(Paper paper);
    static std::optional<Orientation> orientationFromName(const std::string& name);
    static std::string orientationName(Orientation orientation);
    /// "view", "fixed", "layer", "changes".
    static std::optional<ExtentMode> extentModeFromName(const std::string& name);
    static std::string extentModeName(ExtentMode mode);

    /// The settings as text keys and values (the project's `polis_layout` table).
    std::map<std::string, std::string> toKeyValues() const;
    /// Reads toKeyValues' format; missing keys keep their defaults. Throws polis::Error naming the key
    /// and the value when a value is malformed.
    static PrintLayout fromKeyValues(const std::map<std::string, std::string>& values);

    bool operator==(const PrintLayout& o) const;
};

} // namespace polis

#pragma once
#include <algorithm>
#include <limits>

namespace polis {

/// An axis-aligned rectangle in some CRS (x = easting/longitude, y = northing/latitude).
/// A default-constructed Extent is empty; expanding it with a point makes it valid.
struct Extent
{
    double xmin = std::numeric_limits<double>::infinity();
    double ymin = std::numeric_limits<double>::infinity();
    double xmax = -std::numeric_limits<double>::infinity();
    double ymax = -std::numeric_limits<double>::infinity();

    static Extent of(double x0, double y0, double x1, double y1)
    {
        return {std::min(x0, x1), std::min(y0, y1), std::max(x0, x1), std::max(y0, y1)};
    }
    bool isEmpty() const { return !(xmin <= xmax && ymin <= ymax); }
    double width() const { return isEmpty() ? 0.0 : xmax - xmin; }
    double height() const { return isEmpty() ? 0.0 : ymax - ymin; }
    double centerX() const { return (xmin + xmax) / 2; }
    double centerY() const { return (ymin + ymax) / 2; }
    void expand(double x, double y)
    {
        xmin = std::min(xmin, x);
        ymin = std::min(ymin, y);
        xmax = std::max(xmax, x);
        ymax = std::max(ymax, y);
    }
    void expand(const Extent& o)
    {
        if (o.isEmpty())
            return;
        expand(o.xmin, o.ymin);
        expand(o.xmax, o.ymax);
    }
    bool intersects(const Extent& o) const
    {
        return xmin <= o.xmax && o.xmin <= xmax && ymin <= o.ymax && o.ymin <= ymax;
    }
    bool contains(double x, double y) const { return x >= xmin && x <= xmax && y >= ymin && y <= ymax; }
    Extent buffered(double d) const { return isEmpty() ? *this : Extent{xmin - d, ymin - d, xmax + d, ymax + d}; }
    bool operator==(const Extent& o) const
    {
        return xmin == o.xmin && ymin == o.ymin && xmax == o.xmax && ymax == o.ymax;
    }
};

} // namespace polis

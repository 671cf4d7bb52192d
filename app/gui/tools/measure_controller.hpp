#pragma once
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace polis {

class MapDocument;

/// Measures a path or an area drawn on the map: planar (in the map CRS) and geodesic (on the CRS's
/// ellipsoid, with the engine's GeodesicMeasure). Points are map CRS coordinates. GUI thread only.
class MeasureController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("document/map_document.hpp")
    Q_PROPERTY(MapDocument* document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(bool area READ area WRITE setArea NOTIFY changed)
    Q_PROPERTY(QVariantList points READ points NOTIFY changed)
    Q_PROPERTY(double planar READ planar NOTIFY changed)
    Q_PROPERTY(double geodesic READ geodesic NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)

public:
    explicit MeasureController(QObject* parent = nullptr);

    MapDocument* document() const { return m_document; }
    void setDocument(MapDocument* document);
    /// false: the length of the path; true: the area of the polygon the points enclose.
    bool area() const { return m_area; }
    void setArea(bool area);
    QVariantList points() const;
    /// Length in map units (metres in a projected CRS) or area in map units squared.
    double planar() const { return m_planar; }
    /// Length in metres or area in m² on the ellipsoid; NaN when the map CRS is unknown.
    double geodesic() const { return m_geodesic; }
    /// The measure for people: "1.24 km (geodesic 1.24 km)", "3.5 ha (geodesic 3.5 ha)".
    QString summary() const;

    Q_INVOKABLE void addPoint(double x, double y);
    /// Replaces all points at once (a sketch being drawn), measuring once.
    void setPoints(std::vector<QPointF> points);
    Q_INVOKABLE void clear();

signals:
    void documentChanged();
    void changed();

private:
    void recompute();

    QPointer<MapDocument> m_document;
    bool m_area = false;
    std::vector<QPointF> m_points;
    double m_planar = 0;
    double m_geodesic = 0;
};

} // namespace polis

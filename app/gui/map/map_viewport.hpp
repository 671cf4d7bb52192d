#pragma once
#include "layers/core/crs.hpp"
#include "layers/core/extent.hpp"

#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace polis {

/// What a map view shows, kept apart from the item that draws it (as QField's map settings): the centre (map
/// CRS units), the map units per logical pixel, the output size (logical pixels) and the map CRS; the map is
/// north up (no rotation). Several MapViews may share one viewport (`MapView.viewport: shared`): each shows
/// the same centre and scale at its own size, so they stay in step without any syncing code. The zoom history
/// lives here too, so views sharing a viewport share it. GUI thread only.
class MapViewport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// The map point (map CRS units) at the centre of the output.
    Q_PROPERTY(QPointF center READ center WRITE setCenter NOTIFY changed)
    /// Map CRS units per logical pixel; 0 until the viewport shows something.
    Q_PROPERTY(double mapUnitsPerPixel READ mapUnitsPerPixel WRITE setMapUnitsPerPixel NOTIFY changed)
    /// The output size in logical pixels (set by the view(s) drawing it; the last one resized wins).
    Q_PROPERTY(QSizeF size READ size WRITE setSize NOTIFY changed)
    /// The visible rectangle at `size` (map CRS units: x, y = minimum corner, width, height).
    Q_PROPERTY(QRectF extent READ extentRect NOTIFY changed)
    /// True once a centre and a scale are set.
    Q_PROPERTY(bool valid READ isValid NOTIFY changed)
    /// The scale as 1:N at 96 dpi (ground metres per metre of screen; degrees measured along the parallel at
    /// the centre); 0 when not valid.
    Q_PROPERTY(double scaleDenominator READ scaleDenominator NOTIFY changed)
    Q_PROPERTY(bool canZoomPrevious READ canZoomPrevious NOTIFY historyChanged)
    Q_PROPERTY(bool canZoomNext READ canZoomNext NOTIFY historyChanged)

public:
    explicit MapViewport(QObject* parent = nullptr);

    QPointF center() const { return m_center; }
    void setCenter(QPointF center);
    double mapUnitsPerPixel() const { return m_unitsPerPixel; }
    void setMapUnitsPerPixel(double unitsPerPixel);
    /// Sets centre and scale at once (one `changed`).
    Q_INVOKABLE void setView(QPointF center, double unitsPerPixel);
    QSizeF size() const { return m_size; }
    /// A new output size keeps the centre and the scale (a pending extent is fitted into the first valid size).
    void setSize(QSizeF size);
    bool isValid() const { return m_unitsPerPixel > 0; }
    double scaleDenominator() const;

    const Crs& crs() const { return m_crs; }
    /// Moves the view into `crs`: the same place, at about the same ground scale (the centre is transformed,
    /// the scale follows the transformed visible extent). Clears the zoom history (extents of the old CRS).
    /// With no way between the two CRSs the viewport becomes invalid (the views show everything again).
    void setCrs(const Crs& crs);

    /// The visible extent (map CRS units) of an output of `size` logical pixels centred on the centre; an
    /// empty size means this viewport's own size. Empty when not valid.
    Extent extent(QSizeF size = {}) const;
    QRectF extentRect() const;
    /// The map point (map CRS units) at `screen` (logical pixels, origin top left) of an output of `size`.
    Q_INVOKABLE QPointF toMap(QPointF screen) const { return toMap(screen, m_size); }
    QPointF toMap(QPointF screen, QSizeF size) const;
    /// Where the map point `map` (map CRS units) is in an output of `size` (logical pixels).
    Q_INVOKABLE QPointF toScreen(QPointF map) const { return toScreen(map, m_size); }
    QPointF toScreen(QPointF map, QSizeF size) const;

    /// Shows `extent` (map CRS units) whole in an output of `size` (empty: this viewport's size), centred.
    /// Before any size is known the extent waits and is fitted into the first one.
    void zoomToExtent(const Extent& extent, QSizeF size = {});
    /// Shows `extent` (map CRS units) as the whole of an output of `size`, unless that is already (within
    /// 1e-9 of its size) what it shows: how a view follows another of the same size without echoing back.
    void showExactly(const Extent& extent, QSizeF size);
    /// zoomToExtent for QML: `rect` in map CRS units (x, y = minimum corner, width, height), no margin.
    Q_INVOKABLE void showRect(const QRectF& rect);
    /// Zooms by `factor` (> 1 zooms in) keeping the map point under `screen` (pixels of an output of `size`) fixed.
    void zoomAt(QPointF screen, double factor, QSizeF size);
    Q_INVOKABLE void zoomAt(QPointF screen, double factor) { zoomAt(screen, factor, m_size); }
    /// Moves the map by (dx, dy) logical pixels, as a drag does.
    Q_INVOKABLE void panBy(double dx, double dy);
    /// Takes centre, scale and CRS of `other` (how a new view starts where another one is).
    Q_INVOKABLE void copyFrom(MapViewport* other);

    /// Adds the current view to the zoom history (after a zoom, or at the end of a drag).
    void remember();
    bool canZoomPrevious() const { return m_historyIndex > 0; }
    bool canZoomNext() const { return m_historyIndex + 1 < int(m_history.size()); }
    Q_INVOKABLE void zoomPrevious();
    Q_INVOKABLE void zoomNext();

signals:
    /// Centre, scale, size or CRS changed.
    void changed();
    void historyChanged();

private:
    struct State
    {
        QPointF center;
        double unitsPerPixel = 0;
    };
    void clearHistory();

    QPointF m_center;
    double m_unitsPerPixel = 0;
    QSizeF m_size;
    Crs m_crs;
    std::optional<Extent> m_pending; ///< asked for before any size was known
    std::vector<State> m_history;
    int m_historyIndex = -1;
};

} // namespace polis

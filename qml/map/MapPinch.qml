import QtQuick
import Polis

// Pinch to zoom a MapView (its parent) about the pinch centre; one finger still pans (the view's own drag).
// The zoom follows the fingers' spread from when the handler takes over (past the drag threshold).
PinchHandler {
    objectName: "mapPinch"
    target: null // the view zooms itself: zoomAt keeps the map point under the centroid fixed

    property real lastScale: 1

    onActiveChanged: lastScale = scale
    onScaleChanged: {
        if (!active || lastScale <= 0)
            return
        const factor = scale / lastScale
        lastScale = scale
        parent.zoomAt(centroid.position, factor)
    }
}

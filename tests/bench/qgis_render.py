#!/usr/bin/python3
"""QGIS on the same data as `polis-bench render`: the comparison issue 3 asks for (QGIS is never a
dependency of Polis). Loads every vector layer of a GeoPackage, renders with QgsMapRendererParallelJob at
the given size: the full extent, then 1 km x 1 km windows at seeded random places, and prints one JSON
object with the keys polis-bench uses: open_s, first_frame_s, full_redraw_ms, window_redraw_ms.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 tests/bench/qgis_render.py /tmp/city1m.gpkg [--size 1920x1080] [--frames 10]
"""
import argparse
import json
import os
import random
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (Qgis, QgsApplication, QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle,  # noqa: E402
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402


def summary(values):
    values = sorted(values)
    pick = lambda q: values[min(len(values) - 1, int(q * (len(values) - 1) + 0.5))]  # noqa: E731
    return {"median": round(pick(0.5), 3), "p95": round(pick(0.95), 3)}


def render(settings):
    start = time.perf_counter()
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage()
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("source")
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--frames", type=int, default=10)
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    app = QgsApplication([], False)
    app.initQgis()
    start = time.perf_counter()
    probe = QgsVectorLayer(args.source, "probe", "ogr")
    names = [n.split("!!::!!")[1] for n in probe.dataProvider().subLayers()]
    layers = [QgsVectorLayer(f"{args.source}|layername={name}", name, "ogr") for name in names]
    layers = [l for l in layers if l.isValid()]
    settings = QgsMapSettings()
    settings.setLayers(list(reversed(layers)))  # QGIS draws the last layer first
    settings.setDestinationCrs(layers[0].crs())
    settings.setOutputSize(QSize(width, height))
    settings.setBackgroundColor(QColor("white"))
    full = QgsRectangle()
    for l in layers:
        full.combineExtentWith(l.extent())
    settings.setExtent(full)
    open_s = time.perf_counter() - start
    first_frame_s = open_s + render(settings)

    full_ms = [render(settings) * 1000 for _ in range(args.frames)]
    rng = random.Random(42)
    window_ms = []
    for _ in range(args.frames * 3):
        x = full.xMinimum() + (full.width() - 1000) * rng.random()
        y = full.yMinimum() + (full.height() - 1000) * rng.random()
        settings.setExtent(QgsRectangle(x, y, x + 1000, y + 1000))
        window_ms.append(render(settings) * 1000)
    print(json.dumps({"source": args.source, "renderer": "QGIS " + Qgis.QGIS_VERSION, "size": [width, height], "open_s": round(open_s, 3),
                      "first_frame_s": round(first_frame_s, 3), "full_redraw_ms": summary(full_ms),
                      "window_redraw_ms": summary(window_ms)}))
    app.exitQgis()


if __name__ == "__main__":
    main()

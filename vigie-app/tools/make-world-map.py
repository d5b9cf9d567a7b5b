#!/usr/bin/env python3
"""Writes the world map the web UI draws: one line per country, "CC<TAB>name<TAB>SVG path".

Made from two npm packages (fetch them with `npm pack world-atlas@2.0.2 i18n-iso-countries@7.14.0`
and unpack them side by side as world-atlas/ and iso/):
  - world-atlas 2.0.2 (ISC, Mike Bostock): Natural Earth 1:110m country shapes as TopoJSON. Natural
    Earth is in the public domain, so the derived file may be shipped.
  - i18n-iso-countries 7.14.0 (MIT): only its ISO 3166-1 numeric to alpha-2 table is used.

Equirectangular projection, x = lon + 180, y = 90 - lat, rounded to 0.1 degree; Antarctica left out.
Usage: make-world-map.py PACKAGES_DIR > vigie-app/src/main/resources/org/vigie/app/http/world-110m.tsv
"""
import json
import sys

root = sys.argv[1]
topo = json.load(open(f"{root}/world-atlas/countries-110m.json"))
codes = {numeric: alpha2 for alpha2, _, numeric, _ in json.load(open(f"{root}/iso/codes.json"))}
# Natural Earth marks a few disputed areas without an ISO code; Kosovo has a user-assigned one.
codes.setdefault("-99", None)
scale, translate = topo["transform"]["scale"], topo["transform"]["translate"]

arcs = []
for arc in topo["arcs"]:
    x = y = 0
    points = []
    for dx, dy in arc:
        x += dx
        y += dy
        points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
    arcs.append(points)


def ring(indexes):
    points = []
    for i in indexes:
        part = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(part if not points else part[1:])
    return points


def path(rings):
    out = []
    for r in rings:
        last = None
        pts = []
        for lon, lat in ring(r):
            p = (round(lon + 180, 1), round(90 - lat, 1))
            if p != last:
                pts.append(p)
                last = p
        if len(pts) < 3:
            continue
        out.append("M" + "L".join(f"{x:g} {y:g}" for x, y in pts) + "Z")
    return "".join(out)


for geometry in topo["objects"]["countries"]["geometries"]:
    name = geometry["properties"]["name"]
    code = codes.get(geometry.get("id"))
    if name == "Kosovo":
        code = "XK"
    if not code or code == "AQ" or "arcs" not in geometry:
        continue
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    d = "".join(path(polygon) for polygon in polygons)
    if d:
        print(f"{code}\t{name}\t{d}")

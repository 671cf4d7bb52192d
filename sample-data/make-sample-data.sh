#!/usr/bin/env bash
# Regenerates the Polis sample dataset (Heraklion, Crete) from the hand-written
# text sources in src/.  Needs only the GDAL command-line tools (ogr2ogr,
# gdal_translate, gdaladdo, gdaldem, gdaltransform) and awk.
#
#   ./make-sample-data.sh            # (re)build everything in this folder
#
# The output is deterministic: timestamps that GDAL would normally write
# (GeoPackage gpkg_contents.last_change, DBF "last update" header) are pinned,
# so running the script twice produces byte-identical files.
set -euo pipefail

cd "$(dirname "$0")"
SRC=src
FIXED_DATE=2025-01-01

export LC_ALL=C                                   # stable awk number formatting
export OGR_CURRENT_DATE="${FIXED_DATE}T00:00:00.000Z"   # GPKG last_change
export GDAL_PAM_ENABLED=NO                        # never write *.aux.xml side files

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

SHP_LCO=(-lco ENCODING=UTF-8 -lco RESIZE=YES -lco "DBF_DATE_LAST_UPDATE=${FIXED_DATE}")
JSON_LCO=(-lco RFC7946=YES -lco COORDINATE_PRECISION=6 -lco WRITE_NAME=NO)
WKT_OO=(-oo KEEP_GEOM_COLUMNS=NO)
TO_GGRS87=(-s_srs EPSG:4326 -t_srs EPSG:2100)

# strip comments / blank lines from a vertex list
vertices() { grep -v '^[[:space:]]*#' "$1" | grep -v '^[[:space:]]*$'; }

# The real layers come from the shared, openly licensed extracts (see ATTRIBUTIONS.md); POLIS_REAL_DATA
# points at them (default: ../shared/real-data next to the repository, as on the build machines).
REAL="${POLIS_REAL_DATA:-../../shared/real-data}"
for f in kallikratis_municipalities.gpkg gshhg_crete_coastline.gpkg heraklion_water_districts.gpkg \
         points_of_interest.gpkg; do
  [ -r "$REAL/$f" ] || { echo "error: $REAL/$f not found: set POLIS_REAL_DATA" >&2; exit 1; }
done
KALLIKRATIS="$REAL/kallikratis_municipalities.gpkg"
GSHHG="$REAL/gshhg_crete_coastline.gpkg"
SIMPLIFY=25   # metres (EPSG:2100): GSHHG's vertices are 100-150 m apart, the boundary's about 50 m

echo "== coastline.geojson (GSHHG, all of Crete, simplified ${SIMPLIFY} m in EPSG:2100)"
rm -f coastline.geojson
ogr2ogr -f GeoJSON coastline.geojson "$GSHHG" -dialect SQLite -nln coastline -nlt MULTILINESTRING \
  -sql "SELECT 'Ακτογραμμή Κρήτης' AS name, 'Coastline of Crete' AS name_en,
               ST_Transform(ST_Collect(ST_SimplifyPreserveTopology(ST_Transform(geom, 2100), ${SIMPLIFY})), 4326) AS geom
        FROM (SELECT geom FROM crete_coastline ORDER BY fid)" "${JSON_LCO[@]}"

echo "== boundary.shp (EPSG:2100, Kallikratis YPES 9305, full resolution)"
rm -f boundary.shp boundary.shx boundary.dbf boundary.prj boundary.cpg
ogr2ogr -f "ESRI Shapefile" boundary.shp "$KALLIKRATIS" -dialect SQLite -nln boundary -nlt POLYGON \
  -sql "SELECT 'Δήμος ' || name_el AS name, 'Municipality of Heraklion' AS name_en, CAST(ypes_code AS INTEGER) AS ypes_code,
               ST_Transform(geom, 2100) AS geom FROM heraklion_municipality" "${SHP_LCO[@]}"

echo "== districts.shp (EPSG:2100, illustrative, clipped to the boundary)"
rm -f districts.shp districts.shx districts.dbf districts.prj districts.cpg
ogr2ogr -f "ESRI Shapefile" districts.shp "$SRC/districts.csv" "${WKT_OO[@]}" \
  "${TO_GGRS87[@]}" -clipdst boundary.shp -nln districts -nlt POLYGON "${SHP_LCO[@]}"

echo "== roads.geojson"
rm -f roads.geojson
ogr2ogr -f GeoJSON roads.geojson "$SRC/roads.csv" "${WKT_OO[@]}" \
  -a_srs EPSG:4326 -nln roads -nlt LINESTRING "${JSON_LCO[@]}"

echo "== heraklion.gpkg (EPSG:2100)"
# street lights: points every N metres along the routes in street_light_routes.txt
vertices "$SRC/street_light_routes.txt" | awk -F'|' '
  BEGIN { print "id,type,WKT"; id = 0; d2r = atan2(0, -1) / 180 }
  {
    type = $1; step = $2 + 0; n = split($3, v, ",")
    for (i = 1; i <= n; i++) { split(v[i], p, " "); lon[i] = p[1] + 0; lat[i] = p[2] + 0 }
    kx = 111320 * cos(lat[1] * d2r); ky = 110574      # metres per degree (local)
    next_at = 0; walked = 0
    for (i = 1; i < n; i++) {
      dx = (lon[i+1] - lon[i]) * kx; dy = (lat[i+1] - lat[i]) * ky
      seg = sqrt(dx * dx + dy * dy)
      while (next_at <= walked + seg + 1e-6) {
        t = (next_at - walked) / seg
        printf "%d,%s,POINT (%.6f %.6f)\n", ++id, type,
               lon[i] + t * (lon[i+1] - lon[i]), lat[i] + t * (lat[i+1] - lat[i])
        next_at += step
      }
      walked += seg
    }
  }' > "$TMP/street_lights.csv"
printf '"Integer","String","WKT"\n' > "$TMP/street_lights.csvt"

rm -f heraklion.gpkg
gpkg_layer() {   # gpkg_layer SOURCE LAYER GEOMTYPE [create]
  local mode=(-update)
  [ "${4:-}" = create ] && mode=()
  ogr2ogr -f GPKG "${mode[@]}" heraklion.gpkg "$1" "${WKT_OO[@]}" "${TO_GGRS87[@]}" \
    -nln "$2" -nlt "$3" -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=YES
}
gpkg_layer "$SRC/public_buildings.csv" public_buildings POINT create
gpkg_layer "$SRC/airports.csv"         airports         POLYGON
gpkg_layer "$SRC/sites.csv"            sites            POLYGON
gpkg_layer "$SRC/fibre_ring.csv"       fibre_ring       LINESTRING
gpkg_layer "$TMP/street_lights.csv"    street_lights    POINT
gpkg_layer "$SRC/bike_docks.csv"       bike_docks       POINT
real_layer() {   # real_layer LAYER GEOMTYPE DATASET SQL: a real layer, reprojected in the SQL
  ogr2ogr -f GPKG -update heraklion.gpkg "$3" -dialect SQLite -sql "$4" -nln "$1" -nlt "$2" \
    -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=YES
}
simplified() { echo "ST_SimplifyPreserveTopology(ST_Transform(geom, 2100), ${SIMPLIFY})"; }
real_layer land MULTIPOLYGON "$GSHHG" \
  "SELECT COALESCE(name, 'islet') AS name, ROUND(area_km2, 3) AS area_km2, ST_Multi($(simplified)) AS geom
   FROM crete_land ORDER BY fid"
real_layer municipalities MULTIPOLYGON "$KALLIKRATIS" \
  "SELECT CAST(ypes_code AS INTEGER) AS ypes_code, name_el AS name, regional_unit_el AS regional_unit,
          ST_Multi($(simplified)) AS geom FROM crete_municipalities ORDER BY ypes_code"
real_layer water_districts MULTIPOLYGON "$REAL/heraklion_water_districts.gpkg" \
  "SELECT fid AS id, name, ROUND(ST_Area(ST_Transform(geom, 2100)) / 1e6, 3) AS area_km2,
          ST_Multi(ST_Transform(geom, 2100)) AS geom FROM water_supply_districts ORDER BY fid"
real_layer settlements POINT "$REAL/points_of_interest.gpkg" \
  "SELECT name, admin2, ST_Transform(geom, 2100) AS geom FROM settlements_geonames_crete ORDER BY name"
real_layer airfields POINT "$REAL/points_of_interest.gpkg" \
  "SELECT ident AS icao, iata_code AS iata, name, municipality, CAST(elevation_ft AS INTEGER) AS elevation_ft,
          ST_Transform(geom, 2100) AS geom FROM airports_ourairports WHERE iso_region = 'GR-M' ORDER BY ident"

echo "== elevation.tif / hillshade.tif (EPSG:2100, 50 m cells)"
# Synthetic DEM on the real land: sea (off the GSHHG land) is nodata; the land rises with the distance from
# the sea, with the Giouchtas (Juktas) massif, hills to the west, the Kairatos (Knossos) and Giofyros valleys
# and a little deterministic relief. Covers the municipality and the Kasteli plain.
DEM_GRID=(-te 584000 3884000 628000 3916000 -tr 50 50)
gdal_rasterize -q -burn 1 -init 0 -ot Byte "${DEM_GRID[@]}" -a_srs EPSG:2100 -l land heraklion.gpkg "$TMP/land.tif"
gdal_proximity.py -q "$TMP/land.tif" "$TMP/inland.tif" -values 0 -distunits GEO -ot Float32
gdal_translate -q -of AAIGrid "$TMP/inland.tif" "$TMP/inland.asc"
printf '25.1140 35.2160\n25.1600 35.3000\n25.1000 35.3000\n' \
  | gdaltransform -s_srs EPSG:4326 -t_srs EPSG:2100 -output_xy > "$TMP/features2100.txt"
awk -v ncols=880 -v nrows=640 -v xll=584000 -v yll=3884000 -v cell=50 '
  FNR == NR { f++; fx[f] = $1; fy[f] = $2; next }     # Juktas, Kairatos, Giofyros
  /^[a-zA-Z]/ { next }                                 # the distance grid header
  { for (c = 1; c <= NF; c++) inland[rows, c - 1] = $c; rows++ }
  END {
    jx = fx[1]; jy = fy[1]; kx = fx[2]; gx = fx[3]
    printf "ncols %d\nnrows %d\nxllcorner %d\nyllcorner %d\ncellsize %d\nNODATA_value -9999\n",
           ncols, nrows, xll, yll, cell
    for (r = 0; r < nrows; r++) {
      y = yll + (nrows - r - 0.5) * cell
      line = ""
      for (c = 0; c < ncols; c++) {
        x = xll + (c + 0.5) * cell
        d = inland[r, c] + 0                            # metres from the sea; 0 = sea
        if (d <= 0) { v = -9999 }
        else {
          h  = 40 * (1 - exp(-d / 500)) + 0.022 * d     # coastal plain + regional slope
          h += 470 * exp(-0.5 * (((x - jx) / 1500) ^ 2 + ((y - jy) / 2800) ^ 2))   # Giouchtas
          h += 300 / (1 + exp((x - 594000) / 2000)) * (1 - exp(-d / 2500))       # western hills
          h += 150 / (1 + exp(-(x - 620000) / 4000)) / (1 + exp(-(3900000 - y) / 3000))
          # meandering river valleys, fading out a few km inland
          vx = kx + 250 * sin((y - 3905000) / 1800)
          h -= 60 * (1 - exp(-d / 3000)) * exp(-0.5 * ((x - vx) / 350) ^ 2) \
                / (1 + exp(-(y - 3899500) / 800))                          # Kairatos
          vx = gx + 250 * sin((y - 3905000) / 1400 + 1)
          h -= 50 * (1 - exp(-d / 3000)) * exp(-0.5 * ((x - vx) / 350) ^ 2) \
                / (1 + exp(-(y - 3903000) / 800))                          # Giofyros
          rough = 1 - exp(-d / 4000)                                       # rougher inland
          h += 12 * sin(x / 1700) * cos(y / 2300) + 6 * sin((x + 2 * y) / 900)
          h += rough * (45 * sin(x / 2300 + 0.7) * sin(y / 1900) + 25 * sin((x - y) / 1300) \
                    + 15 * cos((2 * x + y) / 1100))
          v = int(h + 0.5); if (v < 1) v = 1
        }
        line = line (c ? " " : "") v
      }
      print line
    }
  }' "$TMP/features2100.txt" "$TMP/inland.asc" > "$TMP/dem.asc"
rm -f elevation.tif hillshade.tif
gdal_translate -q -of GTiff -a_srs EPSG:2100 -ot Int16 -a_nodata -9999 \
  -co COMPRESS=DEFLATE -co PREDICTOR=2 "$TMP/dem.asc" elevation.tif
gdaladdo -q -r average --config COMPRESS_OVERVIEW DEFLATE --config PREDICTOR_OVERVIEW 2 \
  elevation.tif 2 4 8
# The relief layer: shadows only (a dark RGBA raster whose alpha is how much darker than a flat surface a
# cell is shaded), so plains and the sea stay clear and the coast has no cell edge: the hillshade is made
# from the DEM with the sea at 0 m rather than nodata.
grep -v '^NODATA_value' "$TMP/dem.asc" | sed 's/-9999/0/g' > "$TMP/dem0.asc"
gdaldem hillshade -q "$TMP/dem0.asc" "$TMP/shade.tif" -z 2 -compute_edges -of GTiff
FLAT=181  # gdaldem's shade of a flat cell (255 sin 45°)
gdal_calc.py --quiet -A "$TMP/shade.tif" --type=Byte --hideNoData --outfile="$TMP/alpha.tif" \
  --calc="clip(($FLAT - A.astype(float)) * 1.8, 0, 255)"
gdal_calc.py --quiet -A "$TMP/shade.tif" --type=Byte --hideNoData --outfile="$TMP/ink.tif" --calc="A * 0 + 40"
gdalbuildvrt -q -separate "$TMP/relief.vrt" "$TMP/ink.tif" "$TMP/ink.tif" "$TMP/ink.tif" "$TMP/alpha.tif"
gdal_translate -q -a_srs EPSG:2100 -a_nodata none -co COMPRESS=DEFLATE -co PHOTOMETRIC=RGB -co ALPHA=YES \
  "$TMP/relief.vrt" hillshade.tif
gdaladdo -q -r average --config COMPRESS_OVERVIEW DEFLATE hillshade.tif 2 4 8

echo "== heraklion.polis (project: two attribute tables)"
# built under a .gpkg name (GDAL warns about other extensions), then renamed
rm -f heraklion.polis
ogr2ogr -f GPKG "$TMP/project.gpkg" "$SRC/polis_project.csv" -nln polis_project
ogr2ogr -f GPKG -update "$TMP/project.gpkg" "$SRC/polis_layers.csv" -nln polis_layers
mv "$TMP/project.gpkg" heraklion.polis

echo "== heraklion.polis scenarios (planning layer, two scenarios, indicators)"
# The change rows (WGS84 WKT) go through a GeoPackage; polis-sample-scenarios (built with Polis, see
# tests/tools/) reprojects them into the project's CRS and saves them with the engine's own Project::save.
# POLIS_SAMPLE_SCENARIOS points at the tool; default: the build tree next to this folder.
TOOL="${POLIS_SAMPLE_SCENARIOS:-../build/tests/tools/polis-sample-scenarios}"
if [ ! -x "$TOOL" ]; then
  echo "error: $TOOL not found: build Polis first (cmake --build build) or set POLIS_SAMPLE_SCENARIOS" >&2
  exit 1
fi
ogr2ogr -f GPKG "$TMP/changes.gpkg" "$SRC/scenarios.csv" -nln scenarios
ogr2ogr -f GPKG -update "$TMP/changes.gpkg" "$SRC/scenario_changes.csv" -nln changes \
  -oo GEOM_POSSIBLE_NAMES=WKT -oo KEEP_GEOM_COLUMNS=NO -a_srs EPSG:4326 -nlt GEOMETRY
"$TOOL" heraklion.polis "$TMP/changes.gpkg" "$SRC/indicators.json"

echo "== chania.gpkg / chania.polis (the second sample: Chania, EPSG:2100)"
# A window around the municipality of Chania (YPES 9325): its land, coastline, settlements and airport.
CHANIA_CLIP="ST_Transform(BuildMbr(23.85, 35.30, 24.26, 35.64, 4326), 2100)"
# The land and coast reach well beyond it, so that no view of the sample shows their cut edge as sea.
CHANIA_LAND="ST_Transform(BuildMbr(23.45, 35.05, 24.65, 35.80, 4326), 2100)"
rm -f chania.gpkg chania.polis
chania_layer() {   # chania_layer LAYER GEOMTYPE DATASET SQL
  ogr2ogr -f GPKG $([ -f chania.gpkg ] && echo -update) chania.gpkg "$3" -dialect SQLite -sql "$4" \
    -nln "$1" -nlt "$2" -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=YES
}
chania_layer land MULTIPOLYGON "$GSHHG" \
  "SELECT COALESCE(name, 'islet') AS name, ST_Multi(ST_Intersection($(simplified), ${CHANIA_LAND})) AS geom
   FROM crete_land WHERE ST_Intersects(ST_Transform(geom, 2100), ${CHANIA_LAND}) ORDER BY fid"
chania_layer boundary MULTIPOLYGON "$KALLIKRATIS" \
  "SELECT 'Δήμος ' || name_el AS name, 'Municipality of Chania' AS name_en, CAST(ypes_code AS INTEGER) AS ypes_code,
          ST_Multi(ST_Transform(geom, 2100)) AS geom FROM chania_municipality"
chania_layer coastline MULTILINESTRING "$GSHHG" \
  "SELECT ST_Multi(ST_Intersection($(simplified), ${CHANIA_LAND})) AS geom
   FROM crete_coastline WHERE ST_Intersects(ST_Transform(geom, 2100), ${CHANIA_LAND}) ORDER BY fid"
chania_layer settlements POINT "$REAL/points_of_interest.gpkg" \
  "SELECT name, admin2, ST_Transform(geom, 2100) AS geom FROM settlements_geonames_crete
   WHERE ST_Within(ST_Transform(geom, 2100), ${CHANIA_CLIP}) ORDER BY name"
chania_layer airfields POINT "$REAL/points_of_interest.gpkg" \
  "SELECT ident AS icao, iata_code AS iata, name, municipality, ST_Transform(geom, 2100) AS geom
   FROM airports_ourairports WHERE ident = 'LGSA'"
ogr2ogr -f GPKG "$TMP/chania.gpkg" "$SRC/chania_project.csv" -nln polis_project
ogr2ogr -f GPKG -update "$TMP/chania.gpkg" "$SRC/chania_layers.csv" -nln polis_layers
mv "$TMP/chania.gpkg" chania.polis
ogr2ogr -f GPKG "$TMP/chania_changes.gpkg" "$SRC/chania_scenarios.csv" -nln scenarios
ogr2ogr -f GPKG -update "$TMP/chania_changes.gpkg" "$SRC/chania_changes.csv" -nln changes \
  -oo GEOM_POSSIBLE_NAMES=WKT -oo KEEP_GEOM_COLUMNS=NO -a_srs EPSG:4326 -nlt GEOMETRY
"$TOOL" chania.polis "$TMP/chania_changes.gpkg" "$SRC/chania_indicators.json"

echo "done."

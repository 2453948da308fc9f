#!/usr/bin/env bash
# Rebuilds maps/countries-50m.geojson, maps/countries-10m.geojson and data/countries.csv from Natural Earth
# 1:50m and 1:10m (world-atlas 2.0.2), cut and keyed alike.
# usage: cd maps/build && npm ci && ./build-map.sh
# Outputs can be redirected with MAP_OUT / MAP10_OUT / CSV_OUT
# (defaults: ../countries-50m.geojson, ../countries-10m.geojson, ../../data/countries.csv).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
map_out="${MAP_OUT:-$here/../countries-50m.geojson}"
map10_out="${MAP10_OUT:-$here/../countries-10m.geojson}"
csv_out="${CSV_OUT:-$here/../../data/countries.csv}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$(dirname "$map_out")" "$(dirname "$map10_out")" "$(dirname "$csv_out")"

# 1. TopoJSON -> GeoJSON (topojson-client), cut at the antimeridian (d3 geoProject, identity equirectangular),
#    ISO codes and properties, both scales keyed alike; writes the country table.
node prepare-map.mjs "$tmp/raw-50m.geojson" "$tmp/raw-10m.geojson" "$csv_out"

# 2. Round coordinates to 0.0001 degree (mapshaper also drops the duplicate vertices rounding creates) and
#    write RFC 7946 GeoJSON (counter-clockwise exterior rings), feature id = iso3. The same precision serves
#    1:10m: world-atlas quantises 1:10m to a 0.0036 x 0.0017 degree grid, so 4 decimals keep every vertex.
#    At 1:10m, -dissolve2 first removes the inner edges between the parts merged into one feature (Cyprus and the
#    Sovereign Base Areas and buffer zone, Kazakhstan and Baikonur, Cuba and Guantanamo): without it they would be
#    drawn as borders, and JTS would read the touching parts as an invalid MultiPolygon.
npx --no-install mapshaper -i "$tmp/raw-50m.geojson" -filter-fields iso3,iso_numeric,name \
  -o "$tmp/countries-50m.geojson" format=geojson rfc7946 precision=0.0001 id-field=iso3
npx --no-install mapshaper -i "$tmp/raw-10m.geojson" -dissolve2 iso3 copy-fields=iso_numeric,name \
  -filter-fields iso3,iso_numeric,name \
  -o "$tmp/countries-10m.geojson" format=geojson rfc7946 precision=0.0001 id-field=iso3

# 3. Check the results (antimeridian, ranges, codes, counts; 1:10m keyed like 1:50m) before they replace the
#    committed files.
node verify-map.mjs "$tmp/countries-50m.geojson" "$csv_out"
node verify-map.mjs "$tmp/countries-10m.geojson" "$csv_out" "$tmp/countries-50m.geojson"
mv "$tmp/countries-50m.geojson" "$map_out"
mv "$tmp/countries-10m.geojson" "$map10_out"
echo "wrote $map_out ($(wc -c <"$map_out") bytes), $map10_out ($(wc -c <"$map10_out") bytes) and $csv_out"

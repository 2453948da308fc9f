#!/usr/bin/env bash
# Rebuilds maps/countries-50m.geojson and data/countries.csv from Natural Earth 1:50m (world-atlas 2.0.2).
# usage: cd maps/build && npm ci && ./build-map.sh
# Outputs can be redirected with MAP_OUT / CSV_OUT (defaults: ../countries-50m.geojson, ../../data/countries.csv).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
map_out="${MAP_OUT:-$here/../countries-50m.geojson}"
csv_out="${CSV_OUT:-$here/../../data/countries.csv}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$(dirname "$map_out")" "$(dirname "$csv_out")"

# 1. TopoJSON -> GeoJSON (topojson-client), cut at the antimeridian (d3 geoProject, identity equirectangular),
#    ISO codes and properties; writes the country table.
node prepare-map.mjs "$tmp/raw.geojson" "$csv_out"

# 2. Round coordinates to 0.0001 degree (mapshaper also drops the duplicate vertices rounding creates) and
#    write RFC 7946 GeoJSON (counter-clockwise exterior rings), feature id = iso3.
npx --no-install mapshaper -i "$tmp/raw.geojson" -filter-fields iso3,iso_numeric,name \
  -o "$tmp/countries-50m.geojson" format=geojson rfc7946 precision=0.0001 id-field=iso3

# 3. Check the result (antimeridian, ranges, codes, counts) before it replaces the committed file.
node verify-map.mjs "$tmp/countries-50m.geojson" "$csv_out"
mv "$tmp/countries-50m.geojson" "$map_out"
echo "wrote $map_out ($(wc -c <"$map_out") bytes) and $csv_out"

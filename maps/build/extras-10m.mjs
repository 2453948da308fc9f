// Features that Natural Earth draws only at 1:10m. The 1:10m map is keyed exactly like the 1:50m one (one
// feature per countries.csv row, the same iso3 set), so that land keeps its country, colour and click target when
// the app switches scale. Each 1:10m-only feature is therefore either merged into the 1:50m feature that draws
// the same land, or left out. prepare-map.mjs checks both tables against the data (every entry is used, a merged
// feature lies in its target as drawn at 1:50m, a left-out one lies in no 1:50m feature).

// Natural Earth name -> iso3 of the feature it is merged into, with why.
export const MERGED_10M = {
  'Baikonur': 'KAZ', // Kazakh territory leased to Russia; 1:50m draws it in Kazakhstan
  'USNB Guantanamo Bay': 'CUB', // Cuban territory leased to the United States; 1:50m draws it in Cuba
  'Akrotiri': 'CYP', // UK Sovereign Base Area; 1:50m does not separate it from Cyprus
  'Dhekelia': 'CYP', // UK Sovereign Base Area; 1:50m does not separate it from Cyprus
  // UN-patrolled strip, de jure territory of the Republic of Cyprus; 1:50m has no buffer zone and splits its
  // land between Cyprus and Northern Cyprus along a coarser line
  'Cyprus U.N. Buffer Zone': 'CYP',
};

// Natural Earth name -> why it is not on the 1:10m map (1:50m does not draw its land, and it has no
// countries.csv row; adding one is a data decision, not a map-build one).
export const LEFT_OUT_10M = {
  'Gibraltar': 'UK overseas territory (ISO 292); not drawn at 1:50m',
  'U.S. Minor Outlying Is.': 'US islands (ISO 581); not drawn at 1:50m',
  'Coral Sea Is.': 'Australian reefs; not drawn at 1:50m',
  'Clipperton I.': 'French island; not drawn at 1:50m',
  'Spratly Is.': 'disputed reefs; not drawn at 1:50m',
  'Scarborough Reef': 'disputed reef; not drawn at 1:50m',
  'Bajo Nuevo Bank': 'disputed reef; not drawn at 1:50m',
  'Serranilla Bank': 'disputed reef; not drawn at 1:50m',
};

// Features that collapse to a point on world-atlas's 1:10m quantisation grid keep their 1:50m shape, cut as a hole
// out of the feature that surrounds them: iso3 -> iso3 of that feature.
export const ENCLAVE_HOST_10M = { VAT: 'ITA' };

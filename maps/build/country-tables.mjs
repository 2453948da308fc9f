// Hand-written country tables of the map build (the only hand-typed country facts in it), used by
// prepare-map.mjs for every scale.

// Natural Earth features without an ISO 3166 numeric id (or sharing Australia's "036"), keyed by the
// Natural Earth `name`. Codes are Natural Earth's own ADM0_A3, except Kosovo: XKX (the code used by the EU,
// IMF and others) instead of Natural Earth's KOS.
export const NON_ISO = {
  'Somaliland': { iso3: 'SOL', name: 'Somaliland' },
  'Kosovo': { iso3: 'XKX', name: 'Kosovo' },
  'N. Cyprus': { iso3: 'CYN', name: 'Northern Cyprus' },
  'Indian Ocean Ter.': { iso3: 'IOA', name: 'Australian Indian Ocean Territories' },
  'Siachen Glacier': { iso3: 'KAS', name: 'Siachen Glacier' },
  'Ashmore and Cartier Is.': { iso3: 'ATC', name: 'Ashmore and Cartier Islands' },
};

// Names for entities that UN M49 does not list (everything else is named as in UN M49).
export const NAME_NOT_IN_M49 = { TWN: 'Taiwan' };

// UN M49 does not list these; they take the M49 region of the area they are drawn in / administered from.
export const REGION_PROXY = {
  TWN: 'CHN', XKX: 'SRB', SOL: 'SOM', CYN: 'CYP', KAS: 'IND',
  IOA: 'CXR', // Christmas Island (M49: Oceania / Australia and New Zealand), same for Cocos (Keeling) Is.
  ATC: 'AUS',
};

// Disputed or partly recognised entities drawn by Natural Earth as their own feature (de facto lines).
export const DISPUTED = new Set(['TWN', 'XKX', 'SOL', 'CYN', 'KAS', 'ESH']);

// States that are not UN members: the two UN non-member observer states, and the two states in free
// association with New Zealand whose full treaty-making capacity the UN Secretary-General recognises
// (they join UN treaties in their own right under the "all States" formula).
export const NON_MEMBER_STATES = new Set(['PSE', 'VAT', 'COK', 'NIU']);

// Corrections to world-countries 5.1.0 flags: it marks the Holy See as a UN member (it is an observer).
export const UN_MEMBER_OVERRIDE = { VAT: false };

// Sovereign state of each dependency / territory on the map (hand-written; checked below so that every
// non-state feature appears here, except Antarctica, which has no sovereign under the Antarctic Treaty).
// Åland is an autonomous region of Finland; Jersey, Guernsey and the Isle of Man are Crown Dependencies;
// Hong Kong and Macao are Special Administrative Regions of China.
export const SOVEREIGN = {
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
export const NO_SOVEREIGN_TERRITORY = new Set(['ATA']);

// Not on the map, but a party in its own right in the project's data.
export const EXTRA_ROWS = [
  { iso3: 'EUE', iso_numeric: '', name: 'European Union', kind: 'organisation', sovereign_iso3: '',
    un_member: 'false', region: 'Europe', subregion: '' },
];

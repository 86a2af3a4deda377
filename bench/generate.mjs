// Deterministic generator of realistic figures for benchmarks and the bundled synthetic example.
// About 20 provinces, 200 districts and 2,000 communes; 2013–2023; 40 indicators with some
// categories, qualifiers and joint reporters. Same seed, same rows, on every machine.

/** Small fast seeded PRNG (mulberry32). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FLOWS = [
  ['propaganda_sessions', 'count', 40], ['propaganda_attendance', 'person_times', 3000],
  ['mobilization_drives', 'count', 30], ['media_items', 'count', 20], ['marches', 'count', 2],
  ['march_participants', 'person_times', 400], ['crackdown_campaigns', 'count', 2],
  ['movement_launches', 'count', 3], ['movement_launch_participants', 'person_times', 500],
  ['trainings', 'count', 2], ['training_attendance', 'person_times', 90],
  ['legal_aid_sessions', 'count', 2], ['legal_aid_attendance', 'person_times', 120],
  ['pledges_signed', 'household', 300], ['movement_participants', 'person_times', 2000],
  ['listening_forums', 'count', 8], ['forum_attendance', 'person_times', 600],
  ['forum_opinions', 'count', 150], ['festivals', 'count', 6], ['petitions_received', 'count', 25],
  ['petitions_resolved', 'count', 20], ['tips_received', 'count', 60],
  ['valuable_tips_received', 'count', 30], ['cases_solved_with_public_help', 'count', 4],
  ['suspects_arrested_with_public_help', 'person', 5], ['fugitives_caught_or_surrendered', 'person', 1],
  ['offenders_warned', 'person', 10], ['offenders_educated_in_community', 'person', 3],
  ['reintegration_supported', 'person', 4], ['disputes_mediated', 'count', 12],
  ['disputes_mediated_successfully', 'count', 10], ['funds_mobilized', 'vnd', 50_000_000],
  ['commendations', 'count', 2], ['models_established', 'count', 1],
  ['security_cameras_installed', 'piece', 15],
];
const STOCKS = [
  ['model_sites', 'count', 6], ['model_members', 'person', 80], ['security_teams', 'count', 9],
  ['security_team_members', 'person', 70],
];
const WEAPONS = [
  ['weapons_surrendered', 'gun.military', 'piece', 1], ['weapons_surrendered', 'gun.hunting', 'piece', 2],
  ['weapons_surrendered', 'gun.homemade', 'piece', 6], ['weapons_surrendered', 'ammunition', 'piece', 20],
  ['weapons_surrendered', 'crude.bayonet', 'piece', 2], ['explosives_surrendered', 'explosive.industrial', 'kg', 8],
  ['explosives_surrendered', 'detonator', 'piece', 5], ['fireworks_surrendered', 'firework', 'kg', 3],
];

/** A 32-bit integer hash, for values that depend only on their cell (unit, month, series). */
function mix(a, b, c) {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35) ^ Math.imul(c + 0x165667b1, 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/** Subset indicators and the superset they can never exceed in the same unit and period. */
const SUBSET_OF = { valuable_tips_received: 'tips_received', petitions_resolved: 'petitions_received', disputes_mediated_successfully: 'disputes_mediated' };

/** The unit hierarchy: VN → provinces → districts → communes, as units-table rows. */
export function generateUnits({ provinces = 20, districtsPerProvince = 10, communesPerDistrict = 10 } = {}) {
  const units = [{ code: 'VN', name: 'Việt Nam', level: 'national', parent: '' }];
  for (let p = 1; p <= provinces; p++) {
    const pc = `P${String(p).padStart(2, '0')}`;
    units.push({ code: pc, name: `Tỉnh ${p}`, level: 'province', parent: 'VN' });
    for (let d = 1; d <= districtsPerProvince; d++) {
      const dc = `${pc}D${String(d).padStart(2, '0')}`;
      units.push({ code: dc, name: `Huyện ${p}.${d}`, level: 'district', parent: pc });
      for (let c = 1; c <= communesPerDistrict; c++) {
        units.push({ code: `${dc}C${String(c).padStart(2, '0')}`, name: `Xã ${p}.${d}.${c}`, level: 'commune', parent: dc });
      }
    }
  }
  return units;
}

/**
 * Yields `count` figures (plain objects in the long format, absent fields left out). Values depend
 * only on their cell; subsets (valuable tips, petitions resolved, disputes settled) never exceed
 * their supersets. The grid is
 * communes × months of 2013–2023 × series; cells are visited in a fixed stride order so that any
 * prefix spreads over all units, years and indicators. Stocks are reported as of 31 December only.
 * About 2% of values are "over", 1% "nearly"; 10% are joint police+front activities. With
 * `yearly: true` flows are reported per year instead of per month.
 */
export function* generateFigures(count, options = {}) {
  const { seed = 20130801, firstYear = 2013, lastYear = 2023, yearly = false } = options;
  const communes = generateUnits(options).filter((u) => u.level === 'commune').map((u) => u.code);
  const series = [
    ...FLOWS.map(([indicator, uom, mean]) => ({ indicator, uom, mean, stock: false })),
    ...WEAPONS.map(([indicator, category, uom, mean]) => ({ indicator, category, uom, mean, stock: false })),
    ...STOCKS.map(([indicator, uom, mean]) => ({ indicator, uom, mean, stock: true })),
  ];
  const months = (lastYear - firstYear + 1) * 12;
  const index = new Map(series.map((x, i) => [x.indicator + '|' + (x.category ?? ''), i]));
  // The value of a cell depends on the cell alone (not on the visiting order), so a subset can be
  // drawn as a share of its superset in the same unit and month.
  const valueOf = (u, m, si) => {
    const s = series[si];
    const sup = SUBSET_OF[s.indicator];
    if (sup !== undefined) return Math.floor(valueOf(u, m, index.get(sup + '|')) * mix(u, m, si + 1000));
    return Math.floor(s.mean * 2 * mix(u, m, si));
  };
  const cells = communes.length * months * series.length;
  const stride = 7919; // prime, does not divide the grid size for the default shape
  let n = 0;
  for (let pass = 0; ; pass++) {
    const rand = prng(seed + pass);
    for (let k = 0; k < cells; k++) {
      const cell = (k * stride + pass) % cells;
      const s = series[cell % series.length];
      const rest = Math.floor(cell / series.length);
      const m = rest % months;
      if ((s.stock || yearly) && m % 12 !== 11) continue;
      const ui = Math.floor(rest / months);
      const unit = communes[ui];
      const year = firstYear + Math.floor(m / 12);
      const r = rand();
      const figure = {
        program: '09/CTr-BCA-MTTW',
        unit,
        reporter: r > 0.9 ? 'police+front' : r > 0.5 ? 'police' : 'front',
        period: s.stock ? `${year}-12-31` : yearly ? String(year) : `${year}-${String((m % 12) + 1).padStart(2, '0')}`,
        indicator: s.indicator,
        value: valueOf(ui, s.stock || yearly ? m - (m % 12) : m, cell % series.length),
        uom: s.uom,
      };
      if (s.category) figure.category = s.category;
      if (r < 0.02) figure.qualifier = 'over';
      else if (r < 0.03) figure.qualifier = 'nearly';
      if (s.stock) figure.statistic = 'as_of';
      yield figure;
      if (++n >= count) return;
    }
  }
}

/** How many series each commune reports (flows, weapon categories and stocks). */
export const SERIES_COUNT = FLOWS.length + WEAPONS.length + STOCKS.length;

export const FIGURE_COLUMNS = ['program', 'unit', 'reporter', 'period', 'indicator', 'category', 'value', 'uom', 'qualifier', 'statistic'];

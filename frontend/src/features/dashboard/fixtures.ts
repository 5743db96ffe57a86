import type { Boundaries, Cell, Completeness, Filters, MapValues, MunicipalitiesTable, RegionsTable, Row } from './api/dashboard';

/** Test data for the dashboard: 2026, all target groups, as a province analyst of Overijssel sees it. */

export const cell = (value: number): Cell => ({ value, text: new Intl.NumberFormat('nl-NL').format(value), suppressed: false });
export const hidden = (): Cell => ({ value: null, text: '<5', suppressed: true });
export const withheld = (): Cell => ({ value: null, text: '×', suppressed: true });

/** As the backend's nl.thuisplan.completeness.Completeness words and levels it. */
export function completeness(known: number, expected: number): Completeness {
  let level: Completeness['level'] = 'LOW';
  if (known === expected) level = 'COMPLETE';
  else if (known === 0) level = 'NONE';
  else if (known * 100 >= 50 * expected) level = 'PARTIAL';
  const text = known === expected ? `op basis van alle ${expected} gemeenten` : `op basis van ${known} van ${expected} gemeenten`;
  return { known, expected, level, text };
}

export const filters: Filters = {
  years: [2026, 2025, 2024],
  targetGroups: [
    { code: 'uitstroom_bw', name: 'Uitstroom beschermd wonen' },
    { code: 'uitstroom_mo', name: 'Uitstroom maatschappelijke opvang' },
    { code: 'vergunninghouders', name: 'Vergunninghouders' },
  ],
  provinces: [
    { code: 'PV23', name: 'Overijssel' },
    { code: 'PV27', name: 'Noord-Holland' },
  ],
  yearCompleteness: [
    { year: 2026, completeness: completeness(48, 48) },
    { year: 2025, completeness: completeness(48, 48) },
    { year: 2024, completeness: completeness(48, 48) },
  ],
  threshold: 5,
  defaultYear: 2026,
};

const trend = (values: (number | null)[], known: Completeness[] = []) =>
  values.map((v, i) => ({ year: 2024 + i, moves: v === null ? hidden() : cell(v), completeness: known[i] ?? completeness(8, 8) }));

export function row(area: Row['area'], overrides: Partial<Row> = {}): Row {
  return {
    area,
    detail: false,
    inhabitants: 400000,
    municipalities: 8,
    stock: cell(320),
    inflow: cell(140),
    moves: cell(492),
    movesPerThousand: '1,23',
    target: cell(120),
    realised: cell(101),
    realisedShare: '84,2',
    urgency: { scheme: 'Urgentieregeling 2026 (versie 2)', capacity: '120,5', inflow: cell(133), balance: '-12,5', shortfall: true, outcome: 'SHORTFALL', completeness: completeness(6, 8) },
    completeness: completeness(6, 8),
    woonzorgvisie: { adopted: 3, inReview: 1, concept: 2, none: 2 },
    trend: trend([410, 450, 492]),
    ...overrides,
  };
}

export const regionsTable: RegionsTable = {
  year: 2026,
  targetGroup: 'alle',
  threshold: 5,
  rows: [
    row({ kind: 'REGION', code: 'ENS', name: 'Regio Enschede' }, { detail: true, stock: hidden(), inflow: hidden(), trend: trend([3, null, 12]) }),
    row(
      { kind: 'REGION', code: 'GRO', name: 'Regio Groningen' },
      { inhabitants: 600000, municipalities: 10, moves: cell(700), movesPerThousand: '1,17', urgency: null, completeness: completeness(10, 10) },
    ),
    row(
      { kind: 'REGION', code: 'MRA', name: 'Metropoolregio Amsterdam' },
      {
        inhabitants: 2500000,
        municipalities: 30,
        moves: cell(3100),
        movesPerThousand: '1,24',
        target: cell(2000),
        realised: cell(1450),
        realisedShare: '72,5',
        urgency: { scheme: 'Urgentieregeling MRA', capacity: '900,0', inflow: cell(850), balance: '50,0', shortfall: false, outcome: 'ENOUGH', completeness: completeness(30, 30) },
        completeness: completeness(30, 30),
      },
    ),
  ],
  total: row(
    { kind: 'TOTAL', code: null, name: 'Totaal' },
    {
      inhabitants: 3500000,
      municipalities: 48,
      stock: cell(4000),
      inflow: cell(1500),
      moves: cell(4292),
      movesPerThousand: '1,23',
      target: cell(2240),
      realised: cell(1652),
      realisedShare: '73,8',
      completeness: completeness(26, 48),
      woonzorgvisie: { adopted: 10, inReview: 5, concept: 13, none: 20 },
    },
  ),
};

/** As programme manager of MRA: every region by name, only its own with detail; one withheld (×). */
export const managerTable: RegionsTable = {
  ...regionsTable,
  rows: [
    row({ kind: 'REGION', code: 'ENS', name: 'Regio Enschede' }, { stock: withheld(), inflow: withheld(), moves: withheld() }),
    row({ kind: 'REGION', code: 'GRO', name: 'Regio Groningen' }),
    row({ kind: 'REGION', code: 'MRA', name: 'Metropoolregio Amsterdam' }, { detail: true }),
  ],
};

export const ensMunicipalities: MunicipalitiesTable = {
  region: { kind: 'REGION', code: 'ENS', name: 'Regio Enschede' },
  year: 2026,
  targetGroup: 'alle',
  threshold: 5,
  suppressed: true,
  rows: [
    row({ kind: 'MUNICIPALITY', code: 'GM0153', name: 'Enschede' }, { inhabitants: 161012, municipalities: 1, completeness: completeness(1, 1), woonzorgvisie: { adopted: 1, inReview: 0, concept: 0, none: 0 } }),
    row({ kind: 'MUNICIPALITY', code: 'GM0164', name: 'Hengelo' }, { inhabitants: 81000, municipalities: 1, target: hidden(), realised: hidden(), realisedShare: null }),
    row({ kind: 'REST', code: null, name: 'Gemeenten buiten Overijssel' }, { inhabitants: 50000, municipalities: 2 }),
  ],
  total: row({ kind: 'TOTAL', code: null, name: 'Totaal' }, { inhabitants: 292012, municipalities: 4 }),
};

export const mapValues: MapValues = {
  year: 2026,
  targetGroup: 'alle',
  threshold: 5,
  values: [
    { municipality: 'GM0153', region: 'ENS', regionName: 'Regio Enschede', province: 'PV23', level: 'MUNICIPALITY', movesPerThousand: '1,40', text: '1,40 per 1.000', suppressed: false, completeness: completeness(1, 1) },
    { municipality: 'GM0014', region: 'GRO', regionName: 'Regio Groningen', province: 'PV20', level: 'REGION', movesPerThousand: '1,17', text: '1,17 per 1.000', suppressed: false, completeness: completeness(10, 10) },
    { municipality: 'GM0363', region: 'MRA', regionName: 'Metropoolregio Amsterdam', province: 'PV27', level: 'REGION', movesPerThousand: null, text: 'geen cijfer', suppressed: false, completeness: completeness(30, 30) },
  ],
};

const square = (x: number, y: number) => ({ type: 'Polygon', coordinates: [[[x, y], [x + 0.1, y], [x + 0.1, y + 0.1], [x, y + 0.1], [x, y]]] });

export const boundaries: Boundaries = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { code: 'GM0153', name: 'Enschede' }, geometry: square(6.8, 52.2) },
    { type: 'Feature', properties: { code: 'GM0014', name: 'Groningen' }, geometry: square(6.5, 53.2) },
    { type: 'Feature', properties: { code: 'GM0363', name: 'Amsterdam' }, geometry: square(4.9, 52.3) },
  ],
};

/**
 * 2027 with one adopted analysis in 48 (Amsterdam): the figures rest on one municipality, MRA's trend
 * "drops" to it, the urgency check cannot be judged; 2026 is the most complete year.
 */
export const partialFilters: Filters = {
  ...filters,
  years: [2027, 2026, 2025],
  yearCompleteness: [
    { year: 2027, completeness: completeness(1, 48) },
    { year: 2026, completeness: completeness(48, 48) },
    { year: 2025, completeness: completeness(48, 48) },
  ],
  defaultYear: 2026,
};

const partialTrend = (last: Cell, known: Completeness) => [
  { year: 2025, moves: cell(6000), completeness: completeness(30, 30) },
  { year: 2026, moves: cell(6188), completeness: completeness(30, 30) },
  { year: 2027, moves: last, completeness: known },
];

export const partialTable: RegionsTable = {
  year: 2027,
  targetGroup: 'alle',
  threshold: 5,
  rows: [
    row(
      { kind: 'REGION', code: 'ENS', name: 'Regio Enschede' },
      { stock: cell(0), inflow: cell(0), moves: { value: null, text: '–', suppressed: false }, movesPerThousand: null, urgency: null, completeness: completeness(0, 8), trend: partialTrend({ value: null, text: '–', suppressed: false }, completeness(0, 8)) },
    ),
    row(
      { kind: 'REGION', code: 'MRA', name: 'Metropoolregio Amsterdam' },
      {
        municipalities: 30,
        moves: cell(273),
        movesPerThousand: null,
        urgency: { scheme: 'Urgentieregeling MRA', capacity: '900,0', inflow: cell(150), balance: '750,0', shortfall: false, outcome: 'UNKNOWN', completeness: completeness(1, 30) },
        completeness: completeness(1, 30),
        trend: partialTrend(cell(273), completeness(1, 30)),
      },
    ),
  ],
  total: row(
    { kind: 'TOTAL', code: null, name: 'Totaal' },
    {
      municipalities: 48,
      moves: cell(273),
      movesPerThousand: null,
      urgency: { scheme: 'Urgentieregeling MRA', capacity: '900,0', inflow: cell(150), balance: '750,0', shortfall: false, outcome: 'UNKNOWN', completeness: completeness(1, 48) },
      completeness: completeness(1, 48),
      trend: partialTrend(cell(273), completeness(1, 48)),
    },
  ),
};

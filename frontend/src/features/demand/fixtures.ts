import type { Analysis, Cell, RegionOverview, Totals } from './api/demand';

/** Test data for the demand screens, shaped like docs/api/demand.md. */
export const cell = (overrides: Partial<Cell> & Pick<Cell, 'targetGroup' | 'housingForm' | 'measure'>): Cell => ({
  value: null,
  low: null,
  high: null,
  source: null,
  note: null,
  version: 1,
  previousYearValue: null,
  warnings: [],
  ...overrides,
});

/** Amsterdam's 2026 concept: 2 target groups × 2 housing forms, so the grid has 4 rows of 3 cells. */
export const analysis = (overrides: Partial<Analysis> = {}): Analysis => ({
  id: 12,
  region: { code: 'MRA', name: 'Metropoolregio Amsterdam' },
  municipality: { code: 'GM0363', name: 'Amsterdam' },
  year: 2026,
  versionNo: 1,
  status: 'CONCEPT',
  lockVersion: 3,
  editable: true,
  deadline: '2026-03-01',
  overdue: false,
  returnedReason: null,
  submittedAt: null,
  submittedBy: null,
  adoptedAt: null,
  adoptedBy: null,
  inhabitants: 931298,
  versions: [{ id: 12, versionNo: 1, status: 'CONCEPT' }],
  allowedActions: ['SUBMIT'],
  regionMedians: [],
  targetGroups: [
    { code: 'dakloos', name: 'Dakloze en thuisloze mensen' },
    { code: 'uitstroom-bw', name: 'Uitstroom beschermd wonen' },
  ],
  housingForms: [
    { code: 'zelfstandig', name: 'Zelfstandig wonen' },
    { code: 'beschermd', name: 'Beschermd wonen' },
  ],
  cells: [
    cell({ targetGroup: 'dakloos', housingForm: 'zelfstandig', measure: 'STOCK', value: 120, version: 2, previousYearValue: 110, source: 'GGD telling' }),
    cell({
      targetGroup: 'dakloos',
      housingForm: 'beschermd',
      measure: 'INFLOW',
      value: 90,
      version: 1,
      previousYearValue: 40,
      warnings: [{ code: 'CHANGE_OVER_50_PERCENT', message: 'Meer dan 50% hoger dan vorig jaar.' }],
    }),
  ],
  ...overrides,
});

export const overview: RegionOverview = {
  region: { code: 'MRA', name: 'Metropoolregio Amsterdam' },
  allowedActions: [],
  year: 2026,
  deadline: '2026-03-01',
  deadlineVersion: 2,
  municipalities: [
    { municipality: { code: 'GM0363', name: 'Amsterdam' }, subregion: { code: 'AMS', name: 'Amsterdam' }, analysisId: 12, versionNo: 1, status: 'SUBMITTED', overdue: false, updatedAt: '2026-02-03T10:15:00Z' },
    { municipality: { code: 'GM0384', name: 'Diemen' }, subregion: { code: 'AMM', name: 'Amstelland-Meerlanden' }, analysisId: null, versionNo: null, status: 'NOT_STARTED', overdue: true, updatedAt: null },
    { municipality: { code: 'GM0362', name: 'Amstelveen' }, subregion: { code: 'AMM', name: 'Amstelland-Meerlanden' }, analysisId: 14, versionNo: 2, status: 'ADOPTED', overdue: false, updatedAt: '2026-02-10T09:00:00Z' },
    { municipality: { code: 'GM0358', name: 'Aalsmeer' }, subregion: { code: 'AMM', name: 'Amstelland-Meerlanden' }, analysisId: 15, versionNo: 1, status: 'RETURNED', overdue: true, updatedAt: '2026-02-11T09:00:00Z' },
    { municipality: { code: 'GM0394', name: 'Haarlemmermeer' }, subregion: { code: 'AMM', name: 'Amstelland-Meerlanden' }, analysisId: 16, versionNo: 1, status: 'CONCEPT', overdue: false, updatedAt: '2026-02-12T09:00:00Z' },
  ],
  regional: { analysisId: 20, status: 'CONCEPT' },
};

export const totals: Totals = {
  includedMunicipalities: 1,
  municipalities: 30,
  regionSuppressed: false,
  suppressedReason: null,
  completeness: { known: 1, expected: 30, level: 'LOW', text: 'op basis van 1 van 30 gemeenten' },
  rows: [
    {
      targetGroup: { code: 'dakloos', name: 'Dakloze en thuisloze mensen' },
      region: { stock: 1250, inflow: 300, moves: 275, perThousand: { stock: '1.35', inflow: '0.32', moves: '0.30' }, suppressed: false },
      regional: { stock: 40, inflow: 10, moves: 8, perThousand: null, suppressed: false },
      subregions: [
        { subregion: { code: 'AMM', name: 'Amstelland-Meerlanden' }, stock: 1250, inflow: 300, moves: 275, perThousand: { stock: '5.40', inflow: '1.30', moves: '1.19' }, suppressed: false, completeness: { known: 1, expected: 6, level: 'LOW', text: 'op basis van 1 van 6 gemeenten' } },
      ],
    },
  ],
};

/** What a gemeente in Almere-Lelystad reads: its deelregio's total would give its neighbour's figures away. */
export const suppressedTotals: Totals = {
  includedMunicipalities: 4,
  municipalities: 30,
  regionSuppressed: false,
  suppressedReason: 'Niet getoond: …',
  completeness: { known: 4, expected: 30, level: 'LOW', text: 'op basis van 4 van 30 gemeenten' },
  rows: [
    {
      targetGroup: { code: 'dakloos', name: 'Dakloze en thuisloze mensen' },
      region: { stock: 504, inflow: 0, moves: 0, perThousand: { stock: '0.20', inflow: '0.00', moves: '0.00' }, suppressed: false },
      regional: { stock: 0, inflow: 0, moves: 0, perThousand: null, suppressed: false },
      subregions: [
        { subregion: { code: 'ALL', name: 'Almere-Lelystad' }, stock: null, inflow: null, moves: null, perThousand: null, suppressed: true, completeness: { known: 2, expected: 2, level: 'COMPLETE', text: 'op basis van alle 2 gemeenten' } },
      ],
    },
  ],
};

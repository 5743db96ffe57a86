import type { AllocationRegion } from './api/region';
import type { Schemas } from '../../shared/api/types';
import type { Boundaries, Comparison, Inputs, Model, PreviewResponse, Results, Scenario, ScenarioResult, Swap } from './api/allocation';

/** Test data shaped like docs/api/allocation.md, for three MRA municipalities. */

/** GET /api/v1/allocation/regions/MRA as the programme manager sees it, and as a reader without any action. */
export const managerRegion: AllocationRegion = {
  region: { code: 'MRA', name: 'Metropoolregio Amsterdam' },
  allowedActions: ['CREATE_MODEL', 'READ_INDICATORS', 'IMPORT_INDICATORS'],
};
export const readerRegion: AllocationRegion = { ...managerRegion, allowedActions: [] };

export const scenarioA: Scenario = {
  id: 11,
  modelId: 7,
  name: 'Scenario A',
  versionNo: 1,
  status: 'CONCEPT',
  lockVersion: 3,
  totalSource: 'ENTERED',
  total: 120,
  method: 'LARGEST_REMAINDER',
  referenceDate: '2025-01-01',
  criteria: [
    { indicator: 'inhabitants', weight: '0.6' },
    { indicator: 'lettings', weight: '0.4' },
  ],
  draagkracht: null,
  bounds: [{ municipality: 'GM0384', min: 2, max: null, minShare: null, maxShare: null }],
  updatedAt: '2026-03-01T10:00:00Z',
  updatedBy: 'regio.mra',
  adoptedAt: null,
  adoptedBy: null,
  allowedActions: ['EDIT', 'DELETE', 'ADOPT', 'COMPARE'],
};

export const scenarioB: Scenario = { ...scenarioA, id: 12, name: 'Scenario B', versionNo: 2, lockVersion: 0, method: 'SAINTE_LAGUE', bounds: [] };

export const model: Model = {
  id: 7,
  region: { code: 'MRA', name: 'Metropoolregio Amsterdam' },
  name: 'Uitstroom MO/BW 2026',
  period: '2026',
  targetGroups: [{ code: 'uitstroom_mo', name: 'Uitstroom MO' }],
  status: 'CONCEPT',
  lockVersion: 0,
  demandTotal: 118,
  adoptedScenarioId: null,
  adoptedAt: null,
  adoptedBy: null,
  decision: null,
  allowedActions: ['EDIT', 'ADOPT'],
  scenarios: [scenarioA, scenarioB],
};

export const inputs: Inputs = {
  referenceDate: '2025-01-01',
  availableDates: ['2024-01-01', '2025-01-01'],
  demandTotal: 118,
  units: [
    { id: 'GM0363', name: 'Amsterdam', indicators: { inhabitants: '931298', lettings: '7400', households: '480000', existing_places: '900' } },
    { id: 'GM0362', name: 'Amstelveen', indicators: { inhabitants: '92000', lettings: '800', households: '41000', existing_places: '60' } },
    { id: 'GM0384', name: 'Diemen', indicators: { inhabitants: '32000', lettings: '300', households: '15000', existing_places: '10' } },
  ],
  missing: [],
  warnings: [],
};

export const preview: PreviewResponse = {
  method: 'LARGEST_REMAINDER',
  total: 120,
  allocated: 120,
  results: [
    { id: 'GM0362', quota: '10.60', quotaExact: '53/5', target: 11, bound: 'NONE', contributions: { inhabitants: '6.60', lettings: '4.00' } },
    { id: 'GM0363', quota: '105.40', quotaExact: '527/5', target: 105, bound: 'NONE', contributions: { inhabitants: '67.00', lettings: '38.40' } },
    { id: 'GM0384', quota: '4.00', quotaExact: '4', target: 4, bound: 'NONE', contributions: { inhabitants: '2.40', lettings: '1.60' } },
  ],
  steps: [
    { number: 1, kind: 'KEY_QUOTA', unitId: 'GM0362', value: '10.60', text: 'Amstelveen: sleutelquotum 10,60', tieWith: null },
    { number: 2, kind: 'KEY_QUOTA', unitId: 'GM0363', value: '105.40', text: 'Amsterdam: sleutelquotum 105,40', tieWith: null },
    { number: 3, kind: 'KEY_QUOTA', unitId: 'GM0384', value: '4.00', text: 'Diemen: sleutelquotum 4', tieWith: null },
    { number: 4, kind: 'REMAINDER_AWARD', unitId: 'GM0362', value: '0.6', text: 'Amstelveen krijgt een extra plek voor rest 0,6', tieWith: null },
    { number: 5, kind: 'TOTAL', unitId: null, value: '120', text: 'Totaal 120', tieWith: null },
  ],
};

/** GET /api/v1/allocation/scenarios/{id}/result: the whole answer, of which the views read the ScenarioResult part. */
export const storedResult = (
  scenario: Scenario,
  targets: [number, number, number] = [11, 105, 4],
): ScenarioResult & Schemas['AllocationViewsResult'] => ({
  scenario: { id: scenario.id, name: scenario.name, versionNo: scenario.versionNo, status: scenario.status },
  method: scenario.method,
  total: 120,
  allocated: targets.reduce((s, v) => s + v, 0),
  referenceDate: '2025-01-01',
  frozen: scenario.status === 'ADOPTED',
  modelName: 'Uitstroom MO/BW 2026',
  period: '2026',
  targetGroups: [{ code: 'uitstroom_mo', name: 'Uitstroom MO' }],
  criteria: scenario.criteria,
  draagkracht: scenario.draagkracht,
  bounds: scenario.bounds,
  adoptedAt: scenario.adoptedAt,
  adoptedBy: scenario.adoptedBy,
  decision: null,
  rows: [
    ['GM0362', 'Amstelveen', targets[0]],
    ['GM0363', 'Amsterdam', targets[1]],
    ['GM0384', 'Diemen', targets[2]],
  ].map(([code, name, target]) => ({
    municipality: { code: code as string, name: name as string },
    quota: `${target}.00`,
    quotaExact: String(target),
    keyQuota: `${target}.00`,
    correctedQuota: `${target}.00`,
    target: target as number,
    bound: 'NONE' as const,
    contributions: { inhabitants: '1.00' },
    draagkrachtFactor: null,
    indicators: { inhabitants: '1000' },
    perThousand: '1.000',
  })),
  steps: [],
  warnings: [],
});

export const comparison: Comparison = {
  a: { id: 11, name: 'Scenario A', versionNo: 1 },
  b: { id: 12, name: 'Scenario B', versionNo: 2 },
  rows: [
    { municipality: { code: 'GM0362', name: 'Amstelveen' }, targetA: 11, targetB: 10, quotaA: '10.60', quotaB: '10.20', difference: -1 },
    { municipality: { code: 'GM0363', name: 'Amsterdam' }, targetA: 105, targetB: 105, quotaA: '105.40', quotaB: '105.10', difference: 0 },
    { municipality: { code: 'GM0384', name: 'Diemen' }, targetA: 4, targetB: 5, quotaA: '4.00', quotaB: '4.70', difference: 1 },
  ],
  totalA: 120,
  totalB: 120,
};

export const boundaries: Boundaries = { type: 'FeatureCollection', features: [] };

const swap = (over: Partial<Swap>): Swap => ({
  id: 3,
  from: { code: 'GM0384', name: 'Diemen' },
  to: { code: 'GM0363', name: 'Amsterdam' },
  amount: 2,
  reason: 'Diemen heeft geen geschikte woningen vrij',
  status: 'PROPOSED',
  proposedBy: 'gemeente.diemen',
  proposedFor: 'GM0384',
  proposedAt: '2026-04-01T09:00:00Z',
  decidedBy: null,
  decidedAt: null,
  allowedActions: [],
  ...over,
});

export const results = (forUser: 'amsterdam' | 'province'): Results => ({
  model: { id: 7, name: 'Uitstroom MO/BW 2026', period: '2026', targetGroups: [{ code: 'uitstroom_mo', name: 'Uitstroom MO' }], region: { code: 'MRA', name: 'Metropoolregio Amsterdam' } },
  scenario: {
    id: 11,
    name: 'Scenario A',
    versionNo: 1,
    method: 'LARGEST_REMAINDER',
    adoptedAt: '2026-03-15T12:00:00Z',
    adoptedBy: 'regio.mra',
    decision: { date: '2026-03-12', reference: 'PHO-2026-04', body: 'Portefeuillehoudersoverleg Wonen' },
  },
  previousModel: { id: 5, period: '2025' },
  rows: [
    { municipality: { code: 'GM0362', name: 'Amstelveen' }, quota: '10.60', target: 11, swapped: 0, effectiveTarget: 11, carriedIn: -1, due: 10, realised: 4, realisationVersion: 1, realisationNote: 'twee in aanbouw', difference: -6, carriedOut: 6 },
    { municipality: { code: 'GM0363', name: 'Amsterdam' }, quota: '105.40', target: 105, swapped: 0, effectiveTarget: 105, carriedIn: 3, due: 108, realised: null, realisationVersion: null, realisationNote: null, difference: null, carriedOut: 108 },
    { municipality: { code: 'GM0384', name: 'Diemen' }, quota: '4.00', target: 4, swapped: 0, effectiveTarget: 4, carriedIn: 0, due: 4, realised: 4, realisationVersion: 0, realisationNote: null, difference: 0, carriedOut: 0 },
  ],
  totals: { target: 120, effectiveTarget: 120, carriedIn: 2, due: 122, realised: 8, carriedOut: 114 },
  swaps: [swap({ allowedActions: forUser === 'amsterdam' ? ['CONFIRM', 'REJECT'] : [] })],
  allowedActions: forUser === 'amsterdam' ? { recordRealisation: ['GM0363'], proposeSwap: true } : { recordRealisation: [], proposeSwap: false },
});

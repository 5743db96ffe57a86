import type { Schemas } from '../../shared/api/types';
import type { Capacity, Comparison, MandatoryCategory, Scheme, SchemeSummary } from './api/urgency';

/** Test data for the urgency pages: Metropoolregio Amsterdam, version 2 (a concept) based on version 1 (adopted). */

export const mandatoryCategories: MandatoryCategory[] = [
  { code: 'mantelzorg', name: 'Mantelzorgers en -ontvangers', targetGroups: ['mantelzorg'] },
  { code: 'medisch', name: 'Ernstig zieken', targetGroups: ['medische_urgentie'] },
  { code: 'uitstroom_bw', name: 'Uitstroom beschermd wonen', targetGroups: ['uitstroom_bw'] },
];

/** As GET /api/v1/regions/MRA/target-groups answers (the editor uses code, name, active and order). */
export const targetGroups: Schemas['TargetGroupsRegionTargetGroup'][] = [
  { code: 'mantelzorg', name: 'Mantelzorgers', national: true, active: true, sortOrder: 1, version: 0 },
  { code: 'medische_urgentie', name: 'Medische urgentie', national: true, active: true, sortOrder: 2, version: 0 },
  { code: 'uitstroom_bw', name: 'Uitstroom beschermd wonen', national: true, active: true, sortOrder: 3, version: 0 },
  { code: 'schulden', name: 'Woningzoekenden met schulden', national: false, active: true, sortOrder: 4, version: 0 },
];

export const summaries: SchemeSummary[] = [
  {
    id: 3,
    name: 'Urgentieregeling MRA',
    versionNo: 1,
    status: 'ADOPTED',
    validFrom: '2023-01-01',
    validTo: '2026-12-31',
    legalBasis: { name: 'Huisvestingsverordening MRA 2023', date: '2022-11-15' },
    categoryCount: 2,
    quotaCount: 2,
    adoptedAt: '2022-12-01T10:00:00Z',
    adoptedBy: 'regio.mra',
    basedOn: null,
    allowedActions: [],
  },
  {
    id: 4,
    name: 'Urgentieregeling MRA 2027',
    versionNo: 2,
    status: 'CONCEPT',
    validFrom: '2027-01-01',
    validTo: '2030-12-31',
    legalBasis: { name: 'Huisvestingsverordening MRA 2027', date: '2026-11-15' },
    categoryCount: 3,
    quotaCount: 3,
    adoptedAt: null,
    adoptedBy: null,
    basedOn: 3,
    allowedActions: ['EDIT', 'ADOPT', 'DELETE'],
  },
];

export const scheme: Scheme = {
  id: 4,
  region: { code: 'MRA', name: 'Metropoolregio Amsterdam' },
  name: 'Urgentieregeling MRA 2027',
  versionNo: 2,
  status: 'CONCEPT',
  lockVersion: 3,
  validFrom: '2027-01-01',
  validTo: '2030-12-31',
  legalBasis: { name: 'Huisvestingsverordening MRA 2027', date: '2026-11-15' },
  adoptedAt: null,
  adoptedBy: null,
  basedOn: 3,
  categories: [
    {
      code: 'uitstroom_bw',
      name: 'Uitstroom beschermd wonen',
      mandatory: 'uitstroom_bw',
      targetGroups: ['uitstroom_bw'],
      criteria: 'Klaar voor zelfstandig wonen volgens de zorgaanbieder.',
      evidence: 'Verklaring van de instelling.',
      decisionDays: 56,
      waitNormDays: 90,
      priority: 2,
    },
    {
      code: 'mantelzorg',
      name: 'Mantelzorgers en -ontvangers',
      mandatory: 'mantelzorg',
      targetGroups: ['mantelzorg'],
      criteria: null,
      evidence: null,
      decisionDays: 56,
      waitNormDays: 90,
      priority: 1,
    },
    {
      code: 'schulden',
      name: 'Woningzoekenden met schulden',
      mandatory: null,
      targetGroups: ['schulden'],
      criteria: 'In een schuldhulptraject.',
      evidence: null,
      decisionDays: 28,
      waitNormDays: 180,
      priority: 3,
    },
  ],
  quotas: [
    {
      id: 5,
      label: 'Alle urgenten',
      appliesTo: { regular: false, categories: ['mantelzorg', 'schulden', 'uitstroom_bw'] },
      kind: 'MAX_SHARE',
      share: '0.3',
      perYear: null,
    },
    { id: 6, label: 'Regulier', appliesTo: { regular: true, categories: [] }, kind: 'MIN_SHARE', share: '0.45', perYear: null },
    { id: 7, label: 'Uitstroom BW', appliesTo: { regular: false, categories: ['uitstroom_bw'] }, kind: 'PER_YEAR', share: null, perYear: 50 },
  ],
  deviations: [
    {
      id: 2,
      municipality: { code: 'GM0363', name: 'Amsterdam' },
      quotaId: 5,
      quotaLabel: 'Alle urgenten',
      share: '0.35',
      perYear: null,
      reason: 'Veel uitstroom uit de maatschappelijke opvang.',
      status: 'PROPOSED',
      proposedBy: 'gemeente.amsterdam',
      proposedAt: '2026-03-01T09:00:00Z',
      decidedBy: null,
      decidedAt: null,
      allowedActions: ['ACCEPT', 'REJECT'],
    },
    {
      id: 1,
      municipality: { code: 'GM0384', name: 'Diemen' },
      quotaId: 7,
      quotaLabel: 'Uitstroom BW',
      share: null,
      perYear: 4,
      reason: 'Nieuwe voorziening beschermd wonen.',
      status: 'ACCEPTED',
      proposedBy: 'gemeente.diemen',
      proposedAt: '2026-02-01T09:00:00Z',
      decidedBy: 'regio.mra',
      decidedAt: '2026-02-10T09:00:00Z',
      allowedActions: [],
    },
  ],
  warnings: [
    { code: 'MISSING_MANDATORY_CATEGORY', message: "De verplichte categorie 'Ernstig zieken' ontbreekt.", mandatory: 'medisch' },
  ],
  consistency: { consistent: true, clashes: [] },
  allowedActions: ['EDIT', 'ADOPT', 'DELETE'],
};

/** The same version as a gemeente medewerker sees it. */
export const schemeForMunicipality: Scheme = {
  ...scheme,
  allowedActions: ['PROPOSE_DEVIATION'],
  deviations: scheme.deviations.map((d) => ({ ...d, allowedActions: [] })),
};

const outcome = (capacity: string, backlog: number, inflow: number, balance: string, years: string | null, wait: string | null, meets: boolean) => ({
  capacity,
  backlog,
  inflow,
  balance,
  yearsToClear: years,
  waitMonths: wait,
  waitNormMonths: '3.0',
  meetsNorm: meets,
  result: meets ? ("MET" as const) : ("NOT_MET" as const),
});

export const capacity: Capacity = {
  schemeId: 4,
  year: 2026,
  referenceDate: '2025-01-01',
  assumptions: { lettingsFactor: '1', overrides: {} },
  rows: [
    {
      quota: { code: '5', name: 'Alle urgenten' },
      categories: ['mantelzorg', 'schulden', 'uitstroom_bw'],
      targetGroups: ['mantelzorg', 'schulden', 'uitstroom_bw'],
      municipalities: [
        {
          municipality: { code: 'GM0363', name: 'Amsterdam' },
          lettings: '7900',
          share: '0.35',
          deviation: true,
          outcome: outcome('2765.00', 600, 2400, '365.00', '1.64', '2.6', true),
          completeness: { known: 1, expected: 1, level: 'COMPLETE' as const, text: 'vastgestelde cijfers' },
        },
        {
          municipality: { code: 'GM0384', name: 'Diemen' },
          lettings: '270',
          share: '0.3',
          deviation: false,
          outcome: outcome('81.00', 40, 95, '-14.00', null, null, false),
          completeness: { known: 1, expected: 1, level: 'COMPLETE' as const, text: 'vastgestelde cijfers' },
        },
      ],
      region: {
        municipality: { code: 'MRA', name: 'Metropoolregio Amsterdam' },
        lettings: '8170',
        share: '0.3',
        deviation: false,
        outcome: outcome('2846.00', 640, 2495, '351.00', '1.82', '2.7', true),
        completeness: { known: 2, expected: 2, level: 'COMPLETE' as const, text: 'op basis van alle 2 gemeenten' },
      },
    },
  ],
  missing: [{ municipality: 'GM0384', name: 'Diemen', what: 'demand' }],
};

export const comparison: Comparison = {
  a: { id: 3, versionNo: 1, status: 'ADOPTED' },
  b: { id: 4, versionNo: 2, status: 'CONCEPT' },
  fields: [
    { field: 'validTo', a: '2026-12-31', b: '2030-12-31' },
    { field: 'legalBasis.name', a: 'Huisvestingsverordening MRA 2023', b: 'Huisvestingsverordening MRA 2027' },
  ],
  categories: [
    { key: 'mantelzorg', name: 'Mantelzorgers en -ontvangers', change: 'SAME', fields: [] },
    { key: 'uitstroom_bw', name: 'Uitstroom beschermd wonen', change: 'CHANGED', fields: [{ field: 'waitNormDays', a: '120', b: '90' }] },
    { key: 'schulden', name: 'Woningzoekenden met schulden', change: 'ADDED', fields: [] },
    { key: 'dakloos', name: 'Dakloze gezinnen', change: 'REMOVED', fields: [] },
  ],
  quotas: [
    { key: 'Alle urgenten', name: 'Alle urgenten', change: 'CHANGED', fields: [{ field: 'share', a: '0.25', b: '0.3' }] },
    { key: 'Regulier', name: 'Regulier', change: 'ADDED', fields: [] },
  ],
};

import type { RegionActions } from './api/allowedActions';
import type { Catalogue, CareDocument, DocumentSummary, Preview, TemplateSummary, TemplateVersion, Template } from './api/woonzorgvisie';

/** Test data for the woonzorgvisie pages: Metropoolregio Amsterdam, a template and Amsterdam's document. */

export const catalogue: Catalogue = {
  placeholders: [
    { key: 'gemeente.naam', label: 'Naam van de gemeente of deelregio', group: 'Gebied', example: 'Amsterdam' },
    { key: 'periode', label: 'Periode van de woonzorgvisie', group: 'Periode', example: '2026–2030' },
    { key: 'kerncijfers.inwoners', label: 'Inwoners', group: 'Kerncijfers', example: '931.298' },
  ],
  blocks: [{ key: 'vraag-tabel', label: 'Vraag per aandachtsgroep', description: 'Huidige vraag, nieuwe vraag en benodigde woningen per jaar' }],
};

export const templateSummaries: TemplateSummary[] = [
  { id: 1, name: 'Woonzorgvisie MRA', description: 'Voor alle gemeenten', publishedVersionNo: 1, draftVersionNo: 2, updatedAt: '2026-03-01T10:00:00Z', allowedActions: ['EDIT'] },
];

export const template: Template = {
  id: 1,
  regionCode: 'MRA',
  name: 'Woonzorgvisie MRA',
  description: 'Voor alle gemeenten',
  versions: [
    { no: 1, status: 'PUBLISHED', changeNote: null, publishedAt: '2026-02-01T10:00:00Z', publishedBy: 'regio.mra' },
    { no: 2, status: 'DRAFT', changeNote: null, publishedAt: null, publishedBy: null },
  ],
  allowedActions: ['EDIT'],
};

export const draftVersion: TemplateVersion = {
  templateId: 1,
  no: 2,
  status: 'DRAFT',
  lockVersion: 3,
  changeNote: null,
  allowedActions: ['EDIT', 'PUBLISH'],
  updatedAt: '2026-02-01T10:00:00Z',
  updatedBy: 'regio.mra',
  chapters: [
    {
      key: 'inleiding',
      title: 'Inleiding',
      numbered: true,
      sections: [{ key: 'inleiding.aanleiding', title: 'Aanleiding', guidance: 'Waarom deze visie?', required: true, body: 'In  wonen veel mensen.' }],
    },
    {
      key: 'analyse',
      title: 'Woonzorganalyse',
      numbered: true,
      sections: [
        { key: 'analyse.demografie', title: 'Demografie', guidance: 'Beschrijf de bevolking.', required: true, body: '{{gemeente.nam}} telt veel inwoners.' },
        { key: 'analyse.voorraad', title: 'Woningvoorraad', guidance: '', required: false, body: '' },
      ],
    },
  ],
};

export const preview: Preview = {
  parts: [
    { type: 'TEXT', markdown: 'Amsterdam telt 931.298 inwoners.', html: '<p>Amsterdam telt 931.298 inwoners.</p>', block: null },
    {
      type: 'BLOCK',
      markdown: null,
      html: null,
      block: {
        kind: 'vraag-tabel',
        title: 'Vraag per aandachtsgroep, 2026',
        columns: [
          { label: 'Aandachtsgroep', numeric: false },
          { label: 'Huidige vraag', numeric: true },
        ],
        rows: [
          ['Uitstroom beschermd wonen', '1.234'],
          ['Dakloze gezinnen', '56'],
        ],
        totals: ['Totaal', '1.290'],
        chart: { title: 'Benodigde woningen per jaar', unit: 'woningen', labels: ['Uitstroom beschermd wonen', 'Dakloze gezinnen'], values: [40, 6] },
        note: 'Vraaganalyse 2026 (vastgesteld)',
      },
    },
  ],
  errors: [],
};

const section = (key: string, number: string, title: string, extra: Partial<CareDocument['chapters'][number]['sections'][number]> = {}) => ({
  key,
  number,
  title,
  guidance: 'Toelichting bij ' + title,
  required: false,
  body: '',
  filled: false,
  lockVersion: 1,
  updatedAt: '2026-03-02T09:00:00Z',
  updatedBy: 'gemeente.amsterdam',
  comments: [],
  ...extra,
});

export const careDocument: CareDocument = {
  id: 7,
  title: 'Woonzorgvisie Amsterdam 2026–2030',
  regionCode: 'MRA',
  area: { kind: 'MUNICIPALITY', code: 'GM0363', name: 'Amsterdam' },
  fromYear: 2026,
  toYear: 2030,
  status: 'CONCEPT',
  lockVersion: 4,
  template: { id: 1, name: 'Woonzorgvisie MRA', versionNo: 1 },
  newerTemplateVersionNo: null,
  submittedAt: null,
  adoptedAt: null,
  adoptedBy: null,
  decisionDate: null,
  decisionReference: null,
  adoptedByBody: 'COUNCIL',
  approvedAt: null,
  approvedBy: null,
  approvalComment: null,
  permissions: { edit: true, submit: true, review: false, adopt: false },
  allowedActions: ['EDIT', 'TAKE_TEMPLATE_CHANGES', 'SUBMIT', 'RESOLVE_COMMENT'],
  progress: { sections: 3, filled: 1, required: 2, requiredFilled: 1 },
  chapters: [
    {
      key: 'analyse',
      number: '3',
      title: 'Woonzorganalyse',
      sections: [
        section('analyse.demografie', '3.1', 'Demografie', { required: true, body: '{{gemeente.naam}} telt veel inwoners.', filled: true, lockVersion: 2 }),
        section('analyse.voorraad', '3.2', 'Woningvoorraad', { required: true }),
        section('analyse.zorg', '3.3', 'Zorgaanbod', {
          comments: [{ id: 3, author: 'regio.mra', body: 'Graag bron noemen', createdAt: '2026-03-03T10:00:00Z', resolvedAt: null, resolvedBy: null }],
        }),
      ],
    },
  ],
};

export const documentSummaries: DocumentSummary[] = [
  {
    id: 7,
    title: 'Woonzorgvisie Amsterdam 2026–2030',
    area: { kind: 'MUNICIPALITY', code: 'GM0363', name: 'Amsterdam' },
    fromYear: 2026,
    toYear: 2030,
    status: 'IN_REVIEW',
    templateId: 1,
    templateName: 'Woonzorgvisie MRA',
    templateVersionNo: 1,
    newerTemplateVersionNo: 2,
    progress: { sections: 20, filled: 12, required: 9, requiredFilled: 8 },
    openComments: 2,
    updatedAt: '2026-03-04T13:02:00Z',
    updatedBy: 'gemeente.amsterdam',
    lockVersion: 5,
    allowedActions: ['COMMENT', 'RESOLVE_COMMENT', 'RETURN', 'ADOPT'],
  },
  {
    id: 8,
    title: 'Woonzorgvisie Amstelland-Meerlanden 2026–2030',
    area: { kind: 'SUBREGION', code: 'AMM', name: 'Amstelland-Meerlanden' },
    fromYear: 2026,
    toYear: 2030,
    status: 'ADOPTED',
    templateId: 1,
    templateName: 'Woonzorgvisie MRA',
    templateVersionNo: 1,
    newerTemplateVersionNo: null,
    progress: { sections: 20, filled: 20, required: 9, requiredFilled: 9 },
    openComments: 0,
    updatedAt: '2026-02-20T10:00:00Z',
    updatedBy: 'regio.mra',
    lockVersion: 9,
    allowedActions: [],
  },
];

/** What the region's pages may start, per role (GET /api/v1/woonzorgvisie/regions/MRA/allowed-actions). */
export const regionActions: Record<'manager' | 'municipality' | 'reader', RegionActions> = {
  manager: { regionCode: 'MRA', allowedActions: ['CREATE_TEMPLATE', 'CREATE_DOCUMENT'] },
  municipality: { regionCode: 'MRA', allowedActions: ['CREATE_OWN_DOCUMENT'] },
  reader: { regionCode: 'MRA', allowedActions: [] },
};

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { Problem } from '../../../shared/api/problem';
import type { Ref } from '../../../shared/api/types';

/** The shapes of docs/api/woonzorgvisie.md. All paths are under /api/woonzorgvisie. */

export interface Placeholder {
  key: string;
  label: string;
  group: string;
  example: string | null;
}

export interface BlockInfo {
  key: string;
  label: string;
  description: string;
}

export interface Catalogue {
  placeholders: Placeholder[];
  blocks: BlockInfo[];
}

export interface Column {
  label: string;
  numeric: boolean;
}

export interface Chart {
  title: string;
  unit: string;
  labels: string[];
  values: number[];
}

export interface Block {
  kind: string;
  title: string;
  columns: Column[];
  rows: string[][];
  totals: string[] | null;
  chart: Chart | null;
  note: string | null;
}

export interface Part {
  type: 'TEXT' | 'BLOCK';
  markdown?: string | null;
  /** sanitised by the server */
  html?: string | null;
  block: Block | null;
}

/** A validation error naming its place: "chapters[3].sections[0].body", line and column in the message. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export interface Preview {
  parts: Part[];
  errors: FieldError[];
}

// --- templates ---------------------------------------------------------------------------------

export interface TemplateSummary {
  id: number;
  name: string;
  description: string | null;
  publishedVersionNo: number | null;
  draftVersionNo: number | null;
  updatedAt: string;
  allowedActions: TemplateAction[];
}

export type VersionStatus = 'DRAFT' | 'PUBLISHED';
/** CREATE_TEMPLATE on the region, NEW_VERSION/EDIT on a template, EDIT/PUBLISH on a version (TemplateWorkflow). */
export type TemplateAction = 'CREATE_TEMPLATE' | 'NEW_VERSION' | 'EDIT' | 'PUBLISH';

export interface VersionInfo {
  no: number;
  status: VersionStatus;
  changeNote: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
}

export interface Template {
  id: number;
  regionCode: string;
  name: string;
  description: string | null;
  versions: VersionInfo[];
  allowedActions: TemplateAction[];
}

export interface TemplateSection {
  key: string;
  title: string;
  guidance: string;
  required: boolean;
  body: string;
}

export interface TemplateChapter {
  key: string;
  title: string;
  numbered: boolean;
  sections: TemplateSection[];
}

export interface TemplateVersion {
  templateId: number;
  no: number;
  status: VersionStatus;
  lockVersion: number;
  changeNote: string | null;
  chapters: TemplateChapter[];
  allowedActions: TemplateAction[];
}

export interface TemplateVersionInput {
  lockVersion: number;
  changeNote: string | null;
  chapters: TemplateChapter[];
}

// --- documents ---------------------------------------------------------------------------------

export type DocumentStatus = 'CONCEPT' | 'IN_REVIEW' | 'ADOPTED';
/** CREATE_* on the region, the others on a document (DocumentWorkflow). */
export type DocumentAction =
  | 'CREATE_DOCUMENT'
  | 'CREATE_OWN_DOCUMENT'
  | 'EDIT'
  | 'TAKE_TEMPLATE_CHANGES'
  | 'SUBMIT'
  | 'COMMENT'
  | 'RESOLVE_COMMENT'
  | 'RETURN'
  | 'ADOPT';
export type AreaKind = 'MUNICIPALITY' | 'SUBREGION';

export interface Area {
  kind: AreaKind;
  code: string;
  name: string;
}

export interface Progress {
  sections: number;
  filled: number;
  required: number;
  requiredFilled: number;
}

export interface DocumentSummary {
  id: number;
  title: string;
  area: Area;
  fromYear: number;
  toYear: number;
  status: DocumentStatus;
  templateId: number;
  templateName: string;
  templateVersionNo: number;
  newerTemplateVersionNo: number | null;
  progress: Progress;
  openComments: number;
  updatedAt: string;
  updatedBy: string | null;
  lockVersion: number;
  allowedActions: DocumentAction[];
}

export interface Comment {
  id: number;
  author: string;
  body: string;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
}

export interface DocumentSection {
  key: string;
  number: string | null;
  title: string;
  guidance: string;
  required: boolean;
  body: string;
  filled: boolean;
  lockVersion: number;
  updatedAt: string | null;
  updatedBy: string | null;
  comments: Comment[];
}

export interface DocumentChapter {
  key: string;
  number: string | null;
  title: string;
  sections: DocumentSection[];
}

export interface Permissions {
  edit: boolean;
  submit: boolean;
  review: boolean;
  adopt: boolean;
}

export interface CareDocument {
  id: number;
  title: string;
  regionCode: string;
  area: Area;
  fromYear: number;
  toYear: number;
  status: DocumentStatus;
  lockVersion: number;
  template: { id: number; name: string; versionNo: number };
  newerTemplateVersionNo: number | null;
  submittedAt: string | null;
  adoptedAt: string | null;
  adoptedBy: string | null;
  decisionDate: string | null;
  decisionReference: string | null;
  permissions: Permissions;
  chapters: DocumentChapter[];
  allowedActions: DocumentAction[];
}

export interface NewDocument {
  templateId: number;
  municipalityCode: string | null;
  subregionCode: string | null;
  fromYear: number;
  toYear: number;
}

export interface RenderedSection {
  key: string;
  number: string | null;
  title: string;
  parts: Part[];
}

export interface RenderedChapter {
  key: string;
  number: string | null;
  title: string;
  sections: RenderedSection[];
}

export interface RenderedDocument {
  title: string;
  chapters: RenderedChapter[];
  [extra: string]: unknown;
}

export interface SectionSnapshot {
  title: string;
  guidance: string;
  required: boolean;
  body: string;
}

export type ChangeKind = 'ADDED' | 'REMOVED' | 'CHANGED';

export interface TemplateChange {
  key: string;
  chapterTitle: string;
  title: string;
  change: ChangeKind;
  fields: ('title' | 'guidance' | 'required' | 'body')[];
  before: SectionSnapshot | null;
  after: SectionSnapshot | null;
  bodyUntouched: boolean;
}

export interface TemplateChanges {
  fromVersionNo: number;
  toVersionNo: number | null;
  changes: TemplateChange[];
}

/** The stored section a 409 SECTION_CONFLICT sends back. */
export interface StoredSection {
  body: string;
  lockVersion: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

/** The extra members woonzorgvisie problems carry. */
export interface WzvProblem extends Problem {
  current?: StoredSection;
}

/** A member municipality as GET /api/regions/{code} lists it (the fields used here). */
export interface RegionMember {
  code: string;
  name: string;
  subregion: Ref | null;
  validTo: string | null;
}

export interface RegionInfo {
  code: string;
  name: string;
  subregions: Ref[];
  municipalities: RegionMember[];
}

// --- requests ----------------------------------------------------------------------------------

const base = '/api/woonzorgvisie';
const enc = encodeURIComponent;
const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

export const wzvKeys = {
  all: ['woonzorgvisie'] as const,
  catalogue: (region: string) => ['woonzorgvisie', 'catalogue', region] as const,
  templates: (region: string) => ['woonzorgvisie', 'templates', region] as const,
  template: (id: number) => ['woonzorgvisie', 'template', id] as const,
  version: (id: number, no: number) => ['woonzorgvisie', 'template', id, 'version', no] as const,
  documents: (region: string) => ['woonzorgvisie', 'documents', region] as const,
  document: (id: number) => ['woonzorgvisie', 'document', id] as const,
  rendered: (id: number) => ['woonzorgvisie', 'document', id, 'rendered'] as const,
  changes: (id: number) => ['woonzorgvisie', 'document', id, 'template-changes'] as const,
};

export const useCatalogue = (region: string | undefined) =>
  useQuery({
    queryKey: wzvKeys.catalogue(region ?? ''),
    queryFn: () => apiFetch<Catalogue>(`${base}/catalogue?region=${enc(region ?? '')}`),
    enabled: Boolean(region),
    staleTime: 10 * 60 * 1000,
  });

export const useTemplates = (region: string) =>
  useQuery({ queryKey: wzvKeys.templates(region), queryFn: () => apiFetch<TemplateSummary[]>(`${base}/regions/${enc(region)}/templates`) });

export const createTemplate = (region: string, body: { name: string; description: string | null }) =>
  apiFetch<Template>(`${base}/regions/${enc(region)}/templates`, json('POST', body));

export const useTemplate = (id: number) =>
  useQuery({ queryKey: wzvKeys.template(id), queryFn: () => apiFetch<Template>(`${base}/templates/${id}`) });

export const useTemplateVersion = (id: number, no: number) =>
  useQuery({ queryKey: wzvKeys.version(id, no), queryFn: () => apiFetch<TemplateVersion>(`${base}/templates/${id}/versions/${no}`) });

export const putTemplateVersion = (id: number, no: number, body: TemplateVersionInput) =>
  apiFetch<TemplateVersion>(`${base}/templates/${id}/versions/${no}`, json('PUT', body));

export const publishTemplateVersion = (id: number, no: number, lockVersion: number) =>
  apiFetch<TemplateVersion>(`${base}/templates/${id}/versions/${no}/publish`, json('POST', { lockVersion }));

export const newTemplateVersion = (id: number) => apiFetch<TemplateVersion>(`${base}/templates/${id}/versions`, { method: 'POST' });

export const previewTemplateText = (region: string, body: string, municipalityCode: string | null, year: number, signal?: AbortSignal) =>
  apiFetch<Preview>(`${base}/regions/${enc(region)}/preview`, { ...json('POST', { body, municipalityCode, year }), signal });

export const useDocuments = (region: string) =>
  useQuery({ queryKey: wzvKeys.documents(region), queryFn: () => apiFetch<DocumentSummary[]>(`${base}/regions/${enc(region)}/documents`) });

export const createDocument = (region: string, body: NewDocument) =>
  apiFetch<CareDocument>(`${base}/regions/${enc(region)}/documents`, json('POST', body));

export const useDocument = (id: number) =>
  useQuery({ queryKey: wzvKeys.document(id), queryFn: () => apiFetch<CareDocument>(`${base}/documents/${id}`) });

export const putSection = (id: number, key: string, body: string, lockVersion: number) =>
  apiFetch<DocumentSection>(`${base}/documents/${id}/sections/${enc(key)}`, json('PUT', { body, lockVersion }));

export const previewDocumentText = (id: number, body: string, signal?: AbortSignal) =>
  apiFetch<Preview>(`${base}/documents/${id}/preview`, { ...json('POST', { body }), signal });

export const useRendered = (id: number, enabled = true) =>
  useQuery({ queryKey: wzvKeys.rendered(id), queryFn: () => apiFetch<RenderedDocument>(`${base}/documents/${id}/rendered`), enabled });

export type Transition = 'submit' | 'return';
export const transition = (id: number, action: Transition, lockVersion: number) =>
  apiFetch<CareDocument>(`${base}/documents/${id}/${action}`, json('POST', { lockVersion }));

export const adoptDocument = (id: number, body: { lockVersion: number; decisionDate: string; decisionReference: string }) =>
  apiFetch<CareDocument>(`${base}/documents/${id}/adopt`, json('POST', body));

export const addComment = (id: number, key: string, body: string) =>
  apiFetch<Comment>(`${base}/documents/${id}/sections/${enc(key)}/comments`, json('POST', { body }));

export const resolveComment = (id: number, commentId: number) =>
  apiFetch<Comment>(`${base}/documents/${id}/comments/${commentId}/resolve`, { method: 'POST' });

export const useTemplateChanges = (id: number, enabled: boolean) =>
  useQuery({
    queryKey: wzvKeys.changes(id),
    queryFn: () => apiFetch<TemplateChanges>(`${base}/documents/${id}/template-changes`),
    enabled,
  });

export const followTemplateVersion = (id: number) =>
  apiFetch<CareDocument>(`${base}/documents/${id}/template-changes/follow`, json('POST', {}));

export const takeTemplateChange = (id: number, key: string, replaceBody: boolean) =>
  apiFetch<CareDocument>(`${base}/documents/${id}/template-changes/${enc(key)}/take`, json('POST', { replaceBody }));

export const downloadPaths = {
  pdf: (id: number) => `${base}/documents/${id}/export.pdf`,
  docx: (id: number) => `${base}/documents/${id}/export.docx`,
};

/**
 * A preview of a text, asked for once the text has rested (the caller debounces); the previous answer
 * stays on screen while the next one is on its way.
 */
export const usePreview = (key: readonly unknown[], text: string, fetcher: (signal: AbortSignal) => Promise<Preview>, enabled = true) =>
  useQuery({
    queryKey: ['woonzorgvisie', 'preview', ...key, text],
    queryFn: ({ signal }) => fetcher(signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    enabled,
  });

// --- from other parts of the API -----------------------------------------------------------------

/** The region with its subregions and member municipalities (current ones only). */
export const useRegionInfo = (region: string) =>
  useQuery({
    queryKey: ['regions', region],
    queryFn: () => apiFetch<RegionInfo>(`/api/regions/${enc(region)}`),
    retry: false,
  });

export const currentMembers = (region: RegionInfo, today: string) =>
  region.municipalities
    .filter((m) => !m.validTo || m.validTo >= today)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

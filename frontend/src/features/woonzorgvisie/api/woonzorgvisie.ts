import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { Problem } from '../../../shared/api/problem';
import type { Refine, Schemas } from '../../../shared/api/types';

/** The shapes of the woonzorgvisie API, from the generated schema. All paths are under /api/v1/woonzorgvisie. */

export type Placeholder = Schemas['CataloguePlaceholder'];
export type BlockInfo = Schemas['CatalogueBlock'];
export type Catalogue = Schemas['Catalogue'];
export type Column = Schemas['DataBlockColumn'];
export type Chart = Schemas['DataBlockChart'];
export type Block = Schemas['DataBlock'];
/** html: sanitised by the server */
export type Part = Schemas['Part'];
/** A validation error naming its place: "chapters[3].sections[0].body", line and column in the message. */
export type FieldError = Schemas['FieldProblem'];
export type Preview = Schemas['DocumentViewsPreview'];

// --- templates ---------------------------------------------------------------------------------

export type TemplateSummary = Schemas['TemplateViewsTemplateSummary'];
export type VersionStatus = Schemas['TemplateVersionStatus'];
export type VersionInfo = Refine<Schemas['TemplateViewsVersionSummary'], { status: VersionStatus }>;
export type Template = Refine<Schemas['TemplateViewsTemplateDetail'], { versions: VersionInfo[] }>;

/** The template's content record is also its input, hence nullable; a stored version has every member. */
type Filled<T> = { [K in keyof T]-?: NonNullable<T[K]> };
export type TemplateSection = Filled<Schemas['TemplateContentSection']>;
export type TemplateChapter = Refine<Filled<Schemas['TemplateContentChapter']>, { sections: TemplateSection[] }>;
export type TemplateVersion = Refine<
  Schemas['TemplateViewsTemplateVersion'],
  { status: VersionStatus; chapters: TemplateChapter[] }
>;
export type TemplateVersionInput = Refine<
  Schemas['TemplateViewsVersionInput'],
  { lockVersion: number; changeNote: string | null; chapters: TemplateChapter[] }
>;

// --- documents ---------------------------------------------------------------------------------

export type DocumentStatus = Schemas['DocumentStatus'];
/** CREATE_* on the region, the others on a document (DocumentWorkflow). */
export type DocumentAction = Schemas['DocumentAction'];
/** CREATE_TEMPLATE on the region, NEW_VERSION/EDIT on a template, EDIT/PUBLISH on a version (TemplateWorkflow). */
export type TemplateAction = Schemas['TemplateAction'];
export type Area = Schemas['DocumentViewsAreaView'];
export type AreaKind = Area['kind'];
export type Progress = Schemas['DocumentViewsProgress'];
export type DocumentSummary = Refine<Schemas['DocumentViewsDocumentSummary'], { area: Area; status: DocumentStatus }>;
export type Comment = Schemas['DocumentViewsCommentView'];
export type DocumentSection = Schemas['DocumentViewsSectionView'];
export type DocumentChapter = Schemas['DocumentViewsChapterView'];
export type Permissions = Schemas['DocumentViewsPermissions'];
export type CareDocument = Refine<Schemas['DocumentViewsDocumentView'], { area: Area; status: DocumentStatus }>;
/** What the form sends: one of municipalityCode and subregionCode. */
export type NewDocument = Refine<
  Schemas['DocumentViewsNewDocument'],
  { templateId: number; fromYear: number; toYear: number }
>;

export type RenderedSection = Schemas['RenderedDocumentSection'];
export type RenderedChapter = Schemas['RenderedDocumentChapter'];
export type RenderedDocument = Schemas['RenderedDocument'];

export type SectionSnapshot = Schemas['DocumentViewsSectionContent'];
export type TemplateChange = Schemas['DocumentViewsTemplateChange'];
export type ChangeKind = TemplateChange['change'];
export type TemplateChanges = Refine<Schemas['DocumentViewsTemplateChanges'], { changes: TemplateChange[] }>;

/** The stored section a 409 SECTION_CONFLICT sends back as `current` (the section's view). */
export type StoredSection = Pick<DocumentSection, 'body' | 'lockVersion' | 'updatedBy' | 'updatedAt'>;

/** The extra members woonzorgvisie problems carry. */
export type WzvProblem = Refine<Problem, { current?: StoredSection }>;

/** A member municipality as GET /api/v1/regions/{code} lists it (the fields used here). */
export type RegionMember = Pick<Schemas['RegionViewsMember'], 'code' | 'name' | 'subregion' | 'validTo'>;
export type RegionInfo = Refine<Schemas['RegionViewsRegionDetail'], { municipalities: RegionMember[] }>;

// --- requests ----------------------------------------------------------------------------------

const base = '/api/v1/woonzorgvisie';
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

/** The region adopts its own (deelregio) document. */
export const adoptDocument = (id: number, body: { lockVersion: number; decisionDate: string; decisionReference: string }) =>
  apiFetch<CareDocument>(`${base}/documents/${id}/adopt`, json('POST', body));

/** The region's akkoord on a gemeente's document, with an optional comment. */
export const approveDocument = (id: number, body: { lockVersion: number; comment?: string }) =>
  apiFetch<CareDocument>(`${base}/documents/${id}/approve`, json('POST', body));

/** The gemeente records that its gemeenteraad adopted the document (after the region's akkoord). */
export const recordAdoption = (id: number, body: { lockVersion: number; decisionDate: string; decisionReference: string }) =>
  apiFetch<CareDocument>(`${base}/documents/${id}/record-adoption`, json('POST', body));

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
    queryFn: () => apiFetch<RegionInfo>(`/api/v1/regions/${enc(region)}`),
    retry: false,
  });

export const currentMembers = (region: RegionInfo, today: string) =>
  region.municipalities
    .filter((m) => !m.validTo || m.validTo >= today)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

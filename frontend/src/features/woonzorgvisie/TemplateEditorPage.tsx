import { Alert, Button, ButtonGroup, Heading1, Heading2, Heading3, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../shared/api/problem';
import { DraftOfferPanel } from '../../shared/autosave/DraftOfferPanel';
import { LeaveGuard } from '../../shared/autosave/LeaveGuard';
import { useLocalDraft } from '../../shared/autosave/useLocalDraft';
import { AppLink } from '../../shared/components/AppLink';
import { Dialog } from '../../shared/components/Dialog';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { PageNotFound } from '../../shared/components/PageNotFound';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { todayIso } from '../../shared/format/format';
import { keyed } from '../../shared/list/keyed';
import { currentYear, paths } from '../../shared/paths';
import {
  currentMembers,
  newTemplateVersion,
  previewTemplateText,
  publishTemplateVersion,
  putTemplateVersion,
  useCatalogue,
  usePreview,
  useRegionInfo,
  useTemplate,
  useTemplateVersion,
  wzvKeys,
  type Catalogue,
  type FieldError,
  type Template,
  type TemplateChapter,
  type TemplateVersion,
  type WzvProblem,
} from './api/woonzorgvisie';
import { allows } from '../../shared/workflow/allowed';
import { MarkdownEditor } from './components/MarkdownEditor';
import { PreviewBody } from './components/PreviewBody';
import { VersionStatusBadge } from './components/StatusBadges';
import {
  addChapter,
  addSection,
  findSection,
  moveChapter,
  moveSection,
  noErrors,
  placeErrors,
  removeChapter,
  removeSection,
  updateChapter,
  updateSection,
  type PlacedErrors,
} from './templateDraft';
import { useDebounced } from './text';
import './woonzorgvisie.css';

/** /woonzorgvisie/sjablonen/:id/versies/:no */
export function TemplateEditorPage() {
  const { id = '', no = '' } = useParams();
  return /^\d+$/.test(id) && /^\d+$/.test(no) ? <TemplateView key={`${id}/${no}`} id={Number(id)} no={Number(no)} /> : <PageNotFound />;
}

function TemplateView({ id, no }: { id: number; no: number }) {
  const { t } = useTranslation('woonzorgvisie');
  const template = useTemplate(id);
  const version = useTemplateVersion(id, no);
  usePageTitle(template.data ? t('editor.pageTitle', { name: template.data.name, no }) : undefined);
  if (template.isPending || version.isPending) return <Loading />;
  if (template.isError) return <ErrorMessage error={template.error} />;
  if (version.isError) return <ErrorMessage error={version.error} />;
  return <TemplateWorkspace template={template.data} version={version.data} editable={allows(version.data, 'EDIT')} />;
}

interface WorkspaceProps {
  template: Template;
  version: TemplateVersion;
  editable: boolean;
}

function TemplateWorkspace({ template, version, editable }: WorkspaceProps) {
  const { t } = useTranslation('woonzorgvisie');
  const queryClient = useQueryClient();
  const catalogue = useCatalogue(template.regionCode);
  const [chapters, setChapters] = useState<TemplateChapter[]>(version.chapters);
  const [changeNote, setChangeNote] = useState(version.changeNote ?? '');
  const [stored, setStored] = useState(version);
  const [selected, setSelected] = useState<string | null>(version.chapters.find((c) => c.sections.length)?.sections[0]?.key ?? null);
  const [errors, setErrors] = useState<PlacedErrors>(noErrors);
  const [problem, setProblem] = useState<WzvProblem | null>(null);
  const [savedOnce, setSavedOnce] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const dirty = JSON.stringify(chapters) !== JSON.stringify(stored.chapters) || changeNote !== (stored.changeNote ?? '');
  // the unsaved version is kept in this browser until the server has it, with why the server refused it
  const unsaved = useMemo(() => (editable && dirty ? { chapters, changeNote } : null), [editable, dirty, chapters, changeNote]);
  const local = useLocalDraft<{ chapters: TemplateChapter[]; changeNote: string }>({
    entity: `woonzorgvisie-template:${template.id}:${version.no}`,
    unsaved,
    baseVersion: stored.lockVersion,
    error: problem ? problemText(problem) : null,
    enabled: editable,
  });

  const afterStored = (saved: TemplateVersion) => {
    setStored(saved);
    queryClient.setQueryData(wzvKeys.version(template.id, saved.no), saved);
    void queryClient.invalidateQueries({ queryKey: wzvKeys.template(template.id) });
    void queryClient.invalidateQueries({ queryKey: wzvKeys.templates(template.regionCode) });
  };

  const save = useMutation({
    mutationFn: (sent: TemplateChapter[]) =>
      putTemplateVersion(template.id, version.no, { lockVersion: stored.lockVersion, changeNote: changeNote.trim() || null, chapters: sent }),
    onSuccess: (saved) => {
      afterStored(saved);
      setChapters(saved.chapters);
      setChangeNote(saved.changeNote ?? '');
      setErrors(noErrors);
      setProblem(null);
      setSavedOnce(true);
    },
    onError: (error, sent) => {
      const p = isApiError(error) ? (error.problem as WzvProblem) : null;
      setProblem(p ?? { status: 0 });
      setErrors(p?.code === 'TEMPLATE_INVALID' ? placeErrors(p.fields ?? [], sent) : noErrors);
    },
  });

  // after a conflict: the stored version replaces the edits made here
  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: wzvKeys.version(template.id, version.no) }).then(() => {
      const fresh = queryClient.getQueryData<TemplateVersion>(wzvKeys.version(template.id, version.no));
      if (!fresh) return;
      setStored(fresh);
      setChapters(fresh.chapters);
      setChangeNote(fresh.changeNote ?? '');
      setErrors(noErrors);
      setProblem(null);
    });
  };

  const place = findSection(chapters, selected);
  const published = stored.status === 'PUBLISHED';

  return (
    <div className="tp-wzv" data-testid="template-editor">
      <hgroup className="tp-hgroup">
        <PreHeading>
          <AppLink to={paths.woonzorgvisieTemplates(template.regionCode)}>{t('templates.title')}</AppLink>
        </PreHeading>
        <Heading1>{editable ? t('editor.title', { name: template.name }) : t('editor.titleReadOnly', { name: template.name })}</Heading1>
      </hgroup>
      <div className="tp-wzv-meta">
        <span>{t('templates.versionNo', { no: version.no })}</span>
        <VersionStatusBadge status={stored.status} />
        <nav aria-label={t('editor.versionsNav')} className="tp-wzv-meta__versions">
          {template.versions
            .filter((v) => v.no !== version.no)
            .map((v) => (
              <AppLink key={v.no} to={paths.templateVersion(template.id, v.no)}>
                {t('editor.otherVersion', { no: v.no, status: t(`versionStatus.${v.status}`) })}
              </AppLink>
            ))}
        </nav>
      </div>

      <LeaveGuard when={editable && dirty} />
      {local.offer && (
        <DraftOfferPanel
          offer={local.offer}
          onRestore={() => {
            const kept = local.restore();
            if (!kept) return;
            setChapters(kept.chapters);
            setChangeNote(kept.changeNote);
          }}
          onDiscard={local.discard}
        />
      )}
      {editable ? (
        <div className="tp-savebar" data-testid="template-savebar">
          <div className="tp-savebar__row">
            <div className="utrecht-form-field tp-grow">
              <label htmlFor="change-note" className="utrecht-form-label">
                {t('editor.changeNote')}
              </label>
              <input
                id="change-note"
                className="utrecht-textbox utrecht-textbox--html-input tp-input--wide"
                value={changeNote}
                onChange={(e) => setChangeNote(e.target.value)}
              />
            </div>
            <ButtonGroup>
              <Button appearance="primary-action-button" busy={save.isPending} disabled={save.isPending || !dirty} onClick={() => save.mutate(chapters)}>
                {t('editor.save')}
              </Button>
              {allows(stored, 'PUBLISH') && (
                <Button appearance="secondary-action-button" disabled={dirty || save.isPending} onClick={() => setPublishing(true)}>
                  {t('editor.publish')}
                </Button>
              )}
            </ButtonGroup>
          </div>
          <p className="tp-savebar__state tp-small" data-testid="template-save-state" data-dirty={dirty} aria-live="polite">
            {dirty ? t('editor.unsaved') : savedOnce ? t('editor.saved') : t('editor.noChanges')}
          </p>
        </div>
      ) : (
        <ReadOnlyNote template={template} versionNo={version.no} published={published} />
      )}

      <div aria-live="polite">
        {problem && <SaveProblem problem={problem} chapters={chapters} onReload={reload} onShow={setSelected} />}
      </div>

      <div className="tp-wzv-editor">
        <Outline
          chapters={chapters}
          selected={selected}
          editable={editable}
          errors={errors}
          onSelect={setSelected}
          onChange={setChapters}
        />
        <div className="tp-wzv-editor__main">
          {place ? (
            <SectionDetail
              key={place.section.key}
              region={template.regionCode}
              chapters={chapters}
              sectionKey={place.section.key}
              editable={editable}
              catalogue={catalogue.data}
              errors={errors.sections.get(place.section.key) ?? []}
              onChange={setChapters}
            />
          ) : (
            <Paragraph className="tp-muted">{t('editor.pickSection')}</Paragraph>
          )}
        </div>
      </div>

      {publishing && (
        <PublishDialog
          template={template}
          version={stored}
          onDone={(saved) => {
            afterStored(saved);
            setPublishing(false);
          }}
          onClose={() => setPublishing(false)}
        />
      )}
    </div>
  );
}

/** A version that cannot be edited here: why, and from a published one the way to the (new) draft. */
function ReadOnlyNote({ template, versionNo, published }: { template: Template; versionNo: number; published: boolean }) {
  const { t } = useTranslation('woonzorgvisie');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const newVersion = useMutation({
    mutationFn: () => newTemplateVersion(template.id),
    onSuccess: (created) => {
      queryClient.setQueryData(wzvKeys.version(template.id, created.no), created);
      void queryClient.invalidateQueries({ queryKey: wzvKeys.template(template.id) });
      void queryClient.invalidateQueries({ queryKey: wzvKeys.templates(template.regionCode) });
      navigate(paths.templateVersion(template.id, created.no));
    },
  });
  const existingDraft = template.versions.find((v) => v.status === 'DRAFT' && v.no !== versionNo);
  return (
    <div className="tp-wzv-readonly">
      <Paragraph>{published ? t('editor.publishedNote') : t('editor.readOnlyNote')}</Paragraph>
      {published && (allows(template, 'NEW_VERSION') || allows(template, 'EDIT')) && (
        <>
          {existingDraft ? (
            <Paragraph>
              <AppLink to={paths.templateVersion(template.id, existingDraft.no)}>{t('editor.openDraft', { no: existingDraft.no })}</AppLink>
            </Paragraph>
          ) : (
            <Button appearance="secondary-action-button" busy={newVersion.isPending} disabled={newVersion.isPending} onClick={() => newVersion.mutate()}>
              {t('editor.newVersion')}
            </Button>
          )}
          {newVersion.isError && (
            <Alert type="error" role="alert">
              <Paragraph>
                {isApiError(newVersion.error, 409) && newVersion.error.problem.code === 'DRAFT_EXISTS' ? t('editor.draftExists') : t('editor.newVersionFailed')}
              </Paragraph>
            </Alert>
          )}
        </>
      )}
    </div>
  );
}

/** The 422 list (each error a button to its section), a conflict, or another failure. */
function SaveProblem({ problem, chapters, onReload, onShow }: { problem: WzvProblem; chapters: TemplateChapter[]; onReload: () => void; onShow: (key: string) => void }) {
  const { t } = useTranslation('woonzorgvisie');
  if (problem.code === 'TEMPLATE_INVALID') {
    const placed = placeErrors(problem.fields ?? [], chapters);
    const keyOf = (error: FieldError) => [...placed.sections.entries()].find(([, list]) => list.includes(error))?.[0];
    return (
      <Alert type="error" data-testid="template-errors">
        <Heading2 className="tp-alert-title">{t('editor.invalidTitle', { count: problem.fields?.length ?? 0 })}</Heading2>
        <ul className="tp-error-list">
          {keyed(problem.fields ?? [], (error) => `${error.field ?? ''}:${error.message}`).map(({ key: itemKey, item: error }) => {
            const key = keyOf(error);
            return (
              <li key={itemKey}>
                {key ? (
                  <button type="button" className="tp-linkbutton" onClick={() => onShow(key)}>
                    {error.message}
                  </button>
                ) : (
                  error.message
                )}
              </li>
            );
          })}
        </ul>
      </Alert>
    );
  }
  return (
    <Alert type="error" data-testid="template-problem" data-code={problem.code}>
      <Paragraph>
        {problem.code === 'VERSION_CONFLICT'
          ? t('editor.conflict')
          : problem.code === 'VERSION_PUBLISHED'
            ? t('editor.alreadyPublished')
            : (problem.detail ?? t('editor.saveFailed'))}
      </Paragraph>
      {(problem.code === 'VERSION_CONFLICT' || problem.code === 'VERSION_PUBLISHED') && (
        <Button appearance="secondary-action-button" onClick={onReload}>
          {t('editor.reload')}
        </Button>
      )}
    </Alert>
  );
}

interface OutlineProps {
  chapters: TemplateChapter[];
  selected: string | null;
  editable: boolean;
  errors: PlacedErrors;
  onSelect: (key: string) => void;
  onChange: (chapters: TemplateChapter[]) => void;
}

/** Chapters in order, each with its title, "genummerd" and its sections; move, add and remove. */
function Outline({ chapters, selected, editable, errors, onSelect, onChange }: OutlineProps) {
  const { t } = useTranslation('woonzorgvisie');
  const id = useId();
  let number = 0;
  return (
    <section className="tp-wzv-outline" aria-labelledby={`${id}-title`} data-testid="outline">
      <Heading2 id={`${id}-title`} className="tp-wzv-outline__title">
        {t('editor.chapters')}
      </Heading2>
      {/* biome-ignore lint/a11y/noRedundantRoles: list-style none drops the list role in Safari/VoiceOver, so it is set explicitly */}
      <ol className="tp-outline" role="list">
        {chapters.map((chapter, ci) => {
          if (chapter.numbered) number += 1;
          const chapterErrors = errors.chapters.get(chapter.key) ?? [];
          return (
            <li key={chapter.key} className="tp-outline__chapter" data-chapter={chapter.key}>
              <fieldset className="tp-outline__fieldset">
                <legend className="tp-outline__legend">
                  {chapter.numbered ? t('editor.chapterNumbered', { no: number }) : t('editor.chapterUnnumbered')}
                </legend>
                {editable ? (
                  <>
                    <div className="tp-outline__row">
                      <label htmlFor={`${id}-c${ci}`} className="tp-visually-hidden">
                        {t('editor.chapterTitle')}
                      </label>
                      <input
                        id={`${id}-c${ci}`}
                        className="utrecht-textbox utrecht-textbox--html-input tp-outline__title-input"
                        value={chapter.title}
                        aria-invalid={chapterErrors.length ? true : undefined}
                        aria-describedby={chapterErrors.length ? `${id}-c${ci}-error` : undefined}
                        onChange={(e) => onChange(updateChapter(chapters, ci, { title: e.target.value }))}
                      />
                      <MoveButtons
                        what={chapter.title || t('editor.untitled')}
                        first={ci === 0}
                        last={ci === chapters.length - 1}
                        onMove={(by) => onChange(moveChapter(chapters, ci, by))}
                        onRemove={() => onChange(removeChapter(chapters, ci))}
                      />
                    </div>
                    {chapterErrors.length > 0 && (
                      <p id={`${id}-c${ci}-error`} className="utrecht-form-field-error-message tp-small">
                        {chapterErrors.map((e) => e.message).join(' ')}
                      </p>
                    )}
                    <label className="tp-check tp-small">
                      <input
                        type="checkbox"
                        className="utrecht-checkbox utrecht-checkbox--html-input"
                        checked={chapter.numbered}
                        onChange={(e) => onChange(updateChapter(chapters, ci, { numbered: e.target.checked }))}
                      />
                      {t('editor.numbered')}
                    </label>
                  </>
                ) : (
                  <p className="tp-outline__static-title">{chapter.title}</p>
                )}
                {/* biome-ignore lint/a11y/noRedundantRoles: list-style none drops the list role in Safari/VoiceOver, so it is set explicitly */}
                <ol className="tp-outline__sections" role="list">
                  {chapter.sections.map((section, si) => {
                    const hasErrors = errors.sections.has(section.key);
                    return (
                      <li key={section.key} className="tp-outline__section" data-section={section.key} data-invalid={hasErrors || undefined}>
                        <button
                          type="button"
                          className="tp-outline__pick"
                          aria-current={selected === section.key ? 'true' : undefined}
                          onClick={() => onSelect(section.key)}
                        >
                          <span>{section.title || t('editor.untitled')}</span>
                          {section.required && <span className="tp-tag">{t('editor.requiredTag')}</span>}
                          {hasErrors && <span className="tp-tag tp-tag--error">{t('editor.hasErrors')}</span>}
                        </button>
                        {editable && (
                          <MoveButtons
                            what={section.title || t('editor.untitled')}
                            first={si === 0}
                            last={si === chapter.sections.length - 1}
                            onMove={(by) => onChange(moveSection(chapters, ci, si, by))}
                            onRemove={() => onChange(removeSection(chapters, ci, si))}
                          />
                        )}
                      </li>
                    );
                  })}
                </ol>
                {editable && (
                  <button
                    type="button"
                    className="tp-linkbutton tp-small"
                    onClick={() => {
                      const added = addSection(chapters, ci, t('editor.newSectionTitle'));
                      onChange(added.chapters);
                      onSelect(added.key);
                    }}
                  >
                    {t('editor.addSection', { chapter: chapter.title || t('editor.untitled') })}
                  </button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {editable && (
        <Button appearance="secondary-action-button" onClick={() => onChange(addChapter(chapters, t('editor.newChapterTitle')))}>
          {t('editor.addChapter')}
        </Button>
      )}
    </section>
  );
}

function MoveButtons({ what, first, last, onMove, onRemove }: { what: string; first: boolean; last: boolean; onMove: (by: -1 | 1) => void; onRemove: () => void }) {
  const { t } = useTranslation('woonzorgvisie');
  return (
    <span className="tp-move">
      <button type="button" className="tp-iconbutton" disabled={first} aria-label={t('editor.moveUp', { what })} title={t('editor.moveUp', { what })} onClick={() => onMove(-1)}>
        ↑
      </button>
      <button type="button" className="tp-iconbutton" disabled={last} aria-label={t('editor.moveDown', { what })} title={t('editor.moveDown', { what })} onClick={() => onMove(1)}>
        ↓
      </button>
      <button type="button" className="tp-iconbutton tp-iconbutton--danger" aria-label={t('editor.remove', { what })} title={t('editor.remove', { what })} onClick={onRemove}>
        ×
      </button>
    </span>
  );
}

interface DetailProps {
  region: string;
  chapters: TemplateChapter[];
  sectionKey: string;
  editable: boolean;
  catalogue: Catalogue | undefined;
  errors: FieldError[];
  onChange: (chapters: TemplateChapter[]) => void;
}

/** The selected section: title, guidance, required, its starting text with the palette, and a preview. */
function SectionDetail({ region, chapters, sectionKey, editable, catalogue, errors, onChange }: DetailProps) {
  const { t } = useTranslation('woonzorgvisie');
  const id = useId();
  const place = findSection(chapters, sectionKey)!;
  const { section, chapter } = place;
  const set = (patch: Parameters<typeof updateSection>[2]) => onChange(updateSection(chapters, sectionKey, patch));
  const bodyErrors = errors.filter((e) => e.field.endsWith('.body'));
  const otherErrors = errors.filter((e) => !e.field.endsWith('.body'));
  return (
    <section aria-labelledby={`${id}-title`} className="tp-wzv-section" data-testid="section-detail" data-section={section.key}>
      <Heading2 id={`${id}-title`} className="tp-wzv-section__title">
        <span className="tp-muted tp-normal">{chapter.title} › </span>
        {section.title || t('editor.untitled')}
      </Heading2>
      {otherErrors.length > 0 && (
        <p className="utrecht-form-field-error-message" data-testid="section-errors">
          {otherErrors.map((e) => e.message).join(' ')}
        </p>
      )}
      {editable ? (
        <>
          <div className="utrecht-form-field">
            <label htmlFor={`${id}-title-input`} className="utrecht-form-label">
              {t('editor.sectionTitle')}
            </label>
            <input id={`${id}-title-input`} className="utrecht-textbox utrecht-textbox--html-input tp-input--wide" value={section.title} onChange={(e) => set({ title: e.target.value })} />
          </div>
          <div className="utrecht-form-field">
            <label htmlFor={`${id}-guidance`} className="utrecht-form-label">
              {t('editor.guidance')}
            </label>
            <textarea
              id={`${id}-guidance`}
              rows={3}
              className="utrecht-textarea utrecht-textarea--html-textarea"
              value={section.guidance}
              onChange={(e) => set({ guidance: e.target.value })}
            />
          </div>
          <label className="tp-check">
            <input type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" checked={section.required} onChange={(e) => set({ required: e.target.checked })} />
            {t('editor.required')}
          </label>
        </>
      ) : (
        <>
          {section.guidance && (
            <div className="tp-guidance">
              <p className="tp-guidance__label">{t('editor.guidance')}</p>
              <p className="tp-prewrap">{section.guidance}</p>
            </div>
          )}
          {section.required && <Paragraph className="tp-small">{t('editor.requiredNote')}</Paragraph>}
        </>
      )}
      <div className={`utrecht-form-field${bodyErrors.length ? ' utrecht-form-field--invalid' : ''}`}>
        {bodyErrors.length > 0 && (
          <ul id={`${id}-body-error`} className="utrecht-form-field-error-message tp-error-list" data-testid="body-errors">
            {keyed(bodyErrors, (e) => e.message).map(({ key, item: e }) => (
              <li key={key}>{e.message}</li>
            ))}
          </ul>
        )}
        <MarkdownEditor
          id={`${id}-body`}
          label={t('editor.body')}
          value={section.body}
          onChange={(body) => set({ body })}
          catalogue={catalogue}
          readOnly={!editable}
          invalid={bodyErrors.length > 0}
          describedBy={bodyErrors.length ? `${id}-body-error` : undefined}
          rows={10}
          testId="template-body"
        />
      </div>
      <TemplatePreview region={region} body={section.body} />
    </section>
  );
}

/** How the text renders for a member municipality this year, through POST /regions/{region}/preview. */
function TemplatePreview({ region, body }: { region: string; body: string }) {
  const { t } = useTranslation('woonzorgvisie');
  const id = useId();
  const regionInfo = useRegionInfo(region);
  const members = useMemo(() => (regionInfo.data ? currentMembers(regionInfo.data, todayIso()) : []), [regionInfo.data]);
  const [municipality, setMunicipality] = useState<string>('');
  const year = currentYear();
  const settled = useDebounced(body, 600);
  const preview = usePreview(['template', region, municipality, year], settled, (signal) =>
    previewTemplateText(region, settled, municipality || null, year, signal),
  );
  return (
    <section aria-labelledby={`${id}-title`} className="tp-preview" data-testid="template-preview">
      <div className="tp-preview__head">
        <Heading3 id={`${id}-title`}>{t('preview.title')}</Heading3>
        {members.length > 0 && (
          <div className="tp-preview__for">
            <label htmlFor={`${id}-for`} className="utrecht-form-label tp-small">
              {t('preview.for')}
            </label>
            <select id={`${id}-for`} className="utrecht-select utrecht-select--html-select tp-select--compact" value={municipality} onChange={(e) => setMunicipality(e.target.value)}>
              <option value="">{t('preview.firstMember')}</option>
              {members.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <PreviewBody preview={preview} />
    </section>
  );
}

function PublishDialog({ template, version, onDone, onClose }: { template: Template; version: TemplateVersion; onDone: (v: TemplateVersion) => void; onClose: () => void }) {
  const { t } = useTranslation('woonzorgvisie');
  const publish = useMutation({
    mutationFn: () => publishTemplateVersion(template.id, version.no, version.lockVersion),
    onSuccess: onDone,
  });
  const problem = isApiError(publish.error) ? (publish.error.problem as WzvProblem) : null;
  return (
    <Dialog title={t('publish.title', { no: version.no })} onClose={onClose}>
      <Paragraph>{t('publish.text', { name: template.name })}</Paragraph>
      <Paragraph data-testid="step-summary">
        {t('publish.summary', {
          chapters: version.chapters.length,
          sections: version.chapters.reduce((n, c) => n + c.sections.length, 0),
          required: version.chapters.reduce((n, c) => n + c.sections.filter((x) => x.required).length, 0),
        })}
        {version.changeNote ? ` ${t('publish.changeNote', { note: version.changeNote })}` : ''}
      </Paragraph>
      <Paragraph>
        <strong>{t('publish.frozen')}</strong>
      </Paragraph>
      <div aria-live="assertive">
        {publish.isError && (
          <Alert type="error">
            {problem?.code === 'TEMPLATE_INVALID' ? (
              <ul className="tp-error-list">
                {keyed(problem.fields ?? [], (e) => `${e.field ?? ''}:${e.message}`).map(({ key, item: e }) => (
                  <li key={key}>{e.message}</li>
                ))}
              </ul>
            ) : (
              <Paragraph>{problem?.code === 'VERSION_CONFLICT' ? t('editor.conflict') : (problem?.detail ?? t('publish.failed'))}</Paragraph>
            )}
          </Alert>
        )}
      </div>
      <ButtonGroup className="tp-dialog__actions">
        <Button appearance="primary-action-button" busy={publish.isPending} disabled={publish.isPending} onClick={() => publish.mutate()}>
          {t('publish.confirm')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onClose} disabled={publish.isPending}>
          {t('publish.cancel')}
        </Button>
      </ButtonGroup>
    </Dialog>
  );
}

/** A refused save in words, kept with the local draft: the field messages, else the detail. */
function problemText(problem: WzvProblem): string {
  return problem.fields?.length ? problem.fields.map((f) => f.message).join(' ') : (problem.detail ?? problem.code ?? '');
}

import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/problem';
import { DraftOfferPanel } from '../../../shared/autosave/DraftOfferPanel';
import { type AutosavePhase, useAutosavedText } from '../../../shared/autosave/useAutosavedText';
import { formatDateTime } from '../../../shared/format/format';
import { keyed } from '../../../shared/list/keyed';
import { allows } from '../../../shared/workflow/allowed';
import {
  addComment,
  previewDocumentText,
  putSection,
  resolveComment,
  usePreview,
  wzvKeys,
  type Catalogue,
  type CareDocument,
  type DocumentSection,
  type FieldError,
  type StoredSection,
  type WzvProblem,
} from '../api/woonzorgvisie';
import { timeOf, useDebounced } from '../text';
import { PreviewBody } from './PreviewBody';
import { SectionTextEditor } from './richtext/SectionTextEditor';
import { draftField, sectionLabel } from './SectionNav';

/** Where a document's unsaved section texts are kept in this browser (field: draftField(key)). */
export const documentDraftEntity = (documentId: number) => `woonzorgvisie-document:${documentId}`;

interface Props {
  document: CareDocument;
  section: DocumentSection;
  editable: boolean;
  catalogue: Catalogue | undefined;
  /** the pane hands its flush() up, so leaving the section saves first */
  registerFlush: (flush: (() => Promise<boolean>) | null) => void;
}

/** One section: guidance, the text with autosave (or read-only), the conflict panel, comments and the preview. */
export function SectionPane({ document, section, editable, catalogue, registerFlush }: Props) {
  const { t } = useTranslation('woonzorgvisie');
  const id = useId();
  const queryClient = useQueryClient();
  // a save answers the whole section; taking the other version has only its stored text
  const storeSection = (saved: SavedSection) =>
    queryClient.setQueryData<CareDocument>(wzvKeys.document(document.id), (old) =>
      old
        ? {
            ...old,
            chapters: old.chapters.map((c) => ({
              ...c,
              sections: c.sections.map((s) =>
                s.key === section.key
                  ? { ...s, ...saved, filled: saved.filled ?? saved.body.trim() !== '', comments: saved.comments ?? s.comments }
                  : s,
              ),
            })),
          }
        : old,
    );
  const autosave = useAutosavedText<SavedSection, FieldError>({
    mutationKey: ['woonzorgvisie', 'document', document.id, 'section'],
    key: section.key,
    initial: section,
    save: (body, lockVersion) => putSection(document.id, section.key, body, lockVersion),
    onStored: storeSection,
    conflictOf: sectionConflict,
    failureOf: sectionFailure,
    messageOf: (errors) => errors.map((e) => e.message).join(' '),
    draft: editable ? { entity: documentDraftEntity(document.id), field: draftField(section.key) } : undefined,
  });
  const { flush } = autosave;
  useEffect(() => {
    registerFlush(flush);
    return () => registerFlush(null);
  }, [flush, registerFlush]);

  const text = editable ? autosave.text : section.body;
  const settled = useDebounced(text, 700);
  const preview = usePreview(['document', document.id, section.key], settled, (signal) => previewDocumentText(document.id, settled, signal));

  return (
    <div className="tp-wzv-pane">
      <section className="tp-wzv-pane__editor" aria-labelledby={`${id}-title`} data-testid="section-pane" data-section={section.key}>
        <Heading2 id={`${id}-title`} className="tp-wzv-pane__title">
          {sectionLabel(section)}
          {section.required && <span className="tp-tag">{t('editor.requiredTag')}</span>}
        </Heading2>
        {section.guidance && (
          <div className="tp-guidance" data-testid="guidance">
            <p className="tp-guidance__label">{t('editor.guidance')}</p>
            <p className="tp-prewrap">{section.guidance}</p>
          </div>
        )}
        {editable ? (
          <>
            {autosave.offer && (
              <DraftOfferPanel offer={autosave.offer} onRestore={autosave.restoreDraft} onDiscard={autosave.discardDraft}>
                {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the text scrolls (max height), so it must be focusable to scroll by keyboard */}
                <pre className="tp-conflict__text" data-testid="draft-offer-text" tabIndex={0}>
                  {autosave.offer.value}
                </pre>
              </DraftOfferPanel>
            )}
            {autosave.conflict && (
              <ConflictPanel
                mine={autosave.text}
                theirs={autosave.conflict}
                busy={autosave.phase === 'saving'}
                onTakeTheirs={autosave.takeTheirs}
                onKeepMine={() => void autosave.keepMine()}
              />
            )}
            {autosave.errors.length > 0 && (
              <ul id={`${id}-errors`} className="utrecht-form-field-error-message tp-error-list" data-testid="section-errors">
                {keyed(autosave.errors, (e) => e.message).map(({ key, item: e }) => (
                  <li key={key}>{e.message}</li>
                ))}
              </ul>
            )}
            <SectionTextEditor
              id={`${id}-body`}
              label={t('document.text')}
              value={autosave.text}
              onChange={autosave.setText}
              onBlur={() => void flush()}
              catalogue={catalogue}
              invalid={autosave.errors.length > 0}
              describedBy={[autosave.errors.length ? `${id}-errors` : null, `${id}-state`].filter(Boolean).join(' ')}
              testId="section-body"
            />
            <p id={`${id}-state`} className="tp-savestate tp-small" data-testid="autosave-state" data-phase={autosave.phase} role="status">
              <SaveStateText
                phase={autosave.phase}
                savedAt={autosave.savedAt}
                section={section}
                message={autosave.errors.map((e) => e.message).join(' ')}
                untouched={autosave.text === section.body}
              />
            </p>
          </>
        ) : (
          <Paragraph className="tp-small tp-muted">{t('document.readOnlySection')}</Paragraph>
        )}
        <Comments document={document} section={section} />
      </section>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the preview scrolls on its own (max height), so it must be focusable to scroll by keyboard */}
      <section className="tp-wzv-pane__preview" aria-labelledby={`${id}-preview`} data-testid="document-preview" tabIndex={0}>
        <Heading3 id={`${id}-preview`}>{t('preview.title')}</Heading3>
        <PreviewBody preview={preview} />
      </section>
    </div>
  );
}

/** The stored section after a save (all of it) or after taking the other version (its stored text). */
type SavedSection = StoredSection & Partial<DocumentSection>;

const problemOf = (error: unknown) => (isApiError(error) ? (error.problem as WzvProblem) : null);

/** A 409 SECTION_CONFLICT carries the text someone else stored meanwhile. */
function sectionConflict(error: unknown): SavedSection | null {
  const problem = problemOf(error);
  return problem?.code === 'SECTION_CONFLICT' && problem.current ? problem.current : null;
}

/** What another failed save means for the section: rejected text, a document no longer editable, or an error. */
function sectionFailure(error: unknown): { phase: 'invalid'; errors: FieldError[] } | { phase: 'locked' | 'error' } {
  const problem = problemOf(error);
  if (problem?.code === 'SECTION_INVALID') return { phase: 'invalid', errors: problem.fields ?? [] };
  if (problem?.code === 'DOCUMENT_NOT_EDITABLE') return { phase: 'locked' };
  return { phase: 'error' };
}

interface StateProps {
  phase: AutosavePhase;
  savedAt: Date | null;
  section: DocumentSection;
  /** the server's words for a refused text */
  message: string;
  /** the text is still the stored one */
  untouched: boolean;
}

/** The autosave's state in words; before the first save here, who changed the section last. */
function SaveStateText({ phase, savedAt, section, message, untouched }: StateProps) {
  const { t, i18n } = useTranslation('woonzorgvisie');
  switch (phase) {
    case 'saving':
      return t('autosave.saving');
    case 'pending':
      return t('autosave.pending');
    case 'conflict':
      return t('autosave.conflict');
    case 'invalid':
      return t('autosave.invalid', { message });
    case 'locked':
      return t('autosave.locked');
    case 'error':
      return t('autosave.error');
    default:
      if (savedAt) return t('autosave.saved', { time: timeOf(savedAt, i18n.language) });
      // the template's starting text is not the writer's yet: say so rather than "last changed by"
      if (untouched && !section.filled && section.body.trim() !== '') return t('autosave.starting');
      if (section.updatedAt) return t('autosave.lastChange', { time: formatDateTime(section.updatedAt, i18n.language), by: section.updatedBy ?? '–' });
      return t('autosave.idle');
  }
}

interface ConflictProps {
  mine: string;
  theirs: StoredSection;
  busy: boolean;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}

/** Someone else saved this section meanwhile: both texts side by side; the writer chooses, nothing is overwritten unasked. */
function ConflictPanel({ mine, theirs, busy, onTakeTheirs, onKeepMine }: ConflictProps) {
  const { t, i18n } = useTranslation('woonzorgvisie');
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="tp-conflict" aria-labelledby={`${id}-title`} data-testid="conflict-panel" role="alert">
      <Heading3 id={`${id}-title`} ref={heading} tabIndex={-1} className="tp-conflict__title">
        {t('conflict.title')}
      </Heading3>
      <Paragraph>
        {t('conflict.text', {
          by: theirs.updatedBy ?? t('conflict.someone'),
          at: theirs.updatedAt ? formatDateTime(theirs.updatedAt, i18n.language) : '–',
        })}
      </Paragraph>
      <div className="tp-conflict__sides">
        <div>
          <p className="tp-conflict__label">{t('conflict.theirs', { by: theirs.updatedBy ?? t('conflict.someone') })}</p>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the text scrolls (max height), so it must be focusable to scroll by keyboard */}
          <pre className="tp-conflict__text" data-testid="conflict-theirs" tabIndex={0}>
            {theirs.body}
          </pre>
        </div>
        <div>
          <p className="tp-conflict__label">{t('conflict.mine')}</p>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the text scrolls (max height), so it must be focusable to scroll by keyboard */}
          <pre className="tp-conflict__text" data-testid="conflict-mine" tabIndex={0}>
            {mine}
          </pre>
        </div>
      </div>
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={onTakeTheirs} disabled={busy}>
          {t('conflict.takeTheirs')}
        </Button>
        <Button appearance="primary-action-button" onClick={onKeepMine} busy={busy} disabled={busy}>
          {t('conflict.keepMine')}
        </Button>
      </ButtonGroup>
    </section>
  );
}

/** The review comments of a section; the manager adds one while the document is in review, writer or manager resolves. */
function Comments({ document, section }: { document: CareDocument; section: DocumentSection }) {
  const { t, i18n } = useTranslation('woonzorgvisie');
  const id = useId();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: wzvKeys.document(document.id) });
    void queryClient.invalidateQueries({ queryKey: wzvKeys.documents(document.regionCode) });
  };
  const add = useMutation({
    mutationFn: () => addComment(document.id, section.key, body.trim()),
    onSuccess: (comment) => {
      setBody('');
      queryClient.setQueryData<CareDocument>(wzvKeys.document(document.id), (old) =>
        old
          ? {
              ...old,
              chapters: old.chapters.map((c) => ({
                ...c,
                sections: c.sections.map((s) => (s.key === section.key ? { ...s, comments: [...s.comments, comment] } : s)),
              })),
            }
          : old,
      );
      refresh();
    },
  });
  const resolve = useMutation({ mutationFn: (commentId: number) => resolveComment(document.id, commentId), onSuccess: refresh });
  const mayComment = allows(document, 'COMMENT');
  const mayResolve = allows(document, 'RESOLVE_COMMENT');
  if (section.comments.length === 0 && !mayComment) return null;
  return (
    <section className="tp-comments" aria-labelledby={`${id}-title`} data-testid="comments">
      <Heading3 id={`${id}-title`}>{t('comments.title', { count: section.comments.filter((c) => !c.resolvedAt).length })}</Heading3>
      {section.comments.length > 0 && (
        // biome-ignore lint/a11y/noRedundantRoles: list-style none drops the list role in Safari/VoiceOver, so it is set explicitly
        <ul className="tp-comments__list" role="list">
          {section.comments.map((c) => (
            <li key={c.id} className={`tp-comment${c.resolvedAt ? ' tp-comment--resolved' : ''}`} data-comment={c.id} data-resolved={Boolean(c.resolvedAt)}>
              <p className="tp-comment__meta tp-small">
                <strong>{c.author}</strong> · {formatDateTime(c.createdAt, i18n.language)}
                {c.resolvedAt && <> · {t('comments.resolvedBy', { by: c.resolvedBy ?? '–', at: formatDateTime(c.resolvedAt, i18n.language) })}</>}
              </p>
              <p className="tp-comment__body tp-prewrap">{c.body}</p>
              {!c.resolvedAt && mayResolve && (
                <Button
                  appearance="subtle-button"
                  className="tp-comment__resolve"
                  busy={resolve.isPending && resolve.variables === c.id}
                  disabled={resolve.isPending}
                  onClick={() => resolve.mutate(c.id)}
                >
                  {t('comments.resolve')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {resolve.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{t('comments.resolveFailed')}</Paragraph>
        </Alert>
      )}
      {mayComment && (
        <form
          className="tp-comments__form"
          onSubmit={(e) => {
            e.preventDefault();
            if (body.trim()) add.mutate();
          }}
        >
          <label htmlFor={`${id}-new`} className="utrecht-form-label">
            {t('comments.new')}
          </label>
          <textarea id={`${id}-new`} rows={3} className="utrecht-textarea utrecht-textarea--html-textarea" value={body} onChange={(e) => setBody(e.target.value)} />
          {add.isError && (
            <Alert type="error" role="alert">
              <Paragraph>{t('comments.failed')}</Paragraph>
            </Alert>
          )}
          <div>
            <Button type="submit" appearance="secondary-action-button" busy={add.isPending} disabled={add.isPending || !body.trim()}>
              {t('comments.add')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

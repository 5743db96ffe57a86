import { Alert, Button, ButtonGroup, Heading1, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../shared/api/problem';
import { apiFetch } from '../../shared/api/client';
import { LeaveGuard } from '../../shared/autosave/LeaveGuard';
import { useEntityDrafts } from '../../shared/autosave/useLocalDraft';
import { AppLink } from '../../shared/components/AppLink';
import { Dialog } from '../../shared/components/Dialog';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { ExportButtons } from '../../shared/components/ExportButtons';
import { Loading } from '../../shared/components/Loading';
import { PageNotFound } from '../../shared/components/PageNotFound';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { formatDate, formatDateTime, todayIso } from '../../shared/format/format';
import { keyed } from '../../shared/list/keyed';
import { paths } from '../../shared/paths';
import { allows } from '../../shared/workflow/allowed';
import {
  adoptDocument,
  downloadPaths,
  transition,
  useCatalogue,
  useDocument,
  wzvKeys,
  type CareDocument,
  type FieldError,
  type Transition,
  type WzvProblem,
} from './api/woonzorgvisie';
import { RenderedView } from './components/RenderedView';
import { SectionNav, sectionLabel } from './components/SectionNav';
import { documentDraftEntity, SectionPane } from './components/SectionPane';
import { DocumentStatusBadge } from './components/StatusBadges';
import { TemplateChangesPanel } from './components/TemplateChangesPanel';
import './woonzorgvisie.css';

/** /woonzorgvisie/documenten/:id */
export function DocumentPage() {
  const { id = '' } = useParams();
  return /^\d+$/.test(id) ? <DocumentView key={id} id={Number(id)} /> : <PageNotFound />;
}

function DocumentView({ id }: { id: number }) {
  const document = useDocument(id);
  usePageTitle(document.data?.title);
  if (document.isPending) return <Loading />;
  if (document.isError) return <ErrorMessage error={document.error} />;
  return <DocumentWorkspace document={document.data} />;
}

function DocumentWorkspace({ document }: { document: CareDocument }) {
  const { t, i18n } = useTranslation('woonzorgvisie');
  const queryClient = useQueryClient();
  const catalogue = useCatalogue(document.regionCode);
  const sections = document.chapters.flatMap((c) => c.sections);
  const [selected, setSelected] = useState<string | null>(sections[0]?.key ?? null);
  const [reading, setReading] = useState(false);
  const [revision, setRevision] = useState(0);
  const flushRef = useRef<(() => Promise<boolean>) | null>(null);
  const registerFlush = useCallback((flush: (() => Promise<boolean>) | null) => {
    flushRef.current = flush;
  }, []);
  const editable = allows(document, 'EDIT');
  const adopted = document.status === 'ADOPTED';
  const section = sections.find((s) => s.key === selected) ?? sections[0] ?? null;

  // text typed here that the server does not hold (refused, in conflict, not yet sent), by section
  const drafts = useEntityDrafts<string>(documentDraftEntity(document.id));

  /**
   * Moving to another section always moves: the pane being left sends what is unsaved as it closes,
   * and what the server refuses (or a conflict) stays as that section's local draft, named in the
   * section list and offered back there. (Staying put on a refused save made the writer type the next
   * section's text into the refused one, and lose both.)
   */
  const select = (key: string) => {
    if (key !== section?.key) setSelected(key);
  };

  const afterChange = (next: CareDocument) => {
    queryClient.setQueryData(wzvKeys.document(next.id), next);
    void queryClient.invalidateQueries({ queryKey: wzvKeys.documents(next.regionCode) });
    void queryClient.invalidateQueries({ queryKey: wzvKeys.rendered(next.id) });
  };

  /** The stored document, after what is typed has been saved: its lockVersion goes with a transition. */
  const fresh = async () => {
    if (flushRef.current) await flushRef.current();
    const latest = await apiFetch<CareDocument>(`/api/woonzorgvisie/documents/${document.id}`);
    queryClient.setQueryData(wzvKeys.document(document.id), latest);
    return latest;
  };

  return (
    <div className="tp-wzv tp-wzv-document">
      <LeaveGuard when={editable && drafts.size > 0} />
      <hgroup className="tp-hgroup">
        <PreHeading>
          <AppLink to={paths.woonzorgvisies(document.regionCode)}>{t('documents.title')}</AppLink>
        </PreHeading>
        <Heading1>{document.title}</Heading1>
      </hgroup>
      <div className="tp-wzv-meta" data-testid="document-meta">
        <DocumentStatusBadge status={document.status} />
        <span>{t(`areaKind.${document.area.kind}`)}: {document.area.name}</span>
        <span>{t('documents.years', { from: document.fromYear, to: document.toYear })}</span>
        <span>{t('documents.templateVersion', { name: document.template.name, no: document.template.versionNo })}</span>
        {adopted && document.decisionDate && (
          <span data-testid="decision">
            {t('document.decision', { date: formatDate(document.decisionDate, i18n.language), reference: document.decisionReference ?? '–' })}
          </span>
        )}
        {adopted && document.adoptedAt && <span>{t('document.adoptedAt', { at: formatDateTime(document.adoptedAt, i18n.language), by: document.adoptedBy ?? '–' })}</span>}
      </div>

      <ActionBar
        document={document}
        fresh={fresh}
        onChanged={afterChange}
        onShowSection={(key) => {
          setReading(false);
          select(key);
        }}
        reading={reading}
        onToggleReading={adopted ? undefined : () => setReading((r) => !r)}
      />

      {/* the writer takes the newer version's changes; the reviewer sees them during the review */}
      {document.newerTemplateVersionNo !== null && (allows(document, 'TAKE_TEMPLATE_CHANGES') || allows(document, 'COMMENT')) && (
        <TemplateChangesPanel
          document={document}
          onTaken={(next) => {
            afterChange(next);
            setRevision((r) => r + 1);
          }}
        />
      )}

      {adopted || reading ? (
        <RenderedView documentId={document.id} />
      ) : (
        <div className="tp-wzv-doc">
          <SectionNav chapters={document.chapters} selected={section?.key ?? null} onSelect={select} drafts={editable ? drafts : undefined} />
          {section ? (
            <SectionPane
              key={`${section.key}:${revision}`}
              document={document}
              section={section}
              editable={editable}
              catalogue={catalogue.data}
              registerFlush={registerFlush}
            />
          ) : (
            <Paragraph>{t('document.noSections')}</Paragraph>
          )}
        </div>
      )}
    </div>
  );
}

interface ActionProps {
  document: CareDocument;
  fresh: () => Promise<CareDocument>;
  onChanged: (document: CareDocument) => void;
  onShowSection: (key: string) => void;
  reading: boolean;
  onToggleReading?: () => void;
}

/** What the user may do now, as the server lists it in allowedActions, and the downloads. */
function ActionBar({ document, fresh, onChanged, onShowSection, reading, onToggleReading }: ActionProps) {
  const { t } = useTranslation('woonzorgvisie');
  const [adopting, setAdopting] = useState(false);
  const move = useMutation({
    mutationFn: async (action: Transition) => transition(document.id, action, (await fresh()).lockVersion),
    onSuccess: onChanged,
  });
  const problem = isApiError(move.error) ? (move.error.problem as WzvProblem) : null;
  const canSubmit = allows(document, 'SUBMIT');
  const canReturn = allows(document, 'RETURN');
  const canAdopt = allows(document, 'ADOPT');
  const sections = document.chapters.flatMap((c) => c.sections);
  return (
    <div className="tp-wzv-actions" data-testid="action-bar">
      <ButtonGroup className="tp-wzv-actions__buttons">
        {canSubmit && (
          <Button appearance="primary-action-button" busy={move.isPending && move.variables === 'submit'} disabled={move.isPending} onClick={() => move.mutate('submit')}>
            {t('actions.submit')}
          </Button>
        )}
        {canAdopt && (
          <Button appearance="primary-action-button" disabled={move.isPending} onClick={() => setAdopting(true)}>
            {t('actions.adopt')}
          </Button>
        )}
        {canReturn && (
          <Button appearance="secondary-action-button" busy={move.isPending && move.variables === 'return'} disabled={move.isPending} onClick={() => move.mutate('return')}>
            {t('actions.return')}
          </Button>
        )}
        {onToggleReading && (
          <Button appearance="subtle-button" onClick={onToggleReading} aria-pressed={reading}>
            {t('actions.read')}
          </Button>
        )}
      </ButtonGroup>
      <ExportButtons
        label={t('actions.downloads')}
        path={(format) => (format === 'pdf' ? downloadPaths.pdf(document.id) : downloadPaths.docx(document.id))}
        baseName={document.title}
        buttonLabels={{ pdf: t('actions.pdf'), docx: t('actions.docx') }}
      />
      <div aria-live="assertive">
        {move.isError && (
          <Alert type="error" data-testid="action-problem" data-code={problem?.code}>
            {problem?.code === 'REQUIRED_SECTIONS_EMPTY' ? (
              <>
                <Paragraph>
                  <strong>{t('actions.requiredEmpty')}</strong>
                </Paragraph>
                <SectionErrorList errors={problem.fields ?? []} detail={problem.detail} sections={sections} onShow={onShowSection} />
              </>
            ) : (
              <Paragraph>{problem?.code === 'VERSION_CONFLICT' ? t('actions.conflict') : (problem?.detail ?? t('actions.failed'))}</Paragraph>
            )}
          </Alert>
        )}
      </div>
      {adopting && (
        <AdoptDialog
          document={document}
          fresh={fresh}
          onDone={(next) => {
            setAdopting(false);
            onChanged(next);
          }}
          onClose={() => setAdopting(false)}
          onShowSection={(key) => {
            setAdopting(false);
            onShowSection(key);
          }}
        />
      )}
    </div>
  );
}

/** The errors of a 422 that name sections: each a button to its section when the key can be found. */
function SectionErrorList({ errors, detail, sections, onShow }: { errors: FieldError[]; detail?: string; sections: CareDocument['chapters'][number]['sections']; onShow: (key: string) => void }) {
  const find = (error: FieldError) =>
    [...sections].sort((a, b) => b.key.length - a.key.length).find((s) => error.field?.includes(s.key) || error.message.includes(sectionLabel(s)));
  if (errors.length === 0) return detail ? <Paragraph>{detail}</Paragraph> : null;
  return (
    <ul className="tp-error-list" data-testid="named-sections">
      {keyed(errors, (error) => `${error.field ?? ''}:${error.message}`).map(({ key, item: error }) => {
        const section = find(error);
        return (
          <li key={key}>
            {section ? (
              <button type="button" className="tp-linkbutton" data-section={section.key} onClick={() => onShow(section.key)}>
                {error.message}
              </button>
            ) : (
              error.message
            )}
          </li>
        );
      })}
    </ul>
  );
}

interface AdoptProps {
  document: CareDocument;
  fresh: () => Promise<CareDocument>;
  onDone: (document: CareDocument) => void;
  onClose: () => void;
  onShowSection: (key: string) => void;
}

/** "Vaststellen": the decision's date and reference; the figures are frozen and the document never changes again. */
function AdoptDialog({ document, fresh, onDone, onClose, onShowSection }: AdoptProps) {
  const { t } = useTranslation('woonzorgvisie');
  const [date, setDate] = useState(todayIso());
  const [reference, setReference] = useState('');
  const [missing, setMissing] = useState<'date' | 'reference' | null>(null);
  const adopt = useMutation({
    mutationFn: async () => adoptDocument(document.id, { lockVersion: (await fresh()).lockVersion, decisionDate: date, decisionReference: reference.trim() }),
    onSuccess: onDone,
  });
  const problem = isApiError(adopt.error) ? (adopt.error.problem as WzvProblem) : null;
  const sections = document.chapters.flatMap((c) => c.sections);
  return (
    <Dialog title={t('adopt.title')} onClose={onClose}>
      <Paragraph>{t('adopt.text', { title: document.title })}</Paragraph>
      <Paragraph>
        <strong>{t('adopt.frozen')}</strong>
      </Paragraph>
      <form
        className="tp-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!date) return setMissing('date');
          if (!reference.trim()) return setMissing('reference');
          setMissing(null);
          adopt.mutate();
        }}
      >
        <div className={`utrecht-form-field${missing === 'date' ? ' utrecht-form-field--invalid' : ''}`}>
          <label htmlFor="adopt-date" className="utrecht-form-label">
            {t('adopt.date')}
          </label>
          {missing === 'date' && (
            <p id="adopt-date-error" className="utrecht-form-field-error-message">
              {t('adopt.required')}
            </p>
          )}
          <input
            id="adopt-date"
            type="date"
            className="utrecht-textbox utrecht-textbox--html-input tp-input--date"
            value={date}
            aria-invalid={missing === 'date' || undefined}
            aria-describedby={missing === 'date' ? 'adopt-date-error' : undefined}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
        <div className={`utrecht-form-field${missing === 'reference' ? ' utrecht-form-field--invalid' : ''}`}>
          <label htmlFor="adopt-reference" className="utrecht-form-label">
            {t('adopt.reference')}
          </label>
          {missing === 'reference' && (
            <p id="adopt-reference-error" className="utrecht-form-field-error-message">
              {t('adopt.required')}
            </p>
          )}
          <input
            id="adopt-reference"
            className="utrecht-textbox utrecht-textbox--html-input tp-input--wide"
            value={reference}
            aria-invalid={missing === 'reference' || undefined}
            aria-describedby={missing === 'reference' ? 'adopt-reference-error' : undefined}
            onChange={(e) => setReference(e.target.value)}
          />
        </div>
        <div aria-live="assertive">
          {adopt.isError && (
            <Alert type="error" data-testid="adopt-problem" data-code={problem?.code}>
              {problem?.code === 'OPEN_COMMENTS' ? (
                <>
                  <Paragraph>
                    <strong>{t('adopt.openComments')}</strong>
                  </Paragraph>
                  <SectionErrorList errors={problem.fields ?? []} detail={problem.detail} sections={sections} onShow={onShowSection} />
                </>
              ) : (
                <Paragraph>{problem?.code === 'VERSION_CONFLICT' ? t('actions.conflict') : (problem?.detail ?? t('adopt.failed'))}</Paragraph>
              )}
            </Alert>
          )}
        </div>
        <ButtonGroup className="tp-dialog__actions">
          <Button type="submit" appearance="primary-action-button" busy={adopt.isPending} disabled={adopt.isPending}>
            {t('adopt.confirm')}
          </Button>
          <Button appearance="secondary-action-button" onClick={onClose} disabled={adopt.isPending}>
            {t('adopt.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </Dialog>
  );
}

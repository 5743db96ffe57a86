import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/problem';
import { Dialog } from '../../../shared/components/Dialog';
import { ExportButtons } from '../../../shared/components/ExportButtons';
import { todayIso } from '../../../shared/format/format';
import { keyed } from '../../../shared/list/keyed';
import { allows } from '../../../shared/workflow/allowed';
import {
  adoptDocument,
  approveDocument,
  downloadPaths,
  recordAdoption,
  transition,
  type CareDocument,
  type FieldError,
  type Transition,
  type WzvProblem,
} from '../api/woonzorgvisie';
import { sectionLabel } from './SectionNav';

interface ActionProps {
  document: CareDocument;
  fresh: () => Promise<CareDocument>;
  onChanged: (document: CareDocument) => void;
  onShowSection: (key: string) => void;
  reading: boolean;
  onToggleReading?: () => void;
}

type Step = 'approve' | 'adopt' | 'record';

/**
 * What the user may do now, as the server lists it in allowedActions, and the downloads. A gemeente's document gets
 * the region's akkoord (APPROVE) and is then adopted by its council, which the gemeente records (RECORD_ADOPTION);
 * the region adopts (ADOPT) only its own deelregio documents.
 */
export function ActionBar({ document, fresh, onChanged, onShowSection, reading, onToggleReading }: ActionProps) {
  const { t } = useTranslation('woonzorgvisie');
  const [step, setStep] = useState<Step | null>(null);
  const move = useMutation({
    mutationFn: async (action: Transition) => transition(document.id, action, (await fresh()).lockVersion),
    onSuccess: onChanged,
  });
  const problem = isApiError(move.error) ? (move.error.problem as WzvProblem) : null;
  const canSubmit = allows(document, 'SUBMIT');
  const canReturn = allows(document, 'RETURN');
  const sections = document.chapters.flatMap((c) => c.sections);
  const close = () => setStep(null);
  return (
    <div className="tp-wzv-actions" data-testid="action-bar">
      <ButtonGroup className="tp-wzv-actions__buttons">
        {canSubmit && (
          <Button appearance="primary-action-button" busy={move.isPending && move.variables === 'submit'} disabled={move.isPending} onClick={() => move.mutate('submit')}>
            {t('actions.submit')}
          </Button>
        )}
        {allows(document, 'APPROVE') && (
          <Button appearance="primary-action-button" disabled={move.isPending} onClick={() => setStep('approve')}>
            {t('actions.approve')}
          </Button>
        )}
        {allows(document, 'ADOPT') && (
          <Button appearance="primary-action-button" disabled={move.isPending} onClick={() => setStep('adopt')}>
            {t('actions.adopt')}
          </Button>
        )}
        {allows(document, 'RECORD_ADOPTION') && (
          <Button appearance="primary-action-button" disabled={move.isPending} onClick={() => setStep('record')}>
            {t('actions.recordAdoption')}
          </Button>
        )}
        {canReturn && (
          <Button appearance="secondary-action-button" busy={move.isPending && move.variables === 'return'} disabled={move.isPending} onClick={() => move.mutate('return')}>
            {document.status === 'APPROVED' ? t('actions.withdraw') : t('actions.return')}
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
      {step === 'approve' && (
        <ApproveDialog
          document={document}
          fresh={fresh}
          onDone={(next) => {
            close();
            onChanged(next);
          }}
          onClose={close}
          onShowSection={(key) => {
            close();
            onShowSection(key);
          }}
        />
      )}
      {(step === 'adopt' || step === 'record') && (
        <AdoptDialog
          document={document}
          council={step === 'record'}
          fresh={fresh}
          onDone={(next) => {
            close();
            onChanged(next);
          }}
          onClose={close}
          onShowSection={(key) => {
            close();
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

interface StepProps {
  document: CareDocument;
  fresh: () => Promise<CareDocument>;
  onDone: (document: CareDocument) => void;
  onClose: () => void;
  onShowSection: (key: string) => void;
}

/** The problem of a failed step inside its dialog: open comments name their sections, a stale version says so. */
function StepProblem({ error, failed, sections, onShowSection }: { error: unknown; failed: string; sections: CareDocument['chapters'][number]['sections']; onShowSection: (key: string) => void }) {
  const { t } = useTranslation('woonzorgvisie');
  const problem = isApiError(error) ? (error.problem as WzvProblem) : null;
  return (
    <Alert type="error" data-testid="adopt-problem" data-code={problem?.code}>
      {problem?.code === 'OPEN_COMMENTS' ? (
        <>
          <Paragraph>
            <strong>{t('adopt.openComments')}</strong>
          </Paragraph>
          <SectionErrorList errors={problem.fields ?? []} detail={problem.detail} sections={sections} onShow={onShowSection} />
        </>
      ) : (
        <Paragraph>
          {problem?.code === 'VERSION_CONFLICT'
            ? t('actions.conflict')
            : (problem?.fields?.map((f) => f.message).join(' ') || problem?.detail) ?? failed}
        </Paragraph>
      )}
    </Alert>
  );
}

/**
 * The frame both steps share: a form whose submit runs the step, the step's problem next to its sections, and the
 * confirm and cancel buttons (cancel is disabled while the step runs, so the dialog cannot close on a half-done save).
 */
function StepForm({ step, failed, sections, confirm, onSubmit, onClose, onShowSection, children }: {
  step: { isPending: boolean; isError: boolean; error: unknown };
  failed: string;
  sections: CareDocument['chapters'][number]['sections'];
  confirm: string;
  onSubmit: () => void;
  onClose: () => void;
  onShowSection: (key: string) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('woonzorgvisie');
  return (
    <form
      className="tp-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <div aria-live="assertive">{step.isError && <StepProblem error={step.error} failed={failed} sections={sections} onShowSection={onShowSection} />}</div>
      <ButtonGroup className="tp-dialog__actions">
        <Button type="submit" appearance="primary-action-button" busy={step.isPending} disabled={step.isPending}>
          {confirm}
        </Button>
        <Button appearance="secondary-action-button" onClick={onClose} disabled={step.isPending}>
          {t('adopt.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** "Akkoord geven": what the region approves (progress, open comments) and an optional comment for the gemeente. */
export function ApproveDialog({ document, fresh, onDone, onClose, onShowSection }: StepProps) {
  const { t } = useTranslation('woonzorgvisie');
  const [comment, setComment] = useState('');
  const approve = useMutation({
    mutationFn: async () => approveDocument(document.id, { lockVersion: (await fresh()).lockVersion, comment: comment.trim() || undefined }),
    onSuccess: onDone,
  });
  const sections = document.chapters.flatMap((c) => c.sections);
  const open = sections.reduce((n, s) => n + s.comments.filter((c) => !c.resolvedAt).length, 0);
  const figures = { filled: document.progress.filled, sections: document.progress.sections, count: open };
  return (
    <Dialog title={t('approve.title')} onClose={onClose}>
      <Paragraph>{t('approve.text', { title: document.title })}</Paragraph>
      <Paragraph data-testid="step-summary">
        <strong>{open > 0 ? t('approve.openSummary', figures) : t('approve.summary', figures)}</strong>
      </Paragraph>
      <StepForm step={approve} failed={t('approve.failed')} sections={sections} confirm={t('approve.confirm')} onSubmit={() => approve.mutate()} onClose={onClose} onShowSection={onShowSection}>
        <div className="utrecht-form-field">
          <label htmlFor="approve-comment" className="utrecht-form-label">
            {t('approve.comment')}
          </label>
          <textarea id="approve-comment" className="utrecht-textarea" rows={3} maxLength={4000} value={comment} onChange={(e) => setComment(e.target.value)} />
        </div>
      </StepForm>
    </Dialog>
  );
}

/**
 * Adoption with its decision's date and reference; the figures are frozen and the document never changes again.
 * `council`: the gemeente records its gemeenteraad's decision; otherwise the region adopts its deelregio document.
 */
export function AdoptDialog({ document, council, fresh, onDone, onClose, onShowSection }: StepProps & { council: boolean }) {
  const { t } = useTranslation('woonzorgvisie');
  const [date, setDate] = useState(todayIso());
  const [reference, setReference] = useState('');
  const [missing, setMissing] = useState<'date' | 'reference' | null>(null);
  const adopt = useMutation({
    mutationFn: async () => {
      const body = { lockVersion: (await fresh()).lockVersion, decisionDate: date, decisionReference: reference.trim() };
      return council ? recordAdoption(document.id, body) : adoptDocument(document.id, body);
    },
    onSuccess: onDone,
  });
  const sections = document.chapters.flatMap((c) => c.sections);
  return (
    <Dialog title={council ? t('adopt.councilTitle') : t('adopt.title')} onClose={onClose}>
      <Paragraph>{council ? t('adopt.councilText', { title: document.title }) : t('adopt.regionText', { title: document.title })}</Paragraph>
      <Paragraph data-testid="step-summary">
        <strong>{t('adopt.frozen')}</strong>
      </Paragraph>
      <StepForm
        step={adopt}
        failed={t('adopt.failed')}
        sections={sections}
        confirm={council ? t('adopt.councilConfirm') : t('adopt.confirm')}
        onSubmit={() => {
          if (!date) return setMissing('date');
          if (!reference.trim()) return setMissing('reference');
          setMissing(null);
          adopt.mutate();
        }}
        onClose={onClose}
        onShowSection={onShowSection}
      >
        <div className={`utrecht-form-field${missing === 'date' ? ' utrecht-form-field--invalid' : ''}`}>
          <label htmlFor="adopt-date" className="utrecht-form-label">
            {council ? t('adopt.councilDate') : t('adopt.date')}
          </label>
          {missing === 'date' && (
            <p id="adopt-date-error" className="utrecht-form-field-error-message">
              {t('adopt.required')}
            </p>
          )}
          <input
            id="adopt-date"
            type="date"
            max={todayIso()}
            className="utrecht-textbox utrecht-textbox--html-input tp-input--date"
            value={date}
            aria-invalid={missing === 'date' || undefined}
            aria-describedby={missing === 'date' ? 'adopt-date-error' : undefined}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
        <div className={`utrecht-form-field${missing === 'reference' ? ' utrecht-form-field--invalid' : ''}`}>
          <label htmlFor="adopt-reference" className="utrecht-form-label">
            {council ? t('adopt.councilReference') : t('adopt.reference')}
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
      </StepForm>
    </Dialog>
  );
}

import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../../shared/api/problem';
import { isApiError } from '../../../shared/api/problem';
import { adoptScheme, putScheme, urgencyKeys, type Clash, type Scheme, type UrgencyProblem } from '../api/urgency';
import { clashQuotaKeys, fieldErrorsOf, schemeInput, type FieldErrors, type SchemeDraft } from '../schemeDraft';
import { CategoriesEditor } from './CategoriesEditor';
import { Field } from '../../../shared/components/Field';
import { keyed } from '../../../shared/list/keyed';
import { allows } from '../../../shared/workflow/allowed';
import { QuotasEditor } from './QuotasEditor';
import { AdoptDialog, DeleteDialog, SaveConflictDialog } from './SchemeDialogs';
import { ClashList } from './SchemeHeader';

interface Props {
  scheme: Scheme;
  draft: SchemeDraft;
  dirty: boolean;
  /** null: back to the stored version */
  onDraftChange: (draft: SchemeDraft | null) => void;
  onAdopted: () => void;
  /** the server's words when it refused the version (null once saved), kept with the local draft */
  onRefused?: (message: string | null) => void;
}

type SaveProblem =
  | { kind: 'fields'; unplaced: FieldProblem[] }
  | { kind: 'clashes'; code: string; clashes: Clash[]; labels: string[] }
  | { kind: 'other'; code: string | undefined; detail: string };

/**
 * The programme manager's editor for a concept version. The whole version is saved at once (PUT with
 * the lock version); the server's answers are shown where they belong: field errors at their fields,
 * clashes between quotas at those quotas and above, a conflict in a dialog that offers the stored version.
 */
export function SchemeEditor({ scheme, draft, dirty, onDraftChange, onAdopted, onRefused }: Props) {
  const { t } = useTranslation('urgency');
  const queryClient = useQueryClient();
  const id = useId();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [clashes, setClashes] = useState<Map<string, string[]>>(new Map());
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [conflict, setConflict] = useState<Scheme | null>(null);
  const [saved, setSaved] = useState(false);
  const [dialog, setDialog] = useState<'adopt' | 'delete' | null>(null);

  const store = (next: Scheme) => {
    queryClient.setQueryData(urgencyKeys.scheme(next.id), next);
    void queryClient.invalidateQueries({ queryKey: urgencyKeys.schemes(next.region.code) });
    void queryClient.invalidateQueries({ queryKey: urgencyKeys.capacityOf(next.id) });
    void queryClient.invalidateQueries({ queryKey: ['urgency', 'compare'] });
  };

  const save = useMutation({
    mutationFn: ({ lockVersion, sent }: { lockVersion: number; sent: SchemeDraft }) => putScheme(scheme.id, schemeInput(sent, lockVersion)),
    onSuccess: (next) => {
      setConflict(null);
      setProblem(null);
      setErrors({});
      setClashes(new Map());
      setSaved(true);
      store(next);
      onDraftChange(null);
      onRefused?.(null);
    },
    onError: (error, { sent }) => {
      const body = isApiError(error) ? (error.problem as UrgencyProblem) : null;
      onRefused?.(refusalOf(body, t('editor.saveFailed')));
      if (body?.code === 'VERSION_CONFLICT' && body.current) {
        setConflict(body.current);
      } else if (body?.status === 400 && body.fields?.length) {
        const placed = fieldErrorsOf(body.fields, sent);
        setErrors(placed.errors);
        setProblem({ kind: 'fields', unplaced: placed.unplaced });
      } else if ((body?.code === 'QUOTAS_INCONSISTENT' || body?.code === 'QUOTA_SETS_OVERLAP') && body.errors?.length) {
        const byQuota = new Map<string, string[]>();
        for (const clash of body.errors) {
          for (const key of clashQuotaKeys(clash, sent.quotas)) byQuota.set(key, [...(byQuota.get(key) ?? []), clash.message]);
        }
        setClashes(byQuota);
        setProblem({ kind: 'clashes', code: body.code, clashes: body.errors, labels: sent.quotas.map((q) => q.label) });
      } else {
        setProblem({ kind: 'other', code: body?.code, detail: body?.detail ?? t('editor.saveFailed') });
      }
    },
  });

  const adopt = useMutation({
    mutationFn: () => adoptScheme(scheme.id, scheme.lockVersion),
    onSuccess: (adopted) => {
      store(adopted);
      setDialog(null);
      onAdopted();
    },
  });

  const change = (next: SchemeDraft) => {
    setSaved(false);
    onDraftChange(next);
  };
  const canSave = dirty && !save.isPending;
  const canAdopt = allows(scheme, 'ADOPT');

  return (
    <div className="tp-editor" data-testid="scheme-editor">
      <div className="tp-savebar" data-testid="savebar">
        <p className="tp-savebar__state" aria-live="polite" data-testid="save-state" data-dirty={dirty}>
          {dirty ? <strong>{t('editor.unsaved')}</strong> : saved ? t('editor.saved') : t('editor.upToDate')}
        </p>
        <ButtonGroup>
          {/* Not disabled when there is nothing to save: a disabled button would drop the keyboard focus. */}
          <Button
            appearance="primary-action-button"
            busy={save.isPending}
            aria-disabled={!canSave || undefined}
            className={canSave ? undefined : 'utrecht-button--disabled'}
            onClick={() => {
              if (!canSave) return;
              setProblem(null);
              save.mutate({ lockVersion: scheme.lockVersion, sent: draft });
            }}
          >
            {save.isPending ? t('editor.saving') : t('editor.save')}
          </Button>
          {dirty && (
            <Button
              appearance="subtle-button"
              onClick={() => {
                setErrors({});
                setClashes(new Map());
                setProblem(null);
                onDraftChange(null);
              }}
            >
              {t('editor.discard')}
            </Button>
          )}
          {canAdopt && (
            <Button
              appearance="secondary-action-button"
              disabled={dirty || save.isPending}
              aria-describedby={dirty ? `${id}-adopt-hint` : undefined}
              onClick={() => {
                adopt.reset();
                setDialog('adopt');
              }}
            >
              {t('adopt.button')}
            </Button>
          )}
          {allows(scheme, 'DELETE') && (
            <Button appearance="subtle-button" onClick={() => setDialog('delete')}>
              {t('delete.button')}
            </Button>
          )}
        </ButtonGroup>
        {dirty && canAdopt && (
          <p id={`${id}-adopt-hint`} className="tp-small tp-muted">
            {t('adopt.saveFirst')}
          </p>
        )}
        <div aria-live="polite">{problem && <SaveProblemAlert problem={problem} />}</div>
      </div>

      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset tp-fieldset" data-testid="header-fields">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('editor.header')}</legend>
        <Field id={`${id}-name`} label={t('editor.name')} error={errors.name}>
          {(props) => (
            <input {...props} className="utrecht-textbox utrecht-textbox--html-input tp-input--wide" value={draft.name} onChange={(e) => change({ ...draft, name: e.target.value })} />
          )}
        </Field>
        <div className="tp-inline-form">
          <Field id={`${id}-from`} label={t('editor.validFrom')} error={errors.validFrom}>
            {(props) => (
              <input {...props} type="date" className="utrecht-textbox utrecht-textbox--html-input tp-input--date" value={draft.validFrom} onChange={(e) => change({ ...draft, validFrom: e.target.value })} />
            )}
          </Field>
          <Field id={`${id}-to`} label={t('editor.validTo')} error={errors.validTo}>
            {(props) => (
              <input {...props} type="date" className="utrecht-textbox utrecht-textbox--html-input tp-input--date" value={draft.validTo} onChange={(e) => change({ ...draft, validTo: e.target.value })} />
            )}
          </Field>
        </div>
        <div className="tp-inline-form">
          <Field id={`${id}-legal`} label={t('editor.legalName')} error={errors['legalBasis.name']} className="tp-grow">
            {(props) => (
              <input {...props} className="utrecht-textbox utrecht-textbox--html-input tp-input--wide" value={draft.legalName} onChange={(e) => change({ ...draft, legalName: e.target.value })} />
            )}
          </Field>
          <Field id={`${id}-legal-date`} label={t('editor.legalDate')} error={errors['legalBasis.date']}>
            {(props) => (
              <input {...props} type="date" className="utrecht-textbox utrecht-textbox--html-input tp-input--date" value={draft.legalDate} onChange={(e) => change({ ...draft, legalDate: e.target.value })} />
            )}
          </Field>
        </div>
      </fieldset>

      <CategoriesEditor region={scheme.region.code} draft={draft} onChange={change} errors={errors} />
      <QuotasEditor draft={draft} onChange={change} errors={errors} clashes={clashes} />

      {conflict && (
        <SaveConflictDialog
          busy={save.isPending}
          onTakeTheirs={() => {
            store(conflict);
            onDraftChange(null);
            setConflict(null);
            setErrors({});
            setClashes(new Map());
          }}
          onKeepMine={() => save.mutate({ lockVersion: conflict.lockVersion, sent: draft })}
        />
      )}
      {dialog === 'adopt' && (
        <AdoptDialog scheme={scheme} busy={adopt.isPending} error={adopt.error} onConfirm={() => adopt.mutate()} onClose={() => setDialog(null)} />
      )}
      {dialog === 'delete' && <DeleteDialog scheme={scheme} onClose={() => setDialog(null)} />}
    </div>
  );
}

/** A refused save in words, kept with the local draft: field messages, else clashes, else the detail. */
function refusalOf(body: UrgencyProblem | null, fallback: string): string {
  if (body?.fields?.length) return body.fields.map((f) => f.message).join(' ');
  if (body?.errors?.length) return body.errors.map((c) => c.message).join(' ');
  return body?.detail ?? fallback;
}

function SaveProblemAlert({ problem }: { problem: SaveProblem }) {
  const { t } = useTranslation('urgency');
  if (problem.kind === 'fields') {
    return (
      <Alert type="error" data-testid="save-problem" data-code="VALIDATION_FAILED">
        <Paragraph>{t('editor.problems.VALIDATION_FAILED')}</Paragraph>
        {problem.unplaced.length > 0 && (
          <ul className="utrecht-unordered-list">
            {keyed(problem.unplaced, (field) => `${field.field}:${field.message}`).map(({ key, item: field }) => (
              <li key={key} className="utrecht-unordered-list__item">
                {field.field}: {field.message}
              </li>
            ))}
          </ul>
        )}
      </Alert>
    );
  }
  if (problem.kind === 'clashes') {
    return (
      <Alert type="error" data-testid="save-problem" data-code={problem.code}>
        <Paragraph>{t(problem.code === 'QUOTA_SETS_OVERLAP' ? 'editor.problems.QUOTA_SETS_OVERLAP' : 'editor.problems.QUOTAS_INCONSISTENT')}</Paragraph>
        <ClashList clashes={problem.clashes} labels={problem.labels} />
      </Alert>
    );
  }
  const known = problem.code === 'SCHEME_LOCKED' ? t('editor.problems.SCHEME_LOCKED') : null;
  return (
    <Alert type="error" data-testid="save-problem" data-code={problem.code}>
      <Paragraph>{known ?? problem.detail}</Paragraph>
    </Alert>
  );
}

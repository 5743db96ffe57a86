import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/problem';
import { Dialog } from '../../../shared/components/Dialog';
import { todayIso } from '../../../shared/format/format';
import type { AllocationProblem, Decision, Scenario } from '../api/allocation';

interface Props {
  scenario: Scenario;
  busy: boolean;
  error: unknown;
  onConfirm: (decision: Decision) => void;
  onClose: () => void;
}

type Field = 'decisionDate' | 'decisionReference' | 'decisionBody';
const fields: Field[] = ['decisionDate', 'decisionReference', 'decisionBody'];

/**
 * "Vaststellen" asks once more, says plainly that it freezes the scenario and the model, and records the besluit
 * that adopts the verdeling: its date, reference and the body that took it (all required, also by the server).
 */
export function AdoptDialog({ scenario, busy, error, onConfirm, onClose }: Props) {
  const { t } = useTranslation('allocation');
  const [values, setValues] = useState<Record<Field, string>>({ decisionDate: todayIso(), decisionReference: '', decisionBody: '' });
  const [missing, setMissing] = useState<Field[]>([]);
  const problem = isApiError(error) ? (error.problem as AllocationProblem) : null;
  const known = ['ALLOCATION_INFEASIBLE', 'MODEL_ADOPTED', 'VERSION_CONFLICT'] as const;
  const code = known.find((c) => c === problem?.code);
  // the server's own message per field wins over the generic "fill this in"
  const message = (field: Field) =>
    problem?.fields?.find((f) => f.field === field)?.message ?? (missing.includes(field) ? t('adopt.required') : undefined);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const empty = fields.filter((f) => values[f].trim() === '');
    setMissing(empty);
    if (empty.length > 0) {
      event.currentTarget.querySelector<HTMLInputElement>(`#adopt-${empty[0]}`)?.focus();
      return;
    }
    onConfirm({ date: values.decisionDate, reference: values.decisionReference.trim(), body: values.decisionBody.trim() });
  };

  return (
    <Dialog title={t('adopt.title', { name: scenario.name })} onClose={onClose}>
      <form onSubmit={submit} noValidate className="tp-form">
        <Paragraph>{t('adopt.text', { name: scenario.name, no: scenario.versionNo })}</Paragraph>
        <Paragraph data-testid="step-summary">
          <strong>{t('adopt.freezes')}</strong>
        </Paragraph>
        {fields.map((field) => {
          const error = message(field);
          return (
            <div key={field} className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
              <label htmlFor={`adopt-${field}`} className="utrecht-form-label">
                {t(`adopt.${field}`)}
              </label>
              {field === 'decisionBody' && (
                <p id="adopt-decisionBody-hint" className="utrecht-form-field-description">
                  {t('adopt.decisionBodyHint')}
                </p>
              )}
              {error && (
                <p id={`adopt-${field}-error`} className="utrecht-form-field-error-message">
                  {error}
                </p>
              )}
              <input
                id={`adopt-${field}`}
                type={field === 'decisionDate' ? 'date' : 'text'}
                max={field === 'decisionDate' ? todayIso() : undefined}
                maxLength={field === 'decisionDate' ? undefined : 200}
                className={`utrecht-textbox utrecht-textbox--html-input ${field === 'decisionDate' ? 'tp-input--date' : 'tp-input--wide'}`}
                value={values[field]}
                aria-invalid={error ? true : undefined}
                aria-describedby={
                  [field === 'decisionBody' ? 'adopt-decisionBody-hint' : '', error ? `adopt-${field}-error` : ''].filter(Boolean).join(' ') ||
                  undefined
                }
                onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
              />
            </div>
          );
        })}
        <div aria-live="assertive">
          {error !== null && error !== undefined && !problem?.fields?.length && (
            <Alert type="error" data-testid="adopt-problem">
              <Paragraph>{code ? t(`adopt.problems.${code}`) : (problem?.detail ?? t('adopt.failed'))}</Paragraph>
              {code === 'ALLOCATION_INFEASIBLE' && problem?.detail && <Paragraph className="tp-small">{problem.detail}</Paragraph>}
            </Alert>
          )}
        </div>
        <ButtonGroup className="tp-dialog__actions">
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {busy ? t('adopt.adopting') : t('adopt.confirm')}
          </Button>
          <Button appearance="secondary-action-button" onClick={onClose} disabled={busy}>
            {t('adopt.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </Dialog>
  );
}

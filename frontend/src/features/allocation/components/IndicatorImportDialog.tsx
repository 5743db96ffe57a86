import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/problem';
import { Dialog } from '../../../shared/components/Dialog';
import { formatDate, formatDecimalString } from '../../../shared/format/format';
import { allocationKeys, importIndicators, type AllocationProblem, type ImportError, type IndicatorImportResult } from '../api/allocation';
import { indicatorLabel } from '../labels';

const MAX_BYTES = 10 * 1024 * 1024;

type Outcome = { kind: 'checked'; result: IndicatorImportResult } | { kind: 'invalid'; errors: ImportError[] } | { kind: 'failed'; text: string };

/**
 * Import of indicator figures (CSV or XLSX, the simple format or a CBS StatLine export): a dry run
 * first lists what would change, or every error by row and column; only "Toepassen" stores, all or nothing.
 */
export function IndicatorImportDialog({ region, onClose, onApplied }: { region: string; onClose: () => void; onApplied: (count: number) => void }) {
  const { t, i18n } = useTranslation('allocation');
  const queryClient = useQueryClient();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const mutation = useMutation({
    mutationFn: ({ dryRun }: { dryRun: boolean }) => importIndicators(region, file!, dryRun),
    onSuccess: (result, { dryRun }) => {
      if (result.errors.length > 0) setOutcome({ kind: 'invalid', errors: result.errors });
      else if (dryRun) setOutcome({ kind: 'checked', result });
      else {
        void queryClient.invalidateQueries({ queryKey: allocationKeys.all });
        onApplied(result.changes.length);
      }
    },
    onError: (error) => {
      const problem = isApiError(error) ? (error.problem as AllocationProblem) : null;
      if (problem?.errors && problem.errors.length > 0) setOutcome({ kind: 'invalid', errors: problem.errors });
      else setOutcome({ kind: 'failed', text: problem?.detail ?? t('import.failed') });
    },
  });

  const onCheck = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return setFileError(t('import.chooseFile'));
    if (file.size > MAX_BYTES) return setFileError(t('import.tooBig'));
    setFileError(undefined);
    setOutcome(null);
    mutation.mutate({ dryRun: true });
  };

  const changes = outcome?.kind === 'checked' ? outcome.result.changes : [];
  const num = (value: string | null) => (value === null ? '–' : formatDecimalString(value, i18n.language));
  return (
    <Dialog title={t('import.title')} onClose={onClose} className="tp-dialog--wide">
      <form onSubmit={onCheck} noValidate className="tp-dialog__form">
        <Paragraph>{t('import.intro')}</Paragraph>
        <ol className="tp-formats">
          <li>
            <strong>{t('import.simpleTitle')}</strong> {t('import.simpleText')} <code>gemeentecode,indicator,peildatum,waarde,bron</code>
          </li>
          <li>
            <strong>{t('import.cbsTitle')}</strong> {t('import.cbsText')}
          </li>
        </ol>
        <div className={`utrecht-form-field tp-import__file${fileError ? ' utrecht-form-field--invalid' : ''}`}>
          <label htmlFor={fileId} className="utrecht-form-label">
            {t('import.file')}
          </label>
          {fileError && (
            <p className="utrecht-form-field-error-message" id={`${fileId}-error`}>
              {fileError}
            </p>
          )}
          <input
            id={fileId}
            type="file"
            name="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={Boolean(fileError) || undefined}
            aria-describedby={fileError ? `${fileId}-error` : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setOutcome(null);
              setFileError(undefined);
            }}
          />
        </div>
        <ButtonGroup>
          <Button
            type="submit"
            appearance={outcome?.kind === 'checked' ? 'secondary-action-button' : 'primary-action-button'}
            busy={mutation.isPending && mutation.variables?.dryRun}
            disabled={mutation.isPending}
          >
            {mutation.isPending && mutation.variables?.dryRun ? t('import.checking') : t('import.check')}
          </Button>
        </ButtonGroup>
      </form>

      <div aria-live="polite" data-testid="import-outcome">
        {outcome?.kind === 'failed' && (
          <Alert type="error">
            <Paragraph>{outcome.text}</Paragraph>
          </Alert>
        )}
        {outcome?.kind === 'invalid' && <ImportErrors errors={outcome.errors} />}
        {outcome?.kind === 'checked' &&
          (changes.length === 0 ? (
            <Paragraph>{t('import.noChanges', { rows: outcome.result.rows })}</Paragraph>
          ) : (
            <>
              <Paragraph>{t('import.changesCount', { count: changes.length, rows: outcome.result.rows })}</Paragraph>
              <div className="tp-table-scroll tp-import__table">
                <table className="utrecht-table tp-table" data-testid="import-changes">
                  <caption className="tp-visually-hidden">{t('import.changesCaption')}</caption>
                  <thead className="utrecht-table__header">
                    <tr className="utrecht-table__row">
                      <th scope="col" className="utrecht-table__header-cell">{t('table.municipality')}</th>
                      <th scope="col" className="utrecht-table__header-cell">{t('import.indicator')}</th>
                      <th scope="col" className="utrecht-table__header-cell">{t('import.referenceDate')}</th>
                      <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{t('import.oldValue')}</th>
                      <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{t('import.newValue')}</th>
                    </tr>
                  </thead>
                  <tbody className="utrecht-table__body">
                    {changes.map((change) => (
                      <tr key={`${change.municipality}-${change.indicator}-${change.referenceDate}`} className="utrecht-table__row">
                        <th scope="row" className="utrecht-table__header-cell">{change.municipality}</th>
                        <td className="utrecht-table__cell">{indicatorLabel(change.indicator, t)}</td>
                        <td className="utrecht-table__cell">{formatDate(change.referenceDate, i18n.language)}</td>
                        <td className="utrecht-table__cell utrecht-table__cell--numeric-column">{num(change.oldValue)}</td>
                        <td className="utrecht-table__cell utrecht-table__cell--numeric-column">
                          <span aria-hidden="true">→ </span>
                          {num(change.newValue)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ))}
      </div>

      <ButtonGroup className="tp-dialog__actions">
        {changes.length > 0 && (
          <Button
            appearance="primary-action-button"
            busy={mutation.isPending && !mutation.variables?.dryRun}
            disabled={mutation.isPending}
            onClick={() => mutation.mutate({ dryRun: false })}
          >
            {mutation.isPending && !mutation.variables?.dryRun ? t('import.applying') : t('import.apply')}
          </Button>
        )}
        <Button appearance="secondary-action-button" onClick={onClose}>
          {changes.length > 0 ? t('import.cancel') : t('import.close')}
        </Button>
      </ButtonGroup>
    </Dialog>
  );
}

function ImportErrors({ errors }: { errors: ImportError[] }) {
  const { t } = useTranslation('allocation');
  return (
    <Alert type="error" data-testid="import-errors">
      <Paragraph>
        <strong>{t('import.errorsTitle', { count: errors.length })}</strong>
      </Paragraph>
      <div className="tp-table-scroll tp-import__table">
        <table className="utrecht-table tp-table">
          <caption className="tp-visually-hidden">{t('import.errorsCaption')}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">{t('import.row')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('import.column')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('import.message')}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {errors.map((error, index) => (
              <tr key={`${error.row}-${error.column}-${index}`} className="utrecht-table__row" data-row={error.row} data-code={error.code}>
                <td className="utrecht-table__cell">{error.row}</td>
                <td className="utrecht-table__cell">{error.column ?? '–'}</td>
                <td className="utrecht-table__cell">{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Alert>
  );
}

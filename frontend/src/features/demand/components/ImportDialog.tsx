import { Alert, Button, ButtonGroup, FormField, FormLabel, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/problem';
import { demandKeys, importFile, type Analysis, type DemandProblem, type ImportError, type ImportResult } from '../api/demand';
import { formatCount } from '../numbers';
import { Dialog } from '../../../shared/components/Dialog';

const MAX_BYTES = 10 * 1024 * 1024;

interface Props {
  analysis: Analysis;
  label: (cellKey: string) => string;
  onClose: () => void;
  onApplied: (count: number) => void;
}

type Outcome = { kind: 'checked'; result: ImportResult } | { kind: 'invalid'; errors: ImportError[] } | { kind: 'failed'; text: string };

/**
 * Import of a filled-in template: a dry run first shows what would change (or what is wrong, by row and column);
 * only "Toepassen" changes anything, and then all or nothing.
 */
export function ImportDialog({ analysis, label, onClose, onApplied }: Props) {
  const { t } = useTranslation('demand');
  const queryClient = useQueryClient();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const mutation = useMutation({
    mutationFn: ({ dryRun }: { dryRun: boolean }) => importFile(analysis.id, file!, dryRun),
    onSuccess: (result, { dryRun }) => {
      if (result.errors.length > 0) {
        setOutcome({ kind: 'invalid', errors: result.errors });
      } else if (dryRun) {
        setOutcome({ kind: 'checked', result });
      } else {
        void queryClient.invalidateQueries({ queryKey: demandKeys.all });
        onApplied(result.changes.length);
      }
    },
    onError: (error) => {
      const problem = isApiError(error) ? (error.problem as DemandProblem) : null;
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
  return (
    <Dialog title={t('import.title')} onClose={onClose} className="tp-dialog--wide">
      <form onSubmit={onCheck} noValidate className="tp-dialog__form">
        <Paragraph>{t('import.intro')}</Paragraph>
        <FormField invalid={Boolean(fileError)} className="tp-import__file">
          <FormLabel htmlFor={fileId}>{t('import.file')}</FormLabel>
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
        </FormField>
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
            <Paragraph>{t('import.noChanges')}</Paragraph>
          ) : (
            <>
              <Paragraph>{t('import.changesCount', { count: changes.length })}</Paragraph>
              <div className="tp-table-scroll tp-import__table">
                <table className="utrecht-table tp-table" data-testid="import-changes">
                  <caption className="tp-visually-hidden">{t('import.changesCaption')}</caption>
                  <thead className="utrecht-table__header">
                    <tr className="utrecht-table__row">
                      <th scope="col" className="utrecht-table__header-cell">{t('import.cell')}</th>
                      <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{t('import.oldValue')}</th>
                      <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{t('import.newValue')}</th>
                    </tr>
                  </thead>
                  <tbody className="utrecht-table__body">
                    {changes.map((change) => (
                      <ChangeRow key={change.cell} label={label(change.cell)} {...change} />
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

function ChangeRow({ label, oldValue, newValue }: { label: string; oldValue: number | null; newValue: number | null }) {
  const { i18n } = useTranslation();
  return (
    <tr className="utrecht-table__row">
      <th scope="row" className="utrecht-table__header-cell">{label}</th>
      <td className="utrecht-table__cell utrecht-table__cell--numeric-column">{formatCount(oldValue, i18n.language)}</td>
      <td className="utrecht-table__cell utrecht-table__cell--numeric-column">
        <span aria-hidden="true">→ </span>
        {formatCount(newValue, i18n.language)}
      </td>
    </tr>
  );
}

function ImportErrors({ errors }: { errors: ImportError[] }) {
  const { t } = useTranslation('demand');
  return (
    <Alert type="error" data-testid="import-errors">
      <Paragraph>
        <strong>{t('import.errorsTitle')}</strong>
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
              <tr key={`${error.row}-${error.column}-${index}`} className="utrecht-table__row" data-row={error.row}>
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

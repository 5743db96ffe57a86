import { Alert, Button, ButtonGroup, FormField, FormLabel, Paragraph } from '@utrecht/component-library-react';
import type { QueryKey } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFileImport, type FileImportResult, type ImportError } from '../api/fileImport';
import { Dialog } from './Dialog';
import { keyed } from '../list/keyed';

type Change<R extends FileImportResult> = R['changes'][number];

/** The texts that differ per import; the generic ones (buttons, file field, "Nu") are common.fileImport. */
export interface FileImportTexts<R> {
  title: string;
  /** Above the file field: what to upload. */
  intro: ReactNode;
  chooseFile: string;
  /** When the backend gives no explanation. */
  failed: string;
  noChanges: (result: R) => string;
  changesCount: (result: R) => string;
  changesCaption: string;
  errorsTitle: (count: number) => string;
  errorsCaption: string;
  row: string;
  message: string;
}

/** How the dry run's changes show: descriptive columns (the first is the row header), then old → new. */
export interface ChangeTable<C> {
  key: (change: C) => string;
  columns: { header: string; cell: (change: C) => ReactNode }[];
  oldValue: (change: C) => ReactNode;
  newValue: (change: C) => ReactNode;
  newValueHeader: string;
}

interface Props<R extends FileImportResult> {
  texts: FileImportTexts<R>;
  /** Sends the file; dryRun=true only reports. */
  upload: (file: File, dryRun: boolean) => Promise<R>;
  changes: ChangeTable<Change<R>>;
  /** Queries to refetch once applied. */
  invalidates?: QueryKey;
  onApplied: (count: number, result: R) => void;
  onClose: () => void;
}

/**
 * Import of a CSV or XLSX file: a dry run first shows what would change (or what is wrong, by row and column);
 * only "Toepassen" changes anything, and then all or nothing.
 */
export function FileImportDialog<R extends FileImportResult>({ texts, upload, changes: table, invalidates, onApplied, onClose }: Props<R>) {
  const { t } = useTranslation('common');
  const fileId = useId();
  const flow = useFileImport({ upload, invalidates, onApplied: (result: R) => onApplied(result.changes.length, result) });
  const { outcome, busy } = flow;
  const fileError = flow.fileProblem === 'missing' ? texts.chooseFile : flow.fileProblem === 'tooBig' ? t('fileImport.tooBig') : undefined;
  const changes = outcome?.kind === 'checked' ? outcome.result.changes : [];

  return (
    <Dialog title={texts.title} onClose={onClose} className="tp-dialog--wide">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          flow.check();
        }}
        noValidate
        className="tp-dialog__form"
      >
        {texts.intro}
        <FormField invalid={Boolean(fileError)} className="tp-import__file">
          <FormLabel htmlFor={fileId}>{t('fileImport.file')}</FormLabel>
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
            onChange={(event) => flow.choose(event.target.files?.[0] ?? null)}
          />
        </FormField>
        <ButtonGroup>
          <Button
            type="submit"
            appearance={outcome?.kind === 'checked' ? 'secondary-action-button' : 'primary-action-button'}
            busy={busy === 'checking'}
            disabled={busy !== null}
          >
            {busy === 'checking' ? t('fileImport.checking') : t('fileImport.check')}
          </Button>
        </ButtonGroup>
      </form>

      <div aria-live="polite" data-testid="import-outcome">
        {outcome?.kind === 'failed' && (
          <Alert type="error">
            <Paragraph>{outcome.detail ?? texts.failed}</Paragraph>
          </Alert>
        )}
        {outcome?.kind === 'invalid' && <ImportErrors errors={outcome.errors} texts={texts} />}
        {outcome?.kind === 'checked' &&
          (changes.length === 0 ? (
            <Paragraph>{texts.noChanges(outcome.result)}</Paragraph>
          ) : (
            <>
              <Paragraph>{texts.changesCount(outcome.result)}</Paragraph>
              <div className="tp-table-scroll tp-import__table">
                <table className="utrecht-table tp-table" data-testid="import-changes">
                  <caption className="tp-visually-hidden">{texts.changesCaption}</caption>
                  <thead className="utrecht-table__header">
                    <tr className="utrecht-table__row">
                      {table.columns.map((column) => (
                        <th key={column.header} scope="col" className="utrecht-table__header-cell">
                          {column.header}
                        </th>
                      ))}
                      <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{t('fileImport.oldValue')}</th>
                      <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{table.newValueHeader}</th>
                    </tr>
                  </thead>
                  <tbody className="utrecht-table__body">
                    {changes.map((change) => (
                      <tr key={table.key(change)} className="utrecht-table__row">
                        {table.columns.map((column, index) =>
                          index === 0 ? (
                            <th key={column.header} scope="row" className="utrecht-table__header-cell">
                              {column.cell(change)}
                            </th>
                          ) : (
                            <td key={column.header} className="utrecht-table__cell">
                              {column.cell(change)}
                            </td>
                          ),
                        )}
                        <td className="utrecht-table__cell utrecht-table__cell--numeric-column">{table.oldValue(change)}</td>
                        <td className="utrecht-table__cell utrecht-table__cell--numeric-column">
                          <span aria-hidden="true">→ </span>
                          {table.newValue(change)}
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
          <Button appearance="primary-action-button" busy={busy === 'applying'} disabled={busy !== null} onClick={flow.apply}>
            {busy === 'applying' ? t('fileImport.applying') : t('fileImport.apply')}
          </Button>
        )}
        <Button appearance="secondary-action-button" onClick={onClose}>
          {changes.length > 0 ? t('fileImport.cancel') : t('fileImport.close')}
        </Button>
      </ButtonGroup>
    </Dialog>
  );
}

function ImportErrors({ errors, texts }: { errors: ImportError[]; texts: FileImportTexts<never> }) {
  const { t } = useTranslation('common');
  return (
    <Alert type="error" data-testid="import-errors">
      <Paragraph>
        <strong>{texts.errorsTitle(errors.length)}</strong>
      </Paragraph>
      <div className="tp-table-scroll tp-import__table">
        <table className="utrecht-table tp-table">
          <caption className="tp-visually-hidden">{texts.errorsCaption}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">{texts.row}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('fileImport.column')}</th>
              <th scope="col" className="utrecht-table__header-cell">{texts.message}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {keyed(errors, (error) => `${error.row}:${error.column}:${error.code}`).map(({ key, item: error }) => (
              <tr key={key} className="utrecht-table__row" data-row={error.row} data-code={error.code}>
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

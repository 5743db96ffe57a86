import {
  Alert,
  Button,
  ButtonGroup,
  Heading1,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api/problem';
import { AppLink } from '../../shared/components/AppLink';
import { Field } from '../../shared/components/Field';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { keyed } from '../../shared/list/keyed';
import { paths } from '../../shared/paths';
import { type BulkError, type BulkResult, useBulkInvite } from './api/admin';
import { AdminNav } from './components/AdminNav';
import { ProblemAlert } from '../../shared/components/ProblemAlert';
import './admin.css';

/** The columns of a bulk file, as the server's reader (InvitationBulk) knows them. */
const columns = ['email', 'naam', 'organisatie', 'rol', 'regio', 'beheert_mensen', 'geldig_vanaf', 'geldig_tot'] as const;
const required = new Set<string>(['email', 'naam', 'organisatie', 'rol']);

type Outcome = { file: File; result: BulkResult } | { file: File; errors: BulkError[] } | null;

/** The row and column errors of a refused file (422 INVITATION_IMPORT_INVALID), if the problem lists them. */
function importErrors(error: unknown): BulkError[] | null {
  if (!isApiError(error, 422)) return null;
  const errors = (error.problem as { errors?: BulkError[] }).errors;
  return errors && errors.length > 0 ? errors : null;
}

/**
 * /beheer/uitnodigen/bestand: invite many people from a CSV or XLSX file. "Controleren" is a dry run;
 * "Uitnodigen" is offered only after a clean dry run of the same file, and then invites all rows or none.
 */
export function BulkInvitePage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('bulk.title'));
  const bulk = useBulkInvite();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [checked, setChecked] = useState<Outcome>(null);
  const [invited, setInvited] = useState<number | null>(null);
  const cleanCheck = checked && 'result' in checked && checked.file === file ? checked.result : null;
  const errors = checked && 'errors' in checked && checked.file === file ? checked.errors : null;
  const other = bulk.isError && !importErrors(bulk.error) ? bulk.error : null;

  const send = (dryRun: boolean) => {
    if (!file) return setMissing(true);
    const sent = file;
    setMissing(false);
    setInvited(null);
    bulk.mutate(
      { file: sent, dryRun },
      {
        onSuccess: (result) => {
          if (dryRun) setChecked({ file: sent, result });
          else {
            setInvited(result.invited);
            setChecked(null);
          }
        },
        onError: (error) => {
          const list = importErrors(error);
          setChecked(list ? { file: sent, errors: list } : null);
        },
      },
    );
  };
  const onCheck = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send(true);
  };

  return (
    <div className="tp-admin">
      <AdminNav />
      <Heading1>{t('bulk.title')}</Heading1>
      <Paragraph>{t('bulk.intro')}</Paragraph>
      <Paragraph>
        <AppLink to={paths.adminInvite}>{t('bulk.single')}</AppLink>
      </Paragraph>

      <Heading2>{t('bulk.columnsTitle')}</Heading2>
      <div className="tp-table-scroll">
        <Table className="tp-table tp-stack-table" data-testid="bulk-columns">
          <TableCaption className="tp-visually-hidden">{t('bulk.columnsTitle')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('bulk.column')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('bulk.required')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('bulk.content')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {columns.map((c) => (
              <TableRow key={c}>
                <TableHeaderCell scope="row">
                  <code>{c}</code>
                </TableHeaderCell>
                <TableCell data-label={t('bulk.required')}>{required.has(c) ? t('bulk.yes') : t('bulk.no')}</TableCell>
                <TableCell data-label={t('bulk.content')}>{t(`bulk.columns.${c}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Paragraph className="tp-small tp-admin-after-table">{t('bulk.limits')}</Paragraph>

      <Heading2>{t('bulk.fileTitle')}</Heading2>
      <form className="tp-admin-form" onSubmit={onCheck} noValidate>
        <Field id="bulk-file" label={t('bulk.file')} hint={t('bulk.fileHint')} error={missing ? t('bulk.chooseFile') : undefined}>
          {(props) => (
            <input
              {...props}
              name="file"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setMissing(false);
                setInvited(null);
                bulk.reset();
              }}
              className="utrecht-textbox utrecht-textbox--html-input tp-bulk-file"
            />
          )}
        </Field>
        <ButtonGroup className="tp-admin-inline">
          <Button type="submit" appearance="secondary-action-button" busy={bulk.isPending && bulk.variables?.dryRun} disabled={bulk.isPending}>
            {t('bulk.check')}
          </Button>
          <Button
            type="button"
            appearance="primary-action-button"
            busy={bulk.isPending && !bulk.variables?.dryRun}
            disabled={bulk.isPending || !cleanCheck}
            onClick={() => send(false)}
          >
            {t('bulk.invite')}
          </Button>
        </ButtonGroup>
      </form>

      <div aria-live="polite">
        {cleanCheck && (
          <Alert type="ok" data-testid="bulk-checked">
            <Paragraph>{t('bulk.checked', { count: cleanCheck.rows })}</Paragraph>
          </Alert>
        )}
        {invited !== null && (
          <Alert type="ok" data-testid="bulk-invited">
            <Paragraph>
              {t('bulk.invited', { count: invited })} <AppLink to={paths.adminPeople}>{t('bulk.toPeople')}</AppLink>
            </Paragraph>
          </Alert>
        )}
      </div>
      <ProblemAlert error={other} />
      {errors && (
        <Alert type="error" data-testid="bulk-errors">
          <Paragraph>
            <strong>{t('bulk.errorsTitle', { count: errors.length })}</strong>
          </Paragraph>
          <div className="tp-table-scroll">
            <Table className="tp-table tp-stack-table">
              <TableCaption className="tp-visually-hidden">{t('bulk.errorsCaption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('bulk.row')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('bulk.column')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('bulk.code')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('bulk.message')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {keyed(errors, (e) => `${e.row}:${e.column}:${e.code}`).map(({ key, item: e }) => (
                  <TableRow key={key} data-row={e.row} data-code={e.code}>
                    <TableHeaderCell scope="row">{t('bulk.rowNumber', { row: e.row })}</TableHeaderCell>
                    <TableCell data-label={t('bulk.column')}>{e.column || '–'}</TableCell>
                    <TableCell data-label={t('bulk.code')}>
                      <code>{e.code}</code>
                    </TableCell>
                    <TableCell data-label={t('bulk.message')}>{e.message}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </Alert>
      )}
    </div>
  );
}

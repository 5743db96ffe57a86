import {
  Alert,
  Button,
  ButtonGroup,
  Heading1,
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
import { useSearchParams } from 'react-router';
import { DownloadButton } from '../../shared/components/DownloadButton';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Field } from '../../shared/components/Field';
import { Loading } from '../../shared/components/Loading';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { formatDateTime } from '../../shared/format/format';
import { type AuditQuery, queryString, useAudit } from './api/admin';
import { AdminNav } from './components/AdminNav';
import './admin.css';

const PAGE = 50;

/** /beheer/logboek: the administration log, filtered through the URL, and exported with the same filters. */
export function AuditPage() {
  const { t, i18n } = useTranslation('admin');
  usePageTitle(t('audit.title'));
  const [params, setParams] = useSearchParams();
  const [downloadFailed, setDownloadFailed] = useState(false);
  const personId = params.get('persoon');
  const filters: AuditQuery = {
    personId: personId ? Number(personId) : null,
    action: params.get('actie') || null,
    from: params.get('van') || null,
    to: params.get('tot') || null,
  };
  const offset = Number(params.get('vanaf') ?? 0) || 0;
  const audit = useAudit({ ...filters, limit: PAGE, offset });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    if (personId) next.set('persoon', personId);
    for (const [key, value] of form.entries()) if (String(value).trim()) next.set(key, String(value).trim());
    setParams(next);
  };
  const page = (to: number) => {
    const next = new URLSearchParams(params);
    next.set('vanaf', String(to));
    setParams(next);
  };

  return (
    <div className="tp-admin">
      <AdminNav />
      <Heading1>{t('audit.title')}</Heading1>
      <Paragraph>{personId ? t('audit.introPerson') : t('audit.intro')}</Paragraph>
      <form aria-label={t('audit.filters')} className="tp-admin-filters" onSubmit={onSubmit} key={params.toString()}>
        <Field id="audit-action" label={t('audit.action')}>
          {(props) => <input {...props} name="actie" defaultValue={filters.action ?? ''} className="utrecht-textbox utrecht-textbox--html-input" />}
        </Field>
        <Field id="audit-from" label={t('audit.from')}>
          {(props) => <input {...props} name="van" type="date" defaultValue={filters.from ?? ''} className="utrecht-textbox utrecht-textbox--html-input" />}
        </Field>
        <Field id="audit-to" label={t('audit.to')}>
          {(props) => <input {...props} name="tot" type="date" defaultValue={filters.to ?? ''} className="utrecht-textbox utrecht-textbox--html-input" />}
        </Field>
        <Button type="submit" appearance="secondary-action-button">
          {t('audit.filter')}
        </Button>
      </form>
      <DownloadButton
        path={`/api/v1/admin/audit.csv${queryString(filters)}`}
        fileName="beheerlogboek.csv"
        label={t('audit.export')}
        onStart={() => setDownloadFailed(false)}
        onError={() => setDownloadFailed(true)}
      />
      {downloadFailed && (
        <Alert type="error" role="alert">
          <Paragraph>{t('downloadFailed', { ns: 'common' })}</Paragraph>
        </Alert>
      )}
      {audit.isPending ? (
        <Loading />
      ) : audit.isError ? (
        <ErrorMessage error={audit.error} />
      ) : (
        <>
          <div className="tp-table-scroll">
            <Table className="tp-table" data-testid="audit-table">
              <TableCaption className="tp-caption">{t('audit.caption', { count: audit.data.total })}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('audit.when')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('audit.actor')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('audit.action')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('audit.object')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('audit.change')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('audit.detail')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {audit.data.items.map((item, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: log rows have no id; one event may log several fields at the same instant
                  <TableRow key={`${item.occurredAt}-${item.entityType}-${item.entityId}-${index}`}>
                    <TableCell className="tp-nowrap">{formatDateTime(item.occurredAt, i18n.language)}</TableCell>
                    <TableCell className="tp-break">{item.actor}</TableCell>
                    <TableCell>{item.action}</TableCell>
                    <TableCell>
                      {item.entityType} {item.entityId}
                    </TableCell>
                    <TableCell className="tp-break">
                      {item.field ? `${item.field}: ${item.oldValue ?? '–'} → ${item.newValue ?? '–'}` : '–'}
                    </TableCell>
                    <TableCell className="tp-break">{item.detail ?? ''}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {audit.data.total > PAGE && (
            <ButtonGroup>
              <Button type="button" appearance="secondary-action-button" disabled={offset === 0} onClick={() => page(Math.max(0, offset - PAGE))}>
                {t('people.previous')}
              </Button>
              <Button type="button" appearance="secondary-action-button" disabled={offset + PAGE >= audit.data.total} onClick={() => page(offset + PAGE)}>
                {t('people.next')}
              </Button>
            </ButtonGroup>
          )}
        </>
      )}
    </div>
  );
}

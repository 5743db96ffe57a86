import {
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
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AppLink } from '../../shared/components/AppLink';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Field } from '../../shared/components/Field';
import { Loading } from '../../shared/components/Loading';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { formatDateTime } from '../../shared/format/format';
import { paths } from '../../shared/paths';
import { type PersonStatus, useOrganisations, usePeople } from './api/admin';
import { AdminNav } from './components/AdminNav';
import { StatusText } from './components/StatusText';
import './admin.css';

const PAGE = 50;
const statuses: PersonStatus[] = ['ACTIVE', 'INVITED', 'AWAITING_APPROVAL', 'DEACTIVATED'];

/** /beheer: the people the beheerder manages, searched and filtered through the URL (shareable, back button). */
export function PeoplePage() {
  const { t, i18n } = useTranslation('admin');
  usePageTitle(t('people.title'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const status = (params.get('status') ?? '') as PersonStatus | '';
  const organisationId = params.get('organisatie') ?? '';
  const offset = Number(params.get('vanaf') ?? 0) || 0;
  const people = usePeople({ q, status: status || null, organisationId: organisationId ? Number(organisationId) : null, limit: PAGE, offset });
  const organisations = useOrganisations();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
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
      <Heading1>{t('people.title')}</Heading1>
      <Paragraph>
        {t('people.intro')} <AppLink to={paths.adminInvite}>{t('people.invite')}</AppLink>
      </Paragraph>
      <form aria-label={t('people.filters')} className="tp-admin-filters" onSubmit={onSubmit} key={params.toString()}>
        <Field id="people-q" label={t('people.search')}>
          {(props) => <input {...props} name="q" type="search" defaultValue={q} className="utrecht-textbox utrecht-textbox--html-input" />}
        </Field>
        <Field id="people-status" label={t('people.status')}>
          {(props) => (
            <select {...props} name="status" defaultValue={status} className="utrecht-select utrecht-select--html-select">
              <option value="">{t('people.all')}</option>
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="people-organisation" label={t('people.organisation')}>
          {(props) => (
            <select {...props} name="organisatie" defaultValue={organisationId} className="utrecht-select utrecht-select--html-select">
              <option value="">{t('people.all')}</option>
              {organisations.data?.items.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Button type="submit" appearance="secondary-action-button">
          {t('people.filter')}
        </Button>
      </form>
      {people.isPending ? (
        <Loading />
      ) : people.isError ? (
        <ErrorMessage error={people.error} />
      ) : (
        <>
          <div className="tp-table-scroll">
            <Table className="tp-table" data-testid="people-table">
              <TableCaption className="tp-caption">{t('people.caption', { count: people.data.total })}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('people.name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('people.email')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('people.status')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('people.memberships')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('people.lastLogin')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {people.data.items.map((person) => (
                  <TableRow key={person.id}>
                    <TableHeaderCell scope="row">
                      <AppLink to={paths.adminPerson(person.id)}>{person.displayName}</AppLink>
                    </TableHeaderCell>
                    <TableCell className="tp-break">{person.email ?? '–'}</TableCell>
                    <TableCell>
                      <StatusText person={person} />
                    </TableCell>
                    <TableCell>
                      {person.memberships
                        .filter((m) => m.active)
                        .map((m) => `${m.organisation.name} (${t(`roles.${m.role}`, { ns: 'common' })})`)
                        .join('; ') || '–'}
                    </TableCell>
                    <TableCell className="tp-nowrap">{person.lastLoginAt ? formatDateTime(person.lastLoginAt, i18n.language) : t('people.never')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {people.data.total > PAGE && (
            <ButtonGroup>
              <Button type="button" appearance="secondary-action-button" disabled={offset === 0} onClick={() => page(Math.max(0, offset - PAGE))}>
                {t('people.previous')}
              </Button>
              <Button type="button" appearance="secondary-action-button" disabled={offset + PAGE >= people.data.total} onClick={() => page(offset + PAGE)}>
                {t('people.next')}
              </Button>
            </ButtonGroup>
          )}
        </>
      )}
    </div>
  );
}

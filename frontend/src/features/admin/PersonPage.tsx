import { DataList, DataListItem, DataListKey, DataListValue, Heading1, Heading2 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '../../shared/components/AppLink';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { formatDateTime } from '../../shared/format/format';
import { paths } from '../../shared/paths';
import { usePerson, usePersonActions } from './api/admin';
import { AdminNav } from './components/AdminNav';
import { PersonActions } from './components/PersonActions';
import { PersonEditForm } from './components/PersonEditForm';
import { PersonMemberships } from './components/PersonMemberships';
import { PersonSessions } from './components/PersonSessions';
import { StatusText } from './components/StatusText';
import './admin.css';

/** /beheer/personen/:id: one person, with what the server allows the beheerder to do. */
export function PersonPage() {
  const { t, i18n } = useTranslation('admin');
  const id = Number(useParams().id);
  const person = usePerson(id);
  const actions = usePersonActions(id);
  usePageTitle(person.data?.displayName ?? t('person.title'));
  if (person.isPending) return <Loading />;
  if (person.isError) return <ErrorMessage error={person.error} />;
  const p = person.data;
  return (
    <div className="tp-admin">
      <AdminNav />
      <Heading1>{p.displayName}</Heading1>
      <DataList className="tp-facts">
        <DataListItem>
          <DataListKey>{t('person.email')}</DataListKey>
          <DataListValue className="tp-break">{p.email ?? '–'}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('people.status')}</DataListKey>
          <DataListValue>
            <StatusText person={p} />
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('people.lastLogin')}</DataListKey>
          <DataListValue>{p.lastLoginAt ? formatDateTime(p.lastLoginAt, i18n.language) : t('people.never')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('person.invitation')}</DataListKey>
          <DataListValue>
            <span data-testid="invitation-state">
              {p.invitation
                ? t('person.invitationOpen', { until: formatDateTime(p.invitation.expiresAt, i18n.language), by: p.invitation.createdBy })
                : t('person.noInvitation')}
            </span>
          </DataListValue>
        </DataListItem>
      </DataList>
      <Heading2>{t('person.actions')}</Heading2>
      <PersonActions person={p} actions={actions} />
      {p.allowedActions.includes('EDIT') && (
        <>
          <Heading2>{t('person.edit')}</Heading2>
          <PersonEditForm person={p} actions={actions} />
        </>
      )}
      <Heading2>{t('person.memberships')}</Heading2>
      <PersonMemberships person={p} actions={actions} />
      <Heading2>{t('person.sessions')}</Heading2>
      <PersonSessions person={p} actions={actions} />
      <p className="utrecht-paragraph">
        <AppLink to={`${paths.adminAudit}?persoon=${p.id}`}>{t('person.auditLink')}</AppLink>
      </p>
    </div>
  );
}

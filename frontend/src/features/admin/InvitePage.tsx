import { Alert, Button, FormFieldTextbox, Heading1, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../shared/components/AppLink';
import { Field } from '../../shared/components/Field';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { todayIso } from '../../shared/format/format';
import { paths } from '../../shared/paths';
import { type OrganisationKind, useAdminRegions, useInvite, useOrganisations } from './api/admin';
import { AdminNav } from './components/AdminNav';
import { LinkNotice } from './components/LinkNotice';
import { ProblemAlert } from './components/ProblemAlert';
import { isPartner, roleOfKind } from './labels';
import './admin.css';

const kindsToInvite: OrganisationKind[] = ['GEMEENTE', 'REGIO', 'PROVINCIE', 'WONINGCORPORATIE', 'ZORGAANBIEDER', 'PLATFORM'];

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** /beheer/uitnodigen: a new person with one membership; the role follows from the organisation's kind. */
export function InvitePage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('invite.title'));
  // A platform beheerder sees some 350 organisations (every gemeente); the list is bounded, so the kind
  // and region narrow it before one is chosen instead of silently cutting it off.
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const [regionCode, setRegionCode] = useState('');
  const regions = useAdminRegions();
  const organisations = useOrganisations({ kind: kind || undefined, regionCode: regionCode || undefined });
  const invite = useInvite();
  const [organisationId, setOrganisationId] = useState<number | null>(null);
  const organisation = organisations.data?.items.find((o) => o.id === organisationId);
  const shown = organisations.data?.items.length ?? 0;
  const incomplete = organisations.data !== undefined && organisations.data.total > shown;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!organisation) return;
    const form = new FormData(event.currentTarget);
    invite.mutate({
      email: text(form, 'email'),
      displayName: text(form, 'displayName'),
      organisationId: organisation.id,
      role: roleOfKind[organisation.kind],
      regionCode: isPartner(organisation.kind) ? text(form, 'regionCode') || null : null,
      managesPeople: organisation.kind === 'REGIO' ? form.get('managesPeople') === 'on' : null,
      validFrom: text(form, 'validFrom') || null,
      validTo: text(form, 'validTo') || null,
    });
  };

  const sent = invite.data;
  return (
    <div className="tp-admin">
      <AdminNav />
      <Heading1>{t('invite.title')}</Heading1>
      <Paragraph>{t('invite.intro')}</Paragraph>
      <Paragraph>
        <AppLink to={paths.adminBulkInvite}>{t('bulk.link')}</AppLink>
      </Paragraph>
      {sent && (
        <>
          <Alert type="ok" role="status" data-testid="invited">
            <Paragraph>
              {sent.invitation.mailed ? t('invite.mailed', { email: sent.person.email }) : t('invite.created', { name: sent.person.displayName })}{' '}
              <AppLink to={paths.adminPerson(sent.person.id)}>{t('invite.toPerson', { name: sent.person.displayName })}</AppLink>
            </Paragraph>
          </Alert>
          {!sent.invitation.mailed && sent.invitation.link && <LinkNotice link={sent.invitation.link} title={t('link.invitationTitle')} />}
        </>
      )}
      <ProblemAlert error={invite.error} />
      <form className="tp-admin-form" onSubmit={onSubmit}>
        <FormFieldTextbox name="email" type="email" label={t('invite.email')} required autoComplete="off" />
        <FormFieldTextbox name="displayName" label={t('invite.name')} required autoComplete="off" />
        <Field id="invite-kind" label={t('invite.kind')}>
          {(props) => (
            <select
              {...props}
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as OrganisationKind | '');
                setOrganisationId(null);
              }}
              className="utrecht-select utrecht-select--html-select"
            >
              <option value="">{t('invite.allKinds')}</option>
              {kindsToInvite.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="invite-filter-region" label={t('invite.filterRegion')}>
          {(props) => (
            <select
              {...props}
              value={regionCode}
              onChange={(e) => {
                setRegionCode(e.target.value);
                setOrganisationId(null);
              }}
              className="utrecht-select utrecht-select--html-select"
            >
              <option value="">{t('invite.allRegions')}</option>
              {regions.data?.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="invite-organisation" label={t('invite.organisation')} hint={incomplete ? t('invite.narrow', { shown, total: organisations.data?.total }) : undefined}>
          {(props) => (
            <select
              {...props}
              name="organisationId"
              required
              value={organisationId ?? ''}
              onChange={(e) => setOrganisationId(e.target.value ? Number(e.target.value) : null)}
              className="utrecht-select utrecht-select--html-select"
            >
              <option value="">{t('invite.chooseOrganisation')}</option>
              {organisations.data?.items.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name} ({t(`kinds.${o.kind}`)})
                </option>
              ))}
            </select>
          )}
        </Field>
        <p className="utrecht-paragraph" data-testid="invite-role" aria-live="polite">
          {t('invite.role')}: {organisation ? t(`roles.${roleOfKind[organisation.kind]}`, { ns: 'common' }) : t('invite.roleFollows')}
        </p>
        {organisation && isPartner(organisation.kind) && (
          <Field id="invite-region" label={t('invite.region')} hint={t('invite.regionHint')}>
            {(props) => (
              <select {...props} name="regionCode" required className="utrecht-select utrecht-select--html-select">
                {organisation.regions.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {organisation?.kind === 'REGIO' && (
          <label className="tp-check">
            <input type="checkbox" name="managesPeople" />
            {t('invite.managesPeople')}
          </label>
        )}
        <Field id="invite-from" label={t('invite.validFrom')}>
          {(props) => <input {...props} name="validFrom" type="date" defaultValue={todayIso()} className="utrecht-textbox utrecht-textbox--html-input" />}
        </Field>
        <Field id="invite-to" label={t('invite.validTo')} hint={t('invite.validToHint')}>
          {(props) => <input {...props} name="validTo" type="date" className="utrecht-textbox utrecht-textbox--html-input" />}
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={invite.isPending} disabled={invite.isPending || !organisation}>
          {t('invite.submit')}
        </Button>
      </form>
    </div>
  );
}

import { Alert, Button, FormFieldTextbox, Heading1, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../shared/components/AppLink';
import { Field } from '../../shared/components/Field';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { todayIso } from '../../shared/format/format';
import { paths } from '../../shared/paths';
import { type Organisation, useInvite } from './api/admin';
import { AdminNav } from './components/AdminNav';
import { LinkNotice } from './components/LinkNotice';
import { OrganisationPicker } from './components/OrganisationPicker';
import { ProblemAlert } from '../../shared/components/ProblemAlert';
import { isPartner, roleOfKind } from './labels';
import './admin.css';
import { useFieldMessages } from '../../shared/api/fieldMessages';

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** /beheer/uitnodigen: a new person with one membership; the role follows from the organisation's kind. */
export function InvitePage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('invite.title'));
  const invite = useInvite();
  const errors = useFieldMessages(invite.error);
  const [organisation, setOrganisation] = useState<Organisation>();

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
      <ProblemAlert error={invite.error} placed={['email', 'displayName', 'organisationId', 'regionCode', 'validFrom', 'validTo']} />
      <form className="tp-admin-form" onSubmit={onSubmit}>
        <FormFieldTextbox
          name="email"
          type="email"
          label={t('invite.email')}
          required
          autoComplete="off"
          invalid={Boolean(errors.at('email'))}
          errorMessage={errors.at('email')}
        />
        <FormFieldTextbox
          name="displayName"
          label={t('invite.name')}
          required
          autoComplete="off"
          invalid={Boolean(errors.at('displayName'))}
          errorMessage={errors.at('displayName')}
        />
        <OrganisationPicker id="invite-organisation" error={errors.at('organisationId')} onChange={setOrganisation} />
        <p className="utrecht-paragraph" data-testid="invite-role" aria-live="polite">
          {t('invite.role')}: {organisation ? t(`roles.${roleOfKind[organisation.kind]}`, { ns: 'common' }) : t('invite.roleFollows')}
        </p>
        {organisation && isPartner(organisation.kind) && (
          <Field id="invite-region" label={t('invite.region')} hint={t('invite.regionHint')} error={errors.at('regionCode')}>
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
        <Field id="invite-from" label={t('invite.validFrom')} error={errors.at('validFrom')}>
          {(props) => <input {...props} name="validFrom" type="date" defaultValue={todayIso()} className="utrecht-textbox utrecht-textbox--html-input" />}
        </Field>
        <Field id="invite-to" label={t('invite.validTo')} hint={t('invite.validToHint')} error={errors.at('validTo')}>
          {(props) => <input {...props} name="validTo" type="date" className="utrecht-textbox utrecht-textbox--html-input" />}
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={invite.isPending} disabled={invite.isPending || !organisation}>
          {t('invite.submit')}
        </Button>
      </form>
    </div>
  );
}

import { Button } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../shared/auth/me';
import { Field } from '../../../shared/components/Field';
import { todayIso } from '../../../shared/format/format';
import type { Organisation, PersonDetail, usePersonActions } from '../api/admin';
import { isPartner, roleOfKind } from '../labels';
import { useFieldMessages } from '../../../shared/api/fieldMessages';
import { OrganisationPicker } from './OrganisationPicker';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';

type Actions = ReturnType<typeof usePersonActions>;

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/**
 * Another membership for an existing person (shown with the person's ADD_MEMBERSHIP action). The role
 * follows from the organisation's kind, as when inviting; only a platform beheerder grants managesPeople.
 * The form is uncontrolled and not reset on a refusal, so nothing typed is lost.
 */
export function AddMembershipForm({ person, actions, onDone }: { person: PersonDetail; actions: Actions; onDone: (added: boolean) => void }) {
  const { t } = useTranslation('admin');
  const me = useMe();
  const add = actions.addMembership;
  const [organisation, setOrganisation] = useState<Organisation>();
  const errors = useFieldMessages(add.error).byField;
  const grantsManagement = me.data?.role === 'PLATFORM_ADMIN' && organisation?.kind === 'REGIO';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!organisation) return;
    const form = new FormData(event.currentTarget);
    add.mutate(
      {
        organisationId: organisation.id,
        role: roleOfKind[organisation.kind],
        regionCode: isPartner(organisation.kind) ? text(form, 'regionCode') || null : null,
        managesPeople: grantsManagement ? form.get('managesPeople') === 'on' : null,
        validFrom: text(form, 'validFrom'),
        validTo: text(form, 'validTo') || null,
      },
      { onSuccess: () => onDone(true) },
    );
  };

  return (
    <form className="tp-admin-form" onSubmit={onSubmit} aria-label={t('addMembership.title', { name: person.displayName })} data-testid="add-membership">
      <ProblemAlert error={add.error} placed={Object.keys(errors)} />
      <OrganisationPicker id="membership-organisation" error={errors.organisationId} onChange={setOrganisation} />
      <p className="utrecht-paragraph" data-testid="membership-role" aria-live="polite">
        {t('invite.role')}: {organisation ? t(`roles.${roleOfKind[organisation.kind]}`, { ns: 'common' }) : t('invite.roleFollows')}
      </p>
      {errors.role && (
        <p className="utrecht-form-field-error-message" data-testid="field-error">
          {errors.role}
        </p>
      )}
      {organisation && isPartner(organisation.kind) && (
        <Field id="membership-region" label={t('invite.region')} hint={t('invite.regionHint')} error={errors.regionCode}>
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
      {grantsManagement && (
        <label className="tp-check">
          <input type="checkbox" name="managesPeople" />
          {t('invite.managesPeople')}
        </label>
      )}
      <Field id="membership-from" label={t('invite.validFrom')} error={errors.validFrom}>
        {(props) => <input {...props} name="validFrom" type="date" required defaultValue={todayIso()} className="utrecht-textbox utrecht-textbox--html-input" />}
      </Field>
      <Field id="membership-to" label={t('invite.validTo')} hint={t('invite.validToHint')} error={errors.validTo}>
        {(props) => <input {...props} name="validTo" type="date" className="utrecht-textbox utrecht-textbox--html-input" />}
      </Field>
      <div className="tp-admin-inline">
        <Button type="submit" appearance="primary-action-button" busy={add.isPending} disabled={add.isPending || !organisation}>
          {t('addMembership.submit')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={() => onDone(false)}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}

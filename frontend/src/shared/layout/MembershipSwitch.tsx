import { Button } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../auth/me';
import { activeMemberships, useSwitchMembership, type MyMembership } from '../auth/memberships';

/**
 * "Werkzaam voor: <organisatie> (<rol>)" for a person with more than one membership active today.
 * A native select with a separate button: choosing an option does not yet change the page (WCAG 3.2.2),
 * the button does, and both are reached and used with the keyboard alone.
 */
export function MembershipSwitch({ me }: { me: Me }) {
  const { t } = useTranslation();
  const id = useId();
  const switcher = useSwitchMembership();
  const options = activeMemberships(me);
  const [chosen, setChosen] = useState<number | null>(null);
  if (options.length < 2) return null;

  const selected = chosen ?? me.activeMembershipId ?? options[0]!.id;
  const label = (m: MyMembership) => `${m.organisation.name} (${t(`roles.${m.role}`)})`;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (selected !== me.activeMembershipId) switcher.mutate(selected);
  };

  return (
    <form className="tp-membership-switch" onSubmit={onSubmit} data-testid="membership-switch">
      <label htmlFor={id} className="utrecht-form-label">
        {t('header.workingFor')}:
      </label>
      <select
        id={id}
        className="utrecht-select utrecht-select--html-select tp-select--compact"
        value={selected}
        onChange={(event) => setChosen(Number(event.target.value))}
      >
        {options.map((m) => (
          <option key={m.id} value={m.id}>
            {label(m)}
          </option>
        ))}
      </select>
      <Button
        type="submit"
        appearance="secondary-action-button"
        busy={switcher.isPending}
        disabled={switcher.isPending}
      >
        {t('header.switch')}
      </Button>
      {switcher.isError && (
        <p className="utrecht-form-field-error-message" role="alert">
          {t('header.switchFailed')}
        </p>
      )}
    </form>
  );
}

import { Button, Checkbox, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { type Organisation, useSaveLoginPolicy } from '../api/admin';

/**
 * An organisation's login policy: its people need a second factor (TOTP) at password login; its people may log
 * in with a password at all (off: only through the organisation's own identity provider). Saved against the version.
 */
export function LoginPolicyForm({ organisation, onDone }: { organisation: Organisation; onDone: () => void }) {
  const { t } = useTranslation('admin');
  const save = useSaveLoginPolicy();
  const [required, setRequired] = useState(organisation.secondFactorRequired);
  const [local, setLocal] = useState(organisation.localLoginAllowed);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(
      { id: organisation.id, change: { secondFactorRequired: required, localLoginAllowed: local, version: organisation.version } },
      { onSuccess: onDone },
    );
  };
  return (
    <form className="tp-admin-form" onSubmit={onSubmit}>
      <ProblemAlert error={save.error} placed={[]} />
      <Paragraph>
        <Checkbox id="policy-second-factor" checked={required} onChange={(e) => setRequired(e.currentTarget.checked)} />{' '}
        <label htmlFor="policy-second-factor">{t('loginPolicy.secondFactorRequired')}</label>
      </Paragraph>
      <Paragraph className="tp-hint">{t('loginPolicy.secondFactorHint')}</Paragraph>
      <Paragraph>
        <Checkbox
          id="policy-local-login"
          checked={local}
          disabled={organisation.kind === 'PLATFORM'}
          onChange={(e) => setLocal(e.currentTarget.checked)}
        />{' '}
        <label htmlFor="policy-local-login">{t('loginPolicy.localLoginAllowed')}</label>
      </Paragraph>
      <Paragraph className="tp-hint">
        {organisation.kind === 'PLATFORM' ? t('loginPolicy.platformKeepsLocal') : t('loginPolicy.localLoginHint')}
      </Paragraph>
      <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
        {t('loginPolicy.save')}
      </Button>
    </form>
  );
}

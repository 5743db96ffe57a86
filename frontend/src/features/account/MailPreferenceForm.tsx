import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { type MailPreference, useMailPreference, useSetMailPreference } from './api/notificationPreference';

const CHOICES: MailPreference[] = ['IMMEDIATE', 'DAILY_DIGEST', 'OFF'];

/** "E-mail over meldingen": at once, once a day, or never; the bell shows them either way. */
export function MailPreferenceForm() {
  const { t } = useTranslation('account');
  const id = useId();
  const current = useMailPreference();
  const save = useSetMailPreference();
  const [choice, setChoice] = useState<MailPreference | null>(null);
  if (current.isPending) return null;
  if (current.isError) return <ErrorMessage error={current.error} />;
  const selected = choice ?? current.data.mail;
  return (
    <section aria-labelledby={`${id}-title`}>
      <Heading2 id={`${id}-title`}>{t('mail.title')}</Heading2>
      <Paragraph>{t('mail.intro')}</Paragraph>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(selected);
        }}
      >
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset tp-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('mail.legend')}</legend>
          {CHOICES.map((value) => (
            <label key={value} className="tp-check">
              <input
                type="radio"
                name={`${id}-mail`}
                className="utrecht-radio-button utrecht-radio-button--html-input"
                value={value}
                checked={selected === value}
                onChange={() => setChoice(value)}
              />
              {t(`mail.${value}`)}
            </label>
          ))}
        </fieldset>
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
          {t('mail.save')}
        </Button>
      </form>
      {save.isSuccess && (
        <Alert type="ok" role="status">
          <Paragraph>{t('mail.saved')}</Paragraph>
        </Alert>
      )}
      {save.isError && <ErrorMessage error={save.error} />}
    </section>
  );
}

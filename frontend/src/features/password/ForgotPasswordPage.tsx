import { Alert, Button, FormFieldTextbox, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../shared/components/AppLink';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { paths } from '../../shared/paths';
import { useRequestPasswordReset } from './api/password';
import { serverFieldErrors } from './passwordErrors';

/**
 * "Wachtwoord vergeten": asks for the address and always gives the same answer, so nobody learns
 * from this page whether an address has an account.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation('password');
  usePageTitle(t('forgot.title'));
  const reset = useRequestPasswordReset();
  const [required, setRequired] = useState<string>();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
    if (!email) {
      setRequired(t('required.email'));
      event.currentTarget.querySelector<HTMLInputElement>('[name=email]')?.focus();
      return;
    }
    setRequired(undefined);
    reset.mutate(email);
  };

  const emailError = required ?? serverFieldErrors(reset.error).email;
  return (
    <div className="tp-login">
      <Heading1>{t('forgot.title')}</Heading1>
      {reset.isSuccess ? (
        <Alert type="ok" role="status" data-testid="reset-sent">
          <Paragraph>{t('forgot.sent')}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{t('forgot.intro')}</Paragraph>
          {reset.isError && !emailError && (
            <Alert type="error" role="alert">
              <Paragraph>{t('general')}</Paragraph>
            </Alert>
          )}
          <form onSubmit={onSubmit} noValidate className="tp-login__form">
            <FormFieldTextbox
              name="email"
              type="email"
              label={t('fields.email')}
              autoComplete="email"
              required
              invalid={Boolean(emailError)}
              errorMessage={emailError}
            />
            <Button type="submit" appearance="primary-action-button" busy={reset.isPending} disabled={reset.isPending}>
              {reset.isPending ? t('forgot.submitting') : t('forgot.submit')}
            </Button>
          </form>
        </>
      )}
      <Paragraph>
        <AppLink to={paths.login}>{t('forgot.back')}</AppLink>
      </Paragraph>
    </div>
  );
}

import { Alert, Button, FormFieldTextbox, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api/problem';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { useChangeMyPassword } from './api/password';
import { NewPasswordFields, focusFirstError, useMinLength } from './NewPasswordFields';
import { checkNewPassword, serverFieldErrors, type FieldErrors } from './passwordErrors';

/** The server names the fields of the request; the form names its own. */
function formErrors(error: unknown): FieldErrors {
  const server = serverFieldErrors(error);
  const errors: FieldErrors = {};
  if (server.currentPassword) errors.current = server.currentPassword;
  if (server.newPassword) errors.password = server.newPassword;
  return errors;
}

/** "Wachtwoord wijzigen" for the person who is logged in: the current password and a new one twice. */
export function ChangePasswordPage() {
  const { t } = useTranslation('password');
  usePageTitle(t('change.title'));
  const change = useChangeMyPassword();
  const min = useMinLength();
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const currentPassword = String(form.get('current') ?? '');
    const newPassword = String(form.get('password') ?? '');
    const errors: FieldErrors = {
      ...(currentPassword ? {} : { current: t('required.current') }),
      ...checkNewPassword(newPassword, String(form.get('repeat') ?? ''), min, {
        required: t('required.password'),
        tooShort: t('tooShort', { min }),
        mismatch: t('mismatch'),
      }),
    };
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      focusFirstError(formElement, errors, ['current', 'password', 'repeat']);
      return;
    }
    change.mutate({ currentPassword, newPassword }, { onSuccess: () => formElement.reset() });
  };

  const errors = { ...formErrors(change.error), ...clientErrors };
  const locked = isApiError(change.error, 423);
  const general = change.isError && !locked && Object.keys(formErrors(change.error)).length === 0;
  return (
    <div className="tp-login">
      <Heading1>{t('change.title')}</Heading1>
      <Paragraph>{t('change.intro')}</Paragraph>
      {change.isSuccess && (
        <Alert type="ok" role="status" data-testid="password-changed">
          <Paragraph>{t('change.done')}</Paragraph>
        </Alert>
      )}
      {(locked || general) && (
        <Alert type="error" role="alert">
          <Paragraph>{locked && isApiError(change.error) ? change.error.problem.detail : t('general')}</Paragraph>
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate className="tp-login__form">
        <FormFieldTextbox
          name="current"
          type="password"
          label={t('fields.current')}
          autoComplete="current-password"
          required
          invalid={Boolean(errors.current)}
          errorMessage={errors.current}
        />
        <NewPasswordFields errors={errors} />
        <Button type="submit" appearance="primary-action-button" busy={change.isPending} disabled={change.isPending}>
          {change.isPending ? t('change.submitting') : t('change.submit')}
        </Button>
      </form>
    </div>
  );
}

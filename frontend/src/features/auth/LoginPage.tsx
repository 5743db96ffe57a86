import { Alert, Button, FormFieldTextbox, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useIsAuthenticated } from '../../shared/auth/session';
import { AppLink } from '../../shared/components/AppLink';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { paths } from '../../shared/paths';
import { useLogin } from './api/useLogin';
import { loginErrorMessage, needsCode, serverFieldErrors, type FieldErrors } from './loginErrors';
import { SsoLogin, SsoMessage } from './SsoLogin';

export function LoginPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('title'));
  const navigate = useNavigate();
  const location = useLocation();
  const authenticated = useIsAuthenticated();
  const login = useLogin();
  const [requiredErrors, setRequiredErrors] = useState<FieldErrors>({});
  // once the server has asked for the second factor (TOTP_REQUIRED), the form keeps the code field
  const [askCode, setAskCode] = useState(false);
  if (!askCode && needsCode(login.error)) setAskCode(true);

  const state = location.state as { from?: string; notice?: string } | null;
  const from = state?.from ?? paths.home;
  if (authenticated && !login.isPending) return <Navigate to={from} replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const code = askCode ? String(form.get('code') ?? '').replace(/\s+/g, '') : '';
    const missing: FieldErrors = {};
    if (!username) missing.username = t('required.username');
    if (!password) missing.password = t('required.password');
    if (askCode && !code) missing.code = t('required.code');
    setRequiredErrors(missing);
    const first = missing.username ? 'username' : missing.password ? 'password' : missing.code ? 'code' : null;
    if (first) {
      event.currentTarget.querySelector<HTMLInputElement>(`[name=${first}]`)?.focus();
      return;
    }
    login.mutate(code ? { username, password, code } : { username, password }, {
      onSuccess: () => navigate(from, { replace: true }),
    });
  };

  const fieldErrors: FieldErrors = { ...serverFieldErrors(login.error), ...requiredErrors };
  return (
    <div className="tp-login">
      <Heading1>{t('title')}</Heading1>
      <Paragraph>{t('intro')}</Paragraph>
      <SsoMessage />
      {state?.notice && (
        <Alert type="ok" role="status" data-testid="login-notice">
          <Paragraph>{state.notice}</Paragraph>
        </Alert>
      )}
      {login.isError && (
        <Alert type="error" role="alert" data-testid="login-error">
          <Paragraph>{loginErrorMessage(login.error, t)}</Paragraph>
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate className="tp-login__form">
        <FormFieldTextbox
          name="username"
          label={t('username')}
          autoComplete="username"
          required
          invalid={Boolean(fieldErrors.username)}
          errorMessage={fieldErrors.username}
        />
        <FormFieldTextbox
          name="password"
          type="password"
          label={t('password')}
          autoComplete="current-password"
          required
          invalid={Boolean(fieldErrors.password)}
          errorMessage={fieldErrors.password}
        />
        {askCode && (
          <FormFieldTextbox
            name="code"
            label={t('code')}
            description={t('codeHint')}
            autoComplete="one-time-code"
            inputMode="numeric"
            required
            invalid={Boolean(fieldErrors.code)}
            errorMessage={fieldErrors.code}
          />
        )}
        <Button type="submit" appearance="primary-action-button" busy={login.isPending} disabled={login.isPending}>
          {login.isPending ? t('submitting') : t('submit')}
        </Button>
      </form>
      <Paragraph>
        <AppLink to={paths.forgotPassword}>{t('forgotPassword')}</AppLink>
      </Paragraph>
      <SsoLogin />
      <section className="tp-demo" aria-labelledby="demo-accounts">
        <Heading2 id="demo-accounts">{t('demo.title')}</Heading2>
        <Paragraph>{t('demo.text')}</Paragraph>
      </section>
    </div>
  );
}

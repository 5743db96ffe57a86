import { Alert, Button, FormFieldTextbox, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { findSsoProvider, useSsoProviders } from './api/sso';

const CODES = [
  'SSO_AWAITING_APPROVAL',
  'SSO_UNKNOWN_PERSON',
  'SSO_DEACTIVATED',
  'SSO_EMAIL_NOT_VERIFIED',
  'SSO_UNKNOWN_ISSUER',
  'SSO_FAILED',
] as const;
type SsoCode = (typeof CODES)[number];

/** The Dutch message for the code the OIDC callback sent the browser back with (/login?sso=CODE). */
export function SsoMessage() {
  const { t } = useTranslation('auth');
  const code = new URLSearchParams(useLocation().search).get('sso');
  if (!code) return null;
  const key: SsoCode = (CODES as readonly string[]).includes(code) ? (code as SsoCode) : 'SSO_FAILED';
  return (
    <Alert type={key === 'SSO_AWAITING_APPROVAL' ? 'info' : 'error'} role="alert" data-testid="sso-message">
      <Paragraph>{t(`sso.codes.${key}`)}</Paragraph>
    </Alert>
  );
}

/**
 * "Inloggen met uw organisatie": the person's e-mail address leads to the provider whose domain it is
 * (with the address as login hint), or they pick their organisation's button. Not shown when no provider
 * is configured (the demo). The login itself is a full-page navigation: the provider's page, then the
 * callback, which starts the cookie session.
 */
export function SsoLogin() {
  const { t } = useTranslation('auth');
  const providers = useSsoProviders();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const list = providers.data?.providers ?? [];
  if (list.length === 0) return null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('sso-email') ?? '').trim();
    if (!email.includes('@')) {
      setError(t('sso.emailInvalid'));
      return;
    }
    setBusy(true);
    try {
      const found = await findSsoProvider(email);
      if (found.matchLoginUrl) {
        window.location.assign(found.matchLoginUrl);
        return;
      }
      setError(t('sso.noMatch'));
    } catch {
      setError(t('sso.emailInvalid'));
    }
    setBusy(false);
  };

  return (
    <section className="tp-sso" aria-labelledby="sso-title" data-testid="sso-login">
      <Heading2 id="sso-title">{t('sso.title')}</Heading2>
      <Paragraph>{t('sso.intro')}</Paragraph>
      <form className="tp-login__form" onSubmit={onSubmit} noValidate>
        <FormFieldTextbox
          name="sso-email"
          type="email"
          label={t('sso.email')}
          autoComplete="email"
          invalid={Boolean(error)}
          errorMessage={error}
        />
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
          {t('sso.continue')}
        </Button>
      </form>
      <Paragraph>{t('sso.orChoose')}</Paragraph>
      <ul className="tp-sso__providers">
        {list.map((p) => (
          <li key={p.key}>
            {/* a plain link, not a router link: the address leaves the application for the provider */}
            <a className="utrecht-link utrecht-link--html-a" href={p.loginUrl} data-testid={`sso-provider-${p.key}`}>
              {p.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

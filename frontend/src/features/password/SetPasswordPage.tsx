import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { AppLink } from '../../shared/components/AppLink';
import { Loading } from '../../shared/components/Loading';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { formatDateTime } from '../../shared/format/format';
import { paths } from '../../shared/paths';
import { useLink, useSetPasswordWithLink, type LinkView } from './api/password';
import { NewPasswordFields, focusFirstError, useMinLength } from './NewPasswordFields';
import { checkNewPassword, isLinkInvalid, serverFieldErrors, type FieldErrors } from './passwordErrors';

/** Where a single-use link lands (/wachtwoord/nieuw?token=…): shows whom it is for and sets the password. */
export function SetPasswordPage() {
  const { t } = useTranslation('password');
  usePageTitle(t('set.title'));
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const link = useLink(token);

  let body: ReactNode;
  if (!token) body = <Paragraph>{t('set.missingToken')}</Paragraph>;
  else if (link.isPending) body = <Loading />;
  else if (link.isError) body = isLinkInvalid(link.error) ? <InvalidLink /> : <GeneralError />;
  else body = <SetPasswordForm token={token} link={link.data} />;

  return (
    <div className="tp-login">
      <Heading1>{t('set.title')}</Heading1>
      {body}
    </div>
  );
}

function SetPasswordForm({ token, link }: { token: string; link: LinkView }) {
  const { t, i18n } = useTranslation('password');
  const navigate = useNavigate();
  const save = useSetPasswordWithLink(token);
  const min = useMinLength();
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password') ?? '');
    const errors = checkNewPassword(password, String(form.get('repeat') ?? ''), min, {
      required: t('required.password'),
      tooShort: t('tooShort', { min }),
      mismatch: t('mismatch'),
    });
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      focusFirstError(event.currentTarget, errors, ['password', 'repeat']);
      return;
    }
    save.mutate(password, {
      onSuccess: () => navigate(paths.login, { replace: true, state: { notice: t('set.done') } }),
    });
  };

  if (save.isError && isLinkInvalid(save.error)) return <InvalidLink />;
  const errors = { ...serverFieldErrors(save.error), ...clientErrors };
  const serverGeneral = save.isError && Object.keys(serverFieldErrors(save.error)).length === 0;
  return (
    <>
      <Paragraph data-testid="link-for">{t(`set.intro.${link.purpose}`, { name: link.displayName, email: link.email })}</Paragraph>
      <Paragraph>{t('set.validUntil', { time: formatDateTime(link.expiresAt, i18n.language) })}</Paragraph>
      {serverGeneral && (
        <Alert type="error" role="alert">
          <Paragraph>{t('general')}</Paragraph>
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate className="tp-login__form">
        <NewPasswordFields errors={errors} />
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
          {save.isPending ? t('set.submitting') : t('set.submit')}
        </Button>
      </form>
    </>
  );
}

function InvalidLink() {
  const { t } = useTranslation('password');
  return (
    <>
      <Alert type="warning" role="alert" data-testid="link-invalid">
        <Paragraph>
          <strong>{t('set.invalid.title')}</strong>
        </Paragraph>
        <Paragraph>{t('set.invalid.text')}</Paragraph>
      </Alert>
      <Paragraph>
        <AppLink to={paths.forgotPassword}>{t('forgot.link')}</AppLink>
      </Paragraph>
    </>
  );
}

function GeneralError() {
  const { t } = useTranslation('password');
  return (
    <Alert type="error" role="alert">
      <Paragraph>{t('general')}</Paragraph>
    </Alert>
  );
}

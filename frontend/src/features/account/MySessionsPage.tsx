import { Alert, Button, ButtonGroup, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { sessionState } from '../../shared/auth/sessionState';
import { AppLink } from '../../shared/components/AppLink';
import { Dialog } from '../../shared/components/Dialog';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { SessionsTable } from '../../shared/components/SessionsTable';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { paths } from '../../shared/paths';
import { useMySessions, useRevokeAllMySessions } from './api/sessions';
import { MailPreferenceForm } from './MailPreferenceForm';

/** "Mijn sessies": where the person is logged in, and "Overal uitloggen" (after a confirmation). */
export function MySessionsPage() {
  const { t } = useTranslation('account');
  usePageTitle(t('sessions.title'));
  const sessions = useMySessions();
  const revokeAll = useRevokeAllMySessions();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  if (sessions.isPending) return <Loading />;
  if (sessions.isError) return <ErrorMessage error={sessions.error} />;

  const onConfirm = () =>
    revokeAll.mutate(undefined, {
      // the server ended this session too: here it ends as well (the app goes to the login page), and
      // once it is there, the login page says why
      onSuccess: () => {
        sessionState.forget();
        setTimeout(() => navigate(paths.login, { replace: true, state: { notice: t('sessions.loggedOutEverywhere') } }), 0);
      },
    });

  return (
    <>
      <Heading1>{t('sessions.title')}</Heading1>
      <Paragraph>{t('sessions.intro')}</Paragraph>
      <Paragraph>
        <AppLink to={paths.secondFactor}>{t('secondFactor.link')}</AppLink>
      </Paragraph>
      {sessions.data.length === 0 ? (
        <Paragraph>{t('sessions.none')}</Paragraph>
      ) : (
        <SessionsTable sessions={sessions.data} caption={t('sessions.caption', { count: sessions.data.length })} />
      )}
      <Paragraph>{t('sessions.everywhereExplanation')}</Paragraph>
      <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(true)}>
        {t('sessions.everywhere')}
      </Button>
      <MailPreferenceForm />
      {confirming && (
        <Dialog title={t('sessions.confirmTitle')} onClose={() => setConfirming(false)}>
          <Paragraph>{t('sessions.confirmText')}</Paragraph>
          {revokeAll.isError && (
            <Alert type="error" role="alert">
              <Paragraph>{t('sessions.failed')}</Paragraph>
            </Alert>
          )}
          <ButtonGroup>
            <Button type="button" appearance="primary-action-button" busy={revokeAll.isPending} disabled={revokeAll.isPending} onClick={onConfirm}>
              {t('sessions.confirm')}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(false)}>
              {t('sessions.cancel')}
            </Button>
          </ButtonGroup>
        </Dialog>
      )}
    </>
  );
}

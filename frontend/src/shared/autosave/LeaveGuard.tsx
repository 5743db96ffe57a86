import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useContext, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { UNSAFE_DataRouterContext, useBlocker } from 'react-router';
import { Dialog } from '../components/Dialog';

/**
 * Asks before leaving a page while `when` holds (typed text the server does not hold): the browser's
 * own question on reload, closing and leaving the site (beforeunload), and a dialog on navigation
 * inside the app (react-router's useBlocker; only a data router can block, so without one only the
 * browser's question is asked). Changing the query string (a tab) is not leaving.
 */
export function LeaveGuard({ when }: { when: boolean }) {
  const dataRouter = useContext(UNSAFE_DataRouterContext);
  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);
  return dataRouter ? <InAppGuard when={when} /> : null;
}

function InAppGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);
  if (blocker.state !== 'blocked') return null;
  return (
    <Dialog title={t('drafts.leaveTitle')} onClose={() => blocker.reset()}>
      <Paragraph>{t('drafts.leaveText')}</Paragraph>
      <ButtonGroup className="tp-dialog__actions">
        <Button appearance="primary-action-button" onClick={() => blocker.reset()}>
          {t('drafts.stay')}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => blocker.proceed()}>
          {t('drafts.leave')}
        </Button>
      </ButtonGroup>
    </Dialog>
  );
}

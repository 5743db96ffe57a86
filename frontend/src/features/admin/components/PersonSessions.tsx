import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../shared/components/Dialog';
import { Loading } from '../../../shared/components/Loading';
import { SessionsTable } from '../../../shared/components/SessionsTable';
import { type PersonDetail, usePersonSessions, type usePersonActions } from '../api/admin';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';

/** The person's active sessions and "Alle sessies beëindigen", when the server allows REVOKE_SESSIONS. */
export function PersonSessions({ person, actions }: { person: PersonDetail; actions: ReturnType<typeof usePersonActions> }) {
  const { t } = useTranslation('admin');
  const allowed = person.allowedActions.includes('REVOKE_SESSIONS');
  const sessions = usePersonSessions(person.id, allowed);
  const [confirming, setConfirming] = useState(false);
  if (!allowed) return <Paragraph>{t('person.sessionsHidden')}</Paragraph>;
  if (sessions.isPending) return <Loading />;
  if (sessions.isError) return <ProblemAlert error={sessions.error} />;
  return (
    <>
      {sessions.data.length === 0 ? (
        <Paragraph>{t('person.noSessions')}</Paragraph>
      ) : (
        <SessionsTable sessions={sessions.data} caption={t('person.sessionsCaption', { count: sessions.data.length })} />
      )}
      <ProblemAlert error={actions.revokeSessions.error} />
      {actions.revokeSessions.isSuccess && (
        <p role="status" className="utrecht-paragraph">
          {t('person.sessionsRevoked')}
        </p>
      )}
      {sessions.data.length > 0 && (
        <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(true)}>
          {t('actions.REVOKE_SESSIONS')}
        </Button>
      )}
      {confirming && (
        <Dialog title={t('person.revokeTitle')} onClose={() => setConfirming(false)}>
          <Paragraph>{t('person.revokeText', { name: person.displayName })}</Paragraph>
          <ButtonGroup>
            <Button
              type="button"
              appearance="primary-action-button"
              onClick={() =>
                actions.revokeSessions.mutate(undefined, {
                  onSettled: () => {
                    setConfirming(false);
                    void sessions.refetch();
                  },
                })
              }
            >
              {t('actions.REVOKE_SESSIONS')}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </Button>
          </ButtonGroup>
        </Dialog>
      )}
    </>
  );
}

import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../shared/components/Dialog';
import type { PersonAction, PersonDetail, usePersonActions } from '../api/admin';
import { LinkNotice } from './LinkNotice';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';

type Actions = ReturnType<typeof usePersonActions>;

/** The buttons the server allows for this person (allowedActions), each with its outcome. */
export function PersonActions({ person, actions }: { person: PersonDetail; actions: Actions }) {
  const { t } = useTranslation('admin');
  const [confirmDeactivate, setConfirmDeactivate] = useState(false);
  const [confirmSecondFactor, setConfirmSecondFactor] = useState(false);
  const allowed = (action: PersonAction) => person.allowedActions.includes(action);
  const link = actions.resetPassword.data?.link ?? actions.inviteAgain.data?.invitation.link ?? null;
  const mailed = actions.resetPassword.data?.mailed ?? actions.inviteAgain.data?.invitation.mailed;
  const errors = [
    actions.deactivate,
    actions.activate,
    actions.unlock,
    actions.resetPassword,
    actions.resetSecondFactor,
    actions.inviteAgain,
    actions.revokeInvitation,
  ];
  const error = errors.find((m) => m.isError)?.error;
  const busy = errors.some((m) => m.isPending);
  const button = (action: PersonAction, onClick: () => void) =>
    allowed(action) && (
      <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={onClick}>
        {t(`actions.${action}`)}
      </Button>
    );

  return (
    <>
      <ProblemAlert error={error} />
      {mailed === true && (
        <p role="status" className="utrecht-paragraph" data-testid="mailed">
          {t('link.mailed', { email: person.email })}
        </p>
      )}
      {actions.resetSecondFactor.isSuccess && (
        <p role="status" className="utrecht-paragraph" data-testid="second-factor-reset">
          {t('person.secondFactorReset')}
        </p>
      )}
      {link && <LinkNotice link={link} title={actions.resetPassword.data ? t('link.resetTitle') : t('link.invitationTitle')} />}
      {person.allowedActions.length === 0 ? (
        <Paragraph>{t('person.noActions')}</Paragraph>
      ) : (
        <ButtonGroup className="tp-admin-inline">
          {button('DEACTIVATE', () => setConfirmDeactivate(true))}
          {button('ACTIVATE', () => actions.activate.mutate(person.version))}
          {button('UNLOCK', () => actions.unlock.mutate())}
          {button('RESET_PASSWORD', () => actions.resetPassword.mutate())}
          {/* who may reset the password may also remove the second factor (a lost phone) */}
          {allowed('RESET_PASSWORD') && (
            <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={() => setConfirmSecondFactor(true)}>
              {t('person.resetSecondFactor')}
            </Button>
          )}
          {button('INVITE_AGAIN', () => actions.inviteAgain.mutate())}
          {button('REVOKE_INVITATION', () => actions.revokeInvitation.mutate())}
        </ButtonGroup>
      )}
      {confirmSecondFactor && (
        <Dialog title={t('person.resetSecondFactorTitle', { name: person.displayName })} onClose={() => setConfirmSecondFactor(false)}>
          <Paragraph>{t('person.resetSecondFactorText')}</Paragraph>
          <ButtonGroup>
            <Button
              type="button"
              appearance="primary-action-button"
              onClick={() => actions.resetSecondFactor.mutate(undefined, { onSettled: () => setConfirmSecondFactor(false) })}
            >
              {t('person.resetSecondFactor')}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={() => setConfirmSecondFactor(false)}>
              {t('cancel')}
            </Button>
          </ButtonGroup>
        </Dialog>
      )}
      {confirmDeactivate && (
        <Dialog title={t('person.deactivateTitle', { name: person.displayName })} onClose={() => setConfirmDeactivate(false)}>
          <Paragraph>{t('person.deactivateText')}</Paragraph>
          <ButtonGroup>
            <Button
              type="button"
              appearance="primary-action-button"
              onClick={() => actions.deactivate.mutate(person.version, { onSettled: () => setConfirmDeactivate(false) })}
            >
              {t('actions.DEACTIVATE')}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={() => setConfirmDeactivate(false)}>
              {t('cancel')}
            </Button>
          </ButtonGroup>
        </Dialog>
      )}
    </>
  );
}

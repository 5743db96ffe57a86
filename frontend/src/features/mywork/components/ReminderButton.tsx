import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/problem';
import { type LateAnalysis, useSendReminder } from '../api/mywork';

/**
 * "Herinnering sturen" for one late gemeente: the server sends at most one per gemeente per day and says so
 * (409 REMINDER_ALREADY_SENT), which is shown as a fact, not as an error.
 */
export function ReminderButton({ row }: { row: LateAnalysis }) {
  const { t } = useTranslation('mywork');
  const send = useSendReminder();
  const already = isApiError(send.error, 409) && send.error.problem.code === 'REMINDER_ALREADY_SENT';
  const sent = send.isSuccess && (send.data?.reminded.length ?? 0) > 0;
  if (sent || already || (send.isSuccess && (send.data?.alreadyRemindedToday.length ?? 0) > 0)) {
    return (
      <span role="status" data-testid="reminder-state">
        {sent ? t('late.reminderSent') : t('late.reminderAlready')}
      </span>
    );
  }
  return (
    <>
      <Button
        appearance="secondary-action-button"
        busy={send.isPending}
        disabled={send.isPending}
        aria-label={t('late.remind', { name: row.municipalityName })}
        onClick={() => send.mutate(row)}
      >
        {t('late.remindShort')}
      </Button>
      {send.isError && !already && (
        <span role="alert" className="tp-small">
          {isApiError(send.error) ? (send.error.problem.detail ?? t('late.reminderFailed')) : t('late.reminderFailed')}
        </span>
      )}
    </>
  );
}

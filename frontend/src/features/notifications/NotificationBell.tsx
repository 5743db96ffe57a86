import { useTranslation } from 'react-i18next';
import { AppLink } from '../../shared/components/AppLink';
import { paths } from '../../shared/paths';
import { useUnreadCount } from './api/notifications';
import './notifications.css';

/** The bell in the header: a link to "Meldingen" that says how many are unread ("Meldingen, 3 ongelezen"). */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const unread = useUnreadCount().data?.unread ?? 0;
  const label = unread > 0 ? t('bell.unread', { count: unread }) : t('bell.none');
  return (
    <AppLink to={paths.notifications} className="tp-bell" aria-label={label} data-testid="notification-bell">
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="22" height="22" className="tp-bell__icon">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
        />
      </svg>
      {unread > 0 && <span className="tp-bell__count">{unread > 99 ? '99+' : unread}</span>}
    </AppLink>
  );
}

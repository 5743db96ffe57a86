import { Button, ButtonGroup, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { PAGE_SIZE, type NotificationView, useMarkAllRead, useMarkRead, useMyNotifications } from './api/notifications';

const when = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' });

/** "Meldingen": the person's notifications, newest first; each a link to where the work is done. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  usePageTitle(t('title'));
  const [page, setPage] = useState(0);
  const list = useMyNotifications(page);
  const markAll = useMarkAllRead();
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorMessage error={list.error} />;
  const { items, total, unread } = list.data;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <>
      <Heading1>{t('title')}</Heading1>
      <Paragraph>{unread > 0 ? t('unreadCount', { count: unread }) : t('allRead')}</Paragraph>
      {unread > 0 && (
        <Button type="button" appearance="secondary-action-button" busy={markAll.isPending} onClick={() => markAll.mutate(undefined)}>
          {t('markAllRead')}
        </Button>
      )}
      {items.length === 0 ? (
        <Paragraph>{t('none')}</Paragraph>
      ) : (
        <ul className="tp-notifications" aria-label={t('listLabel')}>
          {items.map((n) => (
            <NotificationItem key={n.id} notification={n} />
          ))}
        </ul>
      )}
      {pages > 1 && (
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('previous')}
          </Button>
          <span>{t('pageOf', { page: page + 1, pages })}</span>
          <Button type="button" appearance="secondary-action-button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            {t('next')}
          </Button>
        </ButtonGroup>
      )}
    </>
  );
}

function NotificationItem({ notification: n }: { notification: NotificationView }) {
  const { t } = useTranslation('notifications');
  const markRead = useMarkRead();
  const navigate = useNavigate();
  const unread = !n.readAt;
  const focusAfter = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (markRead.isSuccess) focusAfter.current?.focus();
  }, [markRead.isSuccess]);
  // opening an item marks it read, then goes to the task
  const open = (event: React.MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    const go = () => navigate(n.link);
    if (unread) markRead.mutate(n.id, { onSettled: go });
    else go();
  };
  return (
    <li className={unread ? 'tp-notifications__item tp-notifications__item--unread' : 'tp-notifications__item'}>
      <a ref={focusAfter} href={n.link} onClick={open} className="utrecht-link utrecht-link--html-a">
        {unread && <span className="tp-visually-hidden">{t('unread')}: </span>}
        {n.title}
      </a>
      {n.summary && <Paragraph>{n.summary}</Paragraph>}
      <div className="tp-notifications__meta">
        {when.format(new Date(n.createdAt))}
        {unread && (
          <>
            {' · '}
            <Button type="button" appearance="subtle-button" onClick={() => markRead.mutate(n.id)} disabled={markRead.isPending}>
              {t('markRead')}
              <span className="tp-visually-hidden">: {n.title}</span>
            </Button>
          </>
        )}
      </div>
    </li>
  );
}

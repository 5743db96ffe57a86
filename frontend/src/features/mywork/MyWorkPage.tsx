import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../shared/auth/me';
import { navItems, scopeOf } from '../../shared/auth/roles';
import { AppLink } from '../../shared/components/AppLink';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { formatDateTime } from '../../shared/format/format';
import { type MyWork, useMarkSeen, useMyWork } from './api/mywork';
import { ChangeFeed } from './components/ChangeFeed';
import { LateAnalysesTable } from './components/LateAnalysesTable';
import { ReminderButton } from './components/ReminderButton';
import { WorkList } from './components/WorkList';
import './mywork.css';

/**
 * "Mijn werk", every role's start page: what waits for the person in the active membership, each item a link to
 * where it is done; for a programme manager the late analyses; for readers (provincie, partners) what is new since
 * they last marked it as seen; and what changed lately per region. The role's former start page stays one link away.
 */
export function MyWorkPage() {
  const { t } = useTranslation('mywork');
  const { t: tc } = useTranslation();
  usePageTitle(t('title'));
  const me = useMe();
  const work = useMyWork();
  const heading = useRef<HTMLHeadingElement>(null);
  // arriving here (after login, or from the header) puts the focus on the page's heading
  useEffect(() => heading.current?.focus(), []);
  const start = me.data ? navItems(me.data)[0] : undefined;
  const scope = me.data ? scopeOf(me.data) : null;
  return (
    <div className="tp-mywork">
      <Heading1 ref={heading} tabIndex={-1}>
        {t('title')}
      </Heading1>
      {me.data ? (
        <Paragraph data-testid="my-work-intro">
          {scope
            ? t('introScoped', { role: tc(`roles.${me.data.role}`), scope: scope.name })
            : t('intro', { role: tc(`roles.${me.data.role}`) })}{' '}
          {start ? <AppLink to={start.to}>{t('formerStart', { page: tc(start.label) })}</AppLink> : null}
        </Paragraph>
      ) : null}
      {work.isPending ? <Loading /> : work.isError ? <ErrorMessage error={work.error} /> : <Work work={work.data} />}
    </div>
  );
}

function Work({ work }: { work: MyWork }) {
  const { t, i18n } = useTranslation('mywork');
  const me = useMe();
  const manager = me.data?.role === 'REGION_PROGRAMME_MANAGER';
  return (
    <>
      {work.tracksVisits ? <SeenBar lastVisitAt={work.lastVisitAt ?? null} hasNews={work.items.length > 0} /> : null}
      <WorkList items={work.items} />
      {manager ? (
        <section aria-labelledby="my-work-late" data-testid="my-work-late" className="tp-mywork__group">
          <Heading2 id="my-work-late">{t('late.title')}</Heading2>
          <LateAnalysesTable rows={work.lateAnalyses} renderReminder={(row) => <ReminderButton row={row} />} />
        </section>
      ) : null}
      <ChangeFeed feed={work.feed} />
      <Paragraph className="tp-muted">{t('asOf', { when: formatDateTime(new Date().toISOString(), i18n.language) })}</Paragraph>
    </>
  );
}

/** For readers: since when the news runs, and marking it as seen so the next visit shows only what is newer. */
function SeenBar({ lastVisitAt, hasNews }: { lastVisitAt: string | null; hasNews: boolean }) {
  const { t, i18n } = useTranslation('mywork');
  const markSeen = useMarkSeen();
  return (
    <div className="tp-mywork__seen">
      <Paragraph>
        {lastVisitAt ? t('news.since', { when: formatDateTime(lastVisitAt, i18n.language) }) : t('news.firstVisit')}
      </Paragraph>
      {hasNews ? (
        <Button appearance="secondary-action-button" onClick={() => markSeen.mutate()} disabled={markSeen.isPending}>
          {t('news.markSeen')}
        </Button>
      ) : null}
      {markSeen.isError ? <ErrorMessage error={markSeen.error} /> : null}
    </div>
  );
}

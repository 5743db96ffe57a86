import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/format';
import type { RegionFeed } from '../api/mywork';

/** "Wat is er veranderd": the latest steps per region the person may see, in words. */
export function ChangeFeed({ feed }: { feed: RegionFeed[] }) {
  const { t, i18n } = useTranslation('mywork');
  return (
    <section aria-labelledby="my-work-feed" data-testid="my-work-feed" className="tp-mywork__feed">
      <Heading2 id="my-work-feed">{t('feed.title')}</Heading2>
      {feed.length === 0 ? <Paragraph>{t('feed.none')}</Paragraph> : null}
      {feed.map((region) => (
        <section key={region.regionCode} aria-labelledby={`feed-${region.regionCode}`}>
          <Heading3 id={`feed-${region.regionCode}`}>{region.regionName}</Heading3>
          <ul className="tp-mywork__feed-list">
            {region.entries.map((entry, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two steps may share a moment and a text
              <li key={`${entry.at}-${index}`}>
                <span className="tp-mywork__when">{formatDateTime(entry.at, i18n.language)}</span> {entry.text}{' '}
                <span className="tp-muted">{t('feed.by', { actor: entry.actor })}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

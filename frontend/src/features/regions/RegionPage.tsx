import { Heading1, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '../../shared/components/AppLink';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { todayIso } from '../../shared/format/format';
import { currentYear, paths } from '../../shared/paths';
import { useRegion } from './api/regions';
import { MembersTable } from './components/MembersTable';
import { isFormer } from './membership';

/** /regios/:code: a region and its member municipalities. */
export function RegionPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('regions');
  const region = useRegion(code);
  usePageTitle(region.data?.name);
  if (region.isPending) return <Loading />;
  if (region.isError) return <ErrorMessage error={region.error} />;

  const today = todayIso();
  const current = region.data.municipalities.filter((m) => !isFormer(m, today)).length;
  return (
    <>
      <hgroup className="tp-hgroup">
        <PreHeading>{t('detail.preHeading', { code: region.data.code })}</PreHeading>
        <Heading1>{region.data.name}</Heading1>
      </hgroup>
      <nav aria-label={t('links.label')}>
        <ul className="utrecht-unordered-list" data-testid="region-links">
          <li className="utrecht-unordered-list__item">
            <AppLink to={paths.regionDemand(region.data.code, currentYear())}>
              {t('links.demand', { year: currentYear() })}
            </AppLink>
          </li>
          <li className="utrecht-unordered-list__item">
            <AppLink to={paths.targetGroups(region.data.code)}>{t('links.targetGroups')}</AppLink>
          </li>
          <li className="utrecht-unordered-list__item">
            <AppLink to={paths.allocationModels(region.data.code)}>{t('links.allocation')}</AppLink>
          </li>
          <li className="utrecht-unordered-list__item">
            <AppLink to={paths.indicators(region.data.code)}>{t('links.indicators')}</AppLink>
          </li>
          <li className="utrecht-unordered-list__item">
            <AppLink to={paths.urgencySchemes(region.data.code)}>{t('links.urgency')}</AppLink>
          </li>
        </ul>
      </nav>
      <Paragraph data-testid="member-count">{t('detail.summary', { count: current })}</Paragraph>
      {region.data.municipalities.length === 0 ? (
        <Paragraph>{t('detail.empty')}</Paragraph>
      ) : (
        <MembersTable region={region.data} />
      )}
    </>
  );
}

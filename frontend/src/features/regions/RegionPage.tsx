import { Heading1, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { todayIso } from '../../shared/format/format';
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
      <Paragraph data-testid="member-count">{t('detail.summary', { count: current })}</Paragraph>
      {region.data.municipalities.length === 0 ? (
        <Paragraph>{t('detail.empty')}</Paragraph>
      ) : (
        <MembersTable region={region.data} />
      )}
    </>
  );
}

import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppLink } from '../../../shared/components/AppLink';
import { paths } from '../../../shared/paths';
import { createRegionalAnalysis, demandKeys, type RegionOverview } from '../api/demand';
import { DemandStatusBadge } from './DemandStatusBadge';

interface Props {
  region: string;
  year: number;
  regional: RegionOverview['regional'];
  /** the region's programme manager may start it */
  mayStart: boolean;
}

/** The region's own analysis of regional facilities, counted beside (never inside) the municipalities' figures. */
export function RegionalAnalysis({ region, year, regional, mayStart }: Props) {
  const { t } = useTranslation('demand');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const start = useMutation({
    mutationFn: () => createRegionalAnalysis(region, year),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: demandKeys.region(region, year) });
      navigate(paths.analysis(created.id));
    },
  });
  const id = regional?.analysisId ?? null;
  return (
    <section aria-labelledby="regional-title" data-testid="regional">
      <Heading2 id="regional-title">{t('region.regional')}</Heading2>
      <Paragraph>{t('region.regionalText')}</Paragraph>
      {id !== null ? (
        <Paragraph>
          <AppLink to={paths.analysis(id)}>{t('region.regionalOpen')}</AppLink>{' '}
          {regional?.status && <DemandStatusBadge status={regional.status} />}
        </Paragraph>
      ) : (
        <>
          <Paragraph>{t('region.regionalNone', { year })}</Paragraph>
          {mayStart && (
            <Button appearance="secondary-action-button" busy={start.isPending} disabled={start.isPending} onClick={() => start.mutate()}>
              {t('region.regionalStart')}
            </Button>
          )}
          {start.isError && (
            <Alert type="error" role="alert">
              <Paragraph>{t('entry.notStarted.failed')}</Paragraph>
            </Alert>
          )}
        </>
      )}
    </section>
  );
}

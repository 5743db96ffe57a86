import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApproximateExplanation, InhabitantsBadge } from '../../../shared/components/InhabitantsBadge';
import { formatDate, formatNumber } from '../../../shared/format/format';
import type { Municipality } from '../api/municipalities';

export function MunicipalityFacts({ municipality }: { municipality: Municipality }) {
  const { t, i18n } = useTranslation(['municipalities', 'common']);
  const explanationId = useId();
  const inhabitants = municipality.inhabitants;
  return (
    <>
      <DataList className="tp-facts" data-testid="municipality-facts">
        <DataListItem>
          <DataListKey>{t('detail.code')}</DataListKey>
          <DataListValue>{municipality.code}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('detail.province')}</DataListKey>
          <DataListValue>{municipality.province.name}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('detail.inhabitants')}</DataListKey>
          <DataListValue>
            {inhabitants ? formatNumber(inhabitants.value, i18n.language) : t('common:inhabitants.unknown')}
          </DataListValue>
        </DataListItem>
        {inhabitants && (
          <>
            <DataListItem>
              <DataListKey>{t('detail.referenceDate')}</DataListKey>
              <DataListValue>{formatDate(inhabitants.referenceDate, i18n.language)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('detail.source')}</DataListKey>
              <DataListValue>{inhabitants.source}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('detail.status')}</DataListKey>
              <DataListValue>
                <InhabitantsBadge status={inhabitants.status} explanationId={explanationId} />
              </DataListValue>
            </DataListItem>
          </>
        )}
        {municipality.note && (
          <DataListItem>
            <DataListKey>{t('detail.note')}</DataListKey>
            <DataListValue>{municipality.note}</DataListValue>
          </DataListItem>
        )}
      </DataList>
      {inhabitants?.status === 'APPROXIMATE' && <ApproximateExplanation id={explanationId} />}
    </>
  );
}

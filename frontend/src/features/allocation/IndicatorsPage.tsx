import { Alert, Button, Heading1, Paragraph, PreHeading, StatusBadge } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '../../shared/components/AppLink';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { formatDate, formatDecimalString } from '../../shared/format/format';
import { paths } from '../../shared/paths';
import { allows } from '../../shared/workflow/allowed';
import { useIndicators, useRegionName, type IndicatorTable, type IndicatorValue } from './api/allocation';
import { IndicatorImportDialog } from './components/IndicatorImportDialog';
import { indicatorLabel } from './labels';
import { useAllocationRegion } from './api/region';
import './allocation.css';

/** /regios/:code/indicatoren: the figures the allocation keys use, per municipality, at a reference date. */
export function IndicatorsPage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation('allocation');
  const allowed = useAllocationRegion(code);
  const [referenceDate, setReferenceDate] = useState<string | null>(null);
  const table = useIndicators(code, referenceDate);
  const regionName = useRegionName(code);
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const selectId = useId();
  const region = regionName.data ?? code;
  usePageTitle(`${t('indicatorsPage.title')} – ${region}`);
  if (table.isPending) return <Loading />;
  if (table.isError) return <ErrorMessage error={table.error} />;

  const data = table.data;
  const mayImport = allows(allowed.data, 'IMPORT_INDICATORS');
  return (
    <div className="tp-allocation">
      <hgroup className="tp-hgroup">
        <PreHeading>{t('models.preHeading', { region })}</PreHeading>
        <Heading1>{t('indicatorsPage.title')}</Heading1>
      </hgroup>
      <Paragraph>{t('indicatorsPage.intro')}</Paragraph>
      <Paragraph>
        <AppLink to={paths.allocationModels(code)}>{t('indicatorsPage.toModels')}</AppLink>
      </Paragraph>

      <div className="tp-toolbar">
        <div className="utrecht-form-field">
          <label htmlFor={selectId} className="utrecht-form-label">
            {t('indicatorsPage.referenceDate')}
          </label>{' '}
          <select
            id={selectId}
            className="utrecht-select utrecht-select--html-select"
            value={data.referenceDate}
            onChange={(event) => setReferenceDate(event.target.value)}
          >
            {[...new Set([...data.availableDates, data.referenceDate])].sort().reverse().map((date) => (
              <option key={date} value={date}>
                {formatDate(date, i18n.language)}
              </option>
            ))}
          </select>
        </div>
        {mayImport && (
          <Button appearance="secondary-action-button" onClick={() => setImporting(true)}>
            {t('indicatorsPage.import')}
          </Button>
        )}
      </div>

      <div aria-live="polite">
        {notice && (
          <Alert type="ok" data-testid="indicators-notice">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        )}
      </div>

      {data.rows.length === 0 ? <Paragraph>{t('indicatorsPage.empty')}</Paragraph> : <IndicatorsTable data={data} />}
      <Paragraph className="tp-footnote">{t('indicatorsPage.ownDemandNote')}</Paragraph>

      {importing && (
        <IndicatorImportDialog
          region={code}
          onClose={() => setImporting(false)}
          onApplied={(count) => {
            setImporting(false);
            setNotice(t('import.applied', { count }));
          }}
        />
      )}
    </div>
  );
}

function IndicatorsTable({ data }: { data: IndicatorTable }) {
  const { t, i18n } = useTranslation('allocation');
  return (
    <div className="tp-table-scroll">
      <table className="utrecht-table tp-table" data-testid="indicators-table">
        <caption className="tp-caption">{t('indicatorsPage.caption', { date: formatDate(data.referenceDate, i18n.language) })}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('table.municipality')}</th>
            {data.indicators.map((indicator) => (
              <th key={indicator} scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">
                {indicatorLabel(indicator, t)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {data.rows.map((row) => (
            <tr key={row.municipality.code} className="utrecht-table__row" data-municipality={row.municipality.code}>
              <th scope="row" className="utrecht-table__header-cell">{row.municipality.name}</th>
              {data.indicators.map((indicator) => (
                <td key={indicator} className="utrecht-table__cell utrecht-table__cell--numeric-column" data-indicator={indicator}>
                  <IndicatorCell value={row.values[indicator]} referenceDate={data.referenceDate} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function IndicatorCell({ value, referenceDate }: { value: IndicatorValue | undefined; referenceDate: string }) {
  const { t, i18n } = useTranslation('allocation');
  if (!value) return <span title={t('indicatorsPage.missing')}>–</span>;
  const date = formatDate(value.referenceDate, i18n.language);
  return (
    <span title={t('indicatorsPage.source', { source: value.source, date })}>
      <span className="tp-number">{formatDecimalString(value.value, i18n.language)}</span>
      {value.status !== 'VERIFIED' && (
        <>
          {' '}
          <StatusBadge status={value.status === 'DEMO' ? 'inactive' : 'warning'} className="tp-badge" data-status={value.status}>
            {t(`indicatorStatus.${value.status}`)}
          </StatusBadge>
        </>
      )}
      {value.referenceDate !== referenceDate && <span className="tp-small tp-block">{t('indicatorsPage.olderDate', { date })}</span>}
    </span>
  );
}

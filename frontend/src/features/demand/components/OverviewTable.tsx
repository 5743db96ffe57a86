import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../shared/components/AppLink';
import { paths } from '../../../shared/paths';
import { overviewStatuses, type OverviewRow } from '../api/demand';
import { formatDateTime } from '../numbers';
import { DemandStatusBadge } from './DemandStatusBadge';

/** The number of municipalities per status, and how many are late. */
export function StatusCounts({ rows }: { rows: OverviewRow[] }) {
  const { t } = useTranslation('demand');
  const overdue = rows.filter((row) => row.overdue).length;
  return (
    <ul className="tp-counts" aria-label={t('region.countsLabel')} data-testid="status-counts">
      {overviewStatuses.map((status) => (
        <li key={status} data-status={status}>
          <span className="tp-counts__number">{rows.filter((row) => row.status === status).length}</span>{' '}
          <DemandStatusBadge status={status} />
        </li>
      ))}
      <li data-status="OVERDUE">
        <span className="tp-counts__number">{overdue}</span>{' '}
        <span className="utrecht-status-badge utrecht-status-badge--danger tp-badge">{t('status.overdue')}</span>
      </li>
    </ul>
  );
}

export function OverviewTable({ rows, year }: { rows: OverviewRow[]; year: number }) {
  const { t, i18n } = useTranslation('demand');
  const showSubregion = rows.some((row) => row.subregion);
  const collator = new Intl.Collator(i18n.language);
  const sorted = [...rows].sort(
    (a, b) =>
      collator.compare(a.subregion?.name ?? '', b.subregion?.name ?? '') || collator.compare(a.municipality.name, b.municipality.name),
  );
  return (
    <div className="tp-table-scroll">
      <table className="utrecht-table tp-table" data-testid="overview-table">
        <caption className="tp-visually-hidden">{t('region.caption', { year })}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('region.municipality')}</th>
            {showSubregion && <th scope="col" className="utrecht-table__header-cell">{t('region.subregion')}</th>}
            <th scope="col" className="utrecht-table__header-cell">{t('region.status')}</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{t('region.version')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('region.updatedAt')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {sorted.map((row) => (
            <tr key={row.municipality.code} className="utrecht-table__row" data-municipality={row.municipality.code} data-status={row.status}>
              <th scope="row" className="utrecht-table__header-cell">
                <AppLink to={paths.demand(row.municipality.code, year)}>{row.municipality.name}</AppLink>
              </th>
              {showSubregion && <td className="utrecht-table__cell">{row.subregion?.name ?? ''}</td>}
              <td className="utrecht-table__cell">
                <DemandStatusBadge status={row.status} overdue={row.overdue} />
              </td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-column">{row.versionNo ?? ''}</td>
              <td className="utrecht-table__cell">{row.updatedAt ? formatDateTime(row.updatedAt, i18n.language) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

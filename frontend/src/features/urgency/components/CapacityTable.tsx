import { useTranslation } from 'react-i18next';
import { formatDecimalString, formatNumber } from '../../../shared/format/format';
import type { CapacityRow, Place } from '../api/urgency';
import { percentLabel } from '../labels';
import { verdictOf } from './CapacityPanel';

type Column = 'municipality' | 'lettings' | 'share' | 'capacity' | 'backlog' | 'inflow' | 'balance' | 'yearsToClear' | 'waitMonths' | 'norm';

/** Per municipality and for the region: lettings, share, capacity against backlog and inflow, and whether the wait norm is met. */
export function CapacityTable({ row }: { row: CapacityRow }) {
  const { t } = useTranslation('urgency');
  const hasDeviation = row.municipalities.some((m) => m.deviation);
  const head = (column: Column, numeric = true) => (
    <th scope="col" className={`utrecht-table__header-cell${numeric ? ' utrecht-table__header-cell--numeric-column' : ''}`}>
      {t(`capacity.columns.${column}`)}
    </th>
  );
  return (
    <div className="tp-table-scroll">
      <table className="utrecht-table tp-table tp-capacity-table" data-testid="capacity-table">
        <caption className="tp-caption">{t('capacity.caption', { quota: row.quota.name })}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {head('municipality', false)}
            {head('lettings')}
            {head('share')}
            {head('capacity')}
            {head('backlog')}
            {head('inflow')}
            {head('balance')}
            {head('yearsToClear')}
            {head('waitMonths')}
            {head('norm', false)}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {row.municipalities.map((place) => (
            <PlaceRow key={place.municipality.code} place={place} />
          ))}
        </tbody>
        <tfoot className="utrecht-table__footer">
          <PlaceRow place={row.region} total />
        </tfoot>
      </table>
      {hasDeviation && <p className="tp-small tp-muted">{t('capacity.deviationNote')}</p>}
    </div>
  );
}

function PlaceRow({ place, total = false }: { place: Place; total?: boolean }) {
  const { t, i18n } = useTranslation('urgency');
  const language = i18n.language;
  const o = place.outcome;
  const decimal = (value: string | null, digits = 1) => formatDecimalString(value, language, { maxFractionDigits: digits, minFractionDigits: digits });
  const balance = o.balance === null ? 0 : Number(o.balance);
  const verdict = verdictOf(o.result);
  const unknown = t('capacity.unknownValue');
  const cell = 'utrecht-table__cell utrecht-table__cell--numeric-column tp-number';
  return (
    <tr className={`utrecht-table__row${total ? ' tp-sum' : ''}`} data-municipality={place.municipality.code} data-meets={o.meetsNorm ?? undefined} data-result={o.result}>
      <th scope="row" className="utrecht-table__header-cell">
        {total ? t('capacity.regionTotal', { region: place.municipality.name }) : place.municipality.name}
      </th>
      <td className={cell}>{place.lettings === null ? '–' : formatDecimalString(place.lettings, language, { maxFractionDigits: 1 })}</td>
      <td className={cell} data-testid="share-cell">
        {place.share === null ? '–' : percentLabel(place.share, language)}
        {place.deviation && (
          <abbr className="tp-deviation-mark" title={t('capacity.deviationTitle')}>
            {' '}
            {t('capacity.deviationMark')}
          </abbr>
        )}
      </td>
      <td className={cell}>{decimal(o.capacity)}</td>
      <td className={cell}>{o.backlog === null ? unknown : formatNumber(o.backlog, language)}</td>
      <td className={cell}>{o.inflow === null ? unknown : formatNumber(o.inflow, language)}</td>
      {o.balance === null ? (
        <td className={cell} data-testid="balance-cell">
          {unknown}
        </td>
      ) : (
        <td className={`${cell} ${balance < 0 ? 'tp-shortfall' : 'tp-surplus'}`} data-testid="balance-cell">
          {balance > 0 ? '+' : ''}
          {decimal(o.balance)}
          <span className="tp-visually-hidden"> {balance < 0 ? t('capacity.shortfall') : t('capacity.surplus')}</span>
        </td>
      )}
      <td className={cell} data-testid="years-cell">
        {o.backlog === null ? unknown : o.yearsToClear === null ? <span className="tp-shortfall">{t('capacity.never')}</span> : decimal(o.yearsToClear)}
      </td>
      <td className={cell} data-testid="wait-cell">
        {o.backlog === null ? unknown : o.waitMonths === null ? <span className="tp-shortfall">{t('capacity.keepsGrowing')}</span> : decimal(o.waitMonths)}
        <span className="tp-muted tp-block tp-small">{t('capacity.normMonths', { months: decimal(o.waitNormMonths) })}</span>
      </td>
      <td className="utrecht-table__cell tp-nowrap" data-testid="norm-cell">
        <span className={`tp-verdict tp-verdict--${verdict.tone}`}>
          <span aria-hidden="true">{verdict.sign}</span>
          {t(`capacity.result.${o.result}`, { known: place.completeness.known, expected: place.completeness.expected })}
        </span>
      </td>
    </tr>
  );
}

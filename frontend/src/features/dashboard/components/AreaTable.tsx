import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../shared/components/AppLink';
import { formatNumber } from '../../../shared/format/format';
import type { Row, Urgency, WoonzorgvisieCounts } from '../api/dashboard';
import { ratioText } from '../format';
import { CountValue, SuppressionNote } from './CountValue';
import { Sparkline } from './Sparkline';

type Column =
  | 'area'
  | 'inhabitants'
  | 'stock'
  | 'inflow'
  | 'moves'
  | 'perThousand'
  | 'target'
  | 'realised'
  | 'realisedShare'
  | 'urgency'
  | 'completeness'
  | 'woonzorgvisie'
  | 'trend';

interface Props {
  rows: Row[];
  total: Row;
  threshold: number;
  caption: string;
  /** the heading of the first column: regio or gemeente */
  areaLabel: string;
  /** the link of a row's name (the drill-down), or null for none */
  linkOf?: (row: Row) => string | null;
  testId: string;
}

/**
 * The comparison table, one row per region (or per municipality in a drill-down) and a total row:
 * demand, homes needed, target and realisation, urgency, and the progress of demand analyses and
 * woonzorgvisies. Hidden counts show "<5" with the footnote under the table.
 */
export function AreaTable({ rows, total, threshold, caption, areaLabel, linkOf, testId }: Props) {
  const { t } = useTranslation('dashboard');
  const noteId = useId();
  const cells = [...rows, total].flatMap((r) => [r.stock, r.inflow, r.moves, r.target, r.realised, r.urgency?.inflow, ...r.trend.map((p) => p.moves)]);
  const anyHidden = cells.some((c) => c?.suppressed);
  const head = (column: Column, numeric = true) => (
    <th scope="col" className={`utrecht-table__header-cell${numeric ? ' utrecht-table__header-cell--numeric-column' : ''}`} data-column={column}>
      {column === 'area' ? areaLabel : t(`table.${column}`)}
    </th>
  );
  return (
    // a wide table scrolls sideways: the box takes the keyboard focus so arrow keys can scroll it
    <div className="tp-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="utrecht-table tp-table tp-dashboard-table" data-testid={testId}>
        <caption className="tp-caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {head('area', false)}
            {head('inhabitants')}
            {head('stock')}
            {head('inflow')}
            {head('moves')}
            {head('perThousand')}
            {head('target')}
            {head('realised')}
            {head('realisedShare')}
            {head('urgency', false)}
            {head('completeness')}
            {head('woonzorgvisie', false)}
            {head('trend', false)}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row, index) => (
            <AreaRow key={`${row.area.kind}-${row.area.code ?? row.area.name}-${index}`} row={row} threshold={threshold} link={linkOf?.(row) ?? null} />
          ))}
        </tbody>
        <tfoot className="utrecht-table__footer">
          <AreaRow row={total} threshold={threshold} link={null} total />
        </tfoot>
      </table>
      {anyHidden && <SuppressionNote threshold={threshold} id={noteId} />}
    </div>
  );
}

function AreaRow({ row, threshold, link, total = false }: { row: Row; threshold: number; link: string | null; total?: boolean }) {
  const { t, i18n } = useTranslation('dashboard');
  const language = i18n.language;
  const num = 'utrecht-table__cell utrecht-table__cell--numeric-column tp-number';
  const kind = total ? 'TOTAL' : row.area.kind;
  const className = ['utrecht-table__row', total && 'tp-sum', kind === 'REST' && 'tp-row--rest', !row.area.code && !total && 'tp-row--anonymous']
    .filter(Boolean)
    .join(' ');
  const name = total ? t('table.total') : row.area.name;
  return (
    <tr className={className} data-area={row.area.code ?? ''} data-kind={kind} data-testid={total ? 'total-row' : undefined}>
      <th scope="row" className="utrecht-table__header-cell">
        {link ? <AppLink to={link}>{name}</AppLink> : name}
        {kind === 'REST' && <span className="tp-block tp-small tp-muted">{t('table.restNote')}</span>}
        {!total && !row.area.code && kind === 'REGION' && <span className="tp-block tp-small tp-muted">{t('table.anonymousNote')}</span>}
      </th>
      <td className={num}>{row.inhabitants === null ? '–' : formatNumber(row.inhabitants, language)}</td>
      <td className={num} data-column="stock">
        <CountValue cell={row.stock} threshold={threshold} />
      </td>
      <td className={num} data-column="inflow">
        <CountValue cell={row.inflow} threshold={threshold} />
      </td>
      <td className={num} data-column="moves">
        <strong>
          <CountValue cell={row.moves} threshold={threshold} />
        </strong>
      </td>
      <td className={num} data-column="perThousand">
        {ratioText(row.movesPerThousand, language)}
      </td>
      <td className={num} data-column="target">
        <CountValue cell={row.target} threshold={threshold} />
      </td>
      <td className={num} data-column="realised">
        <CountValue cell={row.realised} threshold={threshold} />
      </td>
      <td className={num} data-column="realisedShare">
        {row.realisedShare === null ? '–' : `${ratioText(row.realisedShare, language)}%`}
      </td>
      <td className="utrecht-table__cell" data-column="urgency">
        <UrgencyValue urgency={row.urgency} threshold={threshold} />
      </td>
      <td className={num} data-column="completeness">
        {row.completeness ? t('table.completenessOf', { adopted: row.completeness.adopted, of: row.completeness.of }) : '–'}
      </td>
      <td className="utrecht-table__cell" data-column="woonzorgvisie">
        <WoonzorgvisieBar counts={row.woonzorgvisie} />
      </td>
      <td className="utrecht-table__cell" data-column="trend">
        <Sparkline trend={row.trend} />
      </td>
    </tr>
  );
}

function UrgencyValue({ urgency, threshold }: { urgency: Urgency | null; threshold: number }) {
  const { t, i18n } = useTranslation('dashboard');
  const language = i18n.language;
  if (!urgency) return <span className="tp-muted">{t('table.noScheme')}</span>;
  return (
    <span className="tp-urgency-cell" title={urgency.scheme}>
      <span className="tp-block tp-nowrap">
        {t('table.capacity')} <span className="tp-number">{ratioText(urgency.capacity, language)}</span>
      </span>
      <span className="tp-block tp-nowrap tp-small tp-muted">
        {t('table.urgentInflow')} <CountValue cell={urgency.inflow} threshold={threshold} />
      </span>
      <span className="tp-block tp-nowrap">
        {t('table.balance')}{' '}
        <span className={`tp-number ${urgency.shortfall ? 'tp-shortfall' : ''}`}>{ratioText(urgency.balance, language)}</span>{' '}
        {urgency.shortfall && (
          <span className="tp-badge tp-badge--shortfall" data-testid="shortfall-badge">
            {t('table.shortfall')}
          </span>
        )}
      </span>
    </span>
  );
}

const wzvParts = ['adopted', 'inReview', 'concept', 'none'] as const;

/** The member municipalities by the status of their woonzorgvisie: a stacked bar and the counts in words. */
export function WoonzorgvisieBar({ counts }: { counts: WoonzorgvisieCounts | null }) {
  const { t } = useTranslation('dashboard');
  if (!counts) return <>–</>;
  const sum = wzvParts.reduce((s, part) => s + counts[part], 0);
  if (sum === 0) return <>–</>;
  return (
    <div className="tp-stack">
      <div className="tp-stack__bar" aria-hidden="true">
        {wzvParts
          .filter((part) => counts[part] > 0)
          .map((part) => (
            <span key={part} className={`tp-stack__part tp-stack__part--${part}`} style={{ flexGrow: counts[part] }} title={`${t(`woonzorgvisie.${part}`)}: ${counts[part]}`} />
          ))}
      </div>
      <span className="tp-small tp-stack__text">
        {wzvParts
          .filter((part) => counts[part] > 0)
          .map((part) => t('woonzorgvisie.count', { n: counts[part], status: t(`woonzorgvisie.${part}`) }))
          .join(' · ')}
      </span>
    </div>
  );
}

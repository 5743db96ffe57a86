import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../shared/components/AppLink';
import { formatNumber } from '../../../shared/format/format';
import { keyed } from '../../../shared/list/keyed';
import type { Row, Urgency, WoonzorgvisieCounts } from '../api/dashboard';
import { basisText, incompleteClass, isIncomplete } from '../completeness';
import { areaKey, ratioText } from '../format';
import { CompletenessMark, IncompleteNote } from './CompletenessMark';
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
  | 'woonzorgvisie';

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
  const anyIncomplete = [...rows, total].some((r) => isIncomplete(r.completeness) || r.trend.some((p) => isIncomplete(p.completeness)));
  const head = (column: Column, numeric = true) => (
    <th scope="col" className={`utrecht-table__header-cell${numeric ? ' utrecht-table__header-cell--numeric-column' : ''}`} data-column={column}>
      {column === 'area' ? areaLabel : t(`table.${column}`)}
    </th>
  );
  return (
    // a wide table scrolls sideways: the box takes the keyboard focus so arrow keys can scroll it
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll by keyboard (axe scrollable-region-focusable)
    // biome-ignore lint/a11y/useSemanticElements: a section would take the page-section margin of ".tp-dashboard section"
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
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {keyed(rows, areaKey).map(({ key, item: row }) => (
            <AreaRow key={key} row={row} threshold={threshold} link={linkOf?.(row) ?? null} />
          ))}
        </tbody>
        <tfoot className="utrecht-table__footer">
          <AreaRow row={total} threshold={threshold} link={null} total />
        </tfoot>
      </table>
      {[...rows, total].some((r) => r.woonzorgvisie) && <WoonzorgvisieLegend />}
      {anyHidden && <SuppressionNote threshold={threshold} id={noteId} />}
      {anyIncomplete && <IncompleteNote />}
    </div>
  );
}

function AreaRow({ row, threshold, link, total = false }: { row: Row; threshold: number; link: string | null; total?: boolean }) {
  const { t, i18n } = useTranslation('dashboard');
  const language = i18n.language;
  const num = 'utrecht-table__cell utrecht-table__cell--numeric-column tp-number';
  const kind = total ? 'TOTAL' : row.area.kind;
  const className = ['utrecht-table__row', total && 'tp-sum', kind === 'REST' && 'tp-row--rest']
    .filter(Boolean)
    .join(' ');
  const name = total ? t('table.total') : row.area.name;
  // the demand columns rest on the municipalities with an adopted analysis of the year
  const demand = [num, incompleteClass(row.completeness)].filter(Boolean).join(' ');
  return (
    <tr
      className={className}
      data-area={row.area.code ?? ''}
      data-kind={kind}
      data-completeness={row.completeness?.level}
      data-testid={total ? 'total-row' : undefined}
    >
      <th scope="row" className="utrecht-table__header-cell">
        {link ? <AppLink to={link}>{name}</AppLink> : name}
        {kind === 'REST' && <span className="tp-block tp-small tp-muted">{t('table.restNote')}</span>}
      </th>
      <td className={num}>{row.inhabitants === null ? '–' : formatNumber(row.inhabitants, language)}</td>
      <td className={demand} data-column="stock">
        <CountValue cell={row.stock} threshold={threshold} />
        <CompletenessMark completeness={row.completeness} />
      </td>
      <td className={demand} data-column="inflow">
        <CountValue cell={row.inflow} threshold={threshold} />
        <CompletenessMark completeness={row.completeness} />
      </td>
      <td className={demand} data-column="moves">
        <strong>
          <CountValue cell={row.moves} threshold={threshold} />
        </strong>
        <CompletenessMark completeness={row.completeness} />
        <Sparkline trend={row.trend} />
      </td>
      <td className={demand} data-column="perThousand">
        {ratioText(row.movesPerThousand, language)}
        {row.movesPerThousand !== null && <CompletenessMark completeness={row.completeness} />}
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
        {/* a scheme is regional: a municipality row without one has nothing to say here */}
        {row.urgency === null && (kind === 'MUNICIPALITY' || kind === 'REST') ? '–' : <UrgencyValue urgency={row.urgency} threshold={threshold} />}
      </td>
      <td className={num} data-column="completeness">
        {!row.completeness
          ? '–'
          : kind === 'MUNICIPALITY' && row.completeness.expected === 1
            ? t(row.completeness.known ? 'table.analysisAdopted' : 'table.analysisMissing')
            : t('table.completenessOf', { known: row.completeness.known, expected: row.completeness.expected })}
      </td>
      <td className="utrecht-table__cell" data-column="woonzorgvisie">
        <WoonzorgvisieBar counts={row.woonzorgvisie} />
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
      {urgency.outcome === 'UNKNOWN' && (
        <span className="tp-block tp-small tp-muted" data-testid="urgency-unknown" title={basisText(urgency.completeness, t)}>
          {t('table.urgencyUnknown')} ({basisText(urgency.completeness, t)})
        </span>
      )}
    </span>
  );
}

const wzvParts = ['adopted', 'inReview', 'concept', 'none'] as const;

/**
 * The member municipalities by the status of their woonzorgvisie: a stacked bar and the four counts in
 * the legend's order ("3 · 1 · 4 · 6"); screen readers hear the counts with their status.
 */
export function WoonzorgvisieBar({ counts }: { counts: WoonzorgvisieCounts | null }) {
  const { t } = useTranslation('dashboard');
  if (!counts) return <>–</>;
  const sum = wzvParts.reduce((s, part) => s + counts[part], 0);
  if (sum === 0) return <>–</>;
  const words = wzvParts.map((part) => t('woonzorgvisie.count', { n: counts[part], status: t(`woonzorgvisie.${part}`) })).join(', ');
  const only = sum === 1 ? wzvParts.find((part) => counts[part] === 1) : undefined;
  if (only) {
    // one municipality: its status in a word
    return (
      <div className="tp-stack">
        <div className="tp-stack__bar" aria-hidden="true">
          <span className={`tp-stack__part tp-stack__part--${only}`} style={{ flexGrow: 1 }} />
        </div>
        <span className="tp-small tp-stack__text">{t(`woonzorgvisie.${only}`)}</span>
      </div>
    );
  }
  return (
    <div className="tp-stack" title={words}>
      <div className="tp-stack__bar" aria-hidden="true">
        {wzvParts
          .filter((part) => counts[part] > 0)
          .map((part) => (
            <span key={part} className={`tp-stack__part tp-stack__part--${part}`} style={{ flexGrow: counts[part] }} />
          ))}
      </div>
      <span className="tp-small tp-stack__text tp-number" aria-hidden="true">
        {wzvParts.map((part) => counts[part]).join(' · ')}
      </span>
      <span className="tp-visually-hidden">{words}</span>
    </div>
  );
}

/** The colours and order of the woonzorgvisie bars (the cells spell them out for screen readers). */
function WoonzorgvisieLegend() {
  const { t } = useTranslation('dashboard');
  return (
    <p className="tp-small tp-muted tp-stack-legend" aria-hidden="true" data-testid="woonzorgvisie-legend">
      {t('table.woonzorgvisie')}:{' '}
      {wzvParts.map((part, index) => (
        <span key={part} className="tp-nowrap">
          {index > 0 && ' · '}
          <span className={`tp-stack__key tp-stack__part--${part}`} /> {t(`woonzorgvisie.${part}`)}
        </span>
      ))}
    </p>
  );
}

import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format/format';
import type { Row } from '../api/dashboard';
import { basisText, incompleteClass } from '../completeness';
import { ratioText } from '../format';
import { CompletenessLine, CompletenessMark } from './CompletenessMark';
import { CountValue } from './CountValue';

/**
 * The total row as tiles: the figures a reader looks for first. Every demand figure says on how many
 * municipalities it rests ("op basis van 1 van 82 gemeenten"), and is greyed and hatched when that is
 * too few; the urgency tile never says "genoeg" over unknown demand.
 */
export function KeyFigures({ total, threshold }: { total: Row; threshold: number }) {
  const { t, i18n } = useTranslation('dashboard');
  const language = i18n.language;
  const completeness = total.completeness;
  const demandClass = ['tp-tile', incompleteClass(completeness)].filter(Boolean).join(' ');
  return (
    <dl className="tp-tiles" data-testid="key-figures" data-completeness={completeness?.level}>
      <div className="tp-tile">
        <dt>{t('keyFigures.inhabitants')}</dt>
        <dd className="tp-tile__value">{total.inhabitants === null ? '–' : formatNumber(total.inhabitants, language)}</dd>
        {total.municipalities !== null && <dd className="tp-tile__sub">{t('keyFigures.municipalities', { n: total.municipalities })}</dd>}
      </div>
      <div className={demandClass}>
        <dt>{t('keyFigures.stock')}</dt>
        <dd className="tp-tile__value">
          <CountValue cell={total.stock} threshold={threshold} />
          <CompletenessMark completeness={completeness} />
        </dd>
        <dd className="tp-tile__sub">{t('keyFigures.households')}</dd>
        <CompletenessLine completeness={completeness} />
      </div>
      <div className={demandClass}>
        <dt>{t('keyFigures.inflow')}</dt>
        <dd className="tp-tile__value">
          <CountValue cell={total.inflow} threshold={threshold} />
          <CompletenessMark completeness={completeness} />
        </dd>
        <dd className="tp-tile__sub">{t('keyFigures.households')}</dd>
        <CompletenessLine completeness={completeness} />
      </div>
      <div className={[demandClass, 'tp-tile--main'].join(' ')}>
        <dt>{t('keyFigures.moves')}</dt>
        <dd className="tp-tile__value">
          <CountValue cell={total.moves} threshold={threshold} />
          <CompletenessMark completeness={completeness} />
        </dd>
        <dd className="tp-tile__sub">{t('keyFigures.perThousand', { value: ratioText(total.movesPerThousand, language) })}</dd>
        <CompletenessLine completeness={completeness} />
      </div>
      <div className="tp-tile">
        <dt>{t('keyFigures.realised')}</dt>
        <dd className="tp-tile__value">
          <CountValue cell={total.realised} threshold={threshold} />
        </dd>
        <dd className="tp-tile__sub">
          {t('keyFigures.ofTarget')}{' '}
          <CountValue cell={total.target} threshold={threshold} />
          {total.realisedShare !== null && ` (${ratioText(total.realisedShare, language)}%)`}
        </dd>
      </div>
      <UrgencyTile total={total} />
      <div className="tp-tile">
        <dt>{t('keyFigures.completeness')}</dt>
        <dd className="tp-tile__value">
          {completeness ? t('table.completenessOf', { known: completeness.known, expected: completeness.expected }) : '–'}
        </dd>
        <dd className="tp-tile__sub">{t('keyFigures.completenessSub')}</dd>
      </div>
    </dl>
  );
}

/** The urgency balance: a shortfall is certain even over part of the demand, "genoeg" only over all of it. */
function UrgencyTile({ total }: { total: Row }) {
  const { t, i18n } = useTranslation('dashboard');
  const urgency = total.urgency;
  let sub = t('table.noScheme');
  if (urgency?.outcome === 'SHORTFALL') sub = t('keyFigures.urgencyShortfall');
  else if (urgency?.outcome === 'ENOUGH') sub = t('keyFigures.urgencyEnough');
  else if (urgency) sub = t('keyFigures.urgencyUnknown', { basis: basisText(urgency.completeness, t) });
  return (
    <div className={['tp-tile', urgency ? incompleteClass(urgency.completeness) : ''].filter(Boolean).join(' ')} data-testid="urgency-tile">
      <dt>{t('keyFigures.urgency')}</dt>
      <dd className={`tp-tile__value${urgency?.shortfall ? ' tp-shortfall' : ''}`}>{urgency ? ratioText(urgency.balance, i18n.language) : '–'}</dd>
      <dd className="tp-tile__sub" data-outcome={urgency?.outcome}>
        {sub}
      </dd>
    </div>
  );
}

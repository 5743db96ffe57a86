import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format/format';
import type { Row } from '../api/dashboard';
import { ratioText } from '../format';
import { CountValue } from './CountValue';

/** The total row as tiles: the figures a reader looks for first. */
export function KeyFigures({ total, threshold }: { total: Row; threshold: number }) {
  const { t, i18n } = useTranslation('dashboard');
  const language = i18n.language;
  return (
    <dl className="tp-tiles" data-testid="key-figures">
      <div className="tp-tile">
        <dt>{t('keyFigures.inhabitants')}</dt>
        <dd className="tp-tile__value">{total.inhabitants === null ? '–' : formatNumber(total.inhabitants, language)}</dd>
        {total.municipalities !== null && <dd className="tp-tile__sub">{t('keyFigures.municipalities', { n: total.municipalities })}</dd>}
      </div>
      <div className="tp-tile">
        <dt>{t('keyFigures.stock')}</dt>
        <dd className="tp-tile__value">
          <CountValue cell={total.stock} threshold={threshold} />
        </dd>
        <dd className="tp-tile__sub">{t('keyFigures.households')}</dd>
      </div>
      <div className="tp-tile">
        <dt>{t('keyFigures.inflow')}</dt>
        <dd className="tp-tile__value">
          <CountValue cell={total.inflow} threshold={threshold} />
        </dd>
        <dd className="tp-tile__sub">{t('keyFigures.households')}</dd>
      </div>
      <div className="tp-tile tp-tile--main">
        <dt>{t('keyFigures.moves')}</dt>
        <dd className="tp-tile__value">
          <CountValue cell={total.moves} threshold={threshold} />
        </dd>
        <dd className="tp-tile__sub">{t('keyFigures.perThousand', { value: ratioText(total.movesPerThousand, language) })}</dd>
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
      <div className="tp-tile">
        <dt>{t('keyFigures.urgency')}</dt>
        <dd className={`tp-tile__value${total.urgency?.shortfall ? ' tp-shortfall' : ''}`}>{total.urgency ? ratioText(total.urgency.balance, language) : '–'}</dd>
        <dd className="tp-tile__sub">
          {total.urgency
            ? total.urgency.shortfall
              ? t('keyFigures.urgencyShortfall')
              : t('keyFigures.urgencyEnough')
            : t('table.noScheme')}
        </dd>
      </div>
      <div className="tp-tile">
        <dt>{t('keyFigures.completeness')}</dt>
        <dd className="tp-tile__value">
          {total.completeness ? t('table.completenessOf', { adopted: total.completeness.adopted, of: total.completeness.of }) : '–'}
        </dd>
        <dd className="tp-tile__sub">{t('keyFigures.completenessSub')}</dd>
      </div>
    </dl>
  );
}

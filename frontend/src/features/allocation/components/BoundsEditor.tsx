import { useTranslation } from 'react-i18next';
import { formatDecimalString } from '../../../shared/format/format';
import type { InputUnit } from '../api/allocation';
import { indicatorLabel } from '../labels';
import { boundProblems, emptyBound, SHARE_INDICATOR, shareToPercent, type BoundDraft, type BoundProblem } from '../scenarioDraft';

interface Props {
  units: InputUnit[];
  bounds: Record<string, BoundDraft>;
  onChange: (bounds: Record<string, BoundDraft>) => void;
}

/**
 * Floors and caps per municipality, folded away until needed: a minimum as a number, a maximum as a
 * number or as a percentage of the municipality's lettings (e.g. at most 10% of verhuringen).
 */
export function BoundsEditor({ units, bounds, onChange }: Props) {
  const { t, i18n } = useTranslation('allocation');
  const set = (code: string, change: Partial<BoundDraft>) => onChange({ ...bounds, [code]: { ...(bounds[code] ?? emptyBound()), ...change } });
  const count = Object.values(bounds).filter((b) => b.min.trim() || b.max.trim() || b.maxPercent.trim() || b.minShare).length;
  const problemText: Record<BoundProblem, string> = {
    min: t('bounds.notWhole'),
    max: t('bounds.notWhole'),
    maxPercent: t('bounds.notPercent'),
    minAboveMax: t('bounds.minAboveMax'),
  };
  return (
    <details className="tp-bounds" data-testid="bounds" open={count > 0 ? true : undefined}>
      <summary>{t('bounds.summary', { count })}</summary>
      <p className="utrecht-paragraph tp-small tp-muted">{t('bounds.hint')}</p>
      <div className="tp-table-scroll">
        <table className="utrecht-table tp-table tp-bounds__table">
          <caption className="tp-visually-hidden">{t('bounds.caption')}</caption>
          <colgroup>
            <col className="tp-bounds__name" />
            <col className="tp-bounds__min" />
            <col />
          </colgroup>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">{t('table.municipality')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('bounds.min')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('bounds.max')}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {units.map((unit) => {
              const bound = bounds[unit.id] ?? emptyBound();
              const problems = boundProblems(bound);
              const lettings = unit.indicators[SHARE_INDICATOR];
              const errorId = `bound-${unit.id}-error`;
              return (
                <tr key={unit.id} className="utrecht-table__row" data-municipality={unit.id}>
                  <th scope="row" className="utrecht-table__header-cell">
                    {unit.name}
                    {problems.length > 0 && (
                      <span id={errorId} className="tp-field-error tp-block">
                        {[...new Set(problems.map((p) => problemText[p]))].join(' ')}
                      </span>
                    )}
                  </th>
                  <td className="utrecht-table__cell">
                    <input
                      className="utrecht-textbox utrecht-textbox--html-input tp-input--count"
                      inputMode="numeric"
                      aria-label={t('bounds.minOf', { name: unit.name })}
                      aria-invalid={problems.includes('min') || problems.includes('minAboveMax') || undefined}
                      aria-describedby={problems.length ? errorId : undefined}
                      value={bound.min}
                      onChange={(event) => set(unit.id, { min: event.target.value })}
                    />
                    {bound.minShare && (
                      <span className="tp-small tp-block">
                        {t('bounds.minShare', {
                          percent: formatDecimalString(shareToPercent(bound.minShare.share), i18n.language),
                          indicator: indicatorLabel(bound.minShare.indicator, t),
                        })}
                      </span>
                    )}
                  </td>
                  <td className="utrecht-table__cell">
                    <span className="tp-bound-max">
                      <select
                        className="utrecht-select utrecht-select--html-select tp-select--compact"
                        aria-label={t('bounds.maxKindOf', { name: unit.name })}
                        value={bound.maxKind}
                        onChange={(event) => set(unit.id, { maxKind: event.target.value as BoundDraft['maxKind'] })}
                      >
                        <option value="absolute">{t('bounds.absolute')}</option>
                        <option value="share">{t('bounds.share')}</option>
                      </select>
                      {bound.maxKind === 'absolute' ? (
                        <input
                          className="utrecht-textbox utrecht-textbox--html-input tp-input--count"
                          inputMode="numeric"
                          aria-label={t('bounds.maxOf', { name: unit.name })}
                          aria-invalid={problems.includes('max') || problems.includes('minAboveMax') || undefined}
                          aria-describedby={problems.length ? errorId : undefined}
                          value={bound.max}
                          onChange={(event) => set(unit.id, { max: event.target.value })}
                        />
                      ) : (
                        <input
                          className="utrecht-textbox utrecht-textbox--html-input tp-input--count"
                          inputMode="decimal"
                          aria-label={t('bounds.maxPercentOf', { name: unit.name })}
                          aria-invalid={problems.includes('maxPercent') || undefined}
                          aria-describedby={problems.length ? errorId : undefined}
                          value={bound.maxPercent}
                          onChange={(event) => set(unit.id, { maxPercent: event.target.value })}
                        />
                      )}
                    </span>
                    {bound.maxKind === 'share' && (
                      <span className="tp-small tp-muted tp-block">
                        {lettings === undefined
                          ? t('bounds.noLettings')
                          : t('bounds.lettings', { value: formatDecimalString(lettings, i18n.language) })}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}

import { Button } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDecimalString } from '../../../shared/format/format';
import { indicators as allIndicators } from '../api/allocation';
import { indicatorLabel } from '../labels';
import { addWeight, removeWeight, setWeight, toPercent, TOTAL } from '../weights';
import { PercentInput } from './PercentInput';

export interface CriterionDraft {
  indicator: string;
  bp: number;
}

interface Props {
  criteria: CriterionDraft[];
  onChange: (criteria: CriterionDraft[]) => void;
  /** indicators some municipality has no value for at the reference date */
  missing: Map<string, string[]>;
}

/**
 * The weighted key: one slider (whole percentages) and one number field per indicator. Moving one
 * weight moves the others in proportion, so the key always adds up to exactly 100%.
 */
export function CriteriaEditor({ criteria, onChange, missing }: Props) {
  const { t, i18n } = useTranslation('allocation');
  const id = useId();
  const unused = allIndicators.filter((indicator) => !criteria.some((c) => c.indicator === indicator));
  const [adding, setAdding] = useState<string>('');
  const toAdd = unused.includes(adding as (typeof unused)[number]) ? adding : (unused[0] ?? '');
  const weights = criteria.map((c) => c.bp);
  const update = (next: number[]) => onChange(criteria.map((c, i) => ({ ...c, bp: next[i] ?? 0 })));
  const sum = weights.reduce((s, w) => s + w, 0);
  const percent = (bp: number) => `${formatDecimalString(String(toPercent(bp)), i18n.language)}%`;

  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset tp-fieldset" data-testid="criteria">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('criteria.legend')}</legend>
      <p className="utrecht-form-field-description tp-muted" id={`${id}-hint`}>
        {t('criteria.hint')}
      </p>
      <ul className="tp-criteria">
        {criteria.map((criterion, index) => {
          const label = indicatorLabel(criterion.indicator, t);
          const sliderId = `${id}-${criterion.indicator}`;
          const gaps = missing.get(criterion.indicator) ?? [];
          return (
            <li key={criterion.indicator} className="tp-criterion" data-indicator={criterion.indicator}>
              <label htmlFor={sliderId} className="utrecht-form-label tp-criterion__label">
                {label}
              </label>
              <input
                id={sliderId}
                type="range"
                min={0}
                max={100}
                step={1}
                className="tp-slider"
                value={toPercent(criterion.bp)}
                aria-valuetext={percent(criterion.bp)}
                aria-describedby={`${id}-hint`}
                disabled={criteria.length === 1}
                onChange={(event) => update(setWeight(weights, index, Number(event.target.value) * 100))}
              />
              <span className="tp-criterion__number">
                <PercentInput
                  basisPoints={criterion.bp}
                  label={t('criteria.weightOf', { indicator: label })}
                  disabled={criteria.length === 1}
                  onChange={(bp) => update(setWeight(weights, index, bp))}
                />
                <span aria-hidden="true">%</span>
              </span>
              <Button
                appearance="subtle-button"
                className="tp-criterion__remove"
                disabled={criteria.length === 1}
                aria-label={t('criteria.remove', { indicator: label })}
                onClick={() => {
                  const next = removeWeight(weights, index);
                  onChange(criteria.filter((_, i) => i !== index).map((c, i) => ({ ...c, bp: next[i] ?? 0 })));
                }}
              >
                {t('criteria.removeShort')}
              </Button>
              {gaps.length > 0 && (
                <p className="tp-criterion__missing" role="note">
                  {t('criteria.missing', { count: gaps.length, names: gaps.join(', ') })}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <p className="tp-criteria__sum" data-testid="weights-sum">
        {t('criteria.sum', { sum: percent(sum) })}
        {sum !== TOTAL && <strong> {t('criteria.sumWrong')}</strong>}
      </p>
      {unused.length > 0 && (
        <div className="tp-inline-form">
          <div className="utrecht-form-field">
            <label htmlFor={`${id}-add`} className="utrecht-form-label">
              {t('criteria.addLabel')}
            </label>
            <select id={`${id}-add`} className="utrecht-select utrecht-select--html-select" value={toAdd} onChange={(e) => setAdding(e.target.value)}>
              {unused.map((indicator) => (
                <option key={indicator} value={indicator}>
                  {indicatorLabel(indicator, t)}
                </option>
              ))}
            </select>
          </div>
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              if (!toAdd) return;
              const next = addWeight(weights, 0);
              onChange([...criteria, { indicator: toAdd, bp: 0 }].map((c, i) => ({ ...c, bp: next[i] ?? 0 })));
            }}
          >
            {t('criteria.add')}
          </Button>
        </div>
      )}
    </fieldset>
  );
}

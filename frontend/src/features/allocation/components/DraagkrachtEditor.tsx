import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDecimalString } from '../../../shared/format/format';
import { indicators } from '../api/allocation';
import { indicatorLabel } from '../labels';
import { MAX_STRENGTH_TENTHS, tenthsToStrength, type ScenarioDraft } from '../scenarioDraft';
import { TermHelp } from '../../../shared/glossary/Term';

type Value = ScenarioDraft['draagkracht'];

/** Draagkracht: municipalities that already host more than their share get less of the new task. */
export function DraagkrachtEditor({ value, onChange }: { value: Value; onChange: (value: Value) => void }) {
  const { t, i18n } = useTranslation('allocation');
  const id = useId();
  const strength = formatDecimalString(tenthsToStrength(value.tenths), i18n.language);
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset tp-fieldset" data-testid="draagkracht">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('draagkracht.legend')}</legend>
      <label className="tp-check">
        <input
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          checked={value.enabled}
          aria-describedby={`${id}-text`}
          onChange={(event) => onChange({ ...value, enabled: event.target.checked })}
        />
        {t('draagkracht.enable')}
      </label>
      <p className="utrecht-form-field-description tp-muted" id={`${id}-text`}>
        {t('draagkracht.explanation')}
      </p>
      {value.enabled && (
        <div className="tp-draagkracht">
          <div className="utrecht-form-field">
            <label htmlFor={`${id}-indicator`} className="utrecht-form-label">
              {t('draagkracht.indicator')}
            </label>
            <select
              id={`${id}-indicator`}
              className="utrecht-select utrecht-select--html-select"
              value={value.indicator}
              onChange={(event) => onChange({ ...value, indicator: event.target.value })}
            >
              {[...new Set([...indicators, value.indicator])].map((indicator) => (
                <option key={indicator} value={indicator}>
                  {indicatorLabel(indicator, t)}
                </option>
              ))}
            </select>
          </div>
          <div className="utrecht-form-field">
            <label htmlFor={`${id}-strength`} className="utrecht-form-label">
              {t('draagkracht.strength')}
            </label>
            <div className="tp-slider-row">
              <input
                id={`${id}-strength`}
                type="range"
                min={0}
                max={MAX_STRENGTH_TENTHS / 10}
                step={0.1}
                className="tp-slider"
                value={value.tenths / 10}
                aria-valuetext={strength}
                aria-describedby={`${id}-strength-text`}
                onChange={(event) => onChange({ ...value, tenths: Math.round(Number(event.target.value) * 10) })}
              />
              <output htmlFor={`${id}-strength`} className="tp-number tp-slider-value">
                {strength}
              </output>
            </div>
            <p className="utrecht-form-field-description tp-small tp-muted" id={`${id}-strength-text`}>
              {t('draagkracht.strengthText', { strength })} <TermHelp id="draagkracht" />
            </p>
          </div>
        </div>
      )}
    </fieldset>
  );
}

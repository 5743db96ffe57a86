import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../shared/format/format';
import { methods, type Method } from '../api/allocation';
import { parseWhole, type ScenarioDraft } from '../scenarioDraft';
import { TermHelp } from '../../../shared/glossary/Term';

interface Props {
  draft: ScenarioDraft;
  onChange: (change: Partial<ScenarioDraft>) => void;
  demandTotal: number | null;
  availableDates: string[];
  nameError?: string;
}

/** Name, total (typed or the sum of adopted demand analyses), rounding method and reference date. */
export function SettingsFields({ draft, onChange, demandTotal, availableDates, nameError }: Props) {
  const { t, i18n } = useTranslation('allocation');
  const id = useId();
  const dates = [...new Set([...availableDates, draft.referenceDate])].sort().reverse();
  const demand = draft.totalSource === 'DEMAND';
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset tp-fieldset" data-testid="settings">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('settings.legend')}</legend>
      <div className={`utrecht-form-field${nameError ? ' utrecht-form-field--invalid' : ''}`}>
        <label htmlFor={`${id}-name`} className="utrecht-form-label">
          {t('settings.name')}
        </label>
        {nameError && (
          <p className="utrecht-form-field-error-message" id={`${id}-name-error`}>
            {nameError}
          </p>
        )}
        <input
          id={`${id}-name`}
          className="utrecht-textbox utrecht-textbox--html-input"
          value={draft.name}
          maxLength={100}
          aria-invalid={Boolean(nameError) || undefined}
          aria-describedby={nameError ? `${id}-name-error` : undefined}
          onChange={(event) => onChange({ name: event.target.value })}
        />
      </div>

      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset tp-fieldset tp-fieldset--inner">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('settings.total')}</legend>
        <label className="tp-check">
          <input
            type="radio"
            name={`${id}-source`}
            className="utrecht-radio-button utrecht-radio-button--html-input"
            checked={!demand}
            onChange={() => onChange({ totalSource: 'ENTERED' })}
          />
          {t('settings.entered')}
        </label>
        <label className={`tp-check${demandTotal === null ? ' tp-check--disabled' : ''}`}>
          <input
            type="radio"
            name={`${id}-source`}
            className="utrecht-radio-button utrecht-radio-button--html-input"
            checked={demand}
            disabled={demandTotal === null}
            aria-describedby={demandTotal === null ? `${id}-no-demand` : undefined}
            onChange={() => onChange({ totalSource: 'DEMAND' })}
          />
          {demandTotal === null ? t('settings.demandUnknown') : t('settings.demand', { total: formatNumber(demandTotal, i18n.language) })}
        </label>
        {demandTotal === null && (
          <p className="utrecht-form-field-description tp-small tp-muted" id={`${id}-no-demand`}>
            {t('settings.noDemand')}
          </p>
        )}
        <div className="utrecht-form-field">
          <label htmlFor={`${id}-total`} className="utrecht-form-label">
            {t('settings.totalNumber')}
          </label>
          <WholeNumberInput
            id={`${id}-total`}
            value={demand && demandTotal !== null ? demandTotal : draft.total}
            readOnly={demand}
            onChange={(total) => onChange({ total })}
          />
        </div>
      </fieldset>

      <div className="utrecht-form-field">
        <label htmlFor={`${id}-method`} className="utrecht-form-label">
          {t('settings.method')}
        </label>
        <select
          id={`${id}-method`}
          className="utrecht-select utrecht-select--html-select"
          value={draft.method}
          aria-describedby={`${id}-method-text`}
          onChange={(event) => onChange({ method: event.target.value as Method })}
        >
          {methods.map((method) => (
            <option key={method} value={method}>
              {t(`methods.${method}.label`)}
            </option>
          ))}
        </select>
        <p className="utrecht-form-field-description tp-small tp-muted" id={`${id}-method-text`} data-testid="method-explanation">
          {t(`methods.${draft.method}.explanation`)} <TermHelp id="afrondingsmethode" />
        </p>
      </div>

      <div className="utrecht-form-field">
        <label htmlFor={`${id}-date`} className="utrecht-form-label">
          {t('settings.referenceDate')}
        </label>
        <select
          id={`${id}-date`}
          className="utrecht-select utrecht-select--html-select"
          value={draft.referenceDate}
          onChange={(event) => onChange({ referenceDate: event.target.value })}
        >
          {dates.map((date) => (
            <option key={date} value={date}>
              {formatDate(date, i18n.language)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

/** A whole number field that keeps what is typed while focused (also empty) and passes on valid numbers. */
function WholeNumberInput({ id, value, readOnly, onChange }: { id: string; value: number; readOnly: boolean; onChange: (value: number) => void }) {
  const [text, setText] = useState<string | null>(null);
  return (
    <input
      id={id}
      type="text"
      inputMode="numeric"
      className="utrecht-textbox utrecht-textbox--html-input tp-input--count"
      value={text ?? String(value)}
      readOnly={readOnly}
      aria-invalid={text !== null && typeof parseWhole(text) !== 'number' ? true : undefined}
      onChange={(event) => {
        setText(event.target.value);
        const parsed = parseWhole(event.target.value);
        if (typeof parsed === 'number') onChange(parsed);
      }}
      onBlur={() => setText(null)}
    />
  );
}

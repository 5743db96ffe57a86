import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { quotaKinds, type QuotaKind } from '../api/urgency';
import { quotaSentence } from '../labels';
import { newQuota, schemeInput, type FieldErrors, type QuotaDraft, type SchemeDraft } from '../schemeDraft';
import { percentToShare } from '../shares';
import { Field, FieldError } from '../../../shared/components/Field';
import { keyed } from '../../../shared/list/keyed';
import { TermHelp } from '../../../shared/glossary/Term';

interface Props {
  draft: SchemeDraft;
  onChange: (draft: SchemeDraft) => void;
  errors: FieldErrors;
  /** quota key -> the messages of the clashes it is part of (422 from the last save) */
  clashes: Map<string, string[]>;
}

/** The quotas: for whom (regular house seekers or a set of categories), what kind, and how much. */
export function QuotasEditor({ draft, onChange, errors, clashes }: Props) {
  const { t } = useTranslation('urgency');
  const id = useId();
  const setQuotas = (quotas: QuotaDraft[]) => onChange({ ...draft, quotas });
  const update = (key: string, part: Partial<QuotaDraft>) => setQuotas(draft.quotas.map((q) => (q.key === key ? { ...q, ...part } : q)));
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset tp-fieldset" data-testid="quotas-editor">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('editor.quotas')}</legend>
      <p className="utrecht-form-field-description tp-muted">
        {t('editor.quotasHint')} <TermHelp id="quotum" />
      </p>
      {draft.quotas.length === 0 && <Paragraph>{t('editor.noQuotas')}</Paragraph>}
      <ol className="tp-cards">
        {draft.quotas.map((quota, index) => (
          <QuotaCard
            key={quota.key}
            idPrefix={`${id}-${quota.key}`}
            quota={quota}
            index={index}
            draft={draft}
            errors={errors}
            clashes={clashes.get(quota.key) ?? []}
            onChange={(part) => update(quota.key, part)}
            onRemove={() => setQuotas(draft.quotas.filter((q) => q.key !== quota.key))}
          />
        ))}
      </ol>
      <div className="tp-add-row">
        <Button
          appearance="secondary-action-button"
          onClick={() => {
            const quota = newQuota();
            setQuotas([...draft.quotas, quota]);
            requestAnimationFrame(() => document.getElementById(`${id}-${quota.key}-label`)?.focus());
          }}
        >
          {t('editor.addQuota')}
        </Button>
      </div>
    </fieldset>
  );
}

interface CardProps {
  idPrefix: string;
  quota: QuotaDraft;
  index: number;
  draft: SchemeDraft;
  errors: FieldErrors;
  clashes: string[];
  onChange: (part: Partial<QuotaDraft>) => void;
  onRemove: () => void;
}

function QuotaCard({ idPrefix, quota, index, draft, errors, clashes, onChange, onRemove }: CardProps) {
  const { t, i18n } = useTranslation('urgency');
  const error = (field: string) => errors[`quota:${quota.key}${field ? `.${field}` : ''}`];
  const title = quota.label.trim() || t('editor.unnamedQuota');
  const isShare = quota.kind !== 'PER_YEAR';
  const toggle = (key: string, on: boolean) =>
    onChange({ categories: on ? [...quota.categories, key] : quota.categories.filter((k) => k !== key) });
  // the sentence the document will show, from what is typed now
  const preview = (() => {
    const input = schemeInput({ ...draft, quotas: [quota] }, 0);
    const sent = input.quotas[0]!;
    const readable = isShare ? percentToShare(quota.percent) !== null : /^\s*\d+\s*$/.test(quota.perYear);
    const aimed = sent.appliesTo.regular || sent.appliesTo.categories.length > 0;
    return readable && aimed ? quotaSentence(sent, input.categories, t, i18n.language) : null;
  })();
  const cardError = [error(''), error('id')].filter(Boolean).join(' ');

  return (
    <li className={`tp-card${clashes.length ? ' tp-card--clash' : ''}`} data-quota={quota.key} data-testid="quota-card">
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset tp-card__fieldset">
        <legend className="tp-card__legend">
          <span className="tp-card__number">{index + 1}</span>
          {title}
        </legend>
        <ButtonGroup className="tp-card__tools">
          <Button appearance="subtle-button" aria-label={t('editor.removeQuota', { name: title })} onClick={onRemove}>
            {t('editor.remove')}
          </Button>
        </ButtonGroup>
        {clashes.length > 0 && (
          <div className="tp-clash" data-testid="quota-clash">
            {keyed(clashes, (message) => message).map(({ key, item: message }) => (
              <p key={key} className="utrecht-form-field-error-message">
                {message}
              </p>
            ))}
          </div>
        )}
        <FieldError id={`${idPrefix}-error`} message={cardError || undefined} />
        <Field id={`${idPrefix}-label`} label={t('quota.label')} error={error('label')} hint={t('quota.labelHint')}>
          {(props) => (
            <input {...props} className="utrecht-textbox utrecht-textbox--html-input tp-input--wide" value={quota.label} onChange={(e) => onChange({ label: e.target.value })} />
          )}
        </Field>
        <fieldset
          className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset tp-fieldset tp-fieldset--inner"
          aria-describedby={error('appliesTo') ? `${idPrefix}-applies-error` : undefined}
          aria-invalid={error('appliesTo') ? true : undefined}
        >
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('quota.appliesTo')}</legend>
          <FieldError id={`${idPrefix}-applies-error`} message={error('appliesTo')} />
          <label className="tp-check">
            <input
              type="radio"
              className="utrecht-radio-button utrecht-radio-button--html-input"
              name={`${idPrefix}-applies`}
              checked={quota.regular}
              onChange={() => onChange({ regular: true, kind: quota.kind === 'PER_YEAR' ? 'MIN_SHARE' : quota.kind })}
            />
            {t('quota.regular')}
          </label>
          <label className="tp-check">
            <input
              type="radio"
              className="utrecht-radio-button utrecht-radio-button--html-input"
              name={`${idPrefix}-applies`}
              checked={!quota.regular}
              onChange={() => onChange({ regular: false })}
            />
            {t('quota.urgent')}
          </label>
          {!quota.regular && (
            <div className="tp-quota-categories">
              {draft.categories.length === 0 ? (
                <p className="tp-muted tp-small">{t('quota.noCategories')}</p>
              ) : (
                <>
                  <ButtonGroup className="tp-quota-categories__tools">
                    <Button appearance="subtle-button" onClick={() => onChange({ categories: draft.categories.map((c) => c.key) })}>
                      {t('quota.all')}
                    </Button>
                    <Button appearance="subtle-button" onClick={() => onChange({ categories: [] })}>
                      {t('quota.none')}
                    </Button>
                  </ButtonGroup>
                  <ul className="tp-checklist tp-checklist--compact" aria-label={t('quota.categories')}>
                    {draft.categories.map((category) => (
                      <li key={category.key}>
                        <label className="tp-check">
                          <input
                            type="checkbox"
                            className="utrecht-checkbox utrecht-checkbox--html-input"
                            value={category.code}
                            checked={quota.categories.includes(category.key)}
                            onChange={(e) => toggle(category.key, e.target.checked)}
                          />
                          {category.name.trim() || category.code}
                        </label>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
        </fieldset>
        <div className="tp-inline-form">
          <Field id={`${idPrefix}-kind`} label={t('quota.kind')} error={error('kind')}>
            {(props) => (
              <select {...props} className="utrecht-select utrecht-select--html-select" value={quota.kind} onChange={(e) => onChange({ kind: e.target.value as QuotaKind })}>
                {quotaKinds
                  .filter((kind) => !(quota.regular && kind === 'PER_YEAR'))
                  .map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`quota.kinds.${kind}`)}
                    </option>
                  ))}
              </select>
            )}
          </Field>
          {isShare ? (
            <Field id={`${idPrefix}-share`} label={t('quota.share')} error={error('share')}>
              {(props) => (
                <span className="tp-with-unit">
                  <input
                    {...props}
                    type="text"
                    inputMode="decimal"
                    className="utrecht-textbox utrecht-textbox--html-input tp-input--percent"
                    value={quota.percent}
                    onChange={(e) => onChange({ percent: e.target.value })}
                  />
                  <span aria-hidden="true">%</span>
                </span>
              )}
            </Field>
          ) : (
            <Field id={`${idPrefix}-per-year`} label={t('quota.perYear')} error={error('perYear')}>
              {(props) => (
                <input
                  {...props}
                  type="number"
                  min={0}
                  inputMode="numeric"
                  className="utrecht-textbox utrecht-textbox--html-input tp-input--count"
                  value={quota.perYear}
                  onChange={(e) => onChange({ perYear: e.target.value })}
                />
              )}
            </Field>
          )}
        </div>
        {preview && (
          <p className="tp-quota-preview" data-testid="quota-preview">
            {t('quota.reads', { sentence: preview })}
          </p>
        )}
      </fieldset>
    </li>
  );
}

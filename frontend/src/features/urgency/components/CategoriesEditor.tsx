import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMandatoryCategories, useTargetGroups, type TargetGroupOption } from '../api/urgency';
import { monthsOf } from '../labels';
import {
  moveItem,
  ownCategory,
  removeCategory,
  renameCategory,
  templateCategory,
  type CategoryDraft,
  type FieldErrors,
  type SchemeDraft,
} from '../schemeDraft';
import { Field, FieldError } from '../../../shared/components/Field';

interface Props {
  region: string;
  draft: SchemeDraft;
  onChange: (draft: SchemeDraft) => void;
  errors: FieldErrors;
}

/** The categories in priority order: add the missing mandatory ones or an own one, reorder, edit, remove. */
export function CategoriesEditor({ region, draft, onChange, errors }: Props) {
  const { t } = useTranslation('urgency');
  const id = useId();
  const mandatory = useMandatoryCategories();
  const groups = useTargetGroups(region);
  const present = new Set(draft.categories.map((c) => c.mandatory).filter(Boolean));
  const missing = (mandatory.data ?? []).filter((m) => !present.has(m.code));
  const [adding, setAdding] = useState('');
  const toAdd = missing.find((m) => m.code === adding) ?? missing[0];
  // cards show a one-line summary until opened; new ones and ones with an error are open
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const hasError = (key: string) => Object.keys(errors).some((path) => path.startsWith(`category:${key}`));
  const isOpen = (key: string) => open.has(key) || hasError(key);
  const toggle = (key: string, on: boolean) => setOpen((keys) => (on ? new Set([...keys, key]) : new Set([...keys].filter((k) => k !== key))));

  const setCategories = (categories: CategoryDraft[]) => onChange({ ...draft, categories });
  const update = (key: string, part: Partial<CategoryDraft>) =>
    setCategories(draft.categories.map((c) => (c.key === key ? { ...c, ...part } : c)));
  const focusName = (key: string) => requestAnimationFrame(() => document.getElementById(`${id}-${key}-name`)?.focus());
  const add = (category: CategoryDraft) => {
    setCategories([...draft.categories, category]);
    toggle(category.key, true);
    focusName(category.key);
  };
  const allOpen = draft.categories.length > 0 && draft.categories.every((c) => isOpen(c.key));

  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset tp-fieldset" data-testid="categories-editor">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('editor.categories')}</legend>
      <p className="utrecht-form-field-description tp-muted">{t('editor.categoriesHint')}</p>
      {draft.categories.length === 0 ? (
        <Paragraph>{t('editor.noCategories')}</Paragraph>
      ) : (
        <Button appearance="subtle-button" className="tp-expand-all" onClick={() => setOpen(allOpen ? new Set() : new Set(draft.categories.map((c) => c.key)))}>
          {allOpen ? t('editor.collapseAll') : t('editor.expandAll')}
        </Button>
      )}
      <ol className="tp-cards">
        {draft.categories.map((category, index) => (
          <CategoryCard
            key={category.key}
            idPrefix={`${id}-${category.key}`}
            category={category}
            index={index}
            count={draft.categories.length}
            groups={groups.data ?? []}
            errors={errors}
            open={isOpen(category.key)}
            onToggle={(on) => {
              toggle(category.key, on);
              if (on) focusName(category.key);
            }}
            onChange={(part) => update(category.key, part)}
            onRename={(name) => setCategories(renameCategory(draft.categories, category.key, name))}
            onMove={(by) => {
              setCategories(moveItem(draft.categories, index, by));
              // keep the focus on the button pressed, or on the other one when that one is now disabled at the edge
              const target = index + by;
              const edge = target === 0 || target === draft.categories.length - 1;
              const button = (by < 0) !== edge ? 'up' : 'down';
              requestAnimationFrame(() => document.getElementById(`${id}-${category.key}-${button}`)?.focus());
            }}
            onRemove={() => onChange(removeCategory(draft, category.key))}
          />
        ))}
      </ol>
      <div className="tp-add-row" data-testid="add-category">
        {missing.length > 0 && (
          <div className="tp-inline-form">
            <div className="utrecht-form-field">
              <label htmlFor={`${id}-mandatory`} className="utrecht-form-label">
                {t('editor.addMandatory', { count: missing.length })}
              </label>
              <select
                id={`${id}-mandatory`}
                className="utrecht-select utrecht-select--html-select"
                value={toAdd?.code ?? ''}
                onChange={(e) => setAdding(e.target.value)}
              >
                {missing.map((m) => (
                  <option key={m.code} value={m.code}>
                    {m.name}
                  </option>
                ))}
              </select>
            </div>
            <Button
              appearance="secondary-action-button"
              onClick={() => toAdd && add(templateCategory(toAdd, draft.categories, new Set((groups.data ?? []).map((g) => g.code))))}
            >
              {t('editor.addMandatoryButton')}
            </Button>
          </div>
        )}
        <Button appearance="secondary-action-button" onClick={() => add(ownCategory(draft.categories))}>
          {t('editor.addOwn')}
        </Button>
      </div>
    </fieldset>
  );
}

interface CardProps {
  idPrefix: string;
  category: CategoryDraft;
  index: number;
  count: number;
  groups: TargetGroupOption[];
  errors: FieldErrors;
  open: boolean;
  onToggle: (open: boolean) => void;
  onChange: (part: Partial<CategoryDraft>) => void;
  onRename: (name: string) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

function CategoryCard({ idPrefix, category, index, count, groups, errors, open, onToggle, onChange, onRename, onMove, onRemove }: CardProps) {
  const { t, i18n } = useTranslation('urgency');
  const error = (field: string) => errors[`category:${category.key}${field ? `.${field}` : ''}`];
  const title = category.name.trim() || t('editor.unnamed');
  // active groups, and any inactive one the category still names
  const offered = groups.filter((g) => g.active || category.targetGroups.includes(g.code));
  const unknown = category.targetGroups.filter((code) => !groups.some((g) => g.code === code));
  const toggle = (code: string, on: boolean) =>
    onChange({ targetGroups: on ? [...category.targetGroups, code] : category.targetGroups.filter((c) => c !== code) });
  const days = Number(category.waitNormDays);
  const cardError = [error(''), error('priority'), error('mandatory')].filter(Boolean).join(' ');
  const groupNames = category.targetGroups.map((code) => groups.find((g) => g.code === code)?.name ?? code);
  const months = Number.isFinite(days) && days > 0 ? monthsOf(days, i18n.language) : null;

  return (
    <li className="tp-card" data-category={category.key} data-code={category.code}>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset tp-card__fieldset">
        <legend className="tp-card__legend">
          <span className="tp-card__number">{index + 1}</span>
          {title}
          {category.mandatory && <span className="tp-tag">{t('document.mandatory')}</span>}
        </legend>
        <ButtonGroup className="tp-card__tools">
          <Button
            appearance="subtle-button"
            aria-expanded={open}
            aria-controls={`${idPrefix}-body`}
            aria-label={t(open ? 'editor.hideDetailsOf' : 'editor.showDetailsOf', { name: title })}
            onClick={() => onToggle(!open)}
          >
            {open ? t('editor.hideDetails') : t('editor.showDetails')}
          </Button>
          <Button
            id={`${idPrefix}-up`}
            appearance="subtle-button"
            disabled={index === 0}
            aria-label={t('editor.moveUp', { name: title })}
            onClick={() => onMove(-1)}
          >
            <span aria-hidden="true">↑</span> {t('editor.up')}
          </Button>
          <Button
            id={`${idPrefix}-down`}
            appearance="subtle-button"
            disabled={index === count - 1}
            aria-label={t('editor.moveDown', { name: title })}
            onClick={() => onMove(1)}
          >
            <span aria-hidden="true">↓</span> {t('editor.down')}
          </Button>
          <Button appearance="subtle-button" aria-label={t('editor.removeCategory', { name: title })} onClick={onRemove}>
            {t('editor.remove')}
          </Button>
        </ButtonGroup>
        <FieldError id={`${idPrefix}-error`} message={cardError || undefined} />
        {!open && (
          <p className="tp-card__summary tp-small" data-testid="category-summary">
            <span>{t('category.summaryGroups', { groups: groupNames.length ? groupNames.join(', ') : t('document.none') })}</span>
            <span>{t('category.summaryTerms', { decision: category.decisionDays || '–', wait: category.waitNormDays || '–' })}</span>
            {!category.criteria.trim() && <span className="tp-todo">{t('category.summaryNoCriteria')}</span>}
          </p>
        )}
        <div id={`${idPrefix}-body`} hidden={!open} className="tp-card__body">
          <div className="tp-card__grid">
            <Field id={`${idPrefix}-name`} label={t('category.name')} error={error('name')} className="tp-grow">
              {(props) => (
                <input {...props} className="utrecht-textbox utrecht-textbox--html-input" value={category.name} onChange={(e) => onRename(e.target.value)} />
              )}
            </Field>
            {/* A mandatory category's code is the law's and cannot change: it is not shown. An own category's
                code follows its name unless someone needs a fixed one for exports, so it waits behind a disclosure. */}
            {category.mandatory === null && (
              <details className="tp-details" open={Boolean(error('code')) || undefined}>
                <summary>{t('category.codeSummary')}</summary>
                <Field id={`${idPrefix}-code`} label={t('category.code')} error={error('code')} hint={t('category.codeHint')}>
                  {(props) => (
                    <input
                      {...props}
                      className="utrecht-textbox utrecht-textbox--html-input tp-input--code"
                      value={category.code}
                      spellCheck={false}
                      onChange={(e) => onChange({ code: e.target.value, codeFollowsName: false })}
                    />
                  )}
                </Field>
              </details>
            )}
          </div>
          <fieldset
            className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset tp-fieldset tp-fieldset--inner"
            aria-describedby={error('targetGroups') ? `${idPrefix}-groups-error` : undefined}
            aria-invalid={error('targetGroups') ? true : undefined}
          >
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('category.targetGroups')}</legend>
            <FieldError id={`${idPrefix}-groups-error`} message={error('targetGroups')} />
            {offered.length === 0 && unknown.length === 0 ? (
              <p className="tp-muted tp-small">{t('category.noGroups')}</p>
            ) : (
              <ul className="tp-checklist tp-checklist--compact">
                {offered.map((group) => (
                  <li key={group.code}>
                    <label className="tp-check">
                      <input
                        type="checkbox"
                        className="utrecht-checkbox utrecht-checkbox--html-input"
                        value={group.code}
                        checked={category.targetGroups.includes(group.code)}
                        onChange={(e) => toggle(group.code, e.target.checked)}
                      />
                      {group.name}
                      {!group.active && <span className="tp-muted tp-small"> ({t('category.inactive')})</span>}
                    </label>
                  </li>
                ))}
                {unknown.map((code) => (
                  <li key={code}>
                    <label className="tp-check">
                      <input type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" value={code} checked onChange={(e) => toggle(code, e.target.checked)} />
                      {code} <span className="tp-muted tp-small"> ({t('category.unknownGroup')})</span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
          </fieldset>
          <div className="tp-card__grid">
            <Field id={`${idPrefix}-criteria`} label={t('category.criteria')} error={error('criteria')} className="tp-grow">
              {(props) => (
                <textarea {...props} rows={3} className="utrecht-textarea utrecht-textarea--html-textarea" value={category.criteria} onChange={(e) => onChange({ criteria: e.target.value })} />
              )}
            </Field>
            <Field id={`${idPrefix}-evidence`} label={t('category.evidence')} error={error('evidence')} className="tp-grow">
              {(props) => (
                <textarea {...props} rows={3} className="utrecht-textarea utrecht-textarea--html-textarea" value={category.evidence} onChange={(e) => onChange({ evidence: e.target.value })} />
              )}
            </Field>
          </div>
          <div className="tp-inline-form">
            <Field id={`${idPrefix}-decision`} label={t('category.decisionDaysInput')} error={error('decisionDays')}>
              {(props) => (
                <input
                  {...props}
                  type="number"
                  min={1}
                  max={365}
                  inputMode="numeric"
                  className="utrecht-textbox utrecht-textbox--html-input tp-input--count"
                  value={category.decisionDays}
                  onChange={(e) => onChange({ decisionDays: e.target.value })}
                />
              )}
            </Field>
            <Field id={`${idPrefix}-wait`} label={t('category.waitNormDaysInput')} error={error('waitNormDays')}>
              {(props) => (
                <span className="tp-with-unit">
                  <input
                    {...props}
                    aria-describedby={[props['aria-describedby'], months ? `${idPrefix}-months` : null].filter(Boolean).join(' ') || undefined}
                    type="number"
                    min={1}
                    max={3650}
                    inputMode="numeric"
                    className="utrecht-textbox utrecht-textbox--html-input tp-input--count"
                    value={category.waitNormDays}
                    onChange={(e) => onChange({ waitNormDays: e.target.value })}
                  />
                  {months && (
                    <span id={`${idPrefix}-months`} className="tp-muted tp-small">
                      {t('category.months', { months })}
                    </span>
                  )}
                </span>
              )}
            </Field>
          </div>
        </div>
      </fieldset>
    </li>
  );
}

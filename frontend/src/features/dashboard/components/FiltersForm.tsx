import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ALL_GROUPS, type Filters, type Selection } from '../api/dashboard';

interface Props {
  filters: Filters;
  selection: Selection;
  onChange: (next: Partial<Selection>) => void;
  /** the drill-down has no province filter: the region is chosen already */
  showProvince?: boolean;
}

/**
 * Year, target group and province. A choice applies at once (the tables below update, nothing else on
 * the page moves) and is kept in the address, so the view can be shared.
 */
export function FiltersForm({ filters, selection, onChange, showProvince = true }: Props) {
  const { t } = useTranslation('dashboard');
  const id = useId();
  const years = filters.years.includes(selection.year) ? filters.years : [selection.year, ...filters.years];
  const groups = filters.targetGroups.filter((g) => g.code !== ALL_GROUPS);
  return (
    <form className="tp-dashboard-filters" aria-label={t('filters.label')} data-testid="dashboard-filters" onSubmit={(e) => e.preventDefault()}>
      <div className="utrecht-form-field">
        <label htmlFor={`${id}-year`} className="utrecht-form-label">
          {t('filters.year')}
        </label>
        <select
          id={`${id}-year`}
          className="utrecht-select utrecht-select--html-select tp-select--compact"
          value={selection.year}
          onChange={(e) => onChange({ year: Number(e.target.value) })}
        >
          {years.map((year) => (
            <option key={year} value={year}>
              {yearLabel(filters, year, t)}
            </option>
          ))}
        </select>
      </div>
      <div className="utrecht-form-field">
        <label htmlFor={`${id}-group`} className="utrecht-form-label">
          {t('filters.targetGroup')}
        </label>
        <select
          id={`${id}-group`}
          className="utrecht-select utrecht-select--html-select"
          value={selection.targetGroup}
          onChange={(e) => onChange({ targetGroup: e.target.value })}
        >
          <option value={ALL_GROUPS}>{t('filters.allGroups')}</option>
          {groups.map((group) => (
            <option key={group.code} value={group.code}>
              {group.name}
            </option>
          ))}
          {selection.targetGroup !== ALL_GROUPS && !groups.some((g) => g.code === selection.targetGroup) && (
            <option value={selection.targetGroup}>{selection.targetGroup}</option>
          )}
        </select>
      </div>
      {showProvince && (
        <div className="utrecht-form-field">
          <label htmlFor={`${id}-province`} className="utrecht-form-label">
            {t('filters.province')}
          </label>
          <select
            id={`${id}-province`}
            className="utrecht-select utrecht-select--html-select"
            value={selection.province ?? ''}
            onChange={(e) => onChange({ province: e.target.value || null })}
          >
            <option value="">{t('filters.allProvinces')}</option>
            {filters.provinces.map((province) => (
              <option key={province.code} value={province.code}>
                {province.name}
              </option>
            ))}
          </select>
        </div>
      )}
    </form>
  );
}

/** A year in the chooser with how complete its figures are: "2026 (1 van 82 gemeenten)", "2025 (volledig)". */
export function yearLabel(filters: Filters, year: number, t: TFunction<'dashboard'>): string {
  const c = filters.yearCompleteness?.find((y) => y.year === year)?.completeness;
  if (!c) return String(year);
  if (c.level === 'COMPLETE') return t('completeness.yearOptionComplete', { year });
  return t('completeness.yearOption', { year, known: c.known, expected: c.expected });
}

/** The filter choice in words: "2026 · Alle aandachtsgroepen · Overijssel". */
export function useSelectionText(filters: Filters | undefined, selection: Selection | null, withProvince = true): string {
  const { t } = useTranslation('dashboard');
  if (!selection) return '';
  const group =
    selection.targetGroup === ALL_GROUPS
      ? t('filters.allGroups')
      : (filters?.targetGroups.find((g) => g.code === selection.targetGroup)?.name ?? selection.targetGroup);
  const parts = [String(selection.year), group];
  if (withProvince) {
    parts.push(selection.province ? (filters?.provinces.find((p) => p.code === selection.province)?.name ?? selection.province) : t('filters.allProvinces'));
  }
  return parts.join(' · ');
}

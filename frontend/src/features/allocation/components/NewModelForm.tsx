import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../shared/api/problem';
import { AppLink } from '../../../shared/components/AppLink';
import { currentYear, paths } from '../../../shared/paths';
import { allocationKeys, createModel, useActiveTargetGroups, type ModelSummary, type NewModel } from '../api/allocation';

type Part = '' | 'H1' | 'H2';
type Field = 'name' | 'period' | 'targetGroups';

/** The period as the API writes it: "2026", "2026-H1" or "2026-H2". */
export const periodOf = (year: number, part: Part) => (part ? `${year}-${part}` : String(year));

const sameGroups = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** "Nieuw verdeelmodel": name, period (year and half) and the target groups it divides. */
export function NewModelForm({ region, models }: { region: string; models: ModelSummary[] }) {
  const { t } = useTranslation('allocation');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const groups = useActiveTargetGroups(region, true);
  const ids = { name: useId(), year: useId(), part: useId(), groups: useId() };
  const thisYear = currentYear();
  const years = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2, thisYear + 3];
  const [name, setName] = useState('');
  const [year, setYear] = useState(thisYear + 1);
  const [part, setPart] = useState<Part>('');
  const [selected, setSelected] = useState<string[]>([]);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [exists, setExists] = useState<ModelSummary | null | undefined>(undefined);
  const [failed, setFailed] = useState<string | null>(null);

  const create = useMutation({
    mutationFn: (body: NewModel) => createModel(region, body),
    onSuccess: (model) => {
      void queryClient.invalidateQueries({ queryKey: allocationKeys.models(region) });
      queryClient.setQueryData(allocationKeys.model(model.id), model);
      navigate(paths.allocationModel(model.id));
    },
    onError: (error, body) => {
      if (isApiError(error, 409) && error.problem.code === 'MODEL_EXISTS') {
        setExists(models.find((m) => m.period === body.period && sameGroups(m.targetGroups.map((g) => g.code), body.targetGroups)) ?? null);
      } else if (isApiError(error, 400) && error.problem.fields?.length) {
        const next: Partial<Record<Field, string>> = {};
        for (const field of error.problem.fields) {
          const key = (['name', 'period', 'targetGroups'] as const).find((f) => field.field.startsWith(f));
          if (key) next[key] = field.message;
        }
        setErrors(next);
        if (Object.keys(next).length === 0) setFailed(error.problem.detail ?? t('newModel.failed'));
      } else {
        setFailed(isApiError(error) ? (error.problem.detail ?? t('newModel.failed')) : t('newModel.failed'));
      }
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: Partial<Record<Field, string>> = {};
    if (!name.trim()) next.name = t('newModel.nameRequired');
    if (selected.length === 0) next.targetGroups = t('newModel.groupsRequired');
    setErrors(next);
    setExists(undefined);
    setFailed(null);
    if (Object.keys(next).length > 0) return;
    create.mutate({ name: name.trim(), period: periodOf(year, part), targetGroups: selected });
  };

  const toggle = (code: string, on: boolean) => setSelected((list) => (on ? [...list, code] : list.filter((c) => c !== code)));
  const errorId = (field: Field) => `${ids.name}-${field}-error`;
  const fieldError = (field: Field) =>
    errors[field] ? (
      <p className="utrecht-form-field-error-message" id={errorId(field)}>
        {errors[field]}
      </p>
    ) : null;

  return (
    <form onSubmit={onSubmit} noValidate className="tp-form" data-testid="new-model-form">
      <div className={`utrecht-form-field${errors.name ? ' utrecht-form-field--invalid' : ''}`}>
        <label htmlFor={ids.name} className="utrecht-form-label">
          {t('newModel.name')}
        </label>
        {fieldError('name')}
        <input
          id={ids.name}
          className="utrecht-textbox utrecht-textbox--html-input tp-input--wide"
          value={name}
          required
          aria-invalid={Boolean(errors.name) || undefined}
          aria-describedby={errors.name ? errorId('name') : undefined}
          placeholder={t('newModel.namePlaceholder', { year })}
          onChange={(event) => setName(event.target.value)}
        />
      </div>

      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset tp-fieldset" aria-describedby={errors.period ? errorId('period') : undefined}>
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('newModel.period')}</legend>
        {fieldError('period')}
        <div className="tp-inline-form">
          <div className="utrecht-form-field">
            <label htmlFor={ids.year} className="utrecht-form-label">
              {t('newModel.year')}
            </label>
            <select id={ids.year} className="utrecht-select utrecht-select--html-select" value={year} onChange={(e) => setYear(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <div className="utrecht-form-field">
            <label htmlFor={ids.part} className="utrecht-form-label">
              {t('newModel.part')}
            </label>
            <select id={ids.part} className="utrecht-select utrecht-select--html-select" value={part} onChange={(e) => setPart(e.target.value as Part)}>
              <option value="">{t('newModel.wholeYear')}</option>
              <option value="H1">{t('newModel.firstHalf')}</option>
              <option value="H2">{t('newModel.secondHalf')}</option>
            </select>
          </div>
        </div>
      </fieldset>

      <fieldset
        className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset tp-fieldset${errors.targetGroups ? ' utrecht-form-fieldset--invalid' : ''}`}
        aria-describedby={errors.targetGroups ? errorId('targetGroups') : `${ids.groups}-hint`}
        aria-invalid={Boolean(errors.targetGroups) || undefined}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('newModel.targetGroups')}</legend>
        <p className="utrecht-form-field-description tp-muted" id={`${ids.groups}-hint`}>
          {t('newModel.targetGroupsHint')}
        </p>
        {fieldError('targetGroups')}
        {groups.isPending ? (
          <Paragraph>{t('newModel.loadingGroups')}</Paragraph>
        ) : groups.isError ? (
          <Paragraph>{t('newModel.groupsUnavailable')}</Paragraph>
        ) : (
          <ul className="tp-checklist">
            {groups.data.map((group) => (
              <li key={group.code}>
                <label className="tp-check">
                  <input
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    name="targetGroups"
                    value={group.code}
                    checked={selected.includes(group.code)}
                    onChange={(event) => toggle(group.code, event.target.checked)}
                  />
                  {group.name}
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <div aria-live="polite">
        {exists !== undefined && (
          <Alert type="warning" data-testid="model-exists">
            <Paragraph>{t('newModel.exists')}</Paragraph>
            {exists && (
              <Paragraph>
                <AppLink to={paths.allocationModel(exists.id)}>{t('newModel.openExisting', { name: exists.name })}</AppLink>
              </Paragraph>
            )}
          </Alert>
        )}
        {failed && (
          <Alert type="error">
            <Paragraph>{failed}</Paragraph>
          </Alert>
        )}
      </div>
      <div>
        <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
          {create.isPending ? t('newModel.creating') : t('newModel.submit')}
        </Button>
      </div>
    </form>
  );
}

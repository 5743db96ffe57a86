import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../shared/api/problem';
import { Loading } from '../../../shared/components/Loading';
import { formatNumber } from '../../../shared/format/format';
import { keyed } from '../../../shared/list/keyed';
import { paths } from '../../../shared/paths';
import { allows } from '../../../shared/workflow/allowed';
import {
  adoptScenario,
  allocationKeys,
  putScenario,
  useInputs,
  type AllocationProblem,
  type Decision,
  type Model,
  type Scenario,
} from '../api/allocation';
import {
  boundsOf,
  buildPreviewRequest,
  criteriaOf,
  draagkrachtOf,
  draftFromScenario,
  resultFromPreview,
  usedIndicators,
  sameDraft,
  scenarioInput,
  type ScenarioDraft,
} from '../scenarioDraft';
import { usePreview } from '../usePreview';
import { TOTAL } from '../weights';
import { AdoptDialog } from './AdoptDialog';
import { BoundsEditor } from './BoundsEditor';
import { CriteriaEditor } from './CriteriaEditor';
import { DraagkrachtEditor } from './DraagkrachtEditor';
import { PreviewProblem } from './PreviewProblem';
import type { Baseline } from './ResultTable';
import { ResultFigures, ResultMain } from './ResultViews';
import { SaveConflictDialog } from './SaveConflictDialog';
import { ScenarioDraftOffer } from './ScenarioDraftOffer';
import { SettingsFields } from './SettingsFields';

interface Props {
  model: Model;
  scenario: Scenario;
  draft: ScenarioDraft;
  onDraftChange: (draft: ScenarioDraft) => void;
  baseline: Baseline | null;
}

/** Replaces one scenario of the cached model (after a save, or with the server's version after a conflict). */
export const withScenario = (model: Model, scenario: Scenario): Model => ({
  ...model,
  scenarios: model.scenarios.map((s) => (s.id === scenario.id ? scenario : s)),
});

/**
 * The programme manager's workspace for one concept scenario: the parameters on the left, the result
 * on the right, recomputed by the preview on every change; saving and adopting below the parameters.
 */
export function ScenarioEditor({ model, scenario, draft, onDraftChange, baseline }: Props) {
  const { t, i18n } = useTranslation('allocation');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const inputs = useInputs(model.id, draft.referenceDate);
  const [selected, setSelected] = useState<string | null>(null);
  const [saveProblem, setSaveProblem] = useState<AllocationProblem | null>(null);
  const [conflict, setConflict] = useState<Scenario | null>(null);
  const [saved, setSaved] = useState(false);
  const [adopting, setAdopting] = useState(false);

  const demandTotal = inputs.data?.demandTotal ?? model.demandTotal;
  const request = useMemo(() => (inputs.data ? buildPreviewRequest(inputs.data, draft) : null), [inputs.data, draft]);
  const preview = usePreview(request);
  const stored = useMemo(() => draftFromScenario(scenario), [scenario]);
  const dirty = !sameDraft(draft, stored);
  const names = useMemo(() => new Map((inputs.data?.units ?? []).map((u) => [u.id, u.name])), [inputs.data]);
  const missing = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const gap of inputs.data?.missing ?? []) map.set(gap.indicator, [...(map.get(gap.indicator) ?? []), names.get(gap.municipality) ?? gap.municipality]);
    return map;
  }, [inputs.data, names]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the result follows the preview's answer; recomputing on every draft edit would pair the previous answer with the new draft's indicators
  const result = useMemo(
    () => (preview.data && inputs.data ? resultFromPreview(preview.data.response, inputs.data, scenario, draft.referenceDate, usedIndicators(draft)) : null),
    [preview.data, inputs.data, scenario, draft.referenceDate],
  );

  const change = (part: Partial<ScenarioDraft>) => {
    setSaved(false);
    onDraftChange({ ...draft, ...part });
  };

  const storeModel = (next: Scenario) => {
    queryClient.setQueryData<Model>(allocationKeys.model(model.id), (old) => (old ? withScenario(old, next) : old));
    void queryClient.invalidateQueries({ queryKey: allocationKeys.result(next.id) });
    void queryClient.invalidateQueries({ queryKey: ['allocation', 'compare', model.id] });
  };

  const save = useMutation({
    mutationFn: (lockVersion: number) => putScenario(scenario.id, scenarioInput(draft, lockVersion)),
    onSuccess: (next) => {
      setConflict(null);
      setSaveProblem(null);
      setSaved(true);
      storeModel(next);
      onDraftChange(draftFromScenario(next));
    },
    onError: (error) => {
      const problem = isApiError(error) ? (error.problem as AllocationProblem) : null;
      if (problem?.code === 'VERSION_CONFLICT' && problem.current) setConflict(problem.current as Scenario);
      else setSaveProblem(problem ?? { status: 0, detail: t('editor.saveFailed') });
    },
  });

  const adopt = useMutation({
    mutationFn: (decision: Decision) => adoptScenario(scenario.id, scenario.lockVersion, decision),
    onSuccess: (adopted) => {
      queryClient.setQueryData(allocationKeys.model(model.id), adopted);
      void queryClient.invalidateQueries({ queryKey: allocationKeys.models(model.region.code) });
      navigate(paths.allocationResults(model.id));
    },
  });

  const views = result && {
    result,
    region: model.region.code,
    baseline,
    criteria: criteriaOf(draft),
    draagkracht: draagkrachtOf(draft),
    bounds: boundsOf(draft),
    selected,
    onSelect: setSelected,
  };
  const weightsOk = draft.criteria.reduce((s, c) => s + c.bp, 0) === TOTAL;
  const nameError = draft.name.trim() === '' ? t('editor.nameRequired') : undefined;
  const canSave = !save.isPending && dirty && !nameError && weightsOk;
  const status = (
    <span className="tp-muted tp-small" data-testid="preview-status">
      {preview.pending ? t('preview.computing') : preview.data ? t('preview.computedIn', { ms: formatNumber(preview.data.ms, i18n.language) }) : ''}
    </span>
  );

  return (
    <div className="tp-workspace" data-testid="scenario-editor">
      <div className="tp-workspace__form">
        <ScenarioDraftOffer scenario={scenario} unsaved={dirty ? draft : null} problem={saveProblem} inConflict={conflict !== null} onRestore={change} />
        <SaveBar
          dirty={dirty}
          saved={saved}
          canSave={canSave}
          saving={save.isPending}
          mayAdopt={allows(scenario, 'ADOPT')}
          problem={saveProblem}
          onSave={() => {
            setSaveProblem(null);
            save.mutate(scenario.lockVersion);
          }}
          onDiscard={() => onDraftChange(stored)}
          onAdopt={() => {
            adopt.reset();
            setAdopting(true);
          }}
        />
        <SettingsFields
          draft={draft}
          onChange={change}
          demandTotal={demandTotal}
          availableDates={inputs.data?.availableDates ?? [draft.referenceDate]}
          nameError={nameError}
        />
        <CriteriaEditor criteria={draft.criteria} onChange={(criteria) => change({ criteria })} missing={missing} />
        <DraagkrachtEditor value={draft.draagkracht} onChange={(draagkracht) => change({ draagkracht })} />
        {inputs.data && <BoundsEditor units={inputs.data.units} bounds={draft.bounds} onChange={(bounds) => change({ bounds })} />}

      </div>

      <div className="tp-workspace__result">
        {preview.error !== null && (
          <PreviewProblem error={preview.error} names={names} unitOrder={request?.units.map((u) => u.id) ?? []} />
        )}
        {inputs.isError ? (
          <Alert type="error">
            <Paragraph>{t('editor.inputsFailed')}</Paragraph>
          </Alert>
        ) : result ? (
          <div className={preview.error ? 'tp-stale' : undefined}>
            <ResultMain {...views!} status={status} names={names} />
          </div>
        ) : preview.error === null ? (
          <Loading />
        ) : null}
      </div>
      {result && !inputs.isError && (
        <div className={`tp-workspace__figures${preview.error ? ' tp-stale' : ''}`}>
          <ResultFigures {...views!} />
        </div>
      )}

      {conflict && (
        <SaveConflictDialog
          current={conflict}
          busy={save.isPending}
          onTakeTheirs={() => {
            storeModel(conflict);
            onDraftChange(draftFromScenario(conflict));
            setConflict(null);
          }}
          onKeepMine={() => save.mutate(conflict.lockVersion)}
        />
      )}
      {adopting && (
        <AdoptDialog
          scenario={scenario}
          busy={adopt.isPending}
          error={adopt.error}
          onConfirm={(decision) => adopt.mutate(decision)}
          onClose={() => setAdopting(false)}
        />
      )}
    </div>
  );
}

interface SaveBarProps {
  dirty: boolean;
  saved: boolean;
  canSave: boolean;
  saving: boolean;
  mayAdopt: boolean;
  problem: AllocationProblem | null;
  onSave: () => void;
  onDiscard: () => void;
  onAdopt: () => void;
}

/** Above the parameters: whether the draft is saved, and saving, discarding and adopting it. */
function SaveBar({ dirty, saved, canSave, saving, mayAdopt, problem, onSave, onDiscard, onAdopt }: SaveBarProps) {
  const { t } = useTranslation('allocation');
  return (
    <div className="tp-savebar" data-testid="savebar">
      <p className="tp-savebar__state" aria-live="polite" data-testid="save-state" data-dirty={dirty}>
        {dirty ? <strong>{t('editor.unsaved')}</strong> : saved ? t('editor.saved') : t('editor.upToDate')}
      </p>
      <ButtonGroup>
        {/* Not disabled when there is nothing to save: a disabled button would drop the keyboard focus. */}
        <Button
          appearance="primary-action-button"
          busy={saving}
          aria-disabled={!canSave || undefined}
          className={canSave ? undefined : 'utrecht-button--disabled'}
          onClick={() => {
            if (canSave) onSave();
          }}
        >
          {saving ? t('editor.saving') : t('editor.save')}
        </Button>
        {dirty && (
          <Button appearance="subtle-button" onClick={onDiscard}>
            {t('editor.discard')}
          </Button>
        )}
        {mayAdopt && (
          <Button
            appearance="secondary-action-button"
            disabled={dirty || saving}
            aria-describedby={dirty ? 'adopt-hint' : undefined}
            onClick={onAdopt}
          >
            {t('adopt.button')}
          </Button>
        )}
      </ButtonGroup>
      {dirty && mayAdopt && (
        <p id="adopt-hint" className="tp-small tp-muted">
          {t('adopt.saveFirst')}
        </p>
      )}
      {problem && <SaveProblem problem={problem} />}
    </div>
  );
}

function SaveProblem({ problem }: { problem: AllocationProblem }) {
  const { t } = useTranslation('allocation');
  const known = ['SCENARIO_LOCKED', 'NO_ADOPTED_DEMAND', 'MODEL_ADOPTED'] as const;
  const code = known.find((c) => c === problem.code);
  return (
    <Alert type="error" data-testid="save-problem" data-code={problem.code}>
      <Paragraph>{code ? t(`editor.problems.${code}`) : (problem.detail ?? t('editor.saveFailed'))}</Paragraph>
      {problem.fields && problem.fields.length > 0 && (
        <ul className="utrecht-unordered-list">
          {keyed(problem.fields, (field) => `${field.field}:${field.message}`).map(({ key, item: field }) => (
            <li key={key} className="utrecht-unordered-list__item">
              {field.message}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

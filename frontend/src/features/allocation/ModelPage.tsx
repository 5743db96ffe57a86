import { Alert, Button, ButtonGroup, DataList, DataListItem, DataListKey, DataListValue, Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../shared/api/problem';
import { LeaveGuard } from '../../shared/autosave/LeaveGuard';
import { AppLink } from '../../shared/components/AppLink';
import { Dialog } from '../../shared/components/Dialog';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { ExportButtons } from '../../shared/components/ExportButtons';
import { Loading } from '../../shared/components/Loading';
import { PageNotFound } from '../../shared/components/PageNotFound';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { formatDateTime, formatNumber } from '../../shared/format/format';
import { paths } from '../../shared/paths';
import { allows } from '../../shared/workflow/allowed';
import {
  allocationKeys,
  createScenario,
  deleteScenario,
  downloadPaths,
  useModel,
  useScenarioResult,
  type Model,
  type Scenario,
} from './api/allocation';
import { ComparePanel } from './components/ComparePanel';
import { ModelStatusBadge } from './components/ModelStatusBadge';
import type { Baseline } from './components/ResultTable';
import { ScenarioEditor } from './components/ScenarioEditor';
import { ScenarioResultView } from './components/ScenarioResultView';
import { ScenarioTabs } from './components/ScenarioTabs';
import { periodLabel } from './labels';
import { draftFromScenario, sameDraft, type ScenarioDraft } from './scenarioDraft';
import './allocation.css';

const PANEL_ID = 'scenario-panel';

/** /verdeling/modellen/:id: the programme manager's workspace; a read-only view of the adopted scenario for others. */
export function ModelPage() {
  const { id = '' } = useParams();
  return /^\d+$/.test(id) ? <ModelWorkspace id={Number(id)} /> : <PageNotFound />;
}

function ModelWorkspace({ id }: { id: number }) {
  const { t, i18n } = useTranslation('allocation');
  const model = useModel(id);
  const [search, setSearch] = useSearchParams();
  usePageTitle(model.data?.name);
  if (model.isPending) return <Loading />;
  if (model.isError) return <ErrorMessage error={model.error} />;

  const data = model.data;
  // The workspace (every scenario, comparison) is for whom the server allows COMPARE; everyone else
  // reads the adopted scenario's explanation.
  const reader = !data.scenarios.some((s) => allows(s, 'COMPARE'));
  const scenarioParam = Number(search.get('scenario')) || null;
  // Readers work with the results page; they come here only for the explanation.
  if (reader && data.status === 'ADOPTED' && scenarioParam === null) return <Navigate to={paths.allocationResults(data.id)} replace />;
  const scenarios = [...data.scenarios].sort((a, b) => a.versionNo - b.versionNo);
  const visible = reader ? scenarios.filter((s) => s.id === data.adoptedScenarioId) : scenarios;
  const selected =
    visible.find((s) => s.id === scenarioParam) ?? visible.find((s) => s.id === data.adoptedScenarioId) ?? visible[0] ?? null;
  const select = (scenarioId: number) =>
    setSearch(
      (params) => {
        params.set('scenario', String(scenarioId));
        params.delete('gemeente');
        return params;
      },
      { replace: true },
    );

  return (
    <div className="tp-allocation">
      <ModelHeader model={data} />
      {data.status === 'ADOPTED' && (
        <Alert type="ok" data-testid="adopted-banner">
          <Paragraph>
            {t('model.adoptedText', {
              date: data.adoptedAt ? formatDateTime(data.adoptedAt, i18n.language) : '–',
              actor: data.adoptedBy ?? '–',
            })}{' '}
            <AppLink to={paths.allocationResults(data.id)}>{t('model.toResults')}</AppLink>
          </Paragraph>
        </Alert>
      )}
      {selected === null ? (
        <Paragraph>{t('scenarios.none')}</Paragraph>
      ) : (
        <Scenarios model={data} scenarios={visible} selected={selected} onSelect={select} initialMunicipality={search.get('gemeente')} reader={reader} />
      )}
    </div>
  );
}

function ModelHeader({ model }: { model: Model }) {
  const { t, i18n } = useTranslation('allocation');
  return (
    <>
      <hgroup className="tp-hgroup">
        <PreHeading>
          <AppLink to={paths.allocationModels(model.region.code)}>{t('model.preHeading', { region: model.region.name })}</AppLink>
        </PreHeading>
        <Heading1>{model.name}</Heading1>
      </hgroup>
      <DataList className="tp-facts tp-facts--compact tp-facts--row" data-testid="model-facts">
        <DataListItem>
          <DataListKey>{t('models.period')}</DataListKey>
          <DataListValue>{periodLabel(model.period, t)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('models.targetGroups')}</DataListKey>
          <DataListValue>{model.targetGroups.map((g) => g.name).join(', ')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('models.status')}</DataListKey>
          <DataListValue>
            <span data-testid="model-status">
              <ModelStatusBadge status={model.status} />
            </span>
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('model.demandTotal')}</DataListKey>
          <DataListValue>{model.demandTotal === null ? t('model.noDemand') : formatNumber(model.demandTotal, i18n.language)}</DataListValue>
        </DataListItem>
      </DataList>
    </>
  );
}

interface ScenariosProps {
  model: Model;
  scenarios: Scenario[];
  selected: Scenario;
  onSelect: (id: number) => void;
  initialMunicipality: string | null;
  reader: boolean;
}

/** Tabs, the selected scenario (editor or read-only), comparison and exports. */
function Scenarios({ model, scenarios, selected, onSelect, initialMunicipality, reader }: ScenariosProps) {
  const { t } = useTranslation('allocation');
  const queryClient = useQueryClient();
  const editable = allows(selected, 'EDIT');
  // Unsaved drafts per scenario, so switching tabs loses nothing.
  const [drafts, setDrafts] = useState<Record<number, ScenarioDraft>>({});
  const [deleting, setDeleting] = useState(false);
  const draftOf = (scenario: Scenario) => drafts[scenario.id] ?? draftFromScenario(scenario);
  const dirty = useMemo(
    () => new Set(scenarios.filter((s) => drafts[s.id] && !sameDraft(drafts[s.id]!, draftFromScenario(s))).map((s) => s.id)),
    [drafts, scenarios],
  );

  const baselineScenario =
    scenarios.find((s) => s.id === model.adoptedScenarioId && s.id !== selected.id) ??
    (scenarios[0] && scenarios[0].id !== selected.id ? scenarios[0] : null);
  const baseline = useBaseline(reader ? null : baselineScenario);

  const create = useMutation({
    mutationFn: () => createScenario(model.id, t('scenarios.newName', { letter: nextLetter(scenarios) }), selected.id),
    onSuccess: (scenario) => {
      queryClient.setQueryData<Model>(allocationKeys.model(model.id), (old) => (old ? { ...old, scenarios: [...old.scenarios, scenario] } : old));
      // what the other scenarios allow (deleting all but the last) depends on how many there are
      void queryClient.invalidateQueries({ queryKey: allocationKeys.model(model.id) });
      onSelect(scenario.id);
      // the button was disabled while busy, which drops the focus: give it to the new scenario's tab
      requestAnimationFrame(() => document.getElementById(`scenario-tab-${scenario.id}`)?.focus());
    },
  });

  return (
    <>
      <LeaveGuard when={dirty.size > 0} />
      {!reader && (
        <div className="tp-scenario-bar">
          <ScenarioTabs scenarios={scenarios} selected={selected.id} onSelect={onSelect} adoptedId={model.adoptedScenarioId} dirty={dirty} panelId={PANEL_ID} />
          {allows(model, 'EDIT') && (
            <ButtonGroup className="tp-scenario-actions">
              <Button appearance="secondary-action-button" busy={create.isPending} disabled={create.isPending} onClick={() => create.mutate()} title={t('scenarios.newHint', { name: selected.name })}>
                {t('scenarios.new')}
              </Button>
              {allows(selected, 'DELETE') && (
                <Button appearance="subtle-button" onClick={() => setDeleting(true)}>
                  {t('scenarios.delete')}
                </Button>
              )}
            </ButtonGroup>
          )}
        </div>
      )}
      {create.isError && (
        <Alert type="error" role="alert">
          <Paragraph>
            {isApiError(create.error, 409) && create.error.problem.code === 'TOO_MANY_SCENARIOS' ? t('scenarios.tooMany') : t('scenarios.createFailed')}
          </Paragraph>
        </Alert>
      )}

      <section
        id={PANEL_ID}
        role={reader ? undefined : 'tabpanel'}
        aria-labelledby={reader ? undefined : `scenario-tab-${selected.id}`}
        aria-label={reader ? selected.name : undefined}
        className="tp-scenario-panel"
      >
        {editable ? (
          <ScenarioEditor
            key={selected.id}
            model={model}
            scenario={selected}
            draft={draftOf(selected)}
            onDraftChange={(draft) => setDrafts((all) => ({ ...all, [selected.id]: draft }))}
            baseline={baseline}
          />
        ) : (
          <ScenarioResultView key={selected.id} region={model.region.code} scenario={selected} baseline={baseline} initialSelected={initialMunicipality} />
        )}
        <Heading2>{t('exports.title')}</Heading2>
        {editable && dirty.has(selected.id) && <Paragraph className="tp-small tp-muted">{t('exports.storedOnly')}</Paragraph>}
        <ExportButtons
          label={t('exports.title')}
          path={(format) => downloadPaths.scenario(selected.id, format)}
          baseName={`verdeling-${model.id}-scenario-${selected.versionNo}`}
          buttonLabels={{ pdf: t('exports.pdf'), xlsx: t('exports.xlsx'), csv: t('exports.csv') }}
        />
      </section>

      {!reader && <ComparePanel model={model} />}

      {deleting && (
        <DeleteScenarioDialog
          model={model}
          scenario={selected}
          onClose={() => setDeleting(false)}
          onDeleted={() => {
            setDeleting(false);
            const next = scenarios.find((s) => s.id !== selected.id);
            if (next) onSelect(next.id);
          }}
        />
      )}
    </>
  );
}

/** The targets of the scenario to compare the shown one with (the adopted one, else the first). */
function useBaseline(scenario: Scenario | null): Baseline | null {
  const result = useScenarioResult(scenario?.id ?? null);
  return useMemo(
    () =>
      scenario && result.data
        ? { name: scenario.name, targets: new Map(result.data.rows.map((r) => [r.municipality.code, r.target])) }
        : null,
    [scenario, result.data],
  );
}

/** "B" after "Scenario A", and so on; the number of scenarios + 1 when the names are not letters. */
function nextLetter(scenarios: Scenario[]): string {
  const used = new Set(scenarios.map((s) => /^Scenario ([A-Z])$/.exec(s.name)?.[1]).filter(Boolean));
  for (let code = 65; code <= 90; code++) {
    const letter = String.fromCharCode(code);
    if (!used.has(letter)) return letter;
  }
  return String(scenarios.length + 1);
}

function DeleteScenarioDialog({ model, scenario, onClose, onDeleted }: { model: Model; scenario: Scenario; onClose: () => void; onDeleted: () => void }) {
  const { t } = useTranslation('allocation');
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => deleteScenario(scenario.id, scenario.lockVersion),
    onSuccess: () => {
      queryClient.setQueryData<Model>(allocationKeys.model(model.id), (old) =>
        old ? { ...old, scenarios: old.scenarios.filter((s) => s.id !== scenario.id) } : old,
      );
      void queryClient.invalidateQueries({ queryKey: allocationKeys.model(model.id) });
      onDeleted();
    },
  });
  return (
    <Dialog title={t('scenarios.deleteTitle', { name: scenario.name })} onClose={onClose}>
      <Paragraph>{t('scenarios.deleteText', { name: scenario.name })}</Paragraph>
      {remove.isError && (
        <Alert type="error" role="alert">
          <Paragraph>
            {isApiError(remove.error, 409) && remove.error.problem.code === 'VERSION_CONFLICT' ? t('scenarios.deleteConflict') : t('scenarios.deleteFailed')}
          </Paragraph>
        </Alert>
      )}
      <ButtonGroup className="tp-dialog__actions">
        <Button appearance="primary-action-button" busy={remove.isPending} disabled={remove.isPending} onClick={() => remove.mutate()}>
          {t('scenarios.deleteConfirm')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onClose}>
          {t('scenarios.cancel')}
        </Button>
      </ButtonGroup>
    </Dialog>
  );
}

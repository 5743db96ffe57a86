import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useMe } from '../../shared/auth/me';
import { isPartner } from '../../shared/auth/roles';
import { DraftOfferPanel } from '../../shared/autosave/DraftOfferPanel';
import { LeaveGuard } from '../../shared/autosave/LeaveGuard';
import { useLocalDraft } from '../../shared/autosave/useLocalDraft';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { PageNotFound } from '../../shared/components/PageNotFound';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { allows } from '../../shared/workflow/allowed';
import { useMandatoryCategories, useScheme, type Scheme } from './api/urgency';
import { CapacityPanel } from './components/CapacityPanel';
import { DeviationsPanel } from './components/DeviationsPanel';
import { SchemeDocument } from './components/SchemeDocument';
import { SchemeEditor } from './components/SchemeEditor';
import { SchemeHeader } from './components/SchemeHeader';
import { SchemeTabs, type Tab } from './components/SchemeTabs';
import { draftFromScheme, sameDraft, type SchemeDraft } from './schemeDraft';
import { useDraftConsistency } from './useDraftConsistency';
import './urgency.css';

const PANEL_ID = 'scheme-panel';

/** /urgentie/versies/:id: one version: the document, the editor, local deviations and the capacity check. */
export function SchemePage() {
  const { id = '' } = useParams();
  return /^\d+$/.test(id) ? <SchemeView key={id} id={Number(id)} /> : <PageNotFound />;
}

function SchemeView({ id }: { id: number }) {
  const scheme = useScheme(id);
  const mandatory = useMandatoryCategories();
  const { t } = useTranslation('urgency');
  usePageTitle(scheme.data ? t('scheme.pageTitle', { name: scheme.data.name, no: scheme.data.versionNo }) : undefined);
  if (scheme.isPending) return <Loading />;
  if (scheme.isError) return <ErrorMessage error={scheme.error} />;
  return <SchemeWorkspace scheme={scheme.data} mandatoryNames={new Map((mandatory.data ?? []).map((m) => [m.code, m.name]))} />;
}

function SchemeWorkspace({ scheme, mandatoryNames }: { scheme: Scheme; mandatoryNames: Map<string, string> }) {
  const [search, setSearch] = useSearchParams();
  const editable = allows(scheme, 'EDIT');
  const me = useMe();
  // the capacity check weighs each gemeente's demand: the server refuses it to partners (403)
  const checks = !me.data || !isPartner(me.data);
  const tabs: Tab[] = ['regeling', ...(editable ? (['bewerken'] as const) : []), 'afwijkingen', ...(checks ? (['toets'] as const) : [])];
  const asked = search.get('tab') as Tab | null;
  const tab: Tab = asked && tabs.includes(asked) ? asked : 'regeling';
  // the unsaved edits survive switching tabs; null while nothing was changed
  const [draft, setDraft] = useState<SchemeDraft | null>(null);
  const current = draft ?? draftFromScheme(scheme);
  const dirty = editable && draft !== null && !sameDraft(draft, draftFromScheme(scheme));
  const live = useDraftConsistency(scheme, dirty ? current : null);
  // the unsaved version is kept in this browser until the server has it (across tabs, reloads, leaving)
  const [refusal, setRefusal] = useState<string | null>(null);
  const local = useLocalDraft<SchemeDraft>({
    entity: `urgency-scheme:${scheme.id}`,
    unsaved: useMemo(() => (dirty ? draft : null), [dirty, draft]),
    baseVersion: scheme.lockVersion,
    error: refusal,
    enabled: editable,
  });

  const select = (next: Tab) =>
    setSearch(
      (params) => {
        if (next === 'regeling') params.delete('tab');
        else params.set('tab', next);
        return params;
      },
      { replace: true },
    );

  return (
    <div className="tp-urgency">
      <LeaveGuard when={dirty} />
      <SchemeHeader
        scheme={scheme}
        mandatoryNames={mandatoryNames}
        live={live}
        draftLabels={current.quotas.map((q) => q.label)}
        draftShareQuotas={current.quotas.filter((q) => q.kind !== 'PER_YEAR').length}
      />
      {local.offer && (
        <DraftOfferPanel
          offer={local.offer}
          onRestore={() => {
            const kept = local.restore();
            if (!kept) return;
            setDraft(kept);
            setRefusal(local.offer?.error ?? null);
            select('bewerken');
          }}
          onDiscard={local.discard}
        />
      )}
      <SchemeTabs tabs={tabs} selected={tab} onSelect={select} dirty={dirty} panelId={PANEL_ID} />
      <section id={PANEL_ID} role="tabpanel" aria-labelledby={`scheme-tab-${tab}`} className="tp-scheme-panel">
        {tab === 'regeling' && <SchemeDocument scheme={scheme} />}
        {tab === 'bewerken' && editable && (
          <SchemeEditor
            scheme={scheme}
            draft={current}
            dirty={dirty}
            onDraftChange={setDraft}
            onRefused={setRefusal}
            onAdopted={() => {
              setDraft(null);
              select('regeling');
            }}
          />
        )}
        {tab === 'afwijkingen' && <DeviationsPanel scheme={scheme} />}
        {tab === 'toets' && <CapacityPanel scheme={scheme} />}
      </section>
    </div>
  );
}

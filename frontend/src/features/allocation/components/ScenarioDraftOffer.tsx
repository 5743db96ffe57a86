import { useTranslation } from 'react-i18next';
import { DraftOfferPanel } from '../../../shared/autosave/DraftOfferPanel';
import { useLocalDraft } from '../../../shared/autosave/useLocalDraft';
import type { AllocationProblem, Scenario } from '../api/allocation';
import type { ScenarioDraft } from '../scenarioDraft';

interface Props {
  scenario: Scenario;
  /** the parameters while they differ from the stored scenario; null when saved */
  unsaved: ScenarioDraft | null;
  problem: AllocationProblem | null;
  inConflict: boolean;
  onRestore: (draft: ScenarioDraft) => void;
}

/**
 * Keeps the scenario's unsaved parameters in this browser until the server has them (with why it
 * refused them), and offers a draft found when the scenario opens back to the writer.
 */
export function ScenarioDraftOffer({ scenario, unsaved, problem, inConflict, onRestore }: Props) {
  const { t } = useTranslation('allocation');
  const refusal = problem ? problemText(problem, t('editor.saveFailed')) : inConflict ? t('editor.saveFailed') : null;
  const local = useLocalDraft<ScenarioDraft>({ entity: `scenario:${scenario.id}`, unsaved, baseVersion: scenario.lockVersion, error: refusal });
  if (!local.offer) return null;
  return (
    <DraftOfferPanel
      offer={local.offer}
      onRestore={() => {
        const kept = local.restore();
        if (kept) onRestore(kept);
      }}
      onDiscard={local.discard}
    />
  );
}

/** A refused save in words: the field messages, else the detail. */
function problemText(problem: AllocationProblem, fallback: string): string {
  return problem.fields?.length ? problem.fields.map((f) => f.message).join(' ') : (problem.detail ?? fallback);
}

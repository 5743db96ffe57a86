import { Alert, Button, ButtonGroup, FormFieldTextarea, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/problem';
import {
  demandKeys,
  runWorkflowAction,
  updateCachedAnalysis,
  workflowActions,
  type Analysis,
  type WorkflowAction,
} from '../api/demand';
import { Dialog } from '../../../shared/components/Dialog';
import { ConfirmStepDialog } from './ConfirmStepDialog';

interface Props {
  analysis: Analysis;
  /** Runs before an action; false stops it (e.g. cells that could not be saved). */
  beforeAction: (action: WorkflowAction) => Promise<boolean>;
  /** After success, with the analysis the server answered (a new version for REOPEN). */
  onDone: (action: WorkflowAction, result: Analysis) => void;
}

/** Indienen, Terugsturen (with a reason), Vaststellen, Heropenen: whatever `allowedActions` offers this caller now. */
export function WorkflowActions({ analysis, beforeAction, onDone }: Props) {
  const { t } = useTranslation('demand');
  const queryClient = useQueryClient();
  const [returning, setReturning] = useState(false);
  // Indienen and Vaststellen cannot be undone by the one who takes them: they are confirmed with a summary first
  const [confirming, setConfirming] = useState<'SUBMIT' | 'ADOPT' | null>(null);
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  // The button just used may be gone after the step (Indienen is not offered once submitted): focus then
  // goes to the message that says what happened, not to the page body. A frame later, so a closing
  // dialog has given focus back first.
  useEffect(() => {
    if (!message) return;
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement as HTMLElement | null;
      const lost = !active || active === document.body || active.id === 'main' || (active as HTMLButtonElement).disabled;
      if (lost) messageRef.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [message]);

  const mutation = useMutation({
    mutationFn: ({ action, reason }: { action: WorkflowAction; reason?: string }) =>
      runWorkflowAction(analysis.id, action, analysis.lockVersion, reason),
    onSuccess: (result, { action }) => {
      updateCachedAnalysis(queryClient, result.id, () => result);
      // Every action leaves the answer as the municipality's current version (REOPEN: the new one).
      if (result.municipality) queryClient.setQueryData(demandKeys.municipality(result.municipality.code, result.year), result);
      void queryClient.invalidateQueries({ queryKey: demandKeys.all });
      setReturning(false);
      setConfirming(null);
      setMessage({ type: 'ok', text: t(`workflow.done.${action}`) });
      onDone(action, result);
    },
    onError: (error) => {
      setReturning(false);
      setConfirming(null);
      const code = isApiError(error) ? error.problem.code : undefined;
      if (code === 'VERSION_CONFLICT' || code === 'DEMAND_INVALID_TRANSITION') {
        void queryClient.invalidateQueries({ queryKey: demandKeys.all });
        setMessage({ type: 'error', text: t(code === 'VERSION_CONFLICT' ? 'workflow.versionConflict' : 'workflow.invalidTransition') });
      } else {
        setMessage({ type: 'error', text: (isApiError(error, 400, 409) && error.problem.detail) || t('workflow.failed') });
      }
    },
  });

  const start = async (action: WorkflowAction) => {
    setMessage(null);
    if (!(await beforeAction(action))) return;
    if (action === 'RETURN') setReturning(true);
    else if (action === 'SUBMIT' || action === 'ADOPT') setConfirming(action);
    else mutation.mutate({ action });
  };

  const actions = workflowActions.filter((action) => analysis.allowedActions.includes(action));
  if (actions.length === 0 && !message) return null;

  return (
    <div className="tp-workflow" data-testid="workflow">
      {actions.length > 0 && (
        <ButtonGroup aria-label={t('workflow.label')} role="group">
          {actions.map((action) => (
            <Button
              key={action}
              appearance={action === 'RETURN' || action === 'REOPEN' ? 'secondary-action-button' : 'primary-action-button'}
              busy={mutation.isPending && mutation.variables?.action === action}
              disabled={mutation.isPending}
              onClick={() => void start(action)}
              data-action={action}
            >
              {t(`workflow.${action}`)}
            </Button>
          ))}
        </ButtonGroup>
      )}
      {message && (
        <div ref={messageRef} tabIndex={-1} className="tp-focus-target">
          <Alert type={message.type === 'ok' ? 'ok' : 'error'} role={message.type === 'ok' ? 'status' : 'alert'} data-testid="workflow-message">
            <Paragraph>{message.text}</Paragraph>
          </Alert>
        </div>
      )}
      {confirming && (
        <ConfirmStepDialog
          analysis={analysis}
          action={confirming}
          busy={mutation.isPending}
          onCancel={() => setConfirming(null)}
          onConfirm={() => mutation.mutate({ action: confirming })}
        />
      )}
      {returning && (
        <ReturnDialog
          busy={mutation.isPending}
          onCancel={() => setReturning(false)}
          onConfirm={(reason) => mutation.mutate({ action: 'RETURN', reason })}
        />
      )}
    </div>
  );
}

function ReturnDialog({ busy, onCancel, onConfirm }: { busy: boolean; onCancel: () => void; onConfirm: (reason: string) => void }) {
  const { t } = useTranslation('demand');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setError(t('workflow.reasonRequired'));
      event.currentTarget.querySelector('textarea')?.focus();
      return;
    }
    onConfirm(reason.trim());
  };
  return (
    <Dialog title={t('workflow.returnTitle')} onClose={onCancel}>
      <form onSubmit={onSubmit} noValidate className="tp-dialog__form">
        <Paragraph>{t('workflow.returnText')}</Paragraph>
        <FormFieldTextarea
          label={t('workflow.reason')}
          name="reason"
          rows={4}
          required
          value={reason}
          invalid={Boolean(error)}
          errorMessage={error}
          onChange={(event) => setReason(event.target.value)}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {t('workflow.confirmReturn')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('workflow.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </Dialog>
  );
}

import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/problem';
import { Dialog } from '../../../shared/components/Dialog';
import type { Scenario } from '../api/allocation';

interface Props {
  scenario: Scenario;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** "Vaststellen" asks once more, and says plainly that it freezes the scenario and the model. */
export function AdoptDialog({ scenario, busy, error, onConfirm, onClose }: Props) {
  const { t } = useTranslation('allocation');
  const problem = isApiError(error) ? error.problem : null;
  const known = ['ALLOCATION_INFEASIBLE', 'MODEL_ADOPTED', 'VERSION_CONFLICT'] as const;
  const code = known.find((c) => c === problem?.code);
  return (
    <Dialog title={t('adopt.title', { name: scenario.name })} onClose={onClose}>
      <Paragraph>{t('adopt.text', { name: scenario.name, no: scenario.versionNo })}</Paragraph>
      <Paragraph>
        <strong>{t('adopt.freezes')}</strong>
      </Paragraph>
      <div aria-live="assertive">
        {error !== null && error !== undefined && (
          <Alert type="error" data-testid="adopt-problem">
            <Paragraph>{code ? t(`adopt.problems.${code}`) : (problem?.detail ?? t('adopt.failed'))}</Paragraph>
            {code === 'ALLOCATION_INFEASIBLE' && problem?.detail && <Paragraph className="tp-small">{problem.detail}</Paragraph>}
          </Alert>
        )}
      </div>
      <ButtonGroup className="tp-dialog__actions">
        <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={onConfirm}>
          {busy ? t('adopt.adopting') : t('adopt.confirm')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onClose} disabled={busy}>
          {t('adopt.cancel')}
        </Button>
      </ButtonGroup>
    </Dialog>
  );
}

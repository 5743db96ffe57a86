import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../shared/components/Dialog';
import { formatDateTime } from '../../../shared/format/format';
import type { Scenario } from '../api/allocation';

interface Props {
  /** the scenario as stored now, from the 409 VERSION_CONFLICT answer */
  current: Scenario;
  busy: boolean;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}

/**
 * Someone saved the scenario after it was opened here (409 VERSION_CONFLICT): say who and when, and let
 * the user load that version (losing their changes) or save theirs over it. Nothing is lost unnoticed.
 */
export function SaveConflictDialog({ current, busy, onTakeTheirs, onKeepMine }: Props) {
  const { t, i18n } = useTranslation('allocation');
  return (
    // Escape does not close it: one of the two versions has to be chosen.
    <Dialog title={t('conflict.title')} onClose={() => undefined}>
      <Paragraph data-testid="conflict-text">
        {current.updatedAt
          ? t('conflict.textBy', { actor: current.updatedBy ?? '–', date: formatDateTime(current.updatedAt, i18n.language) })
          : t('conflict.text')}
      </Paragraph>
      <Paragraph>{t('conflict.choose')}</Paragraph>
      <ButtonGroup className="tp-dialog__actions">
        <Button appearance="primary-action-button" onClick={onTakeTheirs} disabled={busy}>
          {t('conflict.reload')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onKeepMine} busy={busy} disabled={busy}>
          {t('conflict.keepMine')}
        </Button>
      </ButtonGroup>
    </Dialog>
  );
}

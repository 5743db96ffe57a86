import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../shared/components/Dialog';
import { Loading } from '../../../shared/components/Loading';
import { keyed } from '../../../shared/list/keyed';
import { demandKeys, getSubmitSummary, type Analysis } from '../api/demand';

interface Props {
  analysis: Analysis;
  action: 'SUBMIT' | 'ADOPT';
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The last look before an irreversible step. Indienen shows the server's summary of the stored analysis: how many
 * cells are filled, and every warning (those of the grid and the plausibility checks across a row), listed and never
 * blocking. Vaststellen says what becomes frozen.
 */
export function ConfirmStepDialog({ analysis, action, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation('demand');
  const name = analysis.municipality?.name ?? analysis.region.name;
  return (
    <Dialog title={t(`workflow.confirm.${action}.title`)} onClose={onCancel}>
      {action === 'SUBMIT' ? (
        <SubmitSummary analysis={analysis} />
      ) : (
        <Paragraph data-testid="step-summary">
          <strong>{t('workflow.confirm.ADOPT.frozen', { no: analysis.versionNo, name, year: analysis.year })}</strong>
        </Paragraph>
      )}
      <Paragraph>{t(`workflow.confirm.${action}.text`)}</Paragraph>
      <ButtonGroup className="tp-dialog__actions">
        <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={onConfirm}>
          {t(`workflow.${action}`)}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel} disabled={busy}>
          {t('workflow.cancel')}
        </Button>
      </ButtonGroup>
    </Dialog>
  );
}

function SubmitSummary({ analysis }: { analysis: Analysis }) {
  const { t } = useTranslation('demand');
  const summary = useQuery({
    queryKey: [...demandKeys.all, 'submit-summary', analysis.id, analysis.lockVersion],
    queryFn: () => getSubmitSummary(analysis.id),
    staleTime: 0,
  });
  if (summary.isPending) return <Loading />;
  // without the summary the step is still possible: the figures themselves are on the page
  if (summary.isError) {
    return (
      <Alert type="warning">
        <Paragraph>{t('workflow.confirm.SUBMIT.noSummary')}</Paragraph>
      </Alert>
    );
  }
  const { cells, filled, warnings } = summary.data;
  return (
    <div data-testid="step-summary">
      <Paragraph>
        <strong>
          {t('workflow.confirm.SUBMIT.filled', { filled, cells })}
          {warnings.length > 0 ? `, ${t('workflow.confirm.SUBMIT.warnings', { count: warnings.length })}:` : `. ${t('workflow.confirm.SUBMIT.noWarnings')}`}
        </strong>
      </Paragraph>
      {warnings.length > 0 && (
        <>
          <ul className="tp-warning-list" data-testid="submit-warnings">
            {keyed(warnings, (w) => `${w.targetGroup.code}/${w.housingForm.code}/${w.measure}/${w.code}`).map(({ key, item: w }) => (
              <li key={key}>
                {t('workflow.confirm.SUBMIT.warning', {
                  group: w.targetGroup.name,
                  form: w.housingForm.name,
                  measure: t(`measuresShort.${w.measure}`),
                  message: w.message,
                })}
              </li>
            ))}
          </ul>
          <Paragraph>{t('workflow.confirm.SUBMIT.notBlocking')}</Paragraph>
        </>
      )}
    </div>
  );
}

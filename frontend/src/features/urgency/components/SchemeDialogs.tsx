import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../shared/api/problem';
import { Dialog } from '../../../shared/components/Dialog';
import { formatDate } from '../../../shared/format/format';
import { paths } from '../../../shared/paths';
import { deleteScheme, urgencyKeys, type Scheme, type UrgencyProblem } from '../api/urgency';
import { ClashList } from './SchemeHeader';

interface AdoptProps {
  scheme: Scheme;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * "Vaststellen" asks once more and says what it does: the version is frozen and applies for its
 * validity. An adopted version that overlaps (409 SCHEME_OVERLAP) is named in the server's words.
 */
export function AdoptDialog({ scheme, busy, error, onConfirm, onClose }: AdoptProps) {
  const { t, i18n } = useTranslation('urgency');
  const problem = isApiError(error) ? (error.problem as UrgencyProblem) : null;
  const missing = scheme.warnings.filter((w) => w.code === 'MISSING_MANDATORY_CATEGORY').length;
  return (
    <Dialog title={t('adopt.title', { no: scheme.versionNo })} onClose={onClose}>
      <Paragraph>
        {t('adopt.text', { name: scheme.name, from: formatDate(scheme.validFrom, i18n.language), to: formatDate(scheme.validTo, i18n.language) })}
      </Paragraph>
      <Paragraph>
        <strong>{t('adopt.freezes')}</strong>
      </Paragraph>
      {missing > 0 && <Paragraph data-testid="adopt-missing">{t('adopt.missing', { count: missing })}</Paragraph>}
      <div aria-live="assertive">
        {error !== null && error !== undefined && (
          <Alert type="error" data-testid="adopt-problem" data-code={problem?.code}>
            {problem?.code === 'SCHEME_OVERLAP' ? (
              <>
                <Paragraph>
                  <strong>{t('adopt.problems.SCHEME_OVERLAP')}</strong>
                </Paragraph>
                {problem.detail && <Paragraph data-testid="adopt-overlap">{problem.detail}</Paragraph>}
              </>
            ) : problem?.code === 'QUOTAS_INCONSISTENT' || problem?.code === 'QUOTA_SETS_OVERLAP' ? (
              <>
                <Paragraph>{t('adopt.problems.QUOTAS_INCONSISTENT')}</Paragraph>
                <ClashList clashes={problem.errors ?? []} labels={scheme.quotas.map((q) => q.label)} />
              </>
            ) : (
              <Paragraph>
                {problem?.code === 'VERSION_CONFLICT'
                  ? t('adopt.problems.VERSION_CONFLICT')
                  : problem?.code === 'SCHEME_LOCKED'
                    ? t('adopt.problems.SCHEME_LOCKED')
                    : (problem?.detail ?? t('adopt.failed'))}
              </Paragraph>
            )}
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

/** Deleting a concept version, after confirmation; back to the list of versions. */
export function DeleteDialog({ scheme, onClose }: { scheme: Scheme; onClose: () => void }) {
  const { t } = useTranslation('urgency');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation({
    mutationFn: () => deleteScheme(scheme.id, scheme.lockVersion),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: urgencyKeys.schemes(scheme.region.code) });
      navigate(paths.urgencySchemes(scheme.region.code), { replace: true });
      queryClient.removeQueries({ queryKey: urgencyKeys.scheme(scheme.id) });
    },
  });
  return (
    <Dialog title={t('delete.title', { no: scheme.versionNo })} onClose={onClose}>
      <Paragraph>{t('delete.text', { name: scheme.name, no: scheme.versionNo })}</Paragraph>
      {remove.isError && (
        <Alert type="error" role="alert">
          <Paragraph>
            {isApiError(remove.error, 409) && remove.error.problem.code === 'VERSION_CONFLICT' ? t('delete.conflict') : t('delete.failed')}
          </Paragraph>
        </Alert>
      )}
      <ButtonGroup className="tp-dialog__actions">
        <Button appearance="primary-action-button" busy={remove.isPending} disabled={remove.isPending} onClick={() => remove.mutate()}>
          {t('delete.confirm')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onClose}>
          {t('delete.cancel')}
        </Button>
      </ButtonGroup>
    </Dialog>
  );
}

interface ConflictProps {
  busy: boolean;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}

/**
 * Someone saved the version after it was opened here (409 VERSION_CONFLICT): load the stored version
 * (losing the changes made here) or save these over it. Nothing is lost unnoticed.
 */
export function SaveConflictDialog({ busy, onTakeTheirs, onKeepMine }: ConflictProps) {
  const { t } = useTranslation('urgency');
  return (
    // Escape does not close it: one of the two versions has to be chosen.
    <Dialog title={t('conflict.title')} onClose={() => undefined}>
      <Paragraph data-testid="conflict-text">{t('conflict.text')}</Paragraph>
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

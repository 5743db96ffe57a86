import { Alert, Button, ButtonGroup, Heading2, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/problem';
import { useMe } from '../../../shared/auth/me';
import { formatDateTime } from '../../../shared/format/format';
import {
  decideDeviation,
  proposeDeviation,
  urgencyKeys,
  type Deviation,
  type DeviationAction,
  type DeviationProposal,
  type Quota,
  type Scheme,
} from '../api/urgency';
import { percentLabel } from '../labels';
import { percentToFactor } from '../shares';
import { Field } from '../../../shared/components/Field';
import { allows, allowsAny } from '../../../shared/workflow/allowed';

const statusLooks = { PROPOSED: 'warning', ACCEPTED: 'success', REJECTED: 'danger' } as const;

/** Local deviations: the list with their status; a gemeente proposes one, the programme manager decides. */
export function DeviationsPanel({ scheme }: { scheme: Scheme }) {
  const { t } = useTranslation('urgency');
  const canPropose = allows(scheme, 'PROPOSE_DEVIATION');
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <div className="tp-deviations" data-testid="deviations">
      <Heading2>{t('deviations.title')}</Heading2>
      <Paragraph className="tp-muted">{t('deviations.intro')}</Paragraph>
      {scheme.status !== 'CONCEPT' && <Paragraph className="tp-small">{t('deviations.adoptedNote')}</Paragraph>}
      <div aria-live="polite">
        {notice && (
          <Alert type="ok" data-testid="deviation-notice">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        )}
      </div>
      {scheme.deviations.length === 0 ? (
        <Paragraph data-testid="deviations-empty">{t('deviations.none')}</Paragraph>
      ) : (
        <DeviationsTable scheme={scheme} onDecided={setNotice} />
      )}
      {canPropose && scheme.quotas.some((q) => q.id !== null) && <ProposeForm scheme={scheme} onProposed={setNotice} />}
      {canPropose && !scheme.quotas.some((q) => q.id !== null) && <Paragraph>{t('deviations.noQuotas')}</Paragraph>}
    </div>
  );
}

const quotaValueText = (d: { share: string | null; perYear: number | null }, t: ReturnType<typeof useTranslation<'urgency'>>['t'], language: string) =>
  d.share !== null ? percentLabel(d.share, language) : t('deviations.perYearValue', { count: d.perYear ?? 0 });

function DeviationsTable({ scheme, onDecided }: { scheme: Scheme; onDecided: (notice: string) => void }) {
  const { t, i18n } = useTranslation('urgency');
  const language = i18n.language;
  const queryClient = useQueryClient();
  const decide = useMutation({
    mutationFn: ({ deviation, action }: { deviation: Deviation; action: DeviationAction }) => decideDeviation(deviation.id, action),
    onSuccess: (decided, { action }) => {
      queryClient.setQueryData<Scheme>(urgencyKeys.scheme(scheme.id), (old) =>
        old ? { ...old, deviations: old.deviations.map((d) => (d.id === decided.id ? decided : d)) } : old,
      );
      void queryClient.invalidateQueries({ queryKey: urgencyKeys.scheme(scheme.id) });
      void queryClient.invalidateQueries({ queryKey: urgencyKeys.capacityOf(scheme.id) });
      onDecided(t(action === 'ACCEPT' ? 'deviations.accepted' : 'deviations.rejected', { municipality: decided.municipality.name }));
    },
  });
  // the decision column only for someone who can decide something
  const deciding = scheme.deviations.some((d) => allowsAny(d));
  return (
    <>
      {decide.isError && (
        <Alert type="error" role="alert">
          <Paragraph>
            {isApiError(decide.error, 409) ? (decide.error.problem.detail ?? t('deviations.decideFailed')) : t('deviations.decideFailed')}
          </Paragraph>
        </Alert>
      )}
      <div className="tp-table-scroll">
        <table className="utrecht-table tp-table" data-testid="deviations-table">
          <caption className="tp-caption">{t('deviations.caption')}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">{t('deviations.municipality')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('deviations.quota')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('deviations.regional')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('deviations.proposed')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('deviations.reason')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('deviations.status')}</th>
              {deciding && <th scope="col" className="utrecht-table__header-cell">{t('deviations.actions')}</th>}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {scheme.deviations.map((deviation) => {
              const quota = scheme.quotas.find((q) => q.id === deviation.quotaId);
              return (
                <tr key={deviation.id} className="utrecht-table__row" data-deviation={deviation.id} data-status={deviation.status}>
                  <th scope="row" className="utrecht-table__header-cell tp-nowrap">{deviation.municipality.name}</th>
                  <td className="utrecht-table__cell">{deviation.quotaLabel}</td>
                  <td className="utrecht-table__cell tp-number">{quota ? quotaValueText(quota, t, language) : '–'}</td>
                  <td className="utrecht-table__cell tp-number">
                    <strong>{quotaValueText(deviation, t, language)}</strong>
                  </td>
                  <td className="utrecht-table__cell tp-prewrap">{deviation.reason}</td>
                  <td className="utrecht-table__cell">
                    <span className="tp-status">
                      <StatusBadge status={statusLooks[deviation.status]} className="tp-badge" data-status={deviation.status}>
                        {t(`deviations.statuses.${deviation.status}`)}
                      </StatusBadge>
                    </span>
                    <span className="tp-muted tp-block tp-small">
                      {t('deviations.proposedByAt', { actor: deviation.proposedBy, date: formatDateTime(deviation.proposedAt, language) })}
                    </span>
                    {deviation.decidedAt && (
                      <span className="tp-muted tp-block tp-small">
                        {t('deviations.decidedByAt', { actor: deviation.decidedBy ?? '–', date: formatDateTime(deviation.decidedAt, language) })}
                      </span>
                    )}
                  </td>
                  {deciding && (
                    <td className="utrecht-table__cell">
                      {allowsAny(deviation) && (
                        <ButtonGroup>
                          {allows(deviation, 'ACCEPT') && (
                            <Button
                              appearance="secondary-action-button"
                              disabled={decide.isPending}
                              aria-label={t('deviations.acceptOf', { municipality: deviation.municipality.name, quota: deviation.quotaLabel })}
                              onClick={() => decide.mutate({ deviation, action: 'ACCEPT' })}
                            >
                              {t('deviations.accept')}
                            </Button>
                          )}
                          {allows(deviation, 'REJECT') && (
                            <Button
                              appearance="subtle-button"
                              disabled={decide.isPending}
                              aria-label={t('deviations.rejectOf', { municipality: deviation.municipality.name, quota: deviation.quotaLabel })}
                              onClick={() => decide.mutate({ deviation, action: 'REJECT' })}
                            >
                              {t('deviations.reject')}
                            </Button>
                          )}
                        </ButtonGroup>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

type ProposalField = 'quotaId' | 'share' | 'perYear' | 'reason';

/** A gemeente proposes a local value for one quota, with its reason. */
function ProposeForm({ scheme, onProposed }: { scheme: Scheme; onProposed: (notice: string) => void }) {
  const { t, i18n } = useTranslation('urgency');
  const queryClient = useQueryClient();
  const me = useMe();
  const id = useId();
  const quotas = scheme.quotas.filter((q): q is Quota & { id: number } => q.id !== null);
  const [quotaId, setQuotaId] = useState(quotas[0]?.id ?? 0);
  const [percent, setPercent] = useState('');
  const [perYear, setPerYear] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<ProposalField, string>>>({});
  const [failed, setFailed] = useState<string | null>(null);
  const quota = quotas.find((q) => q.id === quotaId) ?? quotas[0];
  const isShare = quota?.share !== null;

  const propose = useMutation({
    mutationFn: (body: DeviationProposal) => proposeDeviation(scheme.id, body),
    onSuccess: (deviation) => {
      queryClient.setQueryData<Scheme>(urgencyKeys.scheme(scheme.id), (old) => (old ? { ...old, deviations: [...old.deviations, deviation] } : old));
      void queryClient.invalidateQueries({ queryKey: urgencyKeys.scheme(scheme.id) });
      setPercent('');
      setPerYear('');
      setReason('');
      setErrors({});
      onProposed(t('deviations.proposedNotice', { quota: deviation.quotaLabel }));
    },
    onError: (error) => {
      if (isApiError(error, 400) && error.problem.fields?.length) {
        const found: Partial<Record<ProposalField, string>> = {};
        for (const field of error.problem.fields) {
          if (field.field === 'quotaId' || field.field === 'share' || field.field === 'perYear' || field.field === 'reason') found[field.field] = field.message;
        }
        setErrors(found);
        if (Object.keys(found).length === 0) setFailed(error.problem.detail ?? t('deviations.proposeFailed'));
      } else {
        setFailed(isApiError(error) ? (error.problem.detail ?? t('deviations.proposeFailed')) : t('deviations.proposeFailed'));
      }
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!quota) return;
    const found: Partial<Record<ProposalField, string>> = {};
    const share = isShare ? percentToFactor(percent) : null;
    if (isShare && (share === null || Number(share) > 1)) found.share = t('deviations.percentInvalid');
    if (!isShare && !/^\s*\d+\s*$/.test(perYear)) found.perYear = t('deviations.perYearInvalid');
    if (!reason.trim()) found.reason = t('deviations.reasonRequired');
    setErrors(found);
    setFailed(null);
    if (Object.keys(found).length > 0) return;
    propose.mutate({ quotaId: quota.id, share: isShare ? share : null, perYear: isShare ? null : Number(perYear), reason: reason.trim() });
  };

  const municipality = me.data?.municipality?.name ?? '';
  return (
    <section aria-labelledby={`${id}-title`} className="tp-propose">
      <Heading2 id={`${id}-title`}>{t('deviations.proposeTitle', { municipality })}</Heading2>
      <form className="tp-form" onSubmit={onSubmit} noValidate data-testid="propose-deviation">
        <Field id={`${id}-quota`} label={t('deviations.quota')} error={errors.quotaId}>
          {(props) => (
            <select {...props} className="utrecht-select utrecht-select--html-select" value={quota?.id ?? ''} onChange={(e) => setQuotaId(Number(e.target.value))}>
              {quotas.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.label} ({quotaValueText(q, t, i18n.language)})
                </option>
              ))}
            </select>
          )}
        </Field>
        {isShare ? (
          <Field id={`${id}-share`} label={t('deviations.newShare')} error={errors.share} hint={quota ? t('deviations.regionalHint', { value: quotaValueText(quota, t, i18n.language) }) : undefined}>
            {(props) => (
              <span className="tp-with-unit">
                <input {...props} type="text" inputMode="decimal" className="utrecht-textbox utrecht-textbox--html-input tp-input--percent" value={percent} onChange={(e) => setPercent(e.target.value)} />
                <span aria-hidden="true">%</span>
              </span>
            )}
          </Field>
        ) : (
          <Field id={`${id}-per-year`} label={t('deviations.newPerYear')} error={errors.perYear} hint={quota ? t('deviations.regionalHint', { value: quotaValueText(quota, t, i18n.language) }) : undefined}>
            {(props) => (
              <input {...props} type="number" min={0} inputMode="numeric" className="utrecht-textbox utrecht-textbox--html-input tp-input--count" value={perYear} onChange={(e) => setPerYear(e.target.value)} />
            )}
          </Field>
        )}
        <Field id={`${id}-reason`} label={t('deviations.reason')} error={errors.reason}>
          {(props) => <textarea {...props} rows={3} className="utrecht-textarea utrecht-textarea--html-textarea" value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        {failed && (
          <Alert type="error" role="alert">
            <Paragraph>{failed}</Paragraph>
          </Alert>
        )}
        <div>
          <Button type="submit" appearance="primary-action-button" busy={propose.isPending} disabled={propose.isPending}>
            {t('deviations.propose')}
          </Button>
        </div>
      </form>
    </section>
  );
}

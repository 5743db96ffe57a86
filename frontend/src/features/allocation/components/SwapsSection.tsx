import { Alert, Button, ButtonGroup, Heading2, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/problem';
import { Dialog } from '../../../shared/components/Dialog';
import { formatDateTime, formatNumber } from '../../../shared/format/format';
import { allows } from '../../../shared/workflow/allowed';
import { allocationKeys, decideSwap, proposeSwap, type Results, type Swap, type SwapAction, type SwapStatus } from '../api/allocation';
import { parseWhole } from '../scenarioDraft';

const statusAppearance: Record<SwapStatus, string> = { PROPOSED: 'warning', CONFIRMED: 'success', REJECTED: 'danger', WITHDRAWN: 'inactive' };
const actionOrder: SwapAction[] = ['CONFIRM', 'REJECT', 'WITHDRAW'];

/**
 * Swaps between municipalities (Huisvestingswet art. 29(2)): one hands part of its target to another,
 * the sum stays equal. The other party confirms or rejects; the proposer may withdraw while it is open.
 */
export function SwapsSection({ results, own }: { results: Results; own: string | null }) {
  const { t } = useTranslation('allocation');
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section aria-labelledby="swaps-title" data-testid="swaps">
      <Heading2 id="swaps-title">{t('swaps.title')}</Heading2>
      <Paragraph className="tp-small tp-muted">{t('swaps.intro')}</Paragraph>
      <div aria-live="polite">
        {notice && (
          <Alert type="ok" data-testid="swap-notice">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        )}
      </div>
      {results.swaps.length === 0 ? <Paragraph data-testid="no-swaps">{t('swaps.none')}</Paragraph> : <SwapsTable results={results} onNotice={setNotice} />}
      {results.allowedActions.proposeSwap && own && <ProposeSwapForm results={results} own={own} onProposed={setNotice} />}
    </section>
  );
}

function SwapsTable({ results, onNotice }: { results: Results; onNotice: (text: string) => void }) {
  const { t, i18n } = useTranslation('allocation');
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  // confirming or rejecting cannot be undone: it is asked once more, with what it does to both targets
  const [asking, setAsking] = useState<{ swap: Swap; action: 'CONFIRM' | 'REJECT' } | null>(null);
  const decide = useMutation({
    mutationFn: ({ swap, action }: { swap: Swap; action: SwapAction }) => decideSwap(swap.id, action),
    onSuccess: (swap, { action }) => {
      setProblem(null);
      setAsking(null);
      queryClient.setQueryData<Results>(allocationKeys.results(results.model.id), (old) =>
        old ? { ...old, swaps: old.swaps.map((s) => (s.id === swap.id ? swap : s)) } : old,
      );
      void queryClient.invalidateQueries({ queryKey: allocationKeys.results(results.model.id) });
      onNotice(t(`swaps.done.${action}`));
    },
    onError: (error) => {
      setAsking(null);
      const code = isApiError(error) ? error.problem.code : undefined;
      setProblem(
        code === 'SWAP_EXCEEDS_TARGET' || code === 'SWAP_NOT_PROPOSED' || code === 'FORBIDDEN'
          ? t(`swaps.problems.${code}`)
          : isApiError(error)
            ? (error.problem.detail ?? t('swaps.failed'))
            : t('swaps.failed'),
      );
    },
  });
  const swaps = [...results.swaps].sort((a, b) => b.proposedAt.localeCompare(a.proposedAt));
  return (
    <>
      {problem && (
        <Alert type="error" role="alert" data-testid="swap-problem">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      )}
      <div className="tp-table-scroll">
        <table className="utrecht-table tp-table" data-testid="swaps-table">
          <caption className="tp-visually-hidden">{t('swaps.caption')}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">{t('swaps.swap')}</th>
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{t('swaps.amount')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('swaps.reason')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('swaps.status')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('swaps.history')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('swaps.actions')}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {swaps.map((swap) => {
              const description = t('swaps.description', { from: swap.from.name, to: swap.to.name, amount: swap.amount });
              return (
                <tr key={swap.id} className="utrecht-table__row" data-swap={swap.id} data-status={swap.status}>
                  <th scope="row" className="utrecht-table__header-cell">
                    {swap.from.name} <span aria-hidden="true">→</span>
                    <span className="tp-visually-hidden">{t('swaps.to')}</span> {swap.to.name}
                  </th>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric-column tp-number">{formatNumber(swap.amount, i18n.language)}</td>
                  <td className="utrecht-table__cell">{swap.reason || '–'}</td>
                  <td className="utrecht-table__cell">
                    <span className="tp-status">
                      <StatusBadge status={statusAppearance[swap.status]} className="tp-badge" data-status={swap.status}>
                        {t(`swaps.statuses.${swap.status}`)}
                      </StatusBadge>
                    </span>
                  </td>
                  <td className="utrecht-table__cell tp-small">
                    {t('swaps.proposed', { actor: swap.proposedBy, date: formatDateTime(swap.proposedAt, i18n.language) })}
                    {swap.decidedAt && (
                      <span className="tp-block">{t('swaps.decided', { actor: swap.decidedBy ?? '–', date: formatDateTime(swap.decidedAt, i18n.language) })}</span>
                    )}
                  </td>
                  <td className="utrecht-table__cell">
                    <span className="tp-actions">
                      {actionOrder
                        .filter((action) => allows(swap, action))
                        .map((action) => (
                          <Button
                            key={action}
                            appearance={action === 'CONFIRM' ? 'primary-action-button' : 'secondary-action-button'}
                            busy={decide.isPending && decide.variables?.swap.id === swap.id && decide.variables.action === action}
                            disabled={decide.isPending}
                            aria-label={t(`swaps.actionLabels.${action}`, { swap: description })}
                            data-action={action}
                            onClick={() => (action === 'WITHDRAW' ? decide.mutate({ swap, action }) : setAsking({ swap, action }))}
                          >
                            {t(`swaps.actionNames.${action}`)}
                          </Button>
                        ))}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {asking && (
        <SwapDecisionDialog
          results={results}
          swap={asking.swap}
          action={asking.action}
          busy={decide.isPending}
          onConfirm={() => decide.mutate(asking)}
          onCancel={() => setAsking(null)}
        />
      )}
    </>
  );
}

interface DecisionProps {
  results: Results;
  swap: Swap;
  action: 'CONFIRM' | 'REJECT';
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Bevestigen shows both targets before and after the swap; afwijzen says that the targets stay as they are. */
function SwapDecisionDialog({ results, swap, action, busy, onConfirm, onCancel }: DecisionProps) {
  const { t, i18n } = useTranslation('allocation');
  const target = (code: string) => results.rows.find((r) => r.municipality.code === code)?.effectiveTarget;
  const from = target(swap.from.code);
  const to = target(swap.to.code);
  const n = (value: number) => formatNumber(value, i18n.language);
  const description = t('swaps.description', { from: swap.from.name, to: swap.to.name, amount: swap.amount });
  return (
    <Dialog title={t(`swaps.ask.${action}.title`, { swap: description })} onClose={onCancel}>
      <div data-testid="step-summary">
        {action === 'CONFIRM' && from !== undefined && to !== undefined ? (
          <ul>
            <li>{t('swaps.ask.change', { name: swap.from.name, before: n(from), after: n(from - swap.amount) })}</li>
            <li>{t('swaps.ask.change', { name: swap.to.name, before: n(to), after: n(to + swap.amount) })}</li>
          </ul>
        ) : null}
        <Paragraph>
          <strong>{t(`swaps.ask.${action}.text`)}</strong>
        </Paragraph>
      </div>
      <ButtonGroup className="tp-dialog__actions">
        <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={onConfirm}>
          {t(`swaps.actionNames.${action}`)}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel} disabled={busy}>
          {t('swaps.ask.cancel')}
        </Button>
      </ButtonGroup>
    </Dialog>
  );
}

type Direction = 'give' | 'take';
type Field = 'other' | 'amount' | 'reason';

/** The server's field errors on the form's fields ("from" and "to" both on the other municipality); the rest as text. */
function formErrorsOf(fields: readonly { field: string; message: string }[]) {
  const next: Partial<Record<Field, string>> = {};
  const rest: string[] = [];
  for (const field of fields) {
    if (field.field === 'amount') next.amount = field.message;
    else if (field.field === 'reason') next.reason = field.message;
    else if (field.field === 'from' || field.field === 'to') next.other = field.message;
    else rest.push(field.message);
  }
  return { next, rest };
}

function ProposeSwapForm({ results, own, onProposed }: { results: Results; own: string; onProposed: (text: string) => void }) {
  const { t } = useTranslation('allocation');
  const queryClient = useQueryClient();
  const id = useId();
  const others = results.rows.filter((r) => r.municipality.code !== own);
  const [direction, setDirection] = useState<Direction>('give');
  const [other, setOther] = useState('');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const nameOf = (code: string) => results.rows.find((r) => r.municipality.code === code)?.municipality.name ?? code;

  const propose = useMutation({
    mutationFn: (body: { from: string; to: string; amount: number; reason: string }) => proposeSwap(results.model.id, body),
    onSuccess: (swap) => {
      queryClient.setQueryData<Results>(allocationKeys.results(results.model.id), (old) => (old ? { ...old, swaps: [...old.swaps, swap] } : old));
      void queryClient.invalidateQueries({ queryKey: allocationKeys.results(results.model.id) });
      setOther('');
      setAmount('');
      setReason('');
      onProposed(t('swaps.proposedNotice', { other: swap.from.code === own ? swap.to.name : swap.from.name }));
    },
    onError: (error, body) => {
      if (!isApiError(error)) return setProblem(t('swaps.failed'));
      const code = error.problem.code;
      if (code === 'SWAP_EXCEEDS_TARGET') setProblem(t('swaps.problems.SWAP_EXCEEDS_TARGET_NAMED', { name: nameOf(body.from), amount: body.amount }));
      else if (code === 'FORBIDDEN') setProblem(t('swaps.problems.FORBIDDEN'));
      else if (code === 'VALIDATION_FAILED' && error.problem.fields?.length) {
        const { next, rest } = formErrorsOf(error.problem.fields);
        setErrors(next);
        setProblem(rest.length ? rest.join(' ') : null);
      } else setProblem(error.problem.detail ?? t('swaps.failed'));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = parseWhole(amount);
    const next: Partial<Record<Field, string>> = {};
    if (!other) next.other = t('swaps.form.otherRequired');
    if (typeof value !== 'number' || value < 1) next.amount = t('swaps.form.amountInvalid');
    if (!reason.trim()) next.reason = t('swaps.form.reasonRequired');
    setErrors(next);
    setProblem(null);
    if (Object.keys(next).length > 0 || typeof value !== 'number') return;
    const [from, to] = direction === 'give' ? [own, other] : [other, own];
    propose.mutate({ from, to, amount: value, reason: reason.trim() });
  };

  const error = (field: Field) =>
    errors[field] ? (
      <p className="utrecht-form-field-error-message" id={`${id}-${field}-error`}>
        {errors[field]}
      </p>
    ) : null;
  const described = (field: Field) => (errors[field] ? `${id}-${field}-error` : undefined);

  return (
    <form onSubmit={onSubmit} noValidate className="tp-form tp-swap-form" data-testid="propose-swap" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="utrecht-heading-3">
        {t('swaps.form.title')}
      </h3>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset tp-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('swaps.form.direction')}</legend>
        {(['give', 'take'] as const).map((value) => (
          <label key={value} className="tp-check">
            <input
              type="radio"
              name={`${id}-direction`}
              className="utrecht-radio-button utrecht-radio-button--html-input"
              value={value}
              checked={direction === value}
              onChange={() => setDirection(value)}
            />
            {t(`swaps.form.${value}`)}
          </label>
        ))}
      </fieldset>
      <div className={`utrecht-form-field${errors.other ? ' utrecht-form-field--invalid' : ''}`}>
        <label htmlFor={`${id}-other`} className="utrecht-form-label">
          {t('swaps.form.other')}
        </label>
        {error('other')}
        <select
          id={`${id}-other`}
          className="utrecht-select utrecht-select--html-select"
          value={other}
          aria-invalid={Boolean(errors.other) || undefined}
          aria-describedby={described('other')}
          onChange={(event) => setOther(event.target.value)}
        >
          <option value="">{t('swaps.form.choose')}</option>
          {others.map((row) => (
            <option key={row.municipality.code} value={row.municipality.code}>
              {row.municipality.name}
            </option>
          ))}
        </select>
      </div>
      <div className={`utrecht-form-field${errors.amount ? ' utrecht-form-field--invalid' : ''}`}>
        <label htmlFor={`${id}-amount`} className="utrecht-form-label">
          {t('swaps.form.amount')}
        </label>
        {error('amount')}
        <input
          id={`${id}-amount`}
          inputMode="numeric"
          className="utrecht-textbox utrecht-textbox--html-input tp-input--count"
          value={amount}
          aria-invalid={Boolean(errors.amount) || undefined}
          aria-describedby={described('amount')}
          onChange={(event) => setAmount(event.target.value)}
        />
      </div>
      <div className={`utrecht-form-field${errors.reason ? ' utrecht-form-field--invalid' : ''}`}>
        <label htmlFor={`${id}-reason`} className="utrecht-form-label">
          {t('swaps.form.reason')}
        </label>
        {error('reason')}
        <textarea
          id={`${id}-reason`}
          className="utrecht-textarea utrecht-textarea--html-textarea"
          rows={3}
          maxLength={1000}
          value={reason}
          aria-invalid={Boolean(errors.reason) || undefined}
          aria-describedby={described('reason')}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      <div aria-live="assertive">
        {problem && (
          <Alert type="error" data-testid="swap-form-problem">
            <Paragraph>{problem}</Paragraph>
          </Alert>
        )}
      </div>
      <div>
        <Button type="submit" appearance="primary-action-button" busy={propose.isPending} disabled={propose.isPending}>
          {t('swaps.form.submit')}
        </Button>
      </div>
    </form>
  );
}

import { Button } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/problem';
import { formatNumber } from '../../../shared/format/format';
import { allocationKeys, putRealisation, type RealisationRow, type Results } from '../api/allocation';
import { parseWhole } from '../scenarioDraft';
import { diffClass, signed } from './ResultTable';

/**
 * Per municipality from the adopted target to what goes into the next period:
 * target, swaps (±), target after swaps, carried in (arrears + / lead −), due, realised, difference, carried out.
 * A municipality's own officer records its realisation in its own row; every other row is read-only.
 */
export function RealisationTable({ results }: { results: Results }) {
  const { t, i18n } = useTranslation('allocation');
  const language = i18n.language;
  const editable = new Set(results.allowedActions.recordRealisation);
  const n = (value: number | null) => (value === null ? '–' : formatNumber(value, language));
  // Totals over the municipalities that recorded something; a dash while none has.
  const recorded = results.rows.filter((r) => r.realised !== null);
  const differenceTotal = recorded.length ? recorded.reduce((s, r) => s + (r.difference ?? 0), 0) : null;
  const num = 'utrecht-table__cell utrecht-table__cell--numeric-column tp-number';
  const head = 'utrecht-table__header-cell utrecht-table__header-cell--numeric-column';
  return (
    <div className="tp-table-scroll">
      <table className="utrecht-table tp-table tp-realisation" data-testid="realisation-table">
        <caption className="tp-caption">{t('results.caption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('table.municipality')}</th>
            <th scope="col" className={head}>{t('results.target')}</th>
            <th scope="col" className={head}>{t('results.swapped')}</th>
            <th scope="col" className={head}>{t('results.effectiveTarget')}</th>
            <th scope="col" className={head}>
              <abbr title={t('results.carriedInExplanation')}>{t('results.carriedIn')}</abbr>
            </th>
            <th scope="col" className={head}>{t('results.due')}</th>
            <th scope="col" className={head}>{t('results.realised')}</th>
            <th scope="col" className={head}>{t('results.difference')}</th>
            <th scope="col" className={head}>{t('results.carriedOut')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {results.rows.map((row) => (
            <tr key={row.municipality.code} className={`utrecht-table__row${editable.has(row.municipality.code) ? ' tp-row--own' : ''}`} data-municipality={row.municipality.code}>
              <th scope="row" className="utrecht-table__header-cell">{row.municipality.name}</th>
              <td className={num}>{n(row.target)}</td>
              <td className={`${num} ${diffClass(row.swapped)}`}>{row.swapped === 0 ? '–' : signed(row.swapped, language)}</td>
              <td className={num}>{n(row.effectiveTarget)}</td>
              <td className={num} title={row.carriedIn > 0 ? t('results.arrears') : row.carriedIn < 0 ? t('results.lead') : undefined}>
                {row.carriedIn === 0 ? '–' : signed(row.carriedIn, language)}
              </td>
              <td className={num}>
                <strong>{n(row.due)}</strong>
              </td>
              <td className={`${num} tp-realised`} data-column="realised">
                {editable.has(row.municipality.code) ? (
                  <RealisationEditor modelId={results.model.id} row={row} />
                ) : (
                  <>
                    {n(row.realised)}
                    {row.realisationNote && <span className="tp-small tp-muted tp-block tp-note">{row.realisationNote}</span>}
                  </>
                )}
              </td>
              <td className={`${num} ${diffClass(row.difference)}`}>{row.difference === null ? '–' : signed(row.difference, language)}</td>
              <td className={num}>{n(row.carriedOut)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="utrecht-table__row tp-sum" data-testid="realisation-totals">
            <th scope="row" className="utrecht-table__header-cell">{t('table.total')}</th>
            <td className={num}>{n(results.totals.target)}</td>
            <td className={num}>–</td>
            <td className={num}>{n(results.totals.effectiveTarget)}</td>
            <td className={num}>{results.totals.carriedIn === 0 ? '–' : signed(results.totals.carriedIn, language)}</td>
            <td className={num}>
              <strong>{n(results.totals.due)}</strong>
            </td>
            <td className={num}>{recorded.length ? n(results.totals.realised) : '–'}</td>
            <td className={`${num} ${diffClass(differenceTotal)}`}>{differenceTotal === null ? '–' : signed(differenceTotal, language)}</td>
            <td className={num}>{n(results.totals.carriedOut)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The own municipality's realisation: number and note, saved with the version that was read. */
function RealisationEditor({ modelId, row }: { modelId: number; row: RealisationRow }) {
  const { t, i18n } = useTranslation('allocation');
  const queryClient = useQueryClient();
  const name = row.municipality.name;
  const [value, setValue] = useState(row.realised === null ? '' : String(row.realised));
  const [note, setNote] = useState(row.realisationNote ?? '');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [conflict, setConflict] = useState<RealisationRow | null>(null);
  const parsed = parseWhole(value);
  const dirty = (parsed ?? null) !== row.realised || (note.trim() || null) !== (row.realisationNote ?? null);
  const invalid = value.trim() !== '' && (typeof parsed !== 'number' || parsed > 100_000);

  const save = useMutation({
    mutationFn: (version: number | null) =>
      putRealisation(modelId, row.municipality.code, { realised: parsed as number, note: note.trim() || null, version }),
    onSuccess: (saved) => {
      setConflict(null);
      setMessage({ kind: 'ok', text: t('realisation.saved') });
      queryClient.setQueryData<Results>(allocationKeys.results(modelId), (old) =>
        old ? { ...old, rows: old.rows.map((r) => (r.municipality.code === saved.municipality.code ? saved : r)) } : old,
      );
      void queryClient.invalidateQueries({ queryKey: allocationKeys.results(modelId) });
    },
    onError: (error) => {
      if (isApiError(error, 409) && error.problem.code === 'VERSION_CONFLICT') {
        const current = (error.problem as { current?: RealisationRow }).current ?? null;
        setConflict(current);
        setMessage({
          kind: 'error',
          text: current
            ? t('realisation.conflict', { value: current.realised === null ? '–' : formatNumber(current.realised, i18n.language) })
            : t('realisation.conflictUnknown'),
        });
      } else if (isApiError(error, 400)) {
        setMessage({ kind: 'error', text: error.problem.fields?.[0]?.message ?? error.problem.detail ?? t('realisation.invalid') });
      } else {
        setMessage({ kind: 'error', text: t('realisation.failed') });
      }
    },
  });

  const code = row.municipality.code;
  const canSave = !save.isPending && (dirty || conflict !== null);
  return (
    <form
      className="tp-realisation-form"
      noValidate
      data-testid={`realisation-form-${code}`}
      onSubmit={(event) => {
        event.preventDefault();
        setMessage(null);
        if (!canSave) return;
        if (typeof parsed !== 'number' || invalid) return setMessage({ kind: 'error', text: t('realisation.invalid') });
        save.mutate(conflict ? (conflict.realisationVersion ?? null) : row.realisationVersion);
      }}
    >
      <input
        className="utrecht-textbox utrecht-textbox--html-input tp-input--count"
        inputMode="numeric"
        aria-label={t('realisation.valueOf', { name })}
        aria-invalid={invalid || undefined}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setMessage(null);
        }}
      />
      <input
        className="utrecht-textbox utrecht-textbox--html-input tp-input--note"
        aria-label={t('realisation.noteOf', { name })}
        placeholder={t('realisation.notePlaceholder')}
        value={note}
        maxLength={500}
        onChange={(event) => {
          setNote(event.target.value);
          setMessage(null);
        }}
      />
      {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus after saving */}
      <Button
        type="submit"
        appearance="primary-action-button"
        busy={save.isPending}
        aria-disabled={!canSave || undefined}
        className={canSave ? undefined : 'utrecht-button--disabled'}
      >
        {conflict ? t('realisation.saveAnyway') : t('realisation.save')}
      </Button>
      <span aria-live="polite" className={message?.kind === 'error' ? 'tp-field-error tp-block' : 'tp-saved tp-block'} data-testid={`realisation-message-${code}`}>
        {message?.text}
      </span>
      {conflict && (
        <Button
          appearance="subtle-button"
          className="tp-take-theirs"
          onClick={() => {
            setValue(conflict.realised === null ? '' : String(conflict.realised));
            setNote(conflict.realisationNote ?? '');
            queryClient.setQueryData<Results>(allocationKeys.results(modelId), (old) =>
              old ? { ...old, rows: old.rows.map((r) => (r.municipality.code === conflict.municipality.code ? conflict : r)) } : old,
            );
            setConflict(null);
            setMessage(null);
          }}
        >
          {t('realisation.takeTheirs')}
        </Button>
      )}
    </form>
  );
}

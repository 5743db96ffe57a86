import { useTranslation } from 'react-i18next';
import type { Cell } from '../api/dashboard';
import { cellText, hiddenMax } from '../format';

/**
 * A count from the API. A hidden one shows its text ("<5") with a mark that points to the footnote
 * under the table, the explanation as a tooltip, and the reason spelled out for screen readers.
 */
export function CountValue({ cell, threshold }: { cell: Cell | null | undefined; threshold: number }) {
  const { t, i18n } = useTranslation('dashboard');
  if (cell?.suppressed) {
    return (
      <span className="tp-suppressed" data-suppressed="true" title={t('suppression.note', { max: hiddenMax(threshold) })}>
        {cell.text || `<${threshold}`}
        <sup aria-hidden="true">*</sup>
        <span className="tp-visually-hidden"> {t('suppression.hidden')}</span>
      </span>
    );
  }
  return <>{cellText(cell, i18n.language)}</>;
}

/** The footnote under a table with hidden counts. */
export function SuppressionNote({ threshold, id }: { threshold: number; id?: string }) {
  const { t } = useTranslation('dashboard');
  return (
    <p className="tp-small tp-muted tp-suppression-note" id={id} data-testid="suppression-note">
      <span aria-hidden="true">* </span>
      {t('suppression.note', { max: hiddenMax(threshold) })}
    </p>
  );
}

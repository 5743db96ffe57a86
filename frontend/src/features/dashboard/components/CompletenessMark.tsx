import { useTranslation } from 'react-i18next';
import type { Completeness } from '../api/dashboard';
import { basisText, isIncomplete } from '../completeness';

/**
 * The mark beside an incomplete figure: a dagger that points to the note under the table, the basis
 * as a tooltip, and the basis spelled out for screen readers. Nothing for a complete figure.
 */
export function CompletenessMark({ completeness }: { completeness: Completeness | null | undefined }) {
  const { t } = useTranslation('dashboard');
  if (!completeness || !isIncomplete(completeness)) return null;
  const basis = basisText(completeness, t);
  return (
    <span className="tp-incomplete-mark" title={basis} data-testid="incomplete-mark" data-level={completeness.level}>
      <sup aria-hidden="true">†</sup>
      <span className="tp-visually-hidden"> ({t('completeness.mark')}: {basis})</span>
    </span>
  );
}

/** The line under a key figure: "op basis van 1 van 82 gemeenten", shown whatever the completeness. */
export function CompletenessLine({ completeness }: { completeness: Completeness | null | undefined }) {
  const { t } = useTranslation('dashboard');
  if (!completeness) return null;
  return (
    <dd className={`tp-tile__basis${isIncomplete(completeness) ? ' tp-tile__basis--incomplete' : ''}`} data-testid="completeness-line">
      {basisText(completeness, t)}
    </dd>
  );
}

/** The note under a table or chart with incomplete figures. */
export function IncompleteNote() {
  const { t } = useTranslation('dashboard');
  return (
    <p className="tp-small tp-muted tp-incomplete-note" data-testid="incomplete-note">
      {t('completeness.note')}
    </p>
  );
}

import { Alert, Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/problem';
import { Loading } from '../../../shared/components/Loading';
import { formatDate, formatDecimalString } from '../../../shared/format/format';
import { currentYear } from '../../../shared/paths';
import { useCapacity, type Capacity, type CapacityParams, type Quota, type Scheme } from '../api/urgency';
import { percentLabel, quotaTarget } from '../labels';
import { percentToFactor, percentToShare, shareToPercent } from '../shares';
import { CapacityChart } from './CapacityChart';
import { CapacityTable } from './CapacityTable';
import { TermHelp } from '../../../shared/glossary/Term';

export const CAPACITY_DELAY_MS = 250;
const SHARE_SLIDER_MAX = 60;

/** The value, once it has stopped changing for `delay` ms. */
function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

type ShareQuota = Quota & { id: number; share: string };
const isShareQuota = (q: Quota): q is ShareQuota => q.id !== null && q.share !== null && !q.appliesTo.regular;
const storedPercent = (q: ShareQuota) => Number(shareToPercent(q.share) ?? '0');

/**
 * The urgentietoets: per quota for urgent categories, can the homes it yields house the urgent
 * households the adopted demand analyses report? A year, a factor on the lettings and other shares
 * per quota can be tried without saving anything; the request waits until the sliders are still.
 */
export function CapacityPanel({ scheme }: { scheme: Scheme }) {
  const { t, i18n } = useTranslation('urgency');
  const id = useId();
  const thisYear = currentYear();
  const years = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2, thisYear + 3];
  const shareQuotas = useMemo(() => scheme.quotas.filter(isShareQuota), [scheme.quotas]);
  const [year, setYear] = useState(thisYear);
  const [factor, setFactor] = useState(100);
  const [shares, setShares] = useState<Record<number, number>>({});

  const params = useMemo((): CapacityParams => {
    const overrides: Record<string, string> = {};
    for (const quota of shareQuotas) {
      const tried = shares[quota.id];
      if (tried === undefined || tried === storedPercent(quota)) continue;
      overrides[String(quota.id)] = percentToShare(tried) ?? quota.share;
    }
    return { year, lettingsFactor: percentToFactor(factor) ?? '1', overrides };
  }, [year, factor, shares, shareQuotas]);
  const settledKey = useDebounced(JSON.stringify(params), CAPACITY_DELAY_MS);
  const settled = useMemo(() => JSON.parse(settledKey) as CapacityParams, [settledKey]);
  const capacity = useCapacity(scheme.id, settled);
  const tried = factor !== 100 || Object.keys(params.overrides).length > 0;
  const waiting = settledKey !== JSON.stringify(params) || capacity.isFetching;
  const language = i18n.language;
  const percentText = (value: number) => `${formatDecimalString(String(value), language)}%`;

  return (
    <div className="tp-capacity" data-testid="capacity">
      <Heading2>{t('capacity.title')}</Heading2>
      <Paragraph>
        {t('capacity.intro')} <TermHelp id="urgentietoets" />
      </Paragraph>

      <form className="tp-capacity__controls" onSubmit={(e) => e.preventDefault()} aria-describedby={`${id}-try`} data-testid="capacity-controls">
        <p id={`${id}-try`} className="tp-try-note">
          {t('capacity.tryNote')}
        </p>
        <div className="tp-inline-form">
          <div className="utrecht-form-field">
            <label htmlFor={`${id}-year`} className="utrecht-form-label">
              {t('capacity.year')}
            </label>
            <select id={`${id}-year`} className="utrecht-select utrecht-select--html-select" value={year} onChange={(e) => setYear(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <Button
            appearance="secondary-action-button"
            aria-disabled={!tried || undefined}
            className={tried ? undefined : 'utrecht-button--disabled'}
            onClick={() => {
              if (!tried) return;
              setFactor(100);
              setShares({});
            }}
          >
            {t('capacity.reset')}
          </Button>
        </div>
        <div className="tp-slider-field">
          <label htmlFor={`${id}-factor`} className="utrecht-form-label">
            {t('capacity.lettingsFactor')}
          </label>
          <div className="tp-slider-row">
            <input
              id={`${id}-factor`}
              type="range"
              min={50}
              max={150}
              step={5}
              className="tp-slider"
              value={factor}
              aria-valuetext={percentText(factor)}
              onChange={(e) => setFactor(Number(e.target.value))}
            />
            <output htmlFor={`${id}-factor`} className="tp-slider-value" data-testid="factor-value">
              {percentText(factor)}
            </output>
          </div>
        </div>
        {shareQuotas.map((quota) => {
          const value = shares[quota.id] ?? storedPercent(quota);
          const changed = value !== storedPercent(quota);
          return (
            <div key={quota.id} className="tp-slider-field" data-quota={quota.id}>
              <label htmlFor={`${id}-quota-${quota.id}`} className="utrecht-form-label">
                {t('capacity.shareOf', { label: quota.label })}
              </label>
              <div className="tp-slider-row">
                <input
                  id={`${id}-quota-${quota.id}`}
                  type="range"
                  min={0}
                  max={Math.max(SHARE_SLIDER_MAX, Math.ceil(storedPercent(quota)))}
                  step={1}
                  className="tp-slider"
                  value={value}
                  aria-valuetext={percentText(value)}
                  aria-describedby={`${id}-quota-${quota.id}-stored`}
                  onChange={(e) => setShares((all) => ({ ...all, [quota.id]: Number(e.target.value) }))}
                />
                <output htmlFor={`${id}-quota-${quota.id}`} className="tp-slider-value">
                  {percentText(value)}
                </output>
              </div>
              <span id={`${id}-quota-${quota.id}-stored`} className={`tp-small ${changed ? 'tp-tried' : 'tp-muted'}`}>
                {t(quota.kind === 'MAX_SHARE' ? 'capacity.storedMax' : 'capacity.storedMin', {
                  value: percentLabel(quota.share, language),
                  target: quotaTarget(quota, scheme.categories, t, language),
                })}
              </span>
            </div>
          );
        })}
        <p className="tp-small tp-muted" aria-live="polite" data-testid="capacity-status">
          {waiting ? t('capacity.computing') : capacity.data ? t('capacity.computed') : ''}
        </p>
      </form>

      {capacity.isPending ? (
        <Loading />
      ) : capacity.isError ? (
        <Alert type="error" data-testid="capacity-error">
          <Paragraph>
            {isApiError(capacity.error, 400)
              ? (capacity.error.problem.fields?.map((f) => f.message).join(' ') ?? capacity.error.problem.detail ?? t('capacity.failed'))
              : t('capacity.failed')}
          </Paragraph>
        </Alert>
      ) : (
        <div className={waiting ? 'tp-stale' : undefined}>
          <CapacityResult capacity={capacity.data} scheme={scheme} />
        </div>
      )}

      <Heading3>{t('capacity.howTitle')}</Heading3>
      <Paragraph className="tp-small" data-testid="capacity-formulas">
        {t('capacity.how')}
      </Paragraph>
    </div>
  );
}

/**
 * A verdict's sign and tone: a ✓ only for MET (every municipality's demand known and the norm met);
 * unknown demand is a question, never a pass; met in the region but not in a municipality is no ✓.
 */
export function verdictOf(result: string): { sign: string; tone: 'ok' | 'fail' | 'unknown' } {
  if (result === 'MET') return { sign: '✓ ', tone: 'ok' };
  if (result === 'UNKNOWN') return { sign: '? ', tone: 'unknown' };
  return { sign: '✗ ', tone: 'fail' };
}

function CapacityResult({ capacity, scheme }: { capacity: Capacity; scheme: Scheme }) {
  const { t, i18n } = useTranslation('urgency');
  const language = i18n.language;
  const names = new Map<string, string>();
  for (const row of capacity.rows) for (const place of row.municipalities) names.set(place.municipality.code, place.municipality.name);
  const missing = (what: string) => capacity.missing.filter((m) => m.what === what).map((m) => names.get(m.municipality) ?? m.municipality);
  const noLettings = missing('lettings');
  const noDemand = missing('demand');
  const categoryName = (code: string) => scheme.categories.find((c) => c.code === code)?.name ?? code;

  return (
    <>
      <Paragraph className="tp-small tp-muted" data-testid="capacity-basis">
        {capacity.referenceDate
          ? t('capacity.basis', { year: capacity.year, date: formatDate(capacity.referenceDate, language) })
          : t('capacity.basisNoDate', { year: capacity.year })}
      </Paragraph>
      {(noLettings.length > 0 || noDemand.length > 0) && (
        <Alert type="warning" data-testid="capacity-missing">
          <Paragraph>{t('capacity.missingIntro')}</Paragraph>
          <ul className="utrecht-unordered-list">
            {noLettings.length > 0 && (
              <li className="utrecht-unordered-list__item">{t('capacity.missingLettings', { names: noLettings.join(', '), count: noLettings.length })}</li>
            )}
            {noDemand.length > 0 && (
              <li className="utrecht-unordered-list__item">{t('capacity.missingDemand', { names: noDemand.join(', '), count: noDemand.length, year: capacity.year })}</li>
            )}
          </ul>
        </Alert>
      )}
      {capacity.rows.length === 0 ? (
        <Paragraph data-testid="capacity-empty">{t('capacity.noRows')}</Paragraph>
      ) : (
        capacity.rows.map((row) => {
          const result = row.region.outcome.result;
          const verdict = verdictOf(result);
          return (
            <section key={row.quota.code} className="tp-capacity__quota" aria-labelledby={`capacity-${row.quota.code}`} data-quota={row.quota.code}>
              <Heading3 id={`capacity-${row.quota.code}`}>
                {row.quota.name}{' '}
                <span className={`tp-verdict tp-verdict--${verdict.tone}`} data-testid="quota-verdict" data-result={result}>
                  <span aria-hidden="true">{verdict.sign}</span>
                  {t(`capacity.region.${result}`, { known: row.region.completeness.known, expected: row.region.completeness.expected })}
                </span>
              </Heading3>
              <Paragraph className="tp-small tp-muted">
                {t('capacity.for', { categories: row.categories.map(categoryName).join(', ') || '–' })}
              </Paragraph>
              <CapacityTable row={row} />
              <CapacityChart row={row} />
            </section>
          );
        })
      )}
    </>
  );
}

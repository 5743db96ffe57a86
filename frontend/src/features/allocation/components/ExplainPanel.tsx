import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDecimalString, formatNumber } from '../../../shared/format/format';
import type { Criterion, Draagkracht, ResultRow, ScenarioBound, ScenarioResult, Step } from '../api/allocation';
import { indicatorLabel } from '../labels';
import { shareToPercent } from '../scenarioDraft';
import { TermHelp } from '../../../shared/glossary/Term';

interface Props {
  row: ResultRow;
  result: ScenarioResult;
  /** the scenario's parameters, when known (the weights are not part of a result) */
  criteria: Criterion[] | null;
  draagkracht: Draagkracht | null;
  bound: ScenarioBound | null;
  onClose: () => void;
}

/**
 * "Waarom krijgt Diemen 14?": the chain from the municipality's figures to its target, in plain Dutch:
 * indicator values, each criterion's part of the key quota, the draagkracht factor, the bound that
 * held, the exact quota and every rounding step that names it.
 */
export function ExplainPanel({ row, result, criteria, draagkracht, bound, onClose }: Props) {
  const { t, i18n } = useTranslation('allocation');
  const language = i18n.language;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const code = row.municipality.code;
  const name = row.municipality.name;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a trigger, not an input: the focus moves to the heading whenever another municipality is shown
  useEffect(() => headingRef.current?.focus(), [code]);

  const decimal = (value: string | null | undefined, digits = 2) =>
    formatDecimalString(value, language, { minFractionDigits: digits, maxFractionDigits: Math.max(digits, 4) });
  const percent = (weight: string) => `${formatDecimalString(shareToPercent(weight), language)}%`;
  const weights = new Map((criteria ?? []).map((c) => [c.indicator, c.weight]));
  const contributionIndicators = Object.keys(row.contributions);
  const shownIndicators = [
    ...new Set([...contributionIndicators, ...(draagkracht ? [draagkracht.indicator] : []), ...Object.keys(row.indicators)]),
  ].filter((indicator) => row.indicators[indicator] !== undefined);
  const steps = result.steps.filter((s) => s.unitId === code || s.tieWith === code);
  const plain = usePlainText(result);

  return (
    <aside id="explain-panel" className="tp-explain" aria-labelledby="explain-title" data-testid="explain-panel" data-municipality={code}>
      <div className="tp-explain__head">
        <Heading2 id="explain-title" ref={headingRef} tabIndex={-1}>
          {t('explain.title', { name, target: formatNumber(row.target, language) })}
        </Heading2>
        <Button appearance="subtle-button" onClick={onClose} aria-label={t('explain.close', { name })}>
          {t('explain.closeShort')}
        </Button>
      </div>
      <Paragraph data-testid="explain-summary">
        {t('explain.summary', {
          name,
          target: formatNumber(row.target, language),
          quota: decimal(row.quota),
          method: t(`methods.${result.method}.label`),
        })}
      </Paragraph>

      {shownIndicators.length > 0 && (
        <>
          <Heading3>{t('explain.figures')}</Heading3>
          <dl className="tp-explain__facts">
            {shownIndicators.map((indicator) => (
              <div key={indicator}>
                <dt>{indicatorLabel(indicator, t)}</dt>
                <dd className="tp-number">{formatDecimalString(row.indicators[indicator], language)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}

      <Heading3>{t('explain.key')}</Heading3>
      {/* at 400% zoom the key's table is wider than the panel: it scrolls in its own box (scrollRegions names it) */}
      <div className="tp-table-scroll">
        <table className="utrecht-table tp-table tp-explain__table" data-testid="explain-contributions">
          <caption className="tp-visually-hidden">{t('explain.keyCaption', { name })}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">{t('explain.criterion')}</th>
              {criteria && <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{t('explain.weight')}</th>}
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{t('explain.contribution')}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {contributionIndicators.map((indicator) => (
              <tr key={indicator} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">{indicatorLabel(indicator, t)}</th>
                {criteria && (
                  <td className="utrecht-table__cell utrecht-table__cell--numeric-column tp-number">
                    {weights.has(indicator) ? percent(weights.get(indicator)!) : '–'}
                  </td>
                )}
                <td className="utrecht-table__cell utrecht-table__cell--numeric-column tp-number">{decimal(row.contributions[indicator])}</td>
              </tr>
            ))}
          </tbody>
          {row.keyQuota && (
            <tfoot>
              <tr className="utrecht-table__row tp-sum">
                <th scope="row" className="utrecht-table__header-cell">{t('explain.keyQuota')}</th>
                {criteria && <td className="utrecht-table__cell" />}
                <td className="utrecht-table__cell utrecht-table__cell--numeric-column tp-number">{decimal(row.keyQuota)}</td>
              </tr>
            </tfoot>
          )}
        </table>
      </div>

      <Heading3>{t('explain.draagkracht')}</Heading3>
      <Paragraph data-testid="explain-draagkracht">
        {row.draagkrachtFactor === null
          ? t('explain.noDraagkracht')
          : t('explain.draagkrachtFactor', {
              factor: formatDecimalString(row.draagkrachtFactor, language, { maxFractionDigits: 4 }),
              indicator: draagkracht ? indicatorLabel(draagkracht.indicator, t).toLowerCase() : t('explain.draagkrachtIndicator'),
            })}
        {row.draagkrachtFactor !== null && row.correctedQuota && ` ${t('explain.correctedQuota', { quota: decimal(row.correctedQuota) })}`}
      </Paragraph>

      <Heading3>{t('explain.bound')}</Heading3>
      <Paragraph data-testid="explain-bound">
        {row.bound === 'NONE'
          ? bound
            ? t('explain.boundNotReached', { bound: describeBound(bound, t, language) })
            : t('explain.noBound')
          : t(row.bound === 'MIN' ? 'explain.boundMin' : 'explain.boundMax', {
              bound: bound ? describeBound(bound, t, language) : t(`bound.${row.bound}`),
            })}
      </Paragraph>

      <Heading3>{t('explain.quotaAndTarget')}</Heading3>
      <Paragraph>
        {t('explain.quotaText', { quota: decimal(row.quota), target: formatNumber(row.target, language), method: t(`methods.${result.method}.label`) })}
      </Paragraph>
      {steps.length > 0 && (
        <>
          <Heading3>{t('explain.steps')}</Heading3>
          <p className="tp-small tp-muted">
            <TermHelp id="afrondingsmethode" /> · <TermHelp id="restplaats" />
          </p>
          {steps.length > STEPS_SHOWN ? (
            <details className="tp-steps-more">
              <summary>{t('explain.allSteps', { count: steps.length })}</summary>
              <StepList steps={steps} plain={plain} />
            </details>
          ) : (
            <StepList steps={steps} plain={plain} />
          )}
        </>
      )}
    </aside>
  );
}

/** More steps than this (a divisor method hands out places one by one) are folded away. */
const STEPS_SHOWN = 8;

function StepList({ steps, plain }: { steps: Step[]; plain: (text: string) => string }) {
  return (
    <ol className="tp-steps" data-testid="explain-steps">
      {steps.map((step) => (
        <li key={step.number} value={step.number} data-kind={step.kind}>
          {plain(step.text)}
        </li>
      ))}
    </ol>
  );
}

/**
 * The engine writes its steps with the codes it computes with ("GM0014", "social_rental_stock");
 * shown here with the names people use.
 */
function usePlainText(result: ScenarioResult): (text: string) => string {
  const { t } = useTranslation('allocation');
  const names = new Map(result.rows.map((r) => [r.municipality.code, r.municipality.name]));
  const pattern = /\b(GM\d{4})\b|\b(inhabitants|households|social_rental_stock|lettings|own_demand|existing_places)\b/g;
  return (text) =>
    text.replace(pattern, (match, code: string | undefined, indicator: string | undefined) =>
      code ? (names.get(code) ?? match) : indicator ? indicatorLabel(indicator, t).toLowerCase() : match,
    );
}

function describeBound(bound: ScenarioBound, t: ReturnType<typeof useTranslation<'allocation'>>['t'], language: string): string {
  const parts: string[] = [];
  if (bound.min !== null) parts.push(t('explain.minAbsolute', { value: formatNumber(bound.min, language) }));
  if (bound.minShare)
    parts.push(t('explain.minShare', { percent: formatDecimalString(shareToPercent(bound.minShare.share), language), indicator: indicatorLabel(bound.minShare.indicator, t).toLowerCase() }));
  if (bound.max !== null) parts.push(t('explain.maxAbsolute', { value: formatNumber(bound.max, language) }));
  if (bound.maxShare)
    parts.push(t('explain.maxShare', { percent: formatDecimalString(shareToPercent(bound.maxShare.share), language), indicator: indicatorLabel(bound.maxShare.indicator, t).toLowerCase() }));
  return parts.join(', ');
}

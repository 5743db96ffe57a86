import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  hint?: string;
  /** the chart (an EChart: an image to assistive technology) */
  children: ReactNode;
  /** the same figures as a table */
  table: ReactNode;
  testId: string;
  headingLevel?: 2 | 3;
  /** the disclosure's text; "Tabel bij deze grafiek" unless told */
  summary?: string;
}

/**
 * A chart with its figures as a table: the table sits in a disclosure under the chart ("Tabel bij
 * deze grafiek"), which keyboard and screen reader users open like any button.
 */
export function ChartFigure({ title, hint, children, table, testId, headingLevel = 3, summary }: Props) {
  const { t } = useTranslation('dashboard');
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure className="tp-figure tp-dashboard-figure" aria-labelledby={`${id}-title`} data-testid={testId}>
      <Heading id={`${id}-title`} className={`utrecht-heading-${headingLevel} tp-figure__title`}>
        {title}
      </Heading>
      {hint && <p className="utrecht-paragraph tp-small tp-muted">{hint}</p>}
      {children}
      <details className="tp-chart-table">
        <summary>{summary ?? t('charts.tableSummary')}</summary>
        {table}
      </details>
    </figure>
  );
}

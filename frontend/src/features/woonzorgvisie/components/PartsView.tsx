import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../shared/charts/EChart';
import { keyed } from '../../../shared/list/keyed';
import type { Block, Part } from '../api/woonzorgvisie';

const font = { fontFamily: "'Noto Sans Variable', 'Noto Sans', Arial, sans-serif", fontSize: 13, color: '#1a1a1a' };

/** A section's rendered parts: text as the server's HTML, data blocks as a table (and a chart). */
export function PartsView({ parts }: { parts: Part[] }) {
  return (
    <div className="tp-parts">
      {keyed(parts, (part) => (part.type === 'BLOCK' && part.block ? `block:${part.block.kind}:${part.block.title}` : `text:${part.html ?? ''}`)).map(
        ({ key, item: part }) =>
          part.type === 'BLOCK' && part.block ? (
            <BlockView key={key} block={part.block} />
          ) : (
            // The server renders the Markdown and sanitises the HTML (raw HTML is shown as text, links are
            // limited to http(s) and mailto), so it may be inserted as it is.
            // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the backend (MarkdownHtml, jsoup safelist)
            <div key={key} className="tp-parts__text" dangerouslySetInnerHTML={{ __html: part.html ?? '' }} />
          ),
      )}
    </div>
  );
}

/** A data block: the table always (caption = title, numbers right-aligned, totals), a bar chart beside it when there is one. */
export function BlockView({ block }: { block: Block }) {
  const { t } = useTranslation('woonzorgvisie');
  const cell = (numeric: boolean | undefined) => `utrecht-table__cell${numeric ? ' utrecht-table__cell--numeric-column tp-number' : ''}`;
  const head = (numeric: boolean | undefined) =>
    `utrecht-table__header-cell${numeric ? ' utrecht-table__header-cell--numeric-column' : ''}`;
  // cells are keyed by their column (a row's cells never move), rows by their row header
  const columns = keyed(block.columns, (c) => c.label);
  const cellsOf = (values: readonly (string | number)[]) => keyed(values, (_, c) => columns[c]?.key ?? `extra:${c}`);
  return (
    <figure className="tp-block" data-block={block.kind} data-testid="data-block">
      {/* a wide table scrolls in a narrow pane: focusable, so it scrolls by keyboard too (axe scrollable-region-focusable) */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll by keyboard */}
      {/* biome-ignore lint/a11y/useSemanticElements: a div inside the figure, as the dashboard's table box; a section would be a page section */}
      <div className="tp-table-scroll" tabIndex={0} role="region" aria-label={block.title}>
        <table className="utrecht-table tp-table tp-block__table">
          <caption className="tp-caption">{block.title}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {columns.map(({ key, item: c }) => (
                <th key={key} scope="col" className={head(c.numeric)}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {keyed(block.rows, (row) => String(row[0] ?? '')).map(({ key, item: row }) => (
              <tr key={key} className="utrecht-table__row">
                {cellsOf(row).map(({ key: cellKey, item: value, position: c }) =>
                  c === 0 && !block.columns[0]?.numeric ? (
                    <th key={cellKey} scope="row" className="utrecht-table__header-cell tp-block__rowhead">
                      {value}
                    </th>
                  ) : (
                    <td key={cellKey} className={cell(block.columns[c]?.numeric)}>
                      {value}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
          {block.totals && (
            <tfoot className="utrecht-table__footer">
              <tr className="utrecht-table__row tp-block__totals">
                {cellsOf(block.totals).map(({ key, item: value, position: c }) =>
                  c === 0 ? (
                    <th key={key} scope="row" className="utrecht-table__header-cell">
                      {value}
                    </th>
                  ) : (
                    <td key={key} className={cell(block.columns[c]?.numeric)}>
                      {value}
                    </td>
                  ),
                )}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      {block.chart && <BlockChart chart={block.chart} />}
      {block.note && <figcaption className="tp-small tp-muted tp-block__note">{t('block.source', { note: block.note })}</figcaption>}
    </figure>
  );
}

function BlockChart({ chart }: { chart: NonNullable<Block['chart']> }) {
  const { t, i18n } = useTranslation('woonzorgvisie');
  const language = i18n.language === 'en' ? 'en-GB' : 'nl-NL';
  const option = useMemo(() => {
    // top to bottom in table order: the category axis draws its first item at the bottom
    const labels = [...chart.labels].reverse();
    const values = [...chart.values].reverse();
    const number = (value: number) => new Intl.NumberFormat(language).format(value);
    return {
      animationDuration: 300,
      textStyle: font,
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `${number(v)} ${chart.unit}` },
      xAxis: { type: 'value', axisLabel: { color: '#4d4d4d', formatter: number }, splitLine: { lineStyle: { color: '#dddddd' } } },
      yAxis: { type: 'category', data: labels, axisLabel: { color: font.color, fontSize: 12, width: 180, overflow: 'truncate' }, axisTick: { show: false } },
      series: [
        {
          name: chart.title,
          type: 'bar',
          barMaxWidth: 18,
          itemStyle: { color: '#1a5fb4' },
          data: values,
          label: { show: true, position: 'right', fontSize: 11, color: font.color, formatter: ({ value }: { value: number }) => number(value) },
        },
      ],
    };
  }, [chart, language]);
  return (
    <div className="tp-block__chart">
      <p className="tp-small tp-block__chart-title" aria-hidden="true">
        {chart.title}
      </p>
      <div className="tp-chart-box" style={{ height: Math.max(160, chart.labels.length * 30 + 60) }}>
        <EChart option={option} label={t('block.chartLabel', { title: chart.title })} testId="block-chart" />
      </div>
    </div>
  );
}

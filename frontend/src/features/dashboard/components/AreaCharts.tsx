import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../shared/charts/EChart';
import { formatDecimalString, formatNumber } from '../../../shared/format/format';
import { keyed } from '../../../shared/list/keyed';
import { parseRatio, type Cell, type Row } from '../api/dashboard';
import { chartItemStyle, incompleteClass, isIncomplete } from '../completeness';
import { areaKey, ratioText } from '../format';
import { ChartFigure } from './ChartFigure';
import { CompletenessMark, IncompleteNote } from './CompletenessMark';
import { CountValue, SuppressionNote } from './CountValue';
import { barHeight, colors, escapeHtml, font } from './chartStyle';

interface Props {
  rows: Row[];
  threshold: number;
  /** "regio" or "gemeente": the first column of the tables */
  areaLabel: string;
  /** the chart's id in tests and e2e runs */
  testId: string;
}

/** A count for a chart: null (a gap) when hidden. */
const chartValue = (cell: Cell | null | undefined) => (cell && !cell.suppressed ? cell.value : null);

const th = 'utrecht-table__header-cell';
const thNum = `${th} utrecht-table__header-cell--numeric-column`;
const tdNum = 'utrecht-table__cell utrecht-table__cell--numeric-column tp-number';

/** Homes needed per 1,000 inhabitants per area, as horizontal bars in table order. */
export function PerThousandChart({ rows, threshold, areaLabel, testId }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const language = i18n.language;
  const ordered = useMemo(() => [...rows].reverse(), [rows]);
  const option = useMemo(
    () => ({
      animationDuration: 300,
      textStyle: font,
      grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: { dataIndex: number }[]) => {
          const row = ordered[params[0]?.dataIndex ?? -1];
          if (!row) return '';
          return `<strong>${escapeHtml(row.area.name)}</strong><br/>${escapeHtml(t('charts.perThousand.series'))}: ${ratioText(row.movesPerThousand, language)}`;
        },
      },
      xAxis: {
        type: 'value',
        axisLabel: { color: colors.axis, formatter: (value: number) => formatNumber(value, language) },
        splitLine: { lineStyle: { color: colors.grid } },
      },
      yAxis: { type: 'category', data: ordered.map((r) => r.area.name), axisTick: { show: false }, axisLabel: { color: font.color, fontSize: 12 } },
      series: [
        {
          name: t('charts.perThousand.series'),
          type: 'bar',
          barMaxWidth: 18,
          itemStyle: { color: colors.bar },
          // display only: the exact figure is the text in the table; an incomplete region's bar is hatched
          data: ordered.map((r) => ({ value: parseRatio(r.movesPerThousand), itemStyle: chartItemStyle(r.completeness, colors.bar) })),
          label: {
            show: true,
            position: 'right',
            fontSize: 11,
            color: font.color,
            formatter: ({ dataIndex }: { dataIndex: number }) => ratioText(ordered[dataIndex]?.movesPerThousand, language),
          },
        },
      ],
    }),
    [ordered, t, language],
  );
  return (
    <ChartFigure
      title={t('charts.perThousand.title')}
      hint={t('charts.perThousand.hint')}
      testId={testId}
      table={
        <table className="utrecht-table tp-table tp-chart-data">
          <caption className="tp-caption">{t('charts.perThousand.title')}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className={th}>{areaLabel}</th>
              <th scope="col" className={thNum}>{t('table.moves')}</th>
              <th scope="col" className={thNum}>{t('table.perThousand')}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {keyed(rows, areaKey).map(({ key, item: row }) => (
              <tr key={key} className="utrecht-table__row">
                <th scope="row" className={th}>{row.area.name}</th>
                <td className={[tdNum, incompleteClass(row.completeness)].filter(Boolean).join(' ')}>
                  <CountValue cell={row.moves} threshold={threshold} />
                  <CompletenessMark completeness={row.completeness} />
                </td>
                <td className={[tdNum, incompleteClass(row.completeness)].filter(Boolean).join(' ')}>
                  {ratioText(row.movesPerThousand, language)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <div className="tp-chart-box" style={{ height: barHeight(rows.length) }}>
        <EChart option={option} label={t('charts.perThousand.label')} testId={`${testId}-chart`} />
      </div>
    </ChartFigure>
  );
}

/** The fair-share target against what was realised, per area, as paired bars. */
export function TargetChart({ rows, threshold, areaLabel, testId }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const language = i18n.language;
  const ordered = useMemo(() => [...rows].reverse(), [rows]);
  const anyHidden = rows.some((r) => r.target.suppressed || r.realised.suppressed);
  const option = useMemo(
    () => ({
      animationDuration: 300,
      textStyle: font,
      grid: { left: 8, right: 48, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, textStyle: font, data: [t('table.target'), t('table.realised')] },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (value: number | null) => (value === null || value === undefined ? '–' : formatNumber(value, language)),
      },
      xAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { color: colors.axis, formatter: (value: number) => formatNumber(value, language) },
        splitLine: { lineStyle: { color: colors.grid } },
      },
      yAxis: { type: 'category', data: ordered.map((r) => r.area.name), axisTick: { show: false }, axisLabel: { color: font.color, fontSize: 12 } },
      series: [
        {
          name: t('table.target'),
          type: 'bar',
          barMaxWidth: 12,
          itemStyle: { color: colors.bar },
          label: { show: true, position: 'right', fontSize: 11, color: font.color },
          data: ordered.map((r) => chartValue(r.target)),
        },
        {
          name: t('table.realised'),
          type: 'bar',
          barMaxWidth: 12,
          itemStyle: { color: colors.second },
          label: { show: true, position: 'right', fontSize: 11, color: font.color },
          data: ordered.map((r) => chartValue(r.realised)),
        },
      ],
    }),
    [ordered, t, language],
  );
  return (
    <ChartFigure
      title={t('charts.target.title')}
      hint={t('charts.target.hint')}
      testId={testId}
      table={
        <>
          <table className="utrecht-table tp-table tp-chart-data">
            <caption className="tp-caption">{t('charts.target.title')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className={th}>{areaLabel}</th>
                <th scope="col" className={thNum}>{t('table.target')}</th>
                <th scope="col" className={thNum}>{t('table.realised')}</th>
                <th scope="col" className={thNum}>{t('table.realisedShare')}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {keyed(rows, areaKey).map(({ key, item: row }) => (
                <tr key={key} className="utrecht-table__row">
                  <th scope="row" className={th}>{row.area.name}</th>
                  <td className={tdNum}>
                    <CountValue cell={row.target} threshold={threshold} />
                  </td>
                  <td className={tdNum}>
                    <CountValue cell={row.realised} threshold={threshold} />
                  </td>
                  <td className={tdNum}>{row.realisedShare === null ? '–' : `${ratioText(row.realisedShare, language)}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {anyHidden && <SuppressionNote threshold={threshold} />}
        </>
      }
    >
      <div className="tp-chart-box" style={{ height: barHeight(rows.length, 40) }}>
        <EChart option={option} label={t('charts.target.label')} testId={`${testId}-chart`} />
      </div>
    </ChartFigure>
  );
}

/** Homes needed per year, one line per area over the years of the filters; a hidden year is a gap. */
export function TrendChart({ rows, threshold, areaLabel, testId }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const language = i18n.language;
  const years = useMemo(() => [...new Set(rows.flatMap((r) => r.trend.map((p) => p.year)))].sort((a, b) => a - b), [rows]);
  const anyHidden = rows.some((r) => r.trend.some((p) => p.moves.suppressed));
  const anyIncomplete = rows.some((r) => r.trend.some((p) => isIncomplete(p.completeness)));
  const option = useMemo(
    () => ({
      animationDuration: 300,
      textStyle: font,
      grid: { left: 8, right: 24, top: 64, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, textStyle: font, type: 'scroll' },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value: number | null) => (value === null || value === undefined ? '–' : formatNumber(value, language)),
      },
      xAxis: { type: 'category', data: years.map(String), boundaryGap: false, axisLabel: { color: colors.axis } },
      yAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { color: colors.axis, formatter: (value: number) => formatNumber(value, language) },
        splitLine: { lineStyle: { color: colors.grid } },
      },
      series: rows.map((row, index) => ({
        name: row.area.name,
        type: 'line',
        connectNulls: false,
        symbol: colors.symbols[index % colors.symbols.length],
        symbolSize: 8,
        lineStyle: { width: 2 },
        itemStyle: { color: colors.lines[index % colors.lines.length] },
        // an incomplete year is an open, hatched point: the drop to it is not a fall in demand
        data: years.map((year) => {
          const point = row.trend.find((p) => p.year === year);
          const style = chartItemStyle(point?.completeness, colors.lines[index % colors.lines.length]!);
          return { value: chartValue(point?.moves), symbol: style ? 'emptyCircle' : undefined, symbolSize: style ? 11 : undefined, itemStyle: style };
        }),
      })),
    }),
    [rows, years, language],
  );
  return (
    <ChartFigure
      title={t('charts.trend.title')}
      hint={t('charts.trend.hint')}
      testId={testId}
      table={
        <>
          <table className="utrecht-table tp-table tp-chart-data">
            <caption className="tp-caption">{t('charts.trend.title')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className={th}>{areaLabel}</th>
                {years.map((year) => (
                  <th key={year} scope="col" className={thNum}>
                    {year}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {keyed(rows, areaKey).map(({ key, item: row }) => (
                <tr key={key} className="utrecht-table__row">
                  <th scope="row" className={th}>{row.area.name}</th>
                  {years.map((year) => {
                    const point = row.trend.find((p) => p.year === year);
                    return (
                      <td key={year} className={[tdNum, incompleteClass(point?.completeness)].filter(Boolean).join(' ')} data-year={year}>
                        <CountValue cell={point?.moves} threshold={threshold} />
                        <CompletenessMark completeness={point?.completeness} />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {anyHidden && <SuppressionNote threshold={threshold} />}
          {anyIncomplete && <IncompleteNote />}
        </>
      }
    >
      <div className="tp-chart-box" style={{ height: 340 }}>
        <EChart option={option} label={t('charts.trend.label')} testId={`${testId}-chart`} />
      </div>
    </ChartFigure>
  );
}

/** For the map's legend: a number as Dutch (or English) text with two decimals. */
export const twoDecimals = (value: number, language: string) =>
  formatDecimalString(value.toFixed(2), language, { minFractionDigits: 2, maxFractionDigits: 2 });

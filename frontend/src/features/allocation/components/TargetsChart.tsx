import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDecimalString, formatNumber } from '../../../shared/format/format';
import type { ResultRow } from '../api/allocation';
import { barChartHeight, chartColors, chartFont } from './chartStyle';
import { EChart } from '../../../shared/charts/EChart';

interface Props {
  rows: ResultRow[];
  selected: string | null;
  onSelect: (code: string) => void;
}

/**
 * Targets per municipality as horizontal bars, with the exact quota as a thin black marker, so the
 * rounding is visible: a bar beyond its marker was rounded up. Same figures as the result table.
 */
export function TargetsChart({ rows, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation('allocation');
  const language = i18n.language;
  // Top to bottom in table order: the category axis draws its first item at the bottom.
  const ordered = useMemo(() => [...rows].reverse(), [rows]);
  const option = useMemo(() => {
    const byName = new Map(ordered.map((r) => [r.municipality.name, r]));
    return {
      animationDuration: 300,
      textStyle: chartFont,
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, textStyle: chartFont, data: [t('chart.target'), t('chart.quota')] },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: { name: string }[]) => {
          const row = byName.get(params[0]?.name ?? '');
          if (!row) return '';
          return `<strong>${escapeHtml(row.municipality.name)}</strong><br/>${t('chart.target')}: ${formatNumber(row.target, language)}<br/>${t('chart.quota')}: ${formatDecimalString(row.quota, language, { minFractionDigits: 2 })}`;
        },
      },
      xAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { color: chartColors.axis, formatter: (value: number) => formatNumber(value, language) },
        splitLine: { lineStyle: { color: chartColors.grid } },
      },
      yAxis: {
        type: 'category',
        data: ordered.map((r) => r.municipality.name),
        axisLabel: { color: chartFont.color, fontSize: 12 },
        axisTick: { show: false },
      },
      series: [
        {
          name: t('chart.target'),
          type: 'bar',
          barMaxWidth: 18,
          data: ordered.map((r) => ({
            value: r.target,
            itemStyle: { color: r.municipality.code === selected ? chartColors.barSelected : chartColors.bar },
          })),
          label: { show: true, position: 'right', color: chartFont.color, fontSize: 12 },
          cursor: 'pointer',
        },
        {
          name: t('chart.quota'),
          type: 'scatter',
          symbol: 'rect',
          symbolSize: [3, 20],
          itemStyle: { color: chartColors.marker },
          z: 3,
          // display only: the exact quota is a decimal string, a float is precise enough to place a marker
          data: ordered.map((r) => Number(r.quota)),
        },
      ],
    };
  }, [ordered, selected, t, language]);
  const codeOf = (name: string) => rows.find((r) => r.municipality.name === name)?.municipality.code;
  return (
    <div style={{ height: barChartHeight(rows.length) }} className="tp-chart-box">
      <EChart
        option={option}
        label={t('chart.targetsLabel')}
        testId="targets-chart"
        onClick={(event) => {
          const code = codeOf(event.name);
          if (code) onSelect(code);
        }}
      />
    </div>
  );
}

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDecimalString, formatNumber } from '../../../shared/format/format';
import type { CapacityRow } from '../api/urgency';
import { EChart } from '../../../shared/charts/EChart';

const colors = { capacity: '#1a5fb4', inflow: '#a34900', axis: '#4d4d4d', grid: '#dddddd' };
const font = { fontFamily: "'Noto Sans Variable', 'Noto Sans', Arial, sans-serif", fontSize: 13, color: '#1a1a1a' };

/** Capacity against new demand per municipality, as paired horizontal bars. The table above carries the same figures. */
export function CapacityChart({ row }: { row: CapacityRow }) {
  const { t, i18n } = useTranslation('urgency');
  const language = i18n.language;
  // top to bottom in table order: the category axis draws its first item at the bottom
  const places = useMemo(() => [...row.municipalities].reverse(), [row.municipalities]);
  const option = useMemo(
    () => ({
      animationDuration: 300,
      textStyle: font,
      grid: { left: 8, right: 48, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, textStyle: font, data: [t('capacity.chart.capacity'), t('capacity.chart.inflow')] },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (value: number) => formatNumber(Math.round(value * 10) / 10, language),
      },
      xAxis: {
        type: 'value',
        axisLabel: { color: colors.axis, formatter: (value: number) => formatNumber(value, language) },
        splitLine: { lineStyle: { color: colors.grid } },
      },
      yAxis: {
        type: 'category',
        data: places.map((p) => p.municipality.name),
        axisLabel: { color: font.color, fontSize: 12 },
        axisTick: { show: false },
      },
      series: [
        {
          name: t('capacity.chart.capacity'),
          type: 'bar',
          barMaxWidth: 14,
          itemStyle: { color: colors.capacity },
          // display only: the exact figures are in the table
          data: places.map((p) => Number(p.outcome.capacity)),
          label: {
            show: true,
            position: 'right',
            fontSize: 11,
            color: font.color,
            formatter: ({ value }: { value: number }) => formatDecimalString(value.toFixed(1), language, { maxFractionDigits: 1 }),
          },
        },
        {
          name: t('capacity.chart.inflow'),
          type: 'bar',
          barMaxWidth: 14,
          itemStyle: { color: colors.inflow },
          data: places.map((p) => p.outcome.inflow),
          label: { show: true, position: 'right', fontSize: 11, color: font.color },
        },
      ],
    }),
    [places, t, language],
  );
  return (
    <figure className="tp-figure tp-capacity-chart">
      <figcaption className="tp-small tp-muted">{t('capacity.chart.caption', { quota: row.quota.name })}</figcaption>
      <div style={{ height: Math.max(220, row.municipalities.length * 36 + 80) }} className="tp-chart-box">
        <EChart option={option} label={t('capacity.chart.label', { quota: row.quota.name })} testId={`capacity-chart-${row.quota.code}`} />
      </div>
    </figure>
  );
}

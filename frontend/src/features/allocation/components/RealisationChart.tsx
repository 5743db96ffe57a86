import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format/format';
import type { RealisationRow } from '../api/allocation';
import { barChartHeight, chartColors, chartFont } from './chartStyle';
import { EChart } from '../../../shared/charts/EChart';

/** What is due against what was realised, per municipality; the realisation table has the same figures. */
export function RealisationChart({ rows }: { rows: RealisationRow[] }) {
  const { t, i18n } = useTranslation('allocation');
  const language = i18n.language;
  const option = useMemo(() => {
    const ordered = [...rows].reverse();
    return {
      animationDuration: 300,
      textStyle: chartFont,
      grid: { left: 8, right: 32, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, textStyle: chartFont },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value: number | null) => (value === null ? '–' : formatNumber(value, language)) },
      xAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { color: chartColors.axis, formatter: (value: number) => formatNumber(value, language) },
        splitLine: { lineStyle: { color: chartColors.grid } },
      },
      yAxis: { type: 'category', data: ordered.map((r) => r.municipality.name), axisTick: { show: false }, axisLabel: { color: chartFont.color, fontSize: 12 } },
      series: [
        {
          name: t('results.due'),
          type: 'bar',
          barMaxWidth: 12,
          itemStyle: { color: chartColors.bar },
          label: { show: true, position: 'right', fontSize: 11, color: chartFont.color },
          data: ordered.map((r) => r.due),
        },
        {
          name: t('results.realised'),
          type: 'bar',
          barMaxWidth: 12,
          itemStyle: { color: chartColors.second },
          label: { show: true, position: 'right', fontSize: 11, color: chartFont.color },
          data: ordered.map((r) => r.realised),
        },
      ],
    };
  }, [rows, t, language]);
  return (
    <div style={{ height: barChartHeight(rows.length) + rows.length * 8 }} className="tp-chart-box">
      <EChart option={option} label={t('results.chartLabel')} testId="realisation-chart" />
    </div>
  );
}

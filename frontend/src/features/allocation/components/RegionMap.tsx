import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDecimalString, formatNumber } from '../../../shared/format/format';
import { useBoundaries, type ResultRow } from '../api/allocation';
import { chartColors, chartFont } from './chartStyle';
import { EChart } from '../../../shared/charts/EChart';
import { escapeHtml } from './TargetsChart';

interface Props {
  region: string;
  rows: ResultRow[];
  selected: string | null;
  onSelect: (code: string) => void;
}

/**
 * The region's municipalities coloured by target per 1,000 inhabitants, from the API's simplified CBS
 * boundaries (no tile server). The legend gives the scale; the result table has the same figures.
 */
export function RegionMap({ region, rows, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation('allocation');
  const language = i18n.language;
  const boundaries = useBoundaries(region);
  const mapName = `thuisplan-${region}`;
  const maps = useMemo(() => (boundaries.data ? { [mapName]: boundaries.data } : undefined), [boundaries.data, mapName]);
  const option = useMemo(() => {
    const byCode = new Map(rows.map((r) => [r.municipality.code, r]));
    // display only: per-thousand figures are decimal strings; floats are precise enough for a colour
    const values = rows.filter((r) => r.perThousand !== null).map((r) => Number(r.perThousand));
    const min = values.length ? Math.min(...values) : 0;
    const max = values.length ? Math.max(...values) : 1;
    const format = (value: number) => formatDecimalString(value.toFixed(3), language, { minFractionDigits: 3, maxFractionDigits: 3 });
    return {
      textStyle: chartFont,
      tooltip: {
        trigger: 'item',
        formatter: (params: { name: string }) => {
          const row = byCode.get(params.name);
          if (!row) return escapeHtml(params.name);
          const per = row.perThousand === null ? '–' : formatDecimalString(row.perThousand, language, { minFractionDigits: 3, maxFractionDigits: 3 });
          return `<strong>${escapeHtml(row.municipality.name)}</strong><br/>${t('chart.target')}: ${formatNumber(row.target, language)}<br/>${t('table.perThousand')}: ${per}`;
        },
      },
      visualMap: {
        type: 'continuous',
        min,
        max: max > min ? max : min + 1,
        left: 0,
        bottom: 0,
        orient: 'vertical',
        itemHeight: 120,
        text: [t('map.high'), t('map.low')],
        textStyle: chartFont,
        calculable: false,
        inRange: { color: chartColors.scale },
        formatter: format,
      },
      series: [
        {
          type: 'map',
          map: mapName,
          nameProperty: 'code',
          aspectScale: 0.62,
          layoutCenter: ['55%', '50%'],
          layoutSize: '95%',
          selectedMode: false,
          label: {
            show: rows.length <= 16,
            formatter: (params: { name: string }) => byCode.get(params.name)?.municipality.name ?? '',
            fontSize: 11,
            color: '#1a1a1a',
            textBorderColor: '#ffffff',
            textBorderWidth: 2,
          },
          emphasis: { label: { show: true }, itemStyle: { areaColor: '#f5c211' } },
          itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
          data: rows.map((r) => ({
            name: r.municipality.code,
            value: r.perThousand === null ? null : Number(r.perThousand),
            itemStyle: r.municipality.code === selected ? { borderColor: chartColors.barSelected, borderWidth: 3 } : undefined,
          })),
        },
      ],
    };
  }, [rows, selected, t, language, mapName]);

  if (boundaries.isError) return <p className="utrecht-paragraph tp-muted">{t('map.unavailable')}</p>;
  if (!maps) return <p className="utrecht-paragraph tp-muted">{t('map.loading')}</p>;
  return (
    <div className="tp-chart-box tp-map-box">
      <EChart
        option={option}
        maps={maps}
        label={t('map.label')}
        testId="region-map"
        onClick={(event) => {
          if (rows.some((r) => r.municipality.code === event.name)) onSelect(event.name);
        }}
      />
    </div>
  );
}

import type { TFunction } from 'i18next';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../shared/charts/EChart';
import { parseRatio, useBoundaries, useMapValues, type MapValue, type Row, type Selection } from '../api/dashboard';
import { ratioText } from '../format';
import { twoDecimals } from './AreaCharts';
import { ChartFigure } from './ChartFigure';
import { colors, escapeHtml, font } from './chartStyle';

const MAP_NAME = 'thuisplan-dashboard';

interface Props {
  selection: Selection;
  /** the regions table's rows, for region names */
  regions: Row[];
}

export interface Place {
  code: string;
  name: string;
  region: string | null;
  value: MapValue | null;
}

/**
 * Every municipality of the six regions, coloured by homes needed per 1,000 inhabitants: its own
 * figure where the caller may see its detail, otherwise its region's (marked as a region average).
 * The boundaries come from the API (simplified CBS geometry, no tile server); the table under the
 * map has the same figures.
 */
export function DashboardMap({ selection, regions }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const language = i18n.language;
  const boundaries = useBoundaries();
  const values = useMapValues(selection);
  const maps = useMemo(() => (boundaries.data ? { [MAP_NAME]: boundaries.data } : undefined), [boundaries.data]);
  const regionNames = useMemo(() => new Map(regions.filter((r) => r.area.code).map((r) => [r.area.code!, r.area.name])), [regions]);

  const places = useMemo<Place[]>(() => {
    const byCode = new Map((values.data?.values ?? []).map((v) => [v.municipality, v]));
    return (boundaries.data?.features ?? [])
      .map((f) => {
        // the boundaries carry code and name only; the region comes with the municipality's map value
        const value = byCode.get(f.properties.code) ?? null;
        return { code: f.properties.code, name: f.properties.name, region: value?.region ?? null, value };
      })
      .sort((a, b) => (regionOrder(a, regionNames) - regionOrder(b, regionNames)) || a.name.localeCompare(b.name, 'nl'));
  }, [boundaries.data, values.data, regionNames]);

  const option = useMemo(() => {
    const byCode = new Map(places.map((p) => [p.code, p]));
    const numbers = places.map((p) => parseRatio(p.value?.movesPerThousand)).filter((v): v is number => v !== null);
    const min = numbers.length ? Math.min(...numbers) : 0;
    const max = numbers.length ? Math.max(...numbers) : 1;
    return {
      textStyle: font,
      tooltip: {
        trigger: 'item',
        formatter: (params: { name: string }) => {
          const place = byCode.get(params.name);
          if (!place) return escapeHtml(params.name);
          const lines = [`<strong>${escapeHtml(place.name)}</strong>`, escapeHtml(valueText(place, values.data?.threshold, t, language))];
          if (place.value?.level === 'REGION') lines.push(`<em>${escapeHtml(t('map.regionAverage'))}</em>`);
          return lines.join('<br/>');
        },
      },
      visualMap: {
        type: 'continuous',
        min,
        max: max > min ? max : min + 1,
        left: 0,
        bottom: 0,
        orient: 'vertical',
        itemHeight: 140,
        text: [`${t('map.high')} (${twoDecimals(max, language)})`, `${t('map.low')} (${twoDecimals(min, language)})`],
        textStyle: font,
        calculable: false,
        inRange: { color: colors.scale },
        formatter: (value: number) => twoDecimals(value, language),
      },
      series: [
        {
          type: 'map',
          map: MAP_NAME,
          nameProperty: 'code',
          aspectScale: 0.62,
          layoutCenter: ['56%', '50%'],
          layoutSize: '96%',
          selectedMode: false,
          label: { show: false },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#f5c211' } },
          itemStyle: { borderColor: '#ffffff', borderWidth: 0.6, areaColor: colors.noData },
          data: places.map((p) => ({
            name: p.code,
            value: parseRatio(p.value?.movesPerThousand),
            // a region's average: a grey outline tells it apart from a municipality's own figure
            itemStyle: p.value?.level === 'REGION' ? { borderColor: '#8c8c8c', borderWidth: 0.6 } : undefined,
          })),
        },
      ],
    };
  }, [places, values.data?.threshold, t, language]);

  const th = 'utrecht-table__header-cell';
  const table = (
    <table className="utrecht-table tp-table tp-chart-data" data-testid="map-table">
      <caption className="tp-caption">{t('map.tableCaption')}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th scope="col" className={th}>{t('map.municipality')}</th>
          <th scope="col" className={th}>{t('map.region')}</th>
          <th scope="col" className={`${th} utrecht-table__header-cell--numeric-column`}>{t('table.perThousand')}</th>
          <th scope="col" className={th}>{t('map.level')}</th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {places.map((p) => (
          <tr key={p.code} className="utrecht-table__row" data-municipality={p.code} data-level={p.value?.level ?? ''}>
            <th scope="row" className={th}>{p.name}</th>
            <td className="utrecht-table__cell">{(p.region && regionNames.get(p.region)) ?? t('map.otherRegion')}</td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric-column tp-number">{ratioText(p.value?.movesPerThousand, language)}</td>
            <td className="utrecht-table__cell">{p.value ? (p.value.level === 'REGION' ? t('map.regionAverage') : t('map.own')) : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  let body: ReactNode;
  if (boundaries.isError || values.isError) body = <p className="utrecht-paragraph tp-muted">{t('map.unavailable')}</p>;
  else if (!maps || !values.data) body = <p className="utrecht-paragraph tp-muted">{t('map.loading')}</p>;
  else
    body = (
      <div className="tp-chart-box tp-dashboard-map" data-testid="dashboard-map-box">
        <EChart option={option} maps={maps} label={t('map.label')} testId="dashboard-map-chart" />
      </div>
    );
  return (
    <ChartFigure title={t('map.title')} hint={t('map.hint')} testId="dashboard-map" table={table} headingLevel={2} summary={t('map.tableSummary')}>
      {body}
      <p className="utrecht-paragraph tp-small tp-muted">{t('map.credit')}</p>
    </ChartFigure>
  );
}

function regionOrder(place: Place, names: Map<string, string>): number {
  const keys = [...names.keys()];
  const index = place.region ? keys.indexOf(place.region) : -1;
  return index === -1 ? keys.length : index;
}

/** @param threshold the answer's threshold: a hidden value names it, whatever the server is configured with */
export function valueText(place: Place, threshold: number | undefined, t: TFunction<'dashboard'>, language: string): string {
  const value = place.value;
  if (value?.suppressed && threshold !== undefined) return t('map.hiddenValue', { threshold });
  if (!value || value.movesPerThousand === null) return t('map.noValue');
  if (value.text && language === 'nl') return value.text;
  return t('map.valueText', { value: ratioText(value.movesPerThousand, language) });
}

import type { TFunction } from 'i18next';
import { type ReactNode, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../shared/charts/EChart';
import { parseRatio, useBoundaries, useMapValues, type Row, type Selection } from '../api/dashboard';
import { ratioText } from '../format';
import { twoDecimals } from './AreaCharts';
import { ChartFigure } from './ChartFigure';
import { colors, escapeHtml, font } from './chartStyle';
import { boundariesOf, isUnknown, type Place, placesFor } from './mapPlaces';

export type { Place } from './mapPlaces';

interface Props {
  selection: Selection;
  /** the regions table's rows: the map shows their municipalities */
  regions: Row[];
}

/** Hatching for unknown municipalities (no adopted figures): grey with white diagonal lines, never the colour of 0. */
const UNKNOWN_STYLE = {
  areaColor: '#bdbdbd',
  decal: { color: 'rgba(255, 255, 255, 0.8)', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4 },
};

/**
 * The municipalities of the regions the table lists (the province filter applies; one region can be
 * chosen), coloured by homes needed per 1,000 inhabitants: its own figure where the caller may see its
 * detail, otherwise its region's (a grey outline). Unknown municipalities are grey and hatched, never
 * coloured as 0. Names show on hover, and on keyboard focus through the chooser beside the map; the
 * legend stands beside the map. The table under it has the same figures.
 */
export function DashboardMap({ selection, regions }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const language = i18n.language;
  const id = useId();
  const boundaries = useBoundaries();
  const values = useMapValues(selection);
  const [chosenRegion, setChosenRegion] = useState<string | null>(null);
  const [pointed, setPointed] = useState<string | null>(null);
  const tableRegions = useMemo(() => regions.map((r) => r.area.code).filter((c): c is string => !!c), [regions]);
  const region = chosenRegion && tableRegions.includes(chosenRegion) ? chosenRegion : null;

  const places = useMemo(
    () => placesFor(boundaries.data, values.data?.values, { regions: tableRegions, region }),
    [boundaries.data, values.data, tableRegions, region],
  );
  const mapName = `thuisplan-dashboard-${tableRegions.join('-')}-${region ?? 'alle'}`;
  const maps = useMemo(() => {
    const shown = boundariesOf(boundaries.data, places);
    return shown ? { [mapName]: shown } : undefined;
  }, [boundaries.data, places, mapName]);
  const numbers = places.filter((p) => !isUnknown(p)).map((p) => parseRatio(p.value?.movesPerThousand)).filter((v): v is number => v !== null);
  const min = numbers.length ? Math.min(...numbers) : 0;
  const max = numbers.length ? Math.max(...numbers) : 1;
  const threshold = values.data?.threshold;

  const option = useMemo(() => {
    const byCode = new Map(places.map((p) => [p.code, p]));
    return {
      textStyle: font,
      tooltip: {
        trigger: 'item',
        formatter: (params: { name: string }) => {
          const place = byCode.get(params.name);
          return place ? placeTooltip(place, threshold, t, language) : escapeHtml(params.name);
        },
      },
      // the legend is HTML beside the map; this only maps values to colours
      visualMap: { show: false, type: 'continuous', min, max: max > min ? max : min + 1, inRange: { color: colors.scale } },
      series: [
        {
          type: 'map',
          map: mapName,
          nameProperty: 'code',
          aspectScale: 0.62,
          layoutCenter: ['50%', '50%'],
          layoutSize: '96%',
          selectedMode: false,
          label: { show: false },
          emphasis: {
            label: { show: true, formatter: (p: { name: string }) => byCode.get(p.name)?.name ?? p.name, fontSize: 13, fontWeight: 'bold' },
            itemStyle: { areaColor: '#f5c211' },
          },
          itemStyle: { borderColor: '#ffffff', borderWidth: 0.6, areaColor: colors.noData },
          data: places.map((p) => ({
            name: p.code,
            value: isUnknown(p) ? null : parseRatio(p.value?.movesPerThousand),
            itemStyle: isUnknown(p)
              ? { ...UNKNOWN_STYLE, borderColor: p.value?.level === 'REGION' ? '#6b6b6b' : '#ffffff', borderWidth: 0.6 }
              : p.value?.level === 'REGION'
                ? { borderColor: '#8c8c8c', borderWidth: 0.6 }
                : undefined,
          })),
        },
      ],
    };
  }, [places, mapName, min, max, threshold, t, language]);

  const pointedPlace = places.find((p) => p.code === pointed) ?? null;
  let body: ReactNode;
  if (boundaries.isError || values.isError) body = <p className="utrecht-paragraph tp-muted">{t('map.unavailable')}</p>;
  else if (!maps || !values.data) body = <p className="utrecht-paragraph tp-muted">{t('map.loading')}</p>;
  else
    body = (
      <div className="tp-dashboard-map-layout">
        <div className="tp-chart-box tp-dashboard-map" data-testid="dashboard-map-box">
          <EChart
            option={option}
            maps={maps}
            label={t('map.label')}
            testId="dashboard-map-chart"
            highlight={pointed ? { seriesIndex: 0, name: pointed } : null}
          />
        </div>
        <aside className="tp-map-legend" aria-labelledby={`${id}-legend`} data-testid="map-legend">
          <h3 id={`${id}-legend`} className="utrecht-heading-4">
            {t('map.legendTitle')}
          </h3>
          <p className="tp-small">{t('table.perThousand')}</p>
          <div className="tp-map-legend__scale" aria-hidden="true" style={{ background: `linear-gradient(to right, ${colors.scale.join(', ')})` }} />
          <p className="tp-map-legend__ends tp-small">
            <span>
              {t('map.low')} ({twoDecimals(min, language)})
            </span>
            <span>
              {t('map.high')} ({twoDecimals(max, language)})
            </span>
          </p>
          <ul className="tp-map-legend__keys tp-small">
            <li>
              <span className="tp-map-key tp-map-key--unknown" aria-hidden="true" /> {t('map.legendUnknown')}
            </li>
            <li>
              <span className="tp-map-key tp-map-key--average" aria-hidden="true" /> {t('map.legendAverage')}
            </li>
          </ul>
          <MapChooser
            id={id}
            tableRegions={regions}
            region={region}
            onRegion={(code) => {
              setChosenRegion(code);
              setPointed(null);
            }}
            places={places}
            pointed={pointed}
            onPoint={setPointed}
          />
          <p className="tp-small" aria-live="polite" data-testid="map-pointed">
            {pointedPlace && (
              <>
                <strong>{pointedPlace.name}</strong> ({pointedPlace.regionName}): {valueText(pointedPlace, threshold, t, language)}
              </>
            )}
          </p>
        </aside>
      </div>
    );
  return (
    <ChartFigure
      title={t('map.title')}
      hint={t('map.hint')}
      testId="dashboard-map"
      table={<MapTable places={places} />}
      headingLevel={2}
      summary={t('map.tableSummary')}
    >
      {body}
      <p className="utrecht-paragraph tp-small tp-muted">{t('map.credit')}</p>
    </ChartFigure>
  );
}

interface ChooserProps {
  id: string;
  tableRegions: Row[];
  region: string | null;
  onRegion: (code: string | null) => void;
  places: Place[];
  pointed: string | null;
  onPoint: (code: string | null) => void;
}

/** The region shown, and a municipality pointed out on the map by keyboard (its name appears there, as on hover). */
function MapChooser({ id, tableRegions, region, onRegion, places, pointed, onPoint }: ChooserProps) {
  const { t } = useTranslation('dashboard');
  return (
    <>
      <div className="utrecht-form-field">
        <label htmlFor={`${id}-region`} className="utrecht-form-label">
          {t('map.regionFilter')}
        </label>
        <select
          id={`${id}-region`}
          className="utrecht-select utrecht-select--html-select"
          value={region ?? ''}
          onChange={(e) => onRegion(e.target.value || null)}
          data-testid="map-region"
        >
          <option value="">{t('map.allRegions')}</option>
          {tableRegions
            .filter((r) => r.area.code)
            .map((r) => (
              <option key={r.area.code} value={r.area.code!}>
                {r.area.name}
              </option>
            ))}
        </select>
      </div>
      <div className="utrecht-form-field">
        <label htmlFor={`${id}-point`} className="utrecht-form-label">
          {t('map.pointLabel')}
        </label>
        <select
          id={`${id}-point`}
          className="utrecht-select utrecht-select--html-select"
          value={pointed ?? ''}
          onChange={(e) => onPoint(e.target.value || null)}
          data-testid="map-point"
        >
          <option value="">{t('map.pointNone')}</option>
          {places.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

function MapTable({ places }: { places: Place[] }) {
  const { t, i18n } = useTranslation('dashboard');
  const th = 'utrecht-table__header-cell';
  return (
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
          <tr key={p.code} className="utrecht-table__row" data-municipality={p.code} data-level={p.value?.level ?? ''} data-unknown={isUnknown(p) || undefined}>
            <th scope="row" className={th}>{p.name}</th>
            <td className="utrecht-table__cell">{p.regionName ?? t('map.otherRegion')}</td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric-column tp-number">
              {isUnknown(p) ? t('completeness.unknown') : ratioText(p.value?.movesPerThousand, i18n.language)}
            </td>
            <td className="utrecht-table__cell">{p.value ? (p.value.level === 'REGION' ? t('map.regionAverage') : t('map.own')) : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function placeTooltip(place: Place, threshold: number | undefined, t: TFunction<'dashboard'>, language: string): string {
  const lines = [`<strong>${escapeHtml(place.name)}</strong>`, escapeHtml(place.regionName ?? ''), escapeHtml(valueText(place, threshold, t, language))];
  if (place.value?.level === 'REGION') lines.push(`<em>${escapeHtml(t('map.regionAverage'))}</em>`);
  return lines.join('<br/>');
}

/** @param threshold the answer's threshold: a hidden value names it, whatever the server is configured with */
export function valueText(place: Place, threshold: number | undefined, t: TFunction<'dashboard'>, language: string): string {
  const value = place.value;
  if (value?.suppressed && threshold !== undefined && value.text !== '×' && !value.text.startsWith('niet getoond')) {
    return t('map.hiddenValue', { threshold });
  }
  if (value && value.level === 'MUNICIPALITY' && value.completeness?.level === 'NONE') return t('map.unknown');
  if (!value || value.movesPerThousand === null) return value?.text && language === 'nl' ? value.text : t('map.noValue');
  if (value.text && language === 'nl') return value.text;
  return t('map.valueText', { value: ratioText(value.movesPerThousand, language) });
}

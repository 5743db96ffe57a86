import { useTranslation } from 'react-i18next';
import type { TrendPoint } from '../api/dashboard';
import { cellText } from '../format';

const WIDTH = 84;
const HEIGHT = 24;

/**
 * A row's trend (homes needed per year) as a small line; a hidden or missing year breaks the line.
 * Screen readers hear the figures themselves.
 */
export function Sparkline({ trend }: { trend: TrendPoint[] }) {
  const { t, i18n } = useTranslation('dashboard');
  if (trend.length === 0) return <>–</>;
  const label = t('table.trendLabel', {
    values: trend.map((p) => `${p.year}: ${cellText(p.moves, i18n.language)}`).join(', '),
  });
  const values = trend.map((p) => (p.moves.suppressed ? null : p.moves.value));
  const known = values.filter((v): v is number => v !== null);
  // nothing to draw: the years are hidden or unknown, which the label still says
  if (known.length === 0) return <span className="tp-visually-hidden">{label}</span>;
  const max = Math.max(...known, 1);
  const step = trend.length > 1 ? (WIDTH - 6) / (trend.length - 1) : 0;
  const x = (i: number) => 3 + i * step;
  const y = (v: number) => HEIGHT - 3 - (v / max) * (HEIGHT - 6);
  // one polyline per run of known values
  const runs: { i: number; v: number }[][] = [];
  values.forEach((v, i) => {
    if (v === null) {
      runs.push([]);
      return;
    }
    if (runs.length === 0) runs.push([]);
    runs[runs.length - 1]!.push({ i, v });
  });
  const lastIndex = values.length - 1;
  const last = values[lastIndex];
  return (
    <svg className="tp-sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} data-testid="sparkline">
      <title>{label}</title>
      {runs
        .filter((run) => run.length > 0)
        // a run is keyed by the position of its first year, which no other run shares
        .map((run) =>
          run.length === 1 ? (
            <circle key={run[0]!.i} cx={x(run[0]!.i)} cy={y(run[0]!.v)} r={1.8} className="tp-sparkline__dot" />
          ) : (
            <polyline key={run[0]!.i} points={run.map((p) => `${x(p.i)},${y(p.v)}`).join(' ')} className="tp-sparkline__line" />
          ),
        )}
      {last !== null && last !== undefined && <circle cx={x(lastIndex)} cy={y(last)} r={2.5} className="tp-sparkline__end" />}
    </svg>
  );
}

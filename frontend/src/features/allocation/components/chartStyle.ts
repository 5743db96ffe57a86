/** Colours and type for the charts, from the same palette as the rest of the app (contrast ≥ 3:1 on white). */
export const chartColors = {
  bar: '#1a5fb4',
  barSelected: '#8a3ffc',
  second: '#1d6b35',
  marker: '#1a1a1a',
  axis: '#4d4d4d',
  grid: '#dddddd',
  /** light to dark for the map; the darkest is the highest target per 1,000 inhabitants */
  scale: ['#eef4fb', '#b7cfee', '#6f9fdb', '#2f6fc0', '#123f7a'],
};

export const chartFont = { fontFamily: "'Noto Sans Variable', 'Noto Sans', Arial, sans-serif", fontSize: 13, color: '#1a1a1a' };

/** Height in pixels for a horizontal bar chart with one row per municipality. */
export const barChartHeight = (rows: number) => Math.max(220, rows * 26 + 80);

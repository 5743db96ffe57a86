/** Colours and type of the dashboard's charts (contrast ≥ 3:1 on white), like the other features' charts. */
export const colors = {
  bar: '#1a5fb4',
  second: '#1d6b35',
  axis: '#4d4d4d',
  grid: '#dddddd',
  noData: '#e6e6e6',
  /** light to dark for the map: the darkest needs the most homes per 1,000 inhabitants */
  scale: ['#eef4fb', '#b7cfee', '#6f9fdb', '#2f6fc0', '#123f7a'],
  /** one per region in the trend chart, told apart by their symbols too */
  lines: ['#1a5fb4', '#a34900', '#1d6b35', '#8a3ffc', '#b3124d', '#005f73', '#4d4d4d', '#7a5c00'],
  symbols: ['circle', 'rect', 'triangle', 'diamond', 'emptyCircle', 'emptyRect', 'emptyTriangle', 'emptyDiamond'],
};

export const font = { fontFamily: "'Noto Sans Variable', 'Noto Sans', Arial, sans-serif", fontSize: 13, color: '#1a1a1a' };

/** Height in pixels for a horizontal bar chart with one row per area. */
export const barHeight = (rows: number, perRow = 28) => Math.max(220, rows * perRow + 80);

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

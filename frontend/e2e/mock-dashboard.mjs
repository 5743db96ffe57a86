// The dashboard part of the mock backend (docs/api/dashboard.md): the six regions side by side, a
// region's municipalities, the map and its boundaries, and the exports. Figures are invented but
// stable (a hash of municipality, year and target group), small enough here and there that the
// suppression of counts from 1 to 4 shows. The municipalities are the seed list the backend ships.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pdf } from './mock-allocation.mjs';

const THRESHOLD = 5;
const YEARS = [2026, 2025, 2024, 2023];
const DEFAULT_YEAR = 2026;
const ALL = 'alle';

const REGIONS = [
  ['MRA', 'Metropoolregio Amsterdam'],
  ['ENS', 'Regio Enschede'],
  ['GRO', 'Regio Groningen'],
  ['HGL', 'Regio Haaglanden'],
  ['PSL', 'Stadsregio Parkstad Limburg'],
  ['GMR', 'Groene Metropoolregio Arnhem-Nijmegen'],
].map(([code, name]) => ({ code, name }));

const PROVINCES = {
  PV20: 'Groningen', PV23: 'Overijssel', PV24: 'Flevoland', PV25: 'Gelderland', PV27: 'Noord-Holland', PV28: 'Zuid-Holland', PV31: 'Limburg',
};

const GROUPS = [
  ['dakloos', 'Dakloze en thuisloze mensen (incl. dakloze gezinnen met kinderen)', 0.35],
  ['uitstroom_mo', 'Uitstroom maatschappelijke opvang', 0.25],
  ['uitstroom_bw', 'Uitstroom beschermd wonen', 0.2],
  ['uitstroom_ggz', 'Uitstroom GGZ-klinieken', 0.08],
  ['uitstroom_jeugd', 'Uitstroom jeugdhulp-instellingen', 0.1],
  ['uitstroom_vo', 'Uitstroom vrouwenopvang / slachtoffers huiselijk geweld', 0.06],
  ['mensenhandel', 'Slachtoffers mensenhandel', 0.01],
  ['vergunninghouders', 'Vergunninghouders (statushouders)', 0.5],
  ['medische_urgentie', 'Medische urgentie (ernstig zieken)', 0.12],
  ['mantelzorg', 'Mantelzorgers en -ontvangers', 0.04],
].map(([code, name, rate]) => ({ code, name, rate }));

// --- the municipalities (seed CSV) and their boundaries ----------------------------------------------

const reference = (file) => fileURLToPath(new URL(`../../backend/src/main/resources/reference/${file}`, import.meta.url));

const MUNICIPALITIES = readFileSync(reference('koploper-gemeenten.csv'), 'utf8')
  .split(/\r?\n/)
  .slice(1)
  .filter((line) => line.trim())
  .map((line) => {
    const [region, , code, name, province, inhabitants] = line.split(',');
    return { region, code, name, province, inhabitants: Number(inhabitants) };
  })
  .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

let boundaries = null;
function boundaryCollection() {
  if (boundaries) return boundaries;
  let features = [];
  try {
    features = JSON.parse(readFileSync(reference('gemeente_2024.geojson'), 'utf8')).features;
  } catch {
    features = [];
  }
  const byCode = new Map(MUNICIPALITIES.map((m) => [m.code, m]));
  boundaries = {
    type: 'FeatureCollection',
    features: features
      .filter((f) => byCode.has(f.properties.statcode))
      .map((f) => ({
        type: 'Feature',
        properties: { code: f.properties.statcode, name: f.properties.statnaam, region: byCode.get(f.properties.statcode).region },
        geometry: f.geometry,
      })),
  };
  return boundaries;
}

// --- invented, stable figures ---------------------------------------------------------------------

function hash(text) {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return ((h >>> 0) % 10000) / 10000;
}

/** One municipality's figures for a year and one target group (raw, before suppression). */
function groupFigures(m, year, group) {
  const r = hash(`${m.code}-${group.code}-${year}`);
  const growth = 1 + (year - 2023) * 0.06;
  const inflow = Math.round((m.inhabitants / 1000) * group.rate * (0.5 + r) * growth * 0.6);
  const stock = Math.round(inflow * (1.2 + hash(`${m.code}-${group.code}-stock`) * 1.5));
  const moves = Math.round(inflow + stock / 4);
  return { stock, inflow, moves };
}

const adoptedAnalysis = (m, year) => year < 2026 || hash(`${m.code}-analysis-${year}`) < 0.7;

function municipalityFigures(m, year, targetGroup) {
  const groups = targetGroup === ALL ? GROUPS : GROUPS.filter((g) => g.code === targetGroup);
  const adopted = adoptedAnalysis(m, year);
  const sum = { stock: 0, inflow: 0, moves: 0 };
  if (adopted) {
    for (const group of groups) {
      const f = groupFigures(m, year, group);
      sum.stock += f.stock;
      sum.inflow += f.inflow;
      sum.moves += f.moves;
    }
  }
  // the allocation models cover the larger groups only
  const modelled = targetGroup === ALL || ['uitstroom_bw', 'uitstroom_mo', 'vergunninghouders'].includes(targetGroup);
  const target = modelled ? Math.round(sum.moves * 0.8) : null;
  const realised = target === null ? null : Math.round(target * (0.45 + hash(`${m.code}-real-${year}`) * 0.5));
  const wzvRoll = hash(`${m.code}-wzv-${year}`);
  const woonzorgvisie = wzvRoll < 0.3 ? 'adopted' : wzvRoll < 0.45 ? 'inReview' : wzvRoll < 0.75 ? 'concept' : 'none';
  return { ...sum, target, realised, adopted, woonzorgvisie };
}

// --- rows: sums, ratios and suppression -------------------------------------------------------------

const dutch = (value, digits) =>
  new Intl.NumberFormat('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: true }).format(value);
const cell = (value) => ({ value, text: new Intl.NumberFormat('nl-NL').format(value), suppressed: false });
const hiddenCell = () => ({ value: null, text: `<${THRESHOLD}`, suppressed: true });
const COUNT_COLUMNS = ['stock', 'inflow', 'moves', 'target', 'realised'];

function buildRow(area, members, year, targetGroup, extra = {}) {
  const figures = members.map((m) => municipalityFigures(m, year, targetGroup));
  const sum = (key) => figures.reduce((s, f) => s + (f[key] ?? 0), 0);
  const inhabitants = members.reduce((s, m) => s + m.inhabitants, 0);
  const hasModel = figures.some((f) => f.target !== null);
  const raw = { stock: sum('stock'), inflow: sum('inflow'), moves: sum('moves'), target: hasModel ? sum('target') : null, realised: hasModel ? sum('realised') : null };
  const count = (status) => figures.filter((f) => f.woonzorgvisie === status).length;
  const trend = YEARS.slice()
    .sort((a, b) => a - b)
    .map((y) => ({ year: y, raw: members.map((m) => municipalityFigures(m, y, targetGroup)).reduce((s, f) => s + f.moves, 0) }));
  return {
    area,
    detail: false,
    inhabitants,
    municipalities: members.length,
    raw,
    trendRaw: trend,
    completeness: { adopted: figures.filter((f) => f.adopted).length, of: members.length },
    woonzorgvisie: { adopted: count('adopted'), inReview: count('inReview'), concept: count('concept'), none: count('none') },
    urgency: null,
    ...extra,
  };
}

/** Hides 1..4 and, where one cell of a column is hidden, the next smallest too; a small total hides itself. */
function finish(rows, total, { suppress = true } = {}) {
  const all = [...rows, total];
  for (const r of all) {
    for (const key of COUNT_COLUMNS) r[key] = r.raw[key] === null ? cell(0) : cell(r.raw[key]);
    r.trend = r.trendRaw.map((p) => ({ year: p.year, moves: cell(p.raw) }));
  }
  if (suppress) {
    const small = (v) => v !== null && v > 0 && v < THRESHOLD;
    const columns = [
      ...COUNT_COLUMNS.map((key) => ({ get: (r) => r.raw[key], hide: (r) => (r[key] = hiddenCell()) })),
      ...total.trendRaw.map((_, i) => ({ get: (r) => r.trendRaw[i].raw, hide: (r) => (r.trend[i].moves = hiddenCell()) })),
    ];
    for (const column of columns) {
      const hidden = rows.filter((r) => small(column.get(r)));
      hidden.forEach(column.hide);
      if (hidden.length === 1 && rows.length > 1) {
        const next = rows
          .filter((r) => !hidden.includes(r) && column.get(r) > 0)
          .sort((a, b) => column.get(a) - column.get(b))[0];
        if (next) column.hide(next);
      }
      if (small(column.get(total))) column.hide(total);
    }
  }
  for (const r of all) {
    const moves = r.moves.suppressed ? null : r.raw.moves;
    r.movesPerThousand = moves === null || !r.inhabitants ? null : dutch((moves * 1000) / r.inhabitants, 2);
    const target = r.raw.target;
    r.realisedShare = r.target.suppressed || r.realised.suppressed || !target ? null : dutch((r.raw.realised / target) * 100, 1);
    if (r.raw.target === null) {
      r.target = cell(0);
      r.realised = cell(0);
    }
    delete r.raw;
    delete r.trendRaw;
  }
  return { rows, total };
}

function urgencyOf(region, members, year, targetGroup) {
  if (region.code === 'PSL') return null; // no adopted scheme yet
  const urgentInflow = Math.round(members.map((m) => municipalityFigures(m, year, targetGroup).inflow).reduce((s, v) => s + v, 0) * 0.45);
  // capacity in the same order as the urgent inflow, so some regions fall short
  const capacity = Math.max(urgentInflow, 1) * (0.75 + hash(`${region.code}-cap-${year}-${targetGroup}`) * 0.6);
  const balance = capacity - urgentInflow;
  return {
    scheme: `Urgentieregeling ${region.name} ${year} (versie 1)`,
    capacity: dutch(capacity, 1),
    inflow: urgentInflow > 0 && urgentInflow < THRESHOLD ? hiddenCell() : cell(urgentInflow),
    balance: dutch(balance, 1),
    shortfall: balance < 0,
  };
}

// --- who sees what -----------------------------------------------------------------------------------

const membersOf = (region) => MUNICIPALITIES.filter((m) => m.region === region);

function mayDetail(user, region) {
  switch (user.role) {
    case 'PLATFORM_ADMIN':
      return true;
    case 'PROVINCE_ANALYST':
      return membersOf(region).some((m) => m.province === user.province?.code);
    case 'REGION_PROGRAMME_MANAGER':
      return user.region?.code === region;
    default:
      return false;
  }
}

/** May the caller see this municipality's own figures? */
function seesMunicipality(user, m) {
  if (user.role === 'PLATFORM_ADMIN') return true;
  if (user.role === 'PROVINCE_ANALYST') return m.province === user.province?.code;
  if (user.role === 'REGION_PROGRAMME_MANAGER') return m.region === user.region?.code;
  return false;
}

function regionsTable(user, year, targetGroup, province) {
  const anonymise = user.role === 'REGION_PROGRAMME_MANAGER';
  let letter = 0;
  const shown = REGIONS.filter((r) => !province || membersOf(r.code).some((m) => m.province === province));
  const rows = shown.map((region) => {
    const members = membersOf(region.code);
    const own = !anonymise || user.region?.code === region.code;
    const area = own ? { kind: 'REGION', code: region.code, name: region.name } : { kind: 'REGION', code: null, name: `Regio ${String.fromCharCode(65 + letter++)}` };
    return buildRow(area, members, year, targetGroup, { detail: mayDetail(user, region.code), urgency: urgencyOf(region, members, year, targetGroup) });
  });
  const members = shown.flatMap((region) => membersOf(region.code));
  const total = buildRow({ kind: 'TOTAL', code: null, name: 'Totaal' }, members, year, targetGroup);
  const urgencies = rows.map((r) => r.urgency).filter(Boolean);
  if (urgencies.length) {
    const capacity = urgencies.reduce((s, u) => s + Number(u.capacity.replace(/\./g, '').replace(',', '.')), 0);
    const inflow = urgencies.reduce((s, u) => s + (u.inflow.value ?? 0), 0);
    total.urgency = { scheme: `${urgencies.length} regelingen`, capacity: dutch(capacity, 1), inflow: cell(inflow), balance: dutch(capacity - inflow, 1), shortfall: capacity < inflow };
  }
  return { year, targetGroup, threshold: THRESHOLD, ...finish(rows, total) };
}

function municipalitiesTable(user, region, year, targetGroup) {
  const members = membersOf(region.code);
  const visible = members.filter((m) => seesMunicipality(user, m));
  const rest = members.filter((m) => !seesMunicipality(user, m));
  const rows = visible.map((m) => buildRow({ kind: 'MUNICIPALITY', code: m.code, name: m.name }, [m], year, targetGroup));
  if (rest.length) {
    const provinceName = PROVINCES[user.province?.code] ?? 'de provincie';
    rows.push(buildRow({ kind: 'REST', code: null, name: `Gemeenten buiten ${provinceName}` }, rest, year, targetGroup));
  }
  const total = buildRow({ kind: 'TOTAL', code: null, name: 'Totaal' }, members, year, targetGroup, { urgency: urgencyOf(region, members, year, targetGroup) });
  // a programme manager sees its own region unsuppressed
  const suppress = !(user.role === 'REGION_PROGRAMME_MANAGER' && user.region?.code === region.code);
  return { region: { code: region.code, name: region.name }, year, targetGroup, threshold: THRESHOLD, ...finish(rows, total, { suppress }) };
}

function mapValues(user, year, targetGroup) {
  const regionRatio = new Map();
  for (const region of REGIONS) {
    const row = finish([], buildRow({ kind: 'REGION', code: region.code, name: region.name }, membersOf(region.code), year, targetGroup), { suppress: false }).total;
    regionRatio.set(region.code, row.movesPerThousand);
  }
  return {
    values: MUNICIPALITIES.map((m) => {
      if (seesMunicipality(user, m)) {
        const { total } = finish([], buildRow({ kind: 'MUNICIPALITY', code: m.code, name: m.name }, [m], year, targetGroup));
        const value = total.movesPerThousand;
        return { municipality: m.code, region: m.region, level: 'MUNICIPALITY', movesPerThousand: value, text: value === null ? null : `${value} per 1.000` };
      }
      const anonymised = user.role === 'REGION_PROGRAMME_MANAGER' && user.region?.code !== m.region;
      const value = regionRatio.get(m.region) ?? null;
      return { municipality: m.code, region: anonymised ? null : m.region, level: 'REGION', movesPerThousand: value, text: value === null ? null : `${value} per 1.000` };
    }),
  };
}

// --- files -------------------------------------------------------------------------------------------

const csvLine = (cells) => cells.map((c) => (/[;"\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(';');
const HEADER = ['Gebied', 'Inwoners', 'Huidige vraag', 'Nieuwe vraag per jaar', 'Benodigde woningen per jaar', 'Per 1.000 inwoners', 'Taakstelling', 'Gerealiseerd', '% gerealiseerd', 'Vraaganalyses vastgesteld'];
const csvRow = (r) => [r.area.name, r.inhabitants, r.stock.text, r.inflow.text, r.moves.text, r.movesPerThousand ?? '', r.target.text, r.realised.text, r.realisedShare ?? '', `${r.completeness.adopted} van ${r.completeness.of}`];
const tableCsv = (table) => '\ufeff' + [HEADER, ...table.rows.map(csvRow), csvRow({ ...table.total, area: { name: 'Totaal' } })].map(csvLine).join('\r\n') + '\r\n';

function download(res, send, body, fileName, format) {
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  const types = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pdf: 'application/pdf' };
  return send(res, 200, body, types[format]);
}

// --- routes ------------------------------------------------------------------------------------------

/** Handles /api/dashboard/…; resolves to false for any other path. */
export async function dashboardApi(req, res, user, { send }) {
  const url = new URL(req.url, 'http://localhost');
  const path = url.pathname;
  if (!path.startsWith('/api/dashboard/') || req.method !== 'GET') return false;
  const problem = (status, code, detail, extra = {}) =>
    send(res, status, { type: 'about:blank', title: code, status, detail, code, ...extra }, 'application/problem+json');
  if (user.role === 'MUNICIPALITY_OFFICER') return problem(403, 'FORBIDDEN', 'Het dashboard is er voor regio, provincie en beheer.');

  if (path === '/api/dashboard/filters') {
    return send(res, 200, {
      years: YEARS,
      targetGroups: GROUPS.map(({ code, name }) => ({ code, name })),
      provinces: [...new Set(MUNICIPALITIES.map((m) => m.province))].sort().map((code) => ({ code, name: PROVINCES[code] ?? code })),
      threshold: THRESHOLD,
      defaultYear: DEFAULT_YEAR,
    });
  }
  if (path === '/api/dashboard/boundaries') {
    res.setHeader('Cache-Control', 'max-age=3600');
    return send(res, 200, boundaryCollection());
  }

  // the filters of every table
  const fields = [];
  const year = Number(url.searchParams.get('year') ?? DEFAULT_YEAR);
  if (!Number.isInteger(year) || !YEARS.includes(year)) fields.push({ field: 'year', code: 'UNKNOWN_YEAR', message: `Voor ${url.searchParams.get('year')} zijn geen cijfers.` });
  const targetGroup = url.searchParams.get('targetGroup') || ALL;
  if (targetGroup !== ALL && !GROUPS.some((g) => g.code === targetGroup)) {
    fields.push({ field: 'targetGroup', code: 'UNKNOWN_TARGET_GROUP', message: `Aandachtsgroep '${targetGroup}' bestaat niet.` });
  }
  const province = url.searchParams.get('province') || null;
  if (province && !PROVINCES[province]) fields.push({ field: 'province', code: 'UNKNOWN_PROVINCE', message: `Provincie '${province}' bestaat niet.` });
  if (fields.length) return problem(400, 'VALIDATION_FAILED', 'De filters zijn niet geldig.', { fields });

  let m;
  if ((m = /^\/api\/dashboard\/regions(?:\.(csv|xlsx))?$/.exec(path))) {
    const table = regionsTable(user, year, targetGroup, province);
    if (!m[1]) return send(res, 200, table);
    return download(res, send, tableCsv(table), `dashboard-regios-${year}.${m[1]}`, m[1]);
  }
  if ((m = /^\/api\/dashboard\/regions\/([^/]+)\/municipalities(?:\.(csv|xlsx))?$/.exec(path))) {
    const region = REGIONS.find((r) => r.code === decodeURIComponent(m[1]));
    if (!region) return problem(404, 'NOT_FOUND', 'Deze regio bestaat niet.');
    if (!mayDetail(user, region.code)) return problem(403, 'DETAIL_NOT_ALLOWED', 'U mag de gemeenten van deze regio niet inzien.');
    const table = municipalitiesTable(user, region, year, targetGroup);
    if (!m[2]) return send(res, 200, table);
    return download(res, send, tableCsv(table), `dashboard-${region.code}-${year}.${m[2]}`, m[2]);
  }
  if (path === '/api/dashboard/map') return send(res, 200, mapValues(user, year, targetGroup));
  if (path === '/api/dashboard/report.pdf') {
    const table = regionsTable(user, year, targetGroup, province);
    const group = targetGroup === ALL ? 'Alle aandachtsgroepen' : GROUPS.find((g) => g.code === targetGroup).name;
    const lines = [`${year} - ${group}${province ? ` - ${PROVINCES[province]}` : ''}`, '', ...table.rows.map((r) => `${r.area.name}: ${r.moves.text} woningen per jaar, ${r.movesPerThousand ?? '-'} per 1.000 inwoners`)];
    return download(res, send, pdf('Dashboard aandachtsgroepen', lines), `dashboard-${year}.pdf`, 'pdf');
  }
  return problem(404, 'NOT_FOUND', 'Onbekend adres.');
}

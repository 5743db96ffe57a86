// The demand analysis part of the mock backend (docs/api/demand.md): target groups, analyses with
// per-cell versions, the workflow, history, CSV import/export and the region overview and totals.
// In memory, like the rest of the mock; XLSX files are stand-ins (CSV content under an .xlsx name).
import { municipalities } from './mock-data.mjs';

const housingForms = [
  ['zelfstandig', 'Zelfstandig wonen'],
  ['begeleid', 'Zelfstandig met begeleiding'],
  ['geclusterd', 'Geclusterd wonen'],
  ['beschermd', 'Onzelfstandig / beschermd wonen'],
  ['opvang', 'Opvang / doorstroomplekken'],
  ['flex', 'Tijdelijk / flexwonen'],
].map(([code, name], index) => ({ code, name, sortOrder: index + 1 }));

const nationalGroups = [
  ['dakloos', 'Dakloze en thuisloze mensen'],
  ['uitstroom-mo', 'Uitstroom maatschappelijke opvang'],
  ['uitstroom-bw', 'Uitstroom beschermd wonen'],
  ['uitstroom-ggz', 'Uitstroom GGZ-klinieken'],
  ['uitstroom-jeugd', 'Uitstroom jeugdhulp-instellingen'],
  ['vrouwenopvang', 'Uitstroom vrouwenopvang'],
  ['mensenhandel', 'Slachtoffers mensenhandel'],
  ['detentie', 'Uitstroom detentie'],
  ['statushouders', 'Vergunninghouders'],
  ['medisch', 'Medische urgentie'],
  ['sociaal', 'Sociale urgentie'],
  ['mantelzorg', 'Mantelzorgers en -ontvangers'],
  ['arbeidsmigranten', 'Arbeidsmigranten'],
  ['studenten', 'Studenten'],
  ['woonwagen', 'Woonwagenbewoners'],
  ['ouderen-zorg', 'Ouderen met een zorgvraag'],
  ['beperking', 'Mensen met een beperking'],
];

const MEASURES = ['STOCK', 'INFLOW', 'MOVES'];
const COLUMNS = { STOCK: 'huidige_vraag', INFLOW: 'nieuwe_vraag_per_jaar', MOVES: 'benodigde_woningen_per_jaar' };
const today = () => new Date().toISOString().slice(0, 10);
const now = () => new Date().toISOString();

const targetGroupsByRegion = new Map(); // region -> groups
const analyses = new Map(); // id -> analysis
const history = new Map(); // id -> entries, oldest first
const deadlines = new Map(); // `${region}/${year}` -> date
let nextId = 1;

export function groupsOf(region) {
  if (!targetGroupsByRegion.has(region)) {
    targetGroupsByRegion.set(
      region,
      nationalGroups.map(([code, name], index) => ({ code, name, national: true, active: index < 8, sortOrder: index + 1, version: 0 })),
    );
  }
  return targetGroupsByRegion.get(region);
}

const membershipIn = (municipality, region) =>
  municipality.memberships.find((m) => m.region.code === region && (!m.validTo || m.validTo >= today()));

function regionMembers(region) {
  return [...municipalities.values()].filter((m) => membershipIn(m, region));
}

const versionsOf = (analysis) =>
  [...analyses.values()]
    .filter((a) => a.region === analysis.region && a.municipality === analysis.municipality && a.year === analysis.year)
    .sort((a, b) => a.versionNo - b.versionNo);

function currentOf(region, municipality, year) {
  return [...analyses.values()]
    .filter((a) => a.region === region && a.municipality === municipality && a.year === year)
    .sort((a, b) => b.versionNo - a.versionNo)[0];
}

const isCurrent = (analysis) => currentOf(analysis.region, analysis.municipality, analysis.year) === analysis;
const editable = (analysis) => isCurrent(analysis) && (analysis.status === 'CONCEPT' || analysis.status === 'RETURNED');

function record(analysis, actor, action, field = null, oldValue = null, newValue = null) {
  if (!history.has(analysis.id)) history.set(analysis.id, []);
  history.get(analysis.id).push({
    at: now(),
    actor,
    action,
    field,
    oldValue: oldValue === null ? null : String(oldValue),
    newValue: newValue === null ? null : String(newValue),
    versionNo: analysis.versionNo,
  });
}

function create(region, municipality, year, actor, copyFrom = null) {
  const previous = currentOf(region, municipality, year);
  const analysis = {
    id: nextId++,
    region,
    municipality,
    year,
    versionNo: previous ? previous.versionNo + 1 : 1,
    status: 'CONCEPT',
    lockVersion: 0,
    returnedReason: null,
    submittedAt: null,
    submittedBy: null,
    adoptedAt: null,
    adoptedBy: null,
    updatedAt: now(),
    cells: new Map(copyFrom ? [...copyFrom.cells].map(([k, c]) => [k, { ...c, version: 0 }]) : []),
  };
  analyses.set(analysis.id, analysis);
  record(analysis, actor, copyFrom ? 'REOPENED' : 'CREATED');
  return analysis;
}

/** The value of the cell in the previous year's current version, for "vorig jaar" and the warning. */
function previousYearValue(analysis, key) {
  const last = currentOf(analysis.region, analysis.municipality, analysis.year - 1);
  return last?.cells.get(key)?.value ?? null;
}

function cellJson(analysis, key, cell) {
  const [targetGroup, housingForm, measure] = key.split('/');
  const previous = previousYearValue(analysis, key);
  const warnings = [];
  if (previous && cell.value !== null && Math.abs(cell.value - previous) / previous > 0.5) {
    warnings.push({ code: 'CHANGE_OVER_50_PERCENT', message: `Meer dan 50% verschil met vorig jaar (${previous}).` });
  }
  return { targetGroup, housingForm, measure, value: null, low: null, high: null, source: null, note: null, ...cell, previousYearValue: previous, warnings };
}

function canEnter(user, analysis) {
  if (analysis.municipality) return user.role === 'MUNICIPALITY_OFFICER' && user.municipality?.code === analysis.municipality;
  return user.role === 'REGION_PROGRAMME_MANAGER' && user.region?.code === analysis.region;
}

const manages = (user, region) => user.role === 'REGION_PROGRAMME_MANAGER' && user.region?.code === region;

function allowedActions(user, analysis) {
  if (!isCurrent(analysis)) return [];
  const actions = [];
  if (canEnter(user, analysis) && (analysis.status === 'CONCEPT' || analysis.status === 'RETURNED')) actions.push('SUBMIT');
  if (manages(user, analysis.region) && analysis.status === 'SUBMITTED') actions.push('RETURN');
  if (manages(user, analysis.region) && analysis.status === 'SUBMITTED' && !canEnter(user, analysis)) actions.push('ADOPT');
  if (manages(user, analysis.region) && analysis.status === 'ADOPTED') actions.push('REOPEN');
  return actions;
}

function overdue(analysis) {
  const deadline = deadlines.get(`${analysis.region}/${analysis.year}`);
  return Boolean(deadline && deadline < today() && analysis.status !== 'SUBMITTED' && analysis.status !== 'ADOPTED');
}

function analysisJson(user, analysis) {
  const municipality = analysis.municipality ? municipalities.get(analysis.municipality) : null;
  const members = regionMembers(analysis.region);
  const regionName = municipality?.memberships.find((m) => m.region.code === analysis.region)?.region.name
    ?? members[0]?.memberships.find((m) => m.region.code === analysis.region)?.region.name
    ?? analysis.region;
  const groups = groupsOf(analysis.region).filter((g) => g.active).sort((a, b) => a.sortOrder - b.sortOrder);
  return {
    id: analysis.id,
    region: { code: analysis.region, name: regionName },
    municipality: municipality ? { code: municipality.code, name: municipality.name } : null,
    year: analysis.year,
    versionNo: analysis.versionNo,
    status: analysis.status,
    lockVersion: analysis.lockVersion,
    editable: editable(analysis),
    deadline: deadlines.get(`${analysis.region}/${analysis.year}`) ?? null,
    overdue: overdue(analysis),
    returnedReason: analysis.returnedReason,
    submittedAt: analysis.submittedAt,
    submittedBy: analysis.submittedBy,
    adoptedAt: analysis.adoptedAt,
    adoptedBy: analysis.adoptedBy,
    inhabitants: municipality?.inhabitants?.value ?? null,
    versions: versionsOf(analysis).map((a) => ({ id: a.id, versionNo: a.versionNo, status: a.status })),
    allowedActions: allowedActions(user, analysis),
    targetGroups: groups.map(({ code, name }) => ({ code, name })),
    housingForms: housingForms.map(({ code, name }) => ({ code, name })),
    cells: [...analysis.cells].map(([key, cell]) => cellJson(analysis, key, cell)),
  };
}

function maySeeAnalysis(user, analysis, maySeeRegion) {
  if (user.role === 'MUNICIPALITY_OFFICER') return analysis.municipality === user.municipality?.code;
  return maySeeRegion(user, analysis.region);
}

/** The region in which a municipality's analyses live: its current membership (the mock has one per municipality). */
const regionOfMunicipality = (code) =>
  municipalities.get(code)?.memberships.find((m) => !m.validTo || m.validTo >= today())?.region.code;

// --- CSV ---------------------------------------------------------------------------------------

const csvHeader = [
  'gemeente', 'jaar', 'aandachtsgroep', 'woonvorm',
  ...MEASURES.flatMap((m) => [COLUMNS[m], `${COLUMNS[m]}_laag`, `${COLUMNS[m]}_hoog`]),
  'bron', 'toelichting',
];

const quote = (value, delimiter) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /["\n\r]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
};

function templateCsv(analysis) {
  const groups = groupsOf(analysis.region).filter((g) => g.active).sort((a, b) => a.sortOrder - b.sortOrder);
  const lines = [csvHeader.join(';')];
  for (const group of groups) {
    for (const form of housingForms) {
      const cells = MEASURES.map((m) => analysis.cells.get(`${group.code}/${form.code}/${m}`) ?? {});
      const first = cells.find((c) => c.source || c.note) ?? {};
      lines.push(
        [
          analysis.municipality ?? analysis.region, analysis.year, group.code, form.code,
          ...cells.flatMap((c) => [c.value, c.low, c.high]),
          first.source, first.note,
        ].map((v) => quote(v, ';')).join(';'),
      );
    }
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

function parseCsv(text) {
  const clean = text.replace(/^\ufeff/, '');
  const firstLine = clean.split(/\r?\n/, 1)[0];
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < clean.length; i++) {
    const ch = clean[i];
    if (quoted) {
      if (ch === '"' && clean[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && clean[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** Reads an import file into cell changes or errors (row numbers count the header as row 1). */
function readImport(analysis, text) {
  const rows = parseCsv(text);
  const errors = [];
  const writes = new Map();
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = (name) => header.indexOf(name);
  for (const required of ['aandachtsgroep', 'woonvorm', ...MEASURES.map((m) => COLUMNS[m])]) {
    if (col(required) < 0) errors.push({ row: 1, column: required, code: 'MISSING_COLUMN', message: `Kolom ${required} ontbreekt.` });
  }
  if (errors.length > 0) return { errors, writes };
  const groups = groupsOf(analysis.region);
  rows.slice(1).forEach((fields, index) => {
    const rowNo = index + 2;
    const get = (name) => (col(name) >= 0 ? (fields[col(name)] ?? '').trim() : '');
    const group = groups.find((g) => g.code === get('aandachtsgroep') || g.name === get('aandachtsgroep'));
    const form = housingForms.find((f) => f.code === get('woonvorm') || f.name === get('woonvorm'));
    if (!group) errors.push({ row: rowNo, column: 'aandachtsgroep', code: 'UNKNOWN_TARGET_GROUP', message: `Onbekende aandachtsgroep "${get('aandachtsgroep')}".` });
    if (!form) errors.push({ row: rowNo, column: 'woonvorm', code: 'UNKNOWN_HOUSING_FORM', message: `Onbekende woonvorm "${get('woonvorm')}".` });
    const number = (name) => {
      const raw = get(name);
      if (raw === '') return null;
      if (!/^-?\d+$/.test(raw)) {
        errors.push({ row: rowNo, column: name, code: 'NOT_A_NUMBER', message: `"${raw}" is geen geheel getal.` });
        return undefined;
      }
      if (Number(raw) < 0) {
        errors.push({ row: rowNo, column: name, code: 'NEGATIVE', message: 'Negatieve aantallen zijn niet toegestaan.' });
        return undefined;
      }
      return Number(raw);
    };
    for (const measure of MEASURES) {
      const value = number(COLUMNS[measure]);
      const low = number(`${COLUMNS[measure]}_laag`);
      const high = number(`${COLUMNS[measure]}_hoog`);
      if (group && form && value !== undefined && low !== undefined && high !== undefined) {
        writes.set(`${group.code}/${form.code}/${measure}`, { value, low, high, source: get('bron') || null, note: get('toelichting') || null });
      }
    }
  });
  return { errors, writes };
}

// --- totals ------------------------------------------------------------------------------------

const adoptedOf = (region, municipality, year) =>
  [...analyses.values()]
    .filter((a) => a.region === region && a.municipality === municipality && a.year === year && a.status === 'ADOPTED')
    .sort((a, b) => b.versionNo - a.versionNo)[0];

function sumCells(analysisList, groupCode) {
  const sum = { stock: null, inflow: null, moves: null };
  const field = { STOCK: 'stock', INFLOW: 'inflow', MOVES: 'moves' };
  for (const analysis of analysisList) {
    for (const [key, cell] of analysis.cells) {
      const [group, , measure] = key.split('/');
      if (group === groupCode && cell.value !== null) sum[field[measure]] = (sum[field[measure]] ?? 0) + cell.value;
    }
  }
  return sum;
}

const perThousand = (sum, inhabitants) =>
  Object.fromEntries(Object.entries(sum).map(([k, v]) => [k, v === null || !inhabitants ? null : ((v * 1000) / inhabitants).toFixed(2)]));

function totalsJson(region, year) {
  const members = regionMembers(region);
  const included = members.map((m) => [m, adoptedOf(region, m.code, year)]).filter(([, a]) => a);
  const regional = adoptedOf(region, null, year);
  const inhabitants = (list) => list.reduce((total, [m]) => total + (m.inhabitants?.value ?? 0), 0);
  const subregions = new Map();
  for (const entry of included) {
    const sub = membershipIn(entry[0], region).subregion;
    if (sub) subregions.set(sub.code, { subregion: sub, list: [...(subregions.get(sub.code)?.list ?? []), entry] });
  }
  return {
    includedMunicipalities: included.length,
    municipalities: members.length,
    rows:
      included.length === 0 && !regional
        ? []
        : groupsOf(region)
            .filter((g) => g.active)
            .map((group) => {
              const sum = sumCells(included.map(([, a]) => a), group.code);
              const regionalSum = regional ? sumCells([regional], group.code) : { stock: null, inflow: null, moves: null };
              return {
                targetGroup: { code: group.code, name: group.name },
                region: { ...sum, perThousand: perThousand(sum, inhabitants(included)) },
                regional: regionalSum,
                subregions: [...subregions.values()].map(({ subregion, list }) => {
                  const subSum = sumCells(list.map(([, a]) => a), group.code);
                  return { subregion, ...subSum, perThousand: perThousand(subSum, inhabitants(list)) };
                }),
              };
            }),
  };
}

function overviewJson(user, region, year, regionName) {
  const rows = regionMembers(region)
    .filter((m) => user.role !== 'MUNICIPALITY_OFFICER' || m.code === user.municipality?.code)
    .map((m) => {
      const analysis = currentOf(region, m.code, year);
      return {
        municipality: { code: m.code, name: m.name },
        subregion: membershipIn(m, region).subregion ?? null,
        analysisId: analysis?.id ?? null,
        versionNo: analysis?.versionNo ?? null,
        status: analysis?.status ?? 'NOT_STARTED',
        overdue: analysis ? overdue(analysis) : Boolean(deadlines.get(`${region}/${year}`) && deadlines.get(`${region}/${year}`) < today()),
        updatedAt: analysis?.updatedAt ?? null,
      };
    });
  const regional = currentOf(region, null, year);
  return {
    region: { code: region, name: regionName },
    year,
    deadline: deadlines.get(`${region}/${year}`) ?? null,
    municipalities: rows,
    regional: { analysisId: regional?.id ?? null, status: regional?.status ?? null },
  };
}

const toCsv = (rows) => `\ufeff${rows.map((r) => r.map((v) => quote(v, ';')).join(';')).join('\r\n')}\r\n`;

// --- seed: a year of figures for a few MRA municipalities, none for Diemen (the e2e test's own) ------

function seed() {
  const year = new Date().getFullYear();
  const fill = (analysis, factor) => {
    groupsOf(analysis.region)
      .filter((g) => g.active)
      .forEach((group, g) =>
        housingForms.slice(0, 3).forEach((form, f) =>
          MEASURES.forEach((measure, m) => {
            analysis.cells.set(`${group.code}/${form.code}/${measure}`, {
              value: Math.round(((g + 1) * (f + 2) * (m + 1) * factor) % 400) + 5,
              low: null,
              high: null,
              source: g === 0 ? 'GGD-telling' : null,
              note: null,
              version: 1,
            });
          }),
        ),
      );
  };
  const adopt = (analysis) => Object.assign(analysis, { status: 'ADOPTED', adoptedAt: now(), adoptedBy: 'regio.mra', submittedAt: now(), submittedBy: 'gemeente' });
  for (const [code, factor] of [['GM0363', 37], ['GM0362', 5], ['GM0392', 8]]) {
    const last = create('MRA', code, year - 1, 'seed');
    fill(last, factor);
    adopt(last);
  }
  fill(adopt(create('MRA', 'GM0362', year, 'seed')), 6);
  fill(adopt(create('MRA', 'GM0392', year, 'seed')), 9);
  const amsterdam = create('MRA', 'GM0363', year, 'gemeente.amsterdam');
  fill(amsterdam, 41);
  Object.assign(amsterdam, { status: 'SUBMITTED', submittedAt: now(), submittedBy: 'gemeente.amsterdam' });
  fill(create('MRA', 'GM0034', year, 'seed'), 3);
  deadlines.set(`MRA/${year}`, `${year}-03-01`);
}
seed();

// --- routes ------------------------------------------------------------------------------------

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * Handles the demand routes; resolves to false for any other path.
 * `ctx` brings the mock backend's helpers: send, maySeeRegion, regionName.
 */
export async function demandApi(req, res, user, ctx) {
  const url = new URL(req.url, 'http://localhost');
  const path = url.pathname;
  const { send, maySeeRegion } = ctx;
  const problem = (status, code, detail, extra = {}) =>
    send(res, status, { type: 'about:blank', title: code, status, detail, code, ...extra }, 'application/problem+json');
  const json = async () => {
    try {
      return JSON.parse((await readBody(req)).toString('utf8') || '{}');
    } catch {
      return {};
    }
  };
  const notFound = () => problem(404, 'NOT_FOUND', 'Niet gevonden of geen toegang.');
  const forbidden = () => problem(403, 'FORBIDDEN', 'U mag dit niet doen.');
  const method = req.method;
  let m;

  if (method === 'GET' && path === '/api/housing-forms') return send(res, 200, housingForms);

  if ((m = /^\/api\/regions\/([^/]+)\/target-groups(?:\/([^/]+))?$/.exec(path))) {
    const region = decodeURIComponent(m[1]);
    if (!maySeeRegion(user, region)) return notFound();
    const groups = groupsOf(region);
    if (method === 'GET' && !m[2]) return send(res, 200, groups);
    if (!manages(user, region) && user.role !== 'PLATFORM_ADMIN') return forbidden();
    if (method === 'POST' && !m[2]) {
      const name = String((await json()).name ?? '').trim();
      if (!name) return problem(400, 'VALIDATION_FAILED', 'Naam ontbreekt.', { fields: [{ field: 'name', code: 'REQUIRED', message: 'Vul een naam in.' }] });
      if (groups.some((g) => g.name.toLowerCase() === name.toLowerCase())) return problem(409, 'TARGET_GROUP_EXISTS', 'Deze aandachtsgroep bestaat al.');
      const code = name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      const group = { code, name, national: false, active: true, sortOrder: groups.length + 1, version: 0 };
      groups.push(group);
      return send(res, 201, group);
    }
    if (method === 'PATCH' && m[2]) {
      const group = groups.find((g) => g.code === decodeURIComponent(m[2]));
      if (!group) return notFound();
      const body = await json();
      if (body.version !== group.version) return problem(409, 'VERSION_CONFLICT', 'Intussen gewijzigd.');
      Object.assign(group, { active: Boolean(body.active), version: group.version + 1 });
      return send(res, 200, group);
    }
  }

  if ((m = /^\/api\/regions\/([^/]+)\/demand-deadlines\/(\d{4})$/.exec(path)) && method === 'PUT') {
    const region = decodeURIComponent(m[1]);
    if (!manages(user, region)) return forbidden();
    const { deadline } = await json();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(deadline ?? '')) return problem(400, 'VALIDATION_FAILED', 'Ongeldige datum.', { fields: [{ field: 'deadline', code: 'INVALID', message: 'Kies een datum.' }] });
    deadlines.set(`${region}/${m[2]}`, deadline);
    return send(res, 200, { region, year: Number(m[2]), deadline });
  }

  if ((m = /^\/api\/demand\/regions\/([^/]+)\/years\/(\d{4})(\/regional|\/totals|\/export\.(?:csv|xlsx)|\/totals\.(?:csv|xlsx))?$/.exec(path))) {
    const region = decodeURIComponent(m[1]);
    const year = Number(m[2]);
    if (!maySeeRegion(user, region)) return notFound();
    const regionName = ctx.regionName(region);
    const tail = m[3] ?? '';
    if (tail === '/regional' && method === 'POST') {
      if (!manages(user, region)) return forbidden();
      if (currentOf(region, null, year)) return problem(409, 'DEMAND_EXISTS', 'Bestaat al.');
      return send(res, 201, analysisJson(user, create(region, null, year, user.username)));
    }
    if (method !== 'GET') return notFound();
    if (tail === '') return send(res, 200, overviewJson(user, region, year, regionName));
    if (tail === '/totals') return send(res, 200, totalsJson(region, year));
    const format = tail.endsWith('xlsx') ? 'xlsx' : 'csv';
    const rows = tail.startsWith('/export')
      ? [['gemeente', 'deelregio', 'status', 'versie'], ...overviewJson(user, region, year, regionName).municipalities.map((r) => [r.municipality.name, r.subregion?.name, r.status, r.versionNo])]
      : [['aandachtsgroep', 'huidige_vraag', 'nieuwe_vraag_per_jaar', 'benodigde_woningen_per_jaar'], ...totalsJson(region, year).rows.map((r) => [r.targetGroup.name, r.region.stock, r.region.inflow, r.region.moves])];
    return download(res, send, toCsv(rows), `${tail.startsWith('/export') ? 'vraaganalyses' : 'totalen'}-${region}-${year}.${format}`, format);
  }

  if ((m = /^\/api\/demand\/municipalities\/([^/]+)\/years\/(\d{4})$/.exec(path))) {
    const code = decodeURIComponent(m[1]);
    const year = Number(m[2]);
    const region = regionOfMunicipality(code);
    if (!region || (user.role === 'MUNICIPALITY_OFFICER' ? user.municipality?.code !== code : !maySeeRegion(user, region))) return notFound();
    const current = currentOf(region, code, year);
    if (method === 'GET') return current ? send(res, 200, analysisJson(user, current)) : problem(404, 'NOT_FOUND', 'Er is nog geen vraaganalyse.');
    if (method === 'POST') {
      if (user.role !== 'MUNICIPALITY_OFFICER' || user.municipality?.code !== code) return forbidden();
      if (current) return problem(409, 'DEMAND_EXISTS', 'Er is al een vraaganalyse voor dit jaar.');
      return send(res, 201, analysisJson(user, create(region, code, year, user.username)));
    }
  }

  if ((m = /^\/api\/demand\/analyses\/(\d+)(\/.*)?$/.exec(path))) {
    const analysis = analyses.get(Number(m[1]));
    if (!analysis || !maySeeAnalysis(user, analysis, maySeeRegion)) return notFound();
    const tail = m[2] ?? '';
    if (tail === '' && method === 'GET') return send(res, 200, analysisJson(user, analysis));

    if ((m = /^\/cells\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(tail)) && method === 'PUT') {
      if (!canEnter(user, analysis)) return forbidden();
      if (!editable(analysis)) return problem(409, 'DEMAND_LOCKED', 'Deze vraaganalyse kan niet worden gewijzigd.');
      const [group, form, measure] = m.slice(1).map(decodeURIComponent);
      const key = `${group}/${form}/${measure}`;
      const body = await json();
      const fields = [];
      const count = (name) => {
        const v = body[name];
        if (v === null || v === undefined) return;
        if (!Number.isInteger(v)) fields.push({ field: name, code: 'NOT_AN_INTEGER', message: 'Vul een geheel getal in.' });
        else if (v < 0) fields.push({ field: name, code: 'NEGATIVE', message: 'Negatieve aantallen zijn niet toegestaan.' });
      };
      ['value', 'low', 'high'].forEach(count);
      if (body.low != null && body.high != null && body.low > body.high) fields.push({ field: 'low', code: 'LOW_ABOVE_HIGH', message: 'De ondergrens is hoger dan de bovengrens.' });
      if (!groupsOf(analysis.region).some((g) => g.code === group)) fields.push({ field: 'targetGroup', code: 'UNKNOWN', message: 'Onbekende aandachtsgroep.' });
      if (!housingForms.some((f) => f.code === form)) fields.push({ field: 'housingForm', code: 'UNKNOWN', message: 'Onbekende woonvorm.' });
      if (!MEASURES.includes(measure)) fields.push({ field: 'measure', code: 'UNKNOWN', message: 'Onbekende maat.' });
      for (const name of ['source', 'note']) if ((body[name] ?? '').length > 500) fields.push({ field: name, code: 'TOO_LONG', message: 'Hooguit 500 tekens.' });
      if (fields.length > 0) return problem(400, 'VALIDATION_FAILED', 'De invoer is ongeldig.', { fields });
      const existing = analysis.cells.get(key);
      if ((existing?.version ?? null) !== (body.version ?? null)) {
        return problem(409, 'DEMAND_CELL_CONFLICT', 'Deze cel is intussen gewijzigd.', { current: cellJson(analysis, key, existing ?? { version: 0 }) });
      }
      const cell = { value: body.value ?? null, low: body.low ?? null, high: body.high ?? null, source: body.source ?? null, note: body.note ?? null, version: (existing?.version ?? 0) + 1 };
      analysis.cells.set(key, cell);
      analysis.updatedAt = now();
      if ((existing?.value ?? null) !== cell.value) record(analysis, user.username, 'CELL_CHANGED', key, existing?.value ?? null, cell.value);
      return send(res, 200, cellJson(analysis, key, cell));
    }

    if ((m = /^\/(submit|return|adopt|reopen)$/.exec(tail)) && method === 'POST') {
      const action = m[1].toUpperCase();
      const body = await json();
      if (!allowedActions(user, analysis).includes(action)) {
        return canEnter(user, analysis) || manages(user, analysis.region)
          ? problem(409, 'DEMAND_INVALID_TRANSITION', 'Deze stap is nu niet mogelijk.')
          : forbidden();
      }
      if (body.lockVersion !== analysis.lockVersion) return problem(409, 'VERSION_CONFLICT', 'Intussen gewijzigd.');
      if (action === 'RETURN' && !String(body.reason ?? '').trim()) {
        return problem(400, 'VALIDATION_FAILED', 'Reden ontbreekt.', { fields: [{ field: 'reason', code: 'REQUIRED', message: 'Geef een reden op.' }] });
      }
      if (action === 'REOPEN') return send(res, 201, analysisJson(user, create(analysis.region, analysis.municipality, analysis.year, user.username, analysis)));
      const changes = {
        SUBMIT: { status: 'SUBMITTED', submittedAt: now(), submittedBy: user.username, returnedReason: null },
        RETURN: { status: 'RETURNED', returnedReason: String(body.reason).trim() },
        ADOPT: { status: 'ADOPTED', adoptedAt: now(), adoptedBy: user.username },
      }[action];
      Object.assign(analysis, changes, { lockVersion: analysis.lockVersion + 1, updatedAt: now() });
      record(analysis, user.username, { SUBMIT: 'SUBMITTED', RETURN: 'RETURNED', ADOPT: 'ADOPTED' }[action]);
      return send(res, 200, analysisJson(user, analysis));
    }

    if (tail === '/history' && method === 'GET') {
      const cell = url.searchParams.get('cell');
      const entries = [...(history.get(analysis.id) ?? [])].reverse();
      return send(res, 200, cell ? entries.filter((e) => e.field === cell) : entries);
    }

    if ((m = /^\/(template|export)\.(csv|xlsx)$/.exec(tail)) && method === 'GET') {
      const name = `${m[1] === 'template' ? 'sjabloon' : 'vraaganalyse'}-${analysis.municipality ?? analysis.region}-${analysis.year}-v${analysis.versionNo}.${m[2]}`;
      return download(res, send, templateCsv(analysis), name, m[2]);
    }

    if (tail === '/import' && method === 'POST') {
      if (!canEnter(user, analysis)) return forbidden();
      if (!editable(analysis)) return problem(409, 'DEMAND_LOCKED', 'Deze vraaganalyse kan niet worden gewijzigd.');
      const body = await readBody(req);
      const form = await new Request('http://localhost/', { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? '' }, body }).formData();
      const file = form.get('file');
      if (!file || typeof file === 'string') return problem(400, 'VALIDATION_FAILED', 'Geen bestand.', { fields: [{ field: 'file', code: 'REQUIRED', message: 'Kies een bestand.' }] });
      const { errors, writes } = readImport(analysis, await file.text());
      if (errors.length > 0) return problem(422, 'DEMAND_IMPORT_INVALID', 'Het bestand bevat fouten.', { errors });
      const changes = [];
      for (const [key, write] of writes) {
        const existing = analysis.cells.get(key);
        if ((existing?.value ?? null) !== write.value) changes.push({ cell: key, oldValue: existing?.value ?? null, newValue: write.value });
      }
      const dryRun = url.searchParams.get('dryRun') !== 'false';
      if (!dryRun) {
        for (const change of changes) {
          const existing = analysis.cells.get(change.cell);
          analysis.cells.set(change.cell, { ...(existing ?? {}), ...writes.get(change.cell), version: (existing?.version ?? 0) + 1 });
          record(analysis, user.username, 'IMPORTED', change.cell, change.oldValue, change.newValue);
        }
        analysis.updatedAt = now();
      }
      return send(res, 200, { applied: !dryRun, changes, errors: [] });
    }
  }
  return false;
}

function download(res, send, text, fileName, format) {
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  const type = format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8';
  return send(res, 200, text, type);
}

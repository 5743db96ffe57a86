// The allocation part of the mock backend (docs/api/allocation.md): indicators, models, scenarios, the
// preview, results with realisation and swaps, exports and map boundaries. In memory, like the rest of
// the mock. The arithmetic is a plain floating-point stand-in for the exact engine (good enough for
// screens and e2e runs); XLSX files are CSV under an .xlsx name and the PDF is a one-page placeholder.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { municipalities } from './mock-data.mjs';

const now = () => new Date().toISOString();
const today = () => now().slice(0, 10);
const INDICATORS = ['inhabitants', 'households', 'social_rental_stock', 'lettings', 'existing_places'];
const METHODS = ['LARGEST_REMAINDER', 'SAINTE_LAGUE', 'DHONDT', 'HUNTINGTON_HILL', 'STATUTORY_CEIL'];
const METHOD_LABELS = {
  LARGEST_REMAINDER: 'grootste overschotten (Hamilton)',
  SAINTE_LAGUE: 'Sainte-Laguë (Webster)',
  DHONDT: "D'Hondt (Jefferson)",
  HUNTINGTON_HILL: 'Huntington-Hill',
  STATUTORY_CEIL: 'wettelijke taakstelling (naar boven afgerond)',
};
const dutch = (value, digits = 2) => value.toFixed(digits).replace('.', ',');
const fixed = (value, digits = 2) => value.toFixed(digits);

// --- boundaries: the simplified CBS 2024 municipalities the backend also ships ----------------------

let allBoundaries = null;
function boundariesOf(codes) {
  if (allBoundaries === null) {
    try {
      const file = fileURLToPath(new URL('../../backend/src/main/resources/reference/gemeente_2024.geojson', import.meta.url));
      allBoundaries = JSON.parse(readFileSync(file, 'utf8')).features;
    } catch {
      allBoundaries = [];
    }
  }
  return {
    type: 'FeatureCollection',
    features: allBoundaries
      .filter((f) => codes.includes(f.properties.statcode))
      .map((f) => ({ type: 'Feature', properties: { code: f.properties.statcode, name: f.properties.statnaam }, geometry: f.geometry })),
  };
}

// --- indicators ------------------------------------------------------------------------------------

const membersOf = (region) =>
  [...municipalities.values()]
    .filter((m) => m.memberships.some((ms) => ms.region.code === region && (!ms.validTo || ms.validTo >= today())))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

/** region -> code -> indicator -> [{ value, referenceDate, source, status }] */
const indicatorStore = new Map();

function seedIndicators(region) {
  if (indicatorStore.has(region)) return indicatorStore.get(region);
  const byCode = new Map();
  membersOf(region).forEach((m, index) => {
    const inhabitants = m.inhabitants?.value ?? 20000;
    const spread = 0.85 + ((index * 37) % 30) / 100; // a stable, uneven spread so keys differ
    const values = {
      inhabitants: [
        { value: String(Math.round(inhabitants * 0.99)), referenceDate: '2024-01-01', source: 'CBS 03759ned', status: m.inhabitants?.status === 'VERIFIED' ? 'VERIFIED' : 'APPROXIMATE' },
        { value: String(inhabitants), referenceDate: '2025-01-01', source: 'CBS 03759ned', status: m.inhabitants?.status === 'VERIFIED' ? 'VERIFIED' : 'APPROXIMATE' },
      ],
      households: [{ value: String(Math.round((inhabitants / 2.1) * spread)), referenceDate: '2025-01-01', source: 'CBS 71486ned', status: 'VERIFIED' }],
      social_rental_stock: [{ value: String(Math.round(inhabitants * 0.13 * spread)), referenceDate: '2025-01-01', source: 'CBS 82900NED', status: 'VERIFIED' }],
      lettings: [{ value: String(Math.round(inhabitants * 0.0085 * spread)), referenceDate: '2025-01-01', source: 'Corporatiemonitor (demo)', status: 'DEMO' }],
      existing_places: [{ value: String(Math.round((inhabitants / 1000) * (index % 3 === 0 ? 2.4 : 0.7) * spread)), referenceDate: '2025-01-01', source: 'Regio (demo)', status: 'DEMO' }],
    };
    byCode.set(m.code, values);
  });
  indicatorStore.set(region, byCode);
  return byCode;
}

const availableDates = (region) =>
  [...new Set([...seedIndicators(region).values()].flatMap((v) => Object.values(v).flat().map((x) => x.referenceDate)))].sort();

function valueAt(series, date) {
  return [...(series ?? [])].filter((x) => x.referenceDate <= date).sort((a, b) => b.referenceDate.localeCompare(a.referenceDate))[0] ?? null;
}

/** The newest lettings figure on or before `date` per member (null when there is none), for the urgency mock. */
export function lettingsOf(region, date) {
  const store = seedIndicators(region);
  return new Map(membersOf(region).map((m) => [m.code, valueAt(store.get(m.code)?.lettings, date)]));
}

function indicatorTable(region, date) {
  const store = seedIndicators(region);
  return {
    referenceDate: date,
    availableDates: availableDates(region),
    indicators: INDICATORS,
    rows: membersOf(region).map((m) => {
      const values = {};
      for (const indicator of INDICATORS) {
        const v = valueAt(store.get(m.code)?.[indicator], date);
        if (v) values[indicator] = v;
      }
      return { municipality: { code: m.code, name: m.name }, values };
    }),
  };
}

function parseImport(region, text) {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const errors = [];
  const changes = [];
  if (lines.length === 0) return { errors: [{ row: 1, column: null, code: 'EMPTY_FILE', message: 'Het bestand is leeg.' }], changes };
  const delimiter = lines[0].includes(';') ? ';' : ',';
  const header = lines[0].split(delimiter).map((h) => h.trim().toLowerCase());
  const needed = ['gemeentecode', 'indicator', 'peildatum', 'waarde'];
  for (const column of needed) if (!header.includes(column)) errors.push({ row: 1, column, code: 'MISSING_COLUMN', message: `Kolom "${column}" ontbreekt.` });
  if (errors.length) return { errors, changes };
  const members = new Set(membersOf(region).map((m) => m.code));
  const store = seedIndicators(region);
  lines.slice(1).forEach((line, i) => {
    const row = i + 2;
    const cells = line.split(delimiter).map((c) => c.trim());
    const get = (column) => cells[header.indexOf(column)] ?? '';
    const code = get('gemeentecode');
    const indicator = get('indicator');
    const date = get('peildatum');
    const raw = get('waarde').replace(',', '.');
    if (!municipalities.has(code)) errors.push({ row, column: 'gemeentecode', code: 'UNKNOWN_MUNICIPALITY', message: `Onbekende gemeente "${code}".` });
    else if (!members.has(code)) errors.push({ row, column: 'gemeentecode', code: 'NOT_IN_REGION', message: `${code} is geen lid van deze regio.` });
    if (!INDICATORS.includes(indicator)) errors.push({ row, column: 'indicator', code: 'UNKNOWN_INDICATOR', message: `Onbekende indicator "${indicator}".` });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) errors.push({ row, column: 'peildatum', code: 'BAD_DATE', message: `"${date}" is geen datum (JJJJ-MM-DD).` });
    if (!/^-?\d+(\.\d+)?$/.test(raw)) errors.push({ row, column: 'waarde', code: 'NOT_A_NUMBER', message: `"${get('waarde')}" is geen getal.` });
    else if (raw.startsWith('-')) errors.push({ row, column: 'waarde', code: 'NEGATIVE', message: 'Een waarde mag niet negatief zijn.' });
    if (errors.some((e) => e.row === row)) return;
    const series = store.get(code)?.[indicator] ?? [];
    const old = series.find((x) => x.referenceDate === date);
    changes.push({ municipality: code, indicator, referenceDate: date, oldValue: old?.value ?? null, newValue: raw, source: get('bron') || 'Import' });
  });
  return { errors, changes, rows: lines.length - 1 };
}

// --- the engine stand-in -------------------------------------------------------------------------

class Infeasible extends Error {
  constructor(reason, ids) {
    super(
      reason === 'FLOORS_EXCEED_TOTAL'
        ? `De ondergrenzen van ${ids.join(', ')} tellen op tot meer dan het totaal.`
        : `De bovengrenzen van ${ids.join(', ')} tellen op tot minder dan het totaal.`,
    );
    this.reason = reason;
    this.ids = ids;
  }
}

/** The preview body -> the preview answer, or throws { fields } (400) or Infeasible (422). */
function allocate(body) {
  const fields = [];
  const total = Number(body.total);
  const criteria = body.criteria ?? [];
  const units = [...(body.units ?? [])].sort((a, b) => a.id.localeCompare(b.id));
  const method = body.method ?? 'LARGEST_REMAINDER';
  if (!Number.isInteger(total) || total < 0) fields.push({ field: 'total', code: 'NEGATIVE', message: 'het totaal moet een heel getal van 0 of meer zijn' });
  if (!METHODS.includes(method)) fields.push({ field: 'method', code: 'UNKNOWN', message: 'onbekende methode' });
  const weightSum = criteria.reduce((s, c) => s + Number(c.weight), 0);
  if (criteria.length === 0) fields.push({ field: 'criteria', code: 'REQUIRED', message: 'er is ten minste één criterium nodig' });
  else if (Math.abs(weightSum - 1) > 1e-9) fields.push({ field: 'criteria', code: 'WEIGHTS_NOT_ONE', message: `de gewichten tellen op tot ${dutch(weightSum, 4)}; dat moet precies 1 zijn` });
  (body.units ?? []).forEach((u, k) => {
    for (const c of criteria) {
      if (u.indicators?.[c.indicator] === undefined) fields.push({ field: `units[${k}].indicators.${c.indicator}`, code: 'MISSING_INDICATOR', message: `waarde voor ${c.indicator} ontbreekt` });
    }
  });
  if (fields.length) throw Object.assign(new Error('invalid'), { fields });

  const steps = [];
  const step = (kind, unitId, value, text) => steps.push({ number: steps.length + 1, kind, unitId, value, text, tieWith: null });
  const num = (u, indicator) => Number(u.indicators[indicator] ?? 0);
  const totals = Object.fromEntries(criteria.map((c) => [c.indicator, units.reduce((s, u) => s + num(u, c.indicator), 0)]));
  const contributions = units.map((u) =>
    Object.fromEntries(criteria.map((c) => [c.indicator, totals[c.indicator] > 0 ? (Number(c.weight) * num(u, c.indicator) * total) / totals[c.indicator] : 0])),
  );
  const keyQuota = contributions.map((parts) => Object.values(parts).reduce((s, v) => s + v, 0));
  units.forEach((u, i) =>
    step('KEY_QUOTA', u.id, fixed(keyQuota[i]), `${u.id}: quotum volgens de sleutel ${dutch(keyQuota[i])} (${criteria.map((c) => `${c.indicator} ${dutch(contributions[i][c.indicator])}`).join(' + ')})`),
  );

  let quota = [...keyQuota];
  if (body.draagkracht) {
    const { indicator } = body.draagkracht;
    const strength = Number(body.draagkracht.strength);
    const hosted = units.reduce((s, u) => s + num(u, indicator), 0);
    if (hosted > 0 && total > 0) {
      const g = units.map((u, i) => (keyQuota[i] > 0 ? 1 / (1 + (strength * (num(u, indicator) / hosted)) / (keyQuota[i] / total)) : 0));
      const weighted = keyQuota.map((q, i) => q * g[i]);
      const sum = weighted.reduce((s, v) => s + v, 0);
      quota = weighted.map((w) => (w * total) / sum);
      units.forEach((u, i) => step('DRAAGKRACHT', u.id, (quota[i] / (keyQuota[i] || 1)).toFixed(4), `${u.id}: draagkrachtfactor ${dutch(g[i], 4)}; na herschalen quotum ${dutch(quota[i])}`));
    }
  }
  const corrected = [...quota];

  const boundOf = (u, kind) => {
    const absolute = u[kind];
    if (absolute !== undefined && absolute !== null) return Number(absolute);
    const share = u[`${kind}Share`];
    if (!share) return kind === 'min' ? 0 : Infinity;
    const value = Number(share.share) * num(u, share.indicator);
    return kind === 'min' ? Math.ceil(value) : Math.floor(value);
  };
  const mins = units.map((u) => boundOf(u, 'min'));
  const maxs = units.map((u) => boundOf(u, 'max'));
  const minSum = mins.reduce((s, v) => s + v, 0);
  const maxSum = maxs.reduce((s, v) => s + v, 0);
  if (minSum > total) throw new Infeasible('FLOORS_EXCEED_TOTAL', units.filter((_, i) => mins[i] > 0).map((u) => u.id));
  if (maxSum < total) throw new Infeasible('CAPS_BELOW_TOTAL', units.filter((_, i) => maxs[i] !== Infinity).map((u) => u.id));
  const bound = units.map(() => 'NONE');
  for (let round = 0; round < units.length; round++) {
    let changed = false;
    units.forEach((u, i) => {
      if (bound[i] !== 'NONE') return;
      if (quota[i] < mins[i]) {
        step('BOUND_MIN', u.id, fixed(quota[i]), `${u.id}: quotum ${dutch(quota[i])} ligt onder de ondergrens ${mins[i]}; vastgezet op ${mins[i]}`);
        bound[i] = 'MIN';
        quota[i] = mins[i];
        changed = true;
      } else if (quota[i] > maxs[i]) {
        step('BOUND_MAX', u.id, fixed(quota[i]), `${u.id}: quotum ${dutch(quota[i])} ligt boven de bovengrens ${maxs[i]}; vastgezet op ${maxs[i]}`);
        bound[i] = 'MAX';
        quota[i] = maxs[i];
        changed = true;
      }
    });
    if (!changed) break;
    const fixedSum = quota.reduce((s, q, i) => s + (bound[i] !== 'NONE' ? q : 0), 0);
    const freeBase = corrected.reduce((s, q, i) => s + (bound[i] === 'NONE' ? q : 0), 0);
    const rest = total - fixedSum;
    step('REDISTRIBUTION', null, fixed(rest - freeBase), `herverdeeld over de gemeenten zonder grens: ${dutch(rest - freeBase)}`);
    units.forEach((_, i) => {
      if (bound[i] === 'NONE') quota[i] = freeBase > 0 ? (corrected[i] * rest) / freeBase : rest / units.filter((__, j) => bound[j] === 'NONE').length;
    });
  }

  const target = quota.map((q) => Math.floor(q + 1e-9));
  if (method === 'STATUTORY_CEIL') {
    units.forEach((u, i) => {
      target[i] = Math.ceil(quota[i] - 1e-9);
      step('CEILING', u.id, String(target[i]), `${u.id}: quotum ${dutch(quota[i])} naar boven afgerond: ${target[i]}`);
    });
  } else if (method === 'LARGEST_REMAINDER') {
    units.forEach((u, i) => step('INITIAL', u.id, String(target[i]), `${u.id}: eerst ${target[i]} (het hele deel van ${dutch(quota[i])})`));
    let rest = total - target.reduce((s, v) => s + v, 0);
    const order = units.map((u, i) => ({ i, r: quota[i] - target[i] })).sort((a, b) => b.r - a.r || units[a.i].id.localeCompare(units[b.i].id));
    for (const { i, r } of order) {
      if (rest <= 0) break;
      target[i] += 1;
      rest -= 1;
      step('REMAINDER_AWARD', units[i].id, r.toFixed(4), `${units[i].id} krijgt een plek extra voor de rest ${dutch(r, 4)}`);
    }
  } else {
    const divisor = (t) => (method === 'DHONDT' ? t + 1 : method === 'SAINTE_LAGUE' ? t + 0.5 : Math.sqrt(t * (t + 1)));
    target.fill(0);
    for (let seat = 0; seat < total; seat++) {
      let best = -1;
      let bestPriority = -1;
      units.forEach((u, i) => {
        if (target[i] >= maxs[i]) return;
        const d = divisor(target[i]);
        const priority = d === 0 ? Infinity : quota[i] / d;
        if (priority > bestPriority) (best = i), (bestPriority = priority);
      });
      if (best < 0) break;
      target[best] += 1;
      step('DIVISOR_AWARD', units[best].id, bestPriority === Infinity ? null : bestPriority.toFixed(4), `${units[best].id} krijgt plek ${seat + 1} (prioriteit ${bestPriority === Infinity ? '∞' : dutch(bestPriority, 4)})`);
    }
  }
  const allocated = target.reduce((s, v) => s + v, 0);
  step('TOTAL', null, String(allocated), `samen ${allocated} plekken (${METHOD_LABELS[method]})`);
  return {
    method,
    total,
    allocated,
    results: units.map((u, i) => ({
      id: u.id,
      quota: fixed(quota[i]),
      quotaExact: String(quota[i]),
      target: target[i],
      bound: bound[i],
      contributions: Object.fromEntries(Object.entries(contributions[i]).map(([k, v]) => [k, fixed(v)])),
      keyQuota: fixed(keyQuota[i]),
      correctedQuota: fixed(corrected[i]),
    })),
    steps,
  };
}

// --- models and scenarios ------------------------------------------------------------------------

const models = new Map();
const scenarios = new Map();
const swaps = new Map();
let nextId = 100;

function inputsOf(model, date) {
  const store = seedIndicators(model.region.code);
  const units = membersOf(model.region.code).map((m) => {
    const indicators = {};
    for (const indicator of INDICATORS) {
      const v = valueAt(store.get(m.code)?.[indicator], date);
      if (v) indicators[indicator] = v.value;
    }
    indicators.own_demand = String(Math.round(Number(indicators.inhabitants ?? 0) / 4000));
    return { id: m.code, name: m.name, indicators };
  });
  return {
    referenceDate: date,
    availableDates: availableDates(model.region.code),
    demandTotal: model.demandTotal,
    units,
    missing: units.flatMap((u) => INDICATORS.filter((i) => u.indicators[i] === undefined).map((indicator) => ({ municipality: u.id, indicator }))),
    warnings: [],
  };
}

function previewBody(scenario, inputs) {
  const bounds = new Map(scenario.bounds.map((b) => [b.municipality, b]));
  return {
    total: scenario.totalSource === 'DEMAND' && inputs.demandTotal !== null ? inputs.demandTotal : scenario.total,
    method: scenario.method,
    criteria: scenario.criteria,
    draagkracht: scenario.draagkracht,
    units: inputs.units.map((u) => {
      const b = bounds.get(u.id);
      return { id: u.id, indicators: u.indicators, min: b?.min ?? undefined, max: b?.max ?? undefined, minShare: b?.minShare ?? undefined, maxShare: b?.maxShare ?? undefined };
    }),
  };
}

function computeResult(scenario) {
  const model = models.get(scenario.modelId);
  if (scenario.frozenResult) return scenario.frozenResult;
  const inputs = inputsOf(model, scenario.referenceDate);
  const answer = allocate(previewBody(scenario, inputs));
  const byId = new Map(inputs.units.map((u) => [u.id, u]));
  const factor = (id) => answer.steps.find((s) => s.unitId === id && s.kind === 'DRAAGKRACHT')?.value ?? null;
  const rows = answer.results
    .map((r) => {
      const unit = byId.get(r.id);
      const inhabitants = Number(unit.indicators.inhabitants ?? 0);
      return {
        municipality: { code: r.id, name: unit.name },
        quota: r.quota,
        quotaExact: r.quotaExact,
        keyQuota: r.keyQuota,
        correctedQuota: r.correctedQuota,
        target: r.target,
        bound: r.bound,
        contributions: r.contributions,
        draagkrachtFactor: factor(r.id),
        indicators: unit.indicators,
        perThousand: inhabitants > 0 ? ((r.target * 1000) / inhabitants).toFixed(3) : null,
      };
    })
    .sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'nl'));
  return {
    scenario: { id: scenario.id, name: scenario.name, versionNo: scenario.versionNo, status: scenario.status },
    method: answer.method,
    total: answer.total,
    allocated: answer.allocated,
    referenceDate: scenario.referenceDate,
    frozen: false,
    rows,
    steps: answer.steps,
    warnings: [],
  };
}

/** As the server's ScenarioWorkflow: configurers compare every scenario and, on a concept model, edit, delete (not the last) and adopt. */
const scenarioView = (s, manager = true) => {
  const { frozenResult: _frozen, ...view } = s;
  const model = models.get(s.modelId);
  const count = [...scenarios.values()].filter((x) => x.modelId === s.modelId).length;
  const open = model?.status === 'CONCEPT' && s.status === 'CONCEPT';
  const allowedActions = !manager ? [] : [...(open ? ['EDIT', ...(count > 1 ? ['DELETE'] : []), 'ADOPT'] : []), 'COMPARE'];
  return { ...view, allowedActions };
};

function modelView(model, user) {
  const manager = manages(user, model.region.code);
  return {
    id: model.id,
    region: model.region,
    name: model.name,
    period: model.period,
    targetGroups: model.targetGroups,
    status: model.status,
    lockVersion: model.lockVersion,
    demandTotal: model.demandTotal,
    adoptedScenarioId: model.adoptedScenarioId,
    adoptedAt: model.adoptedAt,
    adoptedBy: model.adoptedBy,
    allowedActions: manager && model.status === 'CONCEPT' ? ['EDIT', 'ADOPT'] : [],
    scenarios: [...scenarios.values()].filter((s) => s.modelId === model.id).sort((a, b) => a.versionNo - b.versionNo).map((s) => scenarioView(s, manager)),
  };
}

function summaryView(model) {
  const adopted = model.adoptedScenarioId ? scenarios.get(model.adoptedScenarioId) : null;
  const first = [...scenarios.values()].find((s) => s.modelId === model.id);
  return {
    id: model.id,
    name: model.name,
    period: model.period,
    targetGroups: model.targetGroups,
    status: model.status,
    scenarioCount: [...scenarios.values()].filter((s) => s.modelId === model.id).length,
    adoptedScenario: adopted ? { id: adopted.id, name: adopted.name, versionNo: adopted.versionNo } : null,
    adoptedAt: model.adoptedAt,
    adoptedBy: model.adoptedBy,
    total: (adopted ?? first)?.total ?? null,
  };
}

function newScenario(model, name, copy, actor) {
  const versionNo = Math.max(0, ...[...scenarios.values()].filter((s) => s.modelId === model.id).map((s) => s.versionNo)) + 1;
  const dates = availableDates(model.region.code);
  const scenario = {
    id: nextId++,
    modelId: model.id,
    name,
    versionNo,
    status: 'CONCEPT',
    lockVersion: 0,
    totalSource: copy?.totalSource ?? (model.demandTotal !== null ? 'DEMAND' : 'ENTERED'),
    total: copy?.total ?? model.demandTotal ?? 0,
    method: copy?.method ?? 'LARGEST_REMAINDER',
    referenceDate: copy?.referenceDate ?? dates[dates.length - 1],
    criteria: structuredClone(copy?.criteria ?? [{ indicator: 'inhabitants', weight: '1' }]),
    draagkracht: structuredClone(copy?.draagkracht ?? null),
    bounds: structuredClone(copy?.bounds ?? []),
    updatedAt: now(),
    updatedBy: actor,
    adoptedAt: null,
    adoptedBy: null,
  };
  scenarios.set(scenario.id, scenario);
  return scenario;
}

function createModel(region, regionName, body, actor) {
  const model = {
    id: nextId++,
    region: { code: region, name: regionName },
    name: body.name,
    period: body.period,
    targetGroups: body.targetGroups.map((code) => ({ code, name: body.groupNames?.[code] ?? code })),
    groupCodes: [...body.targetGroups].sort().join(','),
    status: 'CONCEPT',
    lockVersion: 0,
    demandTotal: body.demandTotal ?? null,
    adoptedScenarioId: null,
    adoptedAt: null,
    adoptedBy: null,
  };
  models.set(model.id, model);
  newScenario(model, 'Scenario A', null, actor);
  return model;
}

function adopt(model, scenario, actor) {
  const result = computeResult(scenario);
  scenario.frozenResult = { ...result, frozen: true, scenario: { ...result.scenario, status: 'ADOPTED' } };
  Object.assign(scenario, { status: 'ADOPTED', adoptedAt: now(), adoptedBy: actor, lockVersion: scenario.lockVersion + 1 });
  Object.assign(model, { status: 'ADOPTED', adoptedScenarioId: scenario.id, adoptedAt: now(), adoptedBy: actor, realisations: new Map() });
}

function resultsOf(model, user) {
  const scenario = scenarios.get(model.adoptedScenarioId);
  const frozen = scenario.frozenResult;
  const modelSwaps = [...swaps.values()].filter((s) => s.modelId === model.id);
  const rows = frozen.rows.map((r) => {
    const code = r.municipality.code;
    const swapped = modelSwaps
      .filter((s) => s.status === 'CONFIRMED')
      .reduce((sum, s) => sum + (s.to.code === code ? s.amount : 0) - (s.from.code === code ? s.amount : 0), 0);
    const effectiveTarget = r.target + swapped;
    const carriedIn = model.carriedIn?.[code] ?? 0;
    const due = effectiveTarget + carriedIn;
    const realisation = model.realisations?.get(code) ?? null;
    const realised = realisation?.realised ?? null;
    return {
      municipality: r.municipality,
      quota: r.quota,
      target: r.target,
      swapped,
      effectiveTarget,
      carriedIn,
      due,
      realised,
      realisationVersion: realisation?.version ?? null,
      realisationNote: realisation?.note ?? null,
      difference: realised === null ? null : realised - due,
      carriedOut: due - (realised ?? 0),
    };
  });
  const sum = (key) => rows.reduce((s, r) => s + (r[key] ?? 0), 0);
  const own = user.role === 'MUNICIPALITY_OFFICER' ? user.municipality.code : null;
  return {
    model: { id: model.id, name: model.name, period: model.period, targetGroups: model.targetGroups },
    scenario: { id: scenario.id, name: scenario.name, versionNo: scenario.versionNo, method: scenario.method, adoptedAt: scenario.adoptedAt, adoptedBy: scenario.adoptedBy },
    previousModel: null,
    rows,
    totals: { target: sum('target'), effectiveTarget: sum('effectiveTarget'), carriedIn: sum('carriedIn'), due: sum('due'), realised: sum('realised'), carriedOut: sum('carriedOut') },
    swaps: modelSwaps.map((s) => swapView(s, own)),
    allowedActions: { recordRealisation: own && rows.some((r) => r.municipality.code === own) ? [own] : [], proposeSwap: Boolean(own) },
  };
}

function swapView(swap, own) {
  const { modelId: _model, ...view } = swap;
  const party = own && (swap.from.code === own || swap.to.code === own);
  const proposer = own === swap.proposedFor;
  const allowedActions = swap.status !== 'PROPOSED' || !party ? [] : proposer ? ['WITHDRAW'] : ['CONFIRM', 'REJECT'];
  return { ...view, allowedActions };
}

function manages(user, region) {
  return user.role === 'PLATFORM_ADMIN' || (user.role === 'REGION_PROGRAMME_MANAGER' && user.region?.code === region);
}

// --- files ---------------------------------------------------------------------------------------

const csv = (rows) => '\ufeff' + rows.map((r) => r.map((c) => (/[;"\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(';')).join('\r\n') + '\r\n';

export function pdf(title, lines) {
  const text = [title, ...lines].map((l, i) => `BT /F1 ${i === 0 ? 16 : 10} Tf 50 ${780 - i * 16} Td (${l.replace(/[()\\]/g, '\\$&').replace(/[^\x20-\x7e]/g, '?')}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function download(res, send, body, fileName, format) {
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  const types = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pdf: 'application/pdf' };
  return send(res, 200, body, types[format]);
}

// --- routes --------------------------------------------------------------------------------------

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** The text of the first file part of a multipart body (enough for the import). */
function multipartFile(buffer, contentType) {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType ?? '');
  if (!boundary) return buffer.toString('utf8');
  const text = buffer.toString('utf8');
  const part = text.split(`--${boundary[1] ?? boundary[2]}`).find((p) => /filename=/.test(p)) ?? '';
  return part.slice(part.indexOf('\r\n\r\n') + 4).replace(/\r\n$/, '');
}

/**
 * Handles the allocation routes (and the map boundaries); resolves to false for any other path.
 * `ctx` brings the mock backend's helpers: send, maySeeRegion, regionName, groupName.
 */
export async function allocationApi(req, res, user, ctx) {
  const url = new URL(req.url, 'http://localhost');
  const path = url.pathname;
  const { send, maySeeRegion, regionName } = ctx;
  const method = req.method;
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
  const reader = user.role === 'MUNICIPALITY_OFFICER' || user.role === 'PROVINCE_ANALYST';
  const infeasible = (error) =>
    problem(422, 'ALLOCATION_INFEASIBLE', error.message, {
      fields: error.ids.map((id) => ({
        field: `units[${id}]`,
        code: error.reason,
        message: error.reason === 'FLOORS_EXCEED_TOTAL' ? 'Deze ondergrens telt mee in een som boven het totaal.' : 'Deze bovengrens telt mee in een som onder het totaal.',
      })),
    });
  /** Runs the engine; on a refusal the problem is sent and `answered` is true. */
  const compute = (fn) => {
    try {
      return { value: fn(), answered: false };
    } catch (error) {
      if (error instanceof Infeasible) infeasible(error);
      else if (error.fields) problem(400, 'VALIDATION_FAILED', 'De invoer is niet geldig.', { fields: error.fields });
      else throw error;
      return { value: undefined, answered: true };
    }
  };
  let m;

  if ((m = /^\/api\/regions\/([^/]+)\/boundaries$/.exec(path)) && method === 'GET') {
    const region = decodeURIComponent(m[1]);
    if (!maySeeRegion(user, region)) return notFound();
    res.setHeader('Cache-Control', 'max-age=3600');
    return send(res, 200, boundariesOf(membersOf(region).map((x) => x.code)));
  }

  if (method === 'POST' && path === '/api/allocation/preview') {
    const body = await json();
    const outcome = compute(() => allocate(body));
    if (outcome.answered) return undefined;
    const { results, ...rest } = outcome.value;
    return send(res, 200, { ...rest, results: results.map(({ keyQuota: _k, correctedQuota: _c, ...r }) => r) });
  }

  if ((m = /^\/api\/allocation\/regions\/([^/]+)\/indicators(\/import)?$/.exec(path))) {
    const region = decodeURIComponent(m[1]);
    if (!maySeeRegion(user, region) || user.role === 'MUNICIPALITY_OFFICER') return notFound();
    if (method === 'GET' && !m[2]) {
      const dates = availableDates(region);
      return send(res, 200, indicatorTable(region, url.searchParams.get('referenceDate') ?? dates[dates.length - 1]));
    }
    if (method === 'POST' && m[2]) {
      if (!manages(user, region)) return forbidden();
      const text = multipartFile(await readBody(req), req.headers['content-type']);
      const { errors, changes, rows } = parseImport(region, text);
      if (errors.length) return problem(400, 'IMPORT_INVALID', 'Het bestand bevat fouten; er is niets opgeslagen.', { errors });
      const applied = url.searchParams.get('dryRun') === 'false';
      if (applied) {
        const store = seedIndicators(region);
        for (const c of changes) {
          const series = (store.get(c.municipality)[c.indicator] ??= []);
          const existing = series.find((x) => x.referenceDate === c.referenceDate);
          if (existing) Object.assign(existing, { value: c.newValue, source: c.source, status: 'VERIFIED' });
          else series.push({ value: c.newValue, referenceDate: c.referenceDate, source: c.source, status: 'VERIFIED' });
        }
      }
      return send(res, 200, { applied, rows, changes: changes.map(({ source: _s, ...c }) => c), errors: [] });
    }
  }

  if ((m = /^\/api\/allocation\/regions\/([^/]+)$/.exec(path)) && method === 'GET') {
    const region = decodeURIComponent(m[1]);
    if (!maySeeRegion(user, region)) return notFound();
    const allowedActions = [
      ...(manages(user, region) ? ['CREATE_MODEL'] : []),
      ...(user.role !== 'MUNICIPALITY_OFFICER' ? ['READ_INDICATORS'] : []),
      ...(manages(user, region) ? ['IMPORT_INDICATORS'] : []),
    ];
    return send(res, 200, { region: { code: region, name: region }, allowedActions });
  }

  if ((m = /^\/api\/allocation\/regions\/([^/]+)\/models$/.exec(path))) {
    const region = decodeURIComponent(m[1]);
    if (!maySeeRegion(user, region)) return notFound();
    if (method === 'GET') {
      const list = [...models.values()].filter((x) => x.region.code === region && (!reader || x.status === 'ADOPTED'));
      return send(res, 200, list.map(summaryView));
    }
    if (method === 'POST') {
      if (!manages(user, region)) return forbidden();
      const body = await json();
      const fields = [];
      if (!String(body.name ?? '').trim()) fields.push({ field: 'name', code: 'REQUIRED', message: 'Vul een naam in.' });
      if (!/^\d{4}(-H[12])?$/.test(body.period ?? '')) fields.push({ field: 'period', code: 'INVALID', message: 'Kies een jaar of halfjaar.' });
      if (!Array.isArray(body.targetGroups) || body.targetGroups.length === 0) fields.push({ field: 'targetGroups', code: 'REQUIRED', message: 'Kies ten minste één aandachtsgroep.' });
      if (fields.length) return problem(400, 'VALIDATION_FAILED', 'De invoer is niet geldig.', { fields });
      const key = [...body.targetGroups].sort().join(',');
      if ([...models.values()].some((x) => x.region.code === region && x.period === body.period && x.groupCodes === key)) {
        return problem(409, 'MODEL_EXISTS', 'Er bestaat al een verdeelmodel voor deze aandachtsgroepen en periode.');
      }
      const groupNames = Object.fromEntries(body.targetGroups.map((code) => [code, ctx.groupName(region, code)]));
      const demandTotal = 20 + (body.targetGroups.length * 37) % 60;
      const model = createModel(region, regionName(region), { ...body, name: body.name.trim(), groupNames, demandTotal }, user.username);
      return send(res, 201, modelView(model, user));
    }
  }

  if ((m = /^\/api\/allocation\/models\/(\d+)(\/[a-z.]+)?(?:\/([A-Z0-9]+))?$/.exec(path))) {
    const model = models.get(Number(m[1]));
    if (!model || !maySeeRegion(user, model.region.code) || (reader && model.status !== 'ADOPTED')) return notFound();
    const tail = m[2] ?? '';
    const manager = manages(user, model.region.code);
    if (method === 'GET' && tail === '') return send(res, 200, modelView(model, user));
    if (method === 'GET' && tail === '/inputs') {
      if (!manager) return forbidden();
      const dates = availableDates(model.region.code);
      return send(res, 200, inputsOf(model, url.searchParams.get('referenceDate') ?? dates[dates.length - 1]));
    }
    if (method === 'POST' && tail === '/scenarios') {
      if (!manager || model.status !== 'CONCEPT') return forbidden();
      const count = [...scenarios.values()].filter((s) => s.modelId === model.id).length;
      if (count >= 10) return problem(409, 'TOO_MANY_SCENARIOS', 'Hooguit 10 scenario\'s.');
      const body = await json();
      const copy = body.copyOf ? scenarios.get(Number(body.copyOf)) : null;
      return send(res, 201, scenarioView(newScenario(model, String(body.name ?? `Scenario ${count + 1}`), copy, user.username)));
    }
    if (method === 'GET' && tail === '/compare') {
      if (!manager && user.role !== 'PLATFORM_ADMIN') return forbidden();
      const a = scenarios.get(Number(url.searchParams.get('a')));
      const b = scenarios.get(Number(url.searchParams.get('b')));
      if (!a || !b || a.modelId !== model.id || b.modelId !== model.id) return notFound();
      const outcome = compute(() => [computeResult(a), computeResult(b)]);
      if (outcome.answered) return undefined;
      const [ra, rb] = outcome.value;
      const byCode = new Map(rb.rows.map((r) => [r.municipality.code, r]));
      return send(res, 200, {
        a: { id: a.id, name: a.name },
        b: { id: b.id, name: b.name },
        rows: ra.rows.map((r) => {
          const other = byCode.get(r.municipality.code);
          return { municipality: r.municipality, targetA: r.target, targetB: other.target, quotaA: r.quota, quotaB: other.quota, difference: other.target - r.target };
        }),
        totalA: ra.allocated,
        totalB: rb.allocated,
      });
    }
    if (tail === '/results' || /^\/results\.(csv|xlsx)$/.test(tail)) {
      if (model.status !== 'ADOPTED') return problem(409, 'MODEL_NOT_ADOPTED', 'Dit verdeelmodel is nog niet vastgesteld.');
      const results = resultsOf(model, user);
      if (tail === '/results') return send(res, 200, results);
      const format = tail.endsWith('csv') ? 'csv' : 'xlsx';
      const header = ['gemeentecode', 'gemeente', 'taakstelling', 'ruil', 'na_ruil', 'meegenomen', 'te_realiseren', 'gerealiseerd', 'verschil', 'naar_volgende_periode'];
      const rows = results.rows.map((r) => [r.municipality.code, r.municipality.name, r.target, r.swapped, r.effectiveTarget, r.carriedIn, r.due, r.realised ?? '', r.difference ?? '', r.carriedOut]);
      return download(res, send, csv([header, ...rows]), `realisatie-${model.id}-${model.period}.${format}`, format);
    }
    if (method === 'PUT' && tail === '/realisation' && m[3]) {
      const code = m[3];
      if (model.status !== 'ADOPTED') return problem(409, 'MODEL_NOT_ADOPTED', 'Nog niet vastgesteld.');
      if (user.role !== 'MUNICIPALITY_OFFICER' || user.municipality.code !== code) return forbidden();
      const body = await json();
      if (!Number.isInteger(body.realised) || body.realised < 0 || body.realised > 100000) {
        return problem(400, 'VALIDATION_FAILED', 'Ongeldig aantal.', { fields: [{ field: 'realised', code: 'RANGE', message: 'Vul een heel getal in van 0 tot 100.000.' }] });
      }
      const current = model.realisations.get(code) ?? null;
      if ((current?.version ?? null) !== (body.version ?? null)) {
        return problem(409, 'VERSION_CONFLICT', 'Intussen gewijzigd.', { current: resultsOf(model, user).rows.find((r) => r.municipality.code === code) });
      }
      model.realisations.set(code, { realised: body.realised, note: body.note ?? null, version: (current?.version ?? -1) + 1 });
      return send(res, 200, resultsOf(model, user).rows.find((r) => r.municipality.code === code));
    }
    if (method === 'POST' && tail === '/swaps') {
      if (model.status !== 'ADOPTED') return problem(409, 'MODEL_NOT_ADOPTED', 'Nog niet vastgesteld.');
      const own = user.role === 'MUNICIPALITY_OFFICER' ? user.municipality.code : null;
      const body = await json();
      if (!own || (body.from !== own && body.to !== own)) return forbidden();
      const results = resultsOf(model, user);
      const row = (code) => results.rows.find((r) => r.municipality.code === code);
      const fields = [];
      if (body.from === body.to) fields.push({ field: 'to', code: 'SAME', message: 'Kies een andere gemeente.' });
      if (!row(body.from) || !row(body.to)) fields.push({ field: 'to', code: 'NOT_A_MEMBER', message: 'Deze gemeente hoort niet bij het model.' });
      if (!Number.isInteger(body.amount) || body.amount < 1) fields.push({ field: 'amount', code: 'RANGE', message: 'Het aantal moet 1 of meer zijn.' });
      if (fields.length) return problem(400, 'VALIDATION_FAILED', 'De invoer is niet geldig.', { fields });
      if (row(body.from).effectiveTarget - body.amount < 0) return problem(409, 'SWAP_EXCEEDS_TARGET', 'De taakstelling van de overdragende gemeente zou onder 0 komen.');
      const swap = {
        id: nextId++,
        modelId: model.id,
        from: row(body.from).municipality,
        to: row(body.to).municipality,
        amount: body.amount,
        reason: body.reason ?? null,
        status: 'PROPOSED',
        proposedBy: user.username,
        proposedFor: own,
        proposedAt: now(),
        decidedBy: null,
        decidedAt: null,
      };
      swaps.set(swap.id, swap);
      return send(res, 201, swapView(swap, own));
    }
  }

  if ((m = /^\/api\/allocation\/swaps\/(\d+)\/(confirm|reject|withdraw)$/.exec(path)) && method === 'POST') {
    const swap = swaps.get(Number(m[1]));
    const model = swap && models.get(swap.modelId);
    if (!swap || !maySeeRegion(user, model.region.code)) return notFound();
    const own = user.role === 'MUNICIPALITY_OFFICER' ? user.municipality.code : null;
    const view = own ? swapView(swap, own) : { allowedActions: [] };
    const action = m[2].toUpperCase();
    if (swap.status !== 'PROPOSED') return problem(409, 'SWAP_NOT_PROPOSED', 'Over deze ruil is al besloten.');
    if (!view.allowedActions.includes(action)) return forbidden();
    if (action === 'CONFIRM') {
      const from = resultsOf(model, user).rows.find((r) => r.municipality.code === swap.from.code);
      if (from.effectiveTarget - swap.amount < 0) return problem(409, 'SWAP_EXCEEDS_TARGET', 'De taakstelling van de overdragende gemeente zou onder 0 komen.');
    }
    Object.assign(swap, { status: { CONFIRM: 'CONFIRMED', REJECT: 'REJECTED', WITHDRAW: 'WITHDRAWN' }[action], decidedBy: user.username, decidedAt: now() });
    return send(res, 200, swapView(swap, own));
  }

  if ((m = /^\/api\/allocation\/scenarios\/(\d+)(\/[a-z.]+)?$/.exec(path))) {
    const scenario = scenarios.get(Number(m[1]));
    const model = scenario && models.get(scenario.modelId);
    if (!scenario || !maySeeRegion(user, model.region.code)) return notFound();
    const manager = manages(user, model.region.code);
    const tail = m[2] ?? '';
    if (reader && scenario.status !== 'ADOPTED') return notFound();
    if (method === 'GET' && (tail === '/result' || /^\/export\.(csv|xlsx|pdf)$/.test(tail))) {
      const outcome = compute(() => computeResult(scenario));
      if (outcome.answered) return undefined;
      const result = outcome.value;
      if (tail === '/result') return send(res, 200, result);
      const format = tail.split('.').pop();
      const name = `verdeling-${model.id}-scenario-${scenario.versionNo}.${format}`;
      if (format === 'pdf') {
        const lines = [
          `${model.region.name} - ${model.period} - ${scenario.name} (versie ${scenario.versionNo})`,
          `Methode: ${METHOD_LABELS[result.method]}; totaal ${result.total}, verdeeld ${result.allocated}`,
          '',
          ...result.rows.map((r) => `${r.municipality.name}: quotum ${r.quota.replace('.', ',')}, taakstelling ${r.target}`),
        ];
        return download(res, send, pdf(`Verdeling ${model.name}`, lines), name, 'pdf');
      }
      const header = ['gemeentecode', 'gemeente', 'quotum', 'taakstelling', 'begrenzing', 'per_1000_inwoners'];
      return download(res, send, csv([header, ...result.rows.map((r) => [r.municipality.code, r.municipality.name, r.quota, r.target, r.bound, r.perThousand ?? ''])]), name, format);
    }
    if (!manager) return forbidden();
    if (method === 'PUT' && tail === '') {
      if (scenario.status === 'ADOPTED') return problem(409, 'SCENARIO_LOCKED', 'Dit scenario is vastgesteld.');
      const body = await json();
      if (body.lockVersion !== scenario.lockVersion) return problem(409, 'VERSION_CONFLICT', 'Intussen gewijzigd.', { current: scenarioView(scenario) });
      const sum = (body.criteria ?? []).reduce((s, c) => s + Number(c.weight), 0);
      if (Math.abs(sum - 1) > 1e-9) return problem(400, 'VALIDATION_FAILED', 'De invoer is niet geldig.', { fields: [{ field: 'criteria', code: 'WEIGHTS_NOT_ONE', message: 'De gewichten tellen niet op tot 1.' }] });
      if (body.totalSource === 'DEMAND' && model.demandTotal === null) return problem(400, 'NO_ADOPTED_DEMAND', 'Er is geen vastgestelde vraag.');
      Object.assign(scenario, {
        name: String(body.name ?? scenario.name),
        totalSource: body.totalSource,
        total: body.totalSource === 'DEMAND' ? model.demandTotal : body.total,
        method: body.method,
        referenceDate: body.referenceDate,
        criteria: body.criteria,
        draagkracht: body.draagkracht ?? null,
        bounds: body.bounds ?? [],
        lockVersion: scenario.lockVersion + 1,
        updatedAt: now(),
        updatedBy: user.username,
      });
      return send(res, 200, scenarioView(scenario));
    }
    if (method === 'DELETE' && tail === '') {
      const siblings = [...scenarios.values()].filter((s) => s.modelId === model.id);
      if (scenario.status !== 'CONCEPT' || siblings.length < 2) return problem(409, 'SCENARIO_LOCKED', 'Dit scenario kan niet worden verwijderd.');
      if (Number(url.searchParams.get('lockVersion')) !== scenario.lockVersion) return problem(409, 'VERSION_CONFLICT', 'Intussen gewijzigd.');
      scenarios.delete(scenario.id);
      res.writeHead(204);
      return res.end();
    }
    if (method === 'POST' && tail === '/adopt') {
      if (model.status === 'ADOPTED') return problem(409, 'MODEL_ADOPTED', 'Dit verdeelmodel is al vastgesteld.');
      const body = await json();
      if (body.lockVersion !== scenario.lockVersion) return problem(409, 'VERSION_CONFLICT', 'Intussen gewijzigd.', { current: scenarioView(scenario) });
      const outcome = compute(() => computeResult(scenario));
      if (outcome.answered) return undefined;
      adopt(model, scenario, user.username);
      return send(res, 200, modelView(model, user));
    }
  }
  return false;
}

// --- demo data: an adopted model in Regio Groningen, so the results page has something to show ------

function seed() {
  const year = new Date().getFullYear();
  const model = createModel(
    'GRO',
    'Regio Groningen',
    { name: `Uitstroom MO ${year}`, period: String(year), targetGroups: ['uitstroom-mo'], groupNames: { 'uitstroom-mo': 'Uitstroom maatschappelijke opvang' }, demandTotal: 48 },
    'regio.gro',
  );
  const scenario = [...scenarios.values()].find((s) => s.modelId === model.id);
  Object.assign(scenario, {
    criteria: [
      { indicator: 'inhabitants', weight: '0.5' },
      { indicator: 'social_rental_stock', weight: '0.3' },
      { indicator: 'own_demand', weight: '0.2' },
    ],
    draagkracht: { indicator: 'existing_places', strength: '0.5' },
  });
  adopt(model, scenario, 'regio.gro');
  model.carriedIn = { GM0014: 2, GM1950: -1 };
  model.realisations.set('GM1969', { realised: 3, note: 'twee via Housing First', version: 0 });
}
seed();

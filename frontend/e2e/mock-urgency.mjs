// The urgency part of the mock backend (docs/api/urgency.md): scheme versions with the template of mandatory
// categories, the whole-version PUT with field checks and the exact quota consistency check (shares in
// millionths, so the arithmetic is exact as in the backend), adoption with the overlap rule, deviations, the
// capacity check and the comparison. In memory, like the rest of the mock. The demand the capacity check
// uses is invented per municipality and target group (one member of each region has none, so the
// "missing" notice shows); the lettings are the allocation mock's; the PDF is a one-page placeholder.
import { lettingsOf, pdf } from './mock-allocation.mjs';
import { groupsOf } from './mock-demand.mjs';
import { municipalities } from './mock-data.mjs';

const now = () => new Date().toISOString();
const today = () => now().slice(0, 10);

const MANDATORY = [
  ['mantelzorg', 'Mantelzorgers en -ontvangers', ['mantelzorg']],
  ['medisch', 'Ernstig zieken', ['medische_urgentie']],
  ['huiselijk_geweld', 'Slachtoffers huiselijk geweld', ['uitstroom_vo']],
  ['mensenhandel', 'Slachtoffers mensenhandel', ['mensenhandel']],
  ['uitstroom_mo', 'Uitstroom maatschappelijke opvang', ['uitstroom_mo']],
  ['uitstroom_bw', 'Uitstroom beschermd wonen', ['uitstroom_bw']],
  ['uitstroom_ggz', 'Uitstroom GGZ-klinieken', ['uitstroom_ggz']],
  ['uitstroom_jeugd', 'Uitstroom jeugdhulp', ['uitstroom_jeugd']],
  ['ex_gedetineerden', 'Ex-gedetineerden', ['uitstroom_detentie']],
  ['uitstapprogramma', 'Prostituees in een uitstapprogramma', []],
  ['dakloze_gezinnen', 'Dakloze gezinnen met kinderen', ['dakloos']],
].map(([code, name, targetGroups]) => ({ code, name, targetGroups }));
const DECISION_DAYS = 56;
const WAIT_NORM_DAYS = 90;
const MILLION = 1_000_000;
const REGULAR = 'REGULAR';

/** The backend's national target group codes, as this mock's demand part writes them. */
const mockGroupCode = { medische_urgentie: 'medisch', uitstroom_vo: 'vrouwenopvang', uitstroom_detentie: 'detentie' };
const localGroup = (code) => mockGroupCode[code] ?? code.replace(/_/g, '-');

const schemes = new Map(); // id -> stored version
let nextSchemeId = 1;
let nextQuotaId = 1;
let nextDeviationId = 1;

const membersOf = (region) =>
  [...municipalities.values()]
    .filter((m) => m.memberships.some((ms) => ms.region.code === region && (!ms.validTo || ms.validTo >= today())))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

const configures = (user, region) => user.role === 'PLATFORM_ADMIN' || (user.role === 'REGION_PROGRAMME_MANAGER' && user.region?.code === region);
const statusOf = (s) => (s.status === 'ADOPTED' && s.validTo < today() ? 'EXPIRED' : s.status);

// --- shares as whole millionths ------------------------------------------------------------------

/** "0.3" -> 300000; null when it is not a plain decimal with at most six decimals. */
function micros(text) {
  const match = /^(\d+)(?:\.(\d*))?$/.exec(String(text ?? '').trim());
  if (!match || (match[2] ?? '').length > 6) return null;
  return Number(match[1]) * MILLION + Number((match[2] ?? '').padEnd(6, '0'));
}

const shareText = (value) => {
  const whole = Math.floor(value / MILLION);
  const fraction = String(value % MILLION).padStart(6, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
};
const percentText = (value) => `${shareText(value * 100).replace('.', ',')}%`;

// --- the consistency check (a port of QuotaConsistency.java) -----------------------------------------

function checkQuotas(universe, quotas) {
  const clashes = [];
  const keyOf = (parts) => [...parts].sort().join('|');
  const nodes = new Map();
  for (const q of quotas) {
    const key = keyOf(q.parts);
    if (!nodes.has(key)) {
      nodes.set(key, { parts: q.parts, quotas: [], children: [], min: 0, max: MILLION, minQuota: null, maxQuota: null });
    }
    const n = nodes.get(key);
    n.quotas.push(q);
    if (q.max && (n.maxQuota === null || q.share < n.max)) Object.assign(n, { max: q.share, maxQuota: q });
    if (!q.max && (n.minQuota === null || q.share > n.min)) Object.assign(n, { min: q.share, minQuota: q });
  }
  const list = [...nodes.values()];
  const overlap = (a, b) => [...a].some((x) => b.has(x));
  const contains = (a, b) => [...b].every((x) => a.has(x));
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i].parts;
      const b = list[j].parts;
      if (overlap(a, b) && !contains(a, b) && !contains(b, a)) {
        clashes.push({
          quotas: [list[i].quotas[0].index, list[j].quotas[0].index],
          code: 'QUOTA_SETS_OVERLAP',
          message: `'${list[i].quotas[0].label}' en '${list[j].quotas[0].label}' gelden voor groepen die elkaar deels overlappen; quota moeten binnen elkaar vallen of los van elkaar staan.`,
        });
      }
    }
  }
  if (clashes.length) return clashes;
  const rootKey = keyOf(universe);
  const root = nodes.get(rootKey) ?? { parts: universe, quotas: [], children: [], min: 0, max: MILLION, minQuota: null, maxQuota: null };
  root.min = Math.max(root.min, MILLION);
  root.max = Math.min(root.max, MILLION);
  const rest = list.filter((n) => n !== root).sort((a, b) => a.parts.size - b.parts.size);
  rest.forEach((n, i) => {
    const parent = rest.slice(i + 1).find((c) => c.parts.size > n.parts.size && contains(c.parts, n.parts)) ?? root;
    parent.children.push(n);
  });
  for (const n of [...rest, root]) bounds(n, clashes);
  return clashes;
}

function bounds(n, clashes) {
  let childLow = 0;
  let childHigh = 0;
  const childLowCause = new Set();
  const childHighCause = new Set();
  const covered = new Set();
  for (const c of n.children) {
    childLow += c.low;
    childHigh += c.high;
    c.lowCause.forEach((q) => childLowCause.add(q));
    c.highCause.forEach((q) => childHighCause.add(q));
    c.parts.forEach((p) => covered.add(p));
  }
  if (childLow > n.min) Object.assign(n, { low: childLow, lowCause: childLowCause });
  else Object.assign(n, { low: n.min, lowCause: new Set(n.minQuota ? [n.minQuota] : []) });
  const coveredAll = [...n.parts].every((p) => covered.has(p));
  if (coveredAll && childHigh < n.max) Object.assign(n, { high: childHigh, highCause: childHighCause });
  else Object.assign(n, { high: n.max, highCause: new Set(n.maxQuota ? [n.maxQuota] : []) });
  if (n.low > n.high) {
    const cause = [...new Set([...n.lowCause, ...n.highCause])];
    const parts = cause.map((q) => `${q.max ? 'hoogstens' : 'minstens'} ${percentText(q.share)} voor '${q.label}'`).join(' en ');
    const whole = n.low > MILLION || n.high < MILLION;
    clashes.push({
      quotas: cause.map((q) => q.index).sort((a, b) => a - b),
      code: 'QUOTAS_INCONSISTENT',
      message:
        cause.length === 1
          ? `${parts} past niet binnen 100% van de verhuringen.`
          : `${parts} kunnen niet tegelijk gelden: ${whole ? 'samen komen ze niet uit op 100% van de verhuringen.' : 'de ondergrenzen zijn samen hoger dan de bovengrens.'}`,
    });
    n.high = n.low;
  }
}

function consistency(categories, quotas) {
  const universe = new Set([...categories.map((c) => c.code), REGULAR]);
  const shares = quotas
    .map((q, index) => ({ q, index }))
    .filter(({ q }) => q.share !== null)
    .map(({ q, index }) => ({
      index,
      label: q.label,
      parts: new Set(q.appliesTo.regular ? [REGULAR] : q.appliesTo.categories),
      max: q.kind === 'MAX_SHARE',
      share: micros(q.share),
    }));
  const clashes = checkQuotas(universe, shares).map((c) => ({ ...c, quotas: c.quotas.map((i) => `quotas[${i}]`) }));
  return { consistent: clashes.length === 0, clashes };
}

function warnings(s) {
  const present = new Set(s.categories.map((c) => c.mandatory).filter(Boolean));
  const out = MANDATORY.filter((m) => !present.has(m.code)).map((m) => ({
    code: 'MISSING_MANDATORY_CATEGORY',
    message: `De verplichte categorie '${m.name}' ontbreekt.`,
    mandatory: m.code,
  }));
  const [y, mo, d] = s.validFrom.split('-').map(Number);
  const limit = new Date(Date.UTC(y + 4, mo - 1, d - 1)).toISOString().slice(0, 10);
  if (s.validTo > limit) {
    out.push({
      code: 'LONGER_THAN_FOUR_YEARS',
      message: 'Deze versie geldt langer dan vier jaar; een huisvestingsverordening geldt hoogstens vier jaar (Huisvestingswet 2014).',
      mandatory: null,
    });
  }
  return out;
}

// --- views -----------------------------------------------------------------------------------------

const memberName = (code) => municipalities.get(code)?.name ?? code;

function deviationView(user, s, d) {
  const quota = s.quotas.find((q) => q.id === d.quotaId);
  const allowedActions = d.status === 'PROPOSED' && s.status === 'CONCEPT' && configures(user, s.region.code) ? ['ACCEPT', 'REJECT'] : [];
  return {
    id: d.id,
    municipality: { code: d.municipality, name: memberName(d.municipality) },
    quotaId: d.quotaId,
    quotaLabel: quota?.label ?? '?',
    share: d.share,
    perYear: d.perYear,
    reason: d.reason,
    status: d.status,
    proposedBy: d.proposedBy,
    proposedAt: d.proposedAt,
    decidedBy: d.decidedBy,
    decidedAt: d.decidedAt,
    allowedActions,
  };
}

function schemeView(user, s) {
  const allowedActions = [];
  if (configures(user, s.region.code) && s.status === 'CONCEPT') allowedActions.push('EDIT', 'ADOPT');
  if (user.role === 'MUNICIPALITY_OFFICER' && membersOf(s.region.code).some((m) => m.code === user.municipality?.code)) {
    allowedActions.push('PROPOSE_DEVIATION');
  }
  return {
    id: s.id,
    region: s.region,
    name: s.name,
    versionNo: s.versionNo,
    status: statusOf(s),
    lockVersion: s.lockVersion,
    validFrom: s.validFrom,
    validTo: s.validTo,
    legalBasis: { name: s.legalName, date: s.legalDate },
    adoptedAt: s.adoptedAt,
    adoptedBy: s.adoptedBy,
    basedOn: s.basedOn,
    categories: [...s.categories].sort((a, b) => a.priority - b.priority),
    quotas: s.quotas,
    deviations: s.deviations.map((d) => deviationView(user, s, d)),
    warnings: warnings(s),
    consistency: consistency(s.categories, s.quotas),
    allowedActions,
  };
}

const summaryView = (s) => ({
  id: s.id,
  name: s.name,
  versionNo: s.versionNo,
  status: statusOf(s),
  validFrom: s.validFrom,
  validTo: s.validTo,
  legalBasis: { name: s.legalName, date: s.legalDate },
  categoryCount: s.categories.length,
  quotaCount: s.quotas.length,
  adoptedAt: s.adoptedAt,
  adoptedBy: s.adoptedBy,
  basedOn: s.basedOn,
});

// --- input checks (SchemeInput.java) ----------------------------------------------------------------

const isDate = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.trim()) && !Number.isNaN(Date.parse(v.trim()));

function text(value, path, max, required, errors) {
  const t = value == null ? '' : String(value).trim();
  if ((required && t === '') || t.length > max) errors.push({ field: path, code: 'LENGTH', message: `${required ? 'Verplicht, ' : ''}hoogstens ${max} tekens.` });
  return t === '' ? null : t;
}

function date(value, path, required, errors) {
  if (value == null || String(value).trim() === '') {
    if (required) errors.push({ field: path, code: 'REQUIRED', message: 'Geef een datum als 2027-01-01.' });
    return null;
  }
  if (!isDate(value)) {
    errors.push({ field: path, code: 'BAD_DATE', message: `'${value}' is geen datum als 2027-01-01.` });
    return null;
  }
  return String(value).trim();
}

function whole(value, path, min, max, errors) {
  if (!Number.isInteger(value) || value < min || value > max) {
    errors.push({ field: path, code: 'RANGE', message: `Een geheel getal van ${min} tot ${max}.` });
    return min;
  }
  return value;
}

function share(value, path, errors) {
  const t = String(value ?? '').trim();
  if (!/^-?\d+(\.\d+)?$/.test(t)) {
    errors.push({ field: path, code: 'NOT_A_NUMBER', message: `'${value ?? ''}' is geen getal (0.25 voor 25%).` });
    return null;
  }
  if (t.startsWith('-') || Number(t) > 1) {
    errors.push({ field: path, code: 'RANGE', message: 'Een aandeel ligt tussen 0 en 1 (0% en 100%).' });
    return null;
  }
  const m = micros(t);
  if (m === null) {
    errors.push({ field: path, code: 'TOO_PRECISE', message: 'Hoogstens zes decimalen (0,0001%).' });
    return null;
  }
  return shareText(m);
}

function header(body, errors) {
  const name = text(body.name, 'name', 200, true, errors);
  const from = date(body.validFrom, 'validFrom', true, errors);
  const to = date(body.validTo, 'validTo', true, errors);
  if (from && to && to < from) errors.push({ field: 'validTo', code: 'DATES_REVERSED', message: 'De einddatum ligt voor de begindatum.' });
  const legalName = body.legalBasis ? text(body.legalBasis.name, 'legalBasis.name', 300, false, errors) : null;
  const legalDate = body.legalBasis ? date(body.legalBasis.date, 'legalBasis.date', false, errors) : null;
  return { name, validFrom: from, validTo: to, legalName, legalDate };
}

function categoriesOf(list, knownGroups, errors) {
  const out = [];
  const seen = new Set();
  (list ?? []).forEach((c, i) => {
    const p = `categories[${i}]`;
    if (!c) return errors.push({ field: p, code: 'REQUIRED', message: 'Lege categorie.' });
    const before = errors.length;
    const code = String(c.code ?? '').trim();
    if (!/^[a-z0-9_]{2,40}$/.test(code)) errors.push({ field: `${p}.code`, code: 'BAD_CODE', message: 'Een code is 2 tot 40 kleine letters, cijfers of _.' });
    else if (seen.has(code)) errors.push({ field: `${p}.code`, code: 'DUPLICATE', message: 'Deze code staat er al in.' });
    seen.add(code);
    const name = text(c.name, `${p}.name`, 200, true, errors);
    const groups = [...new Set(c.targetGroups ?? [])].sort();
    const unknown = groups.find((g) => !knownGroups.has(g));
    if (unknown) errors.push({ field: `${p}.targetGroups`, code: 'UNKNOWN_TARGET_GROUP', message: `Onbekende aandachtsgroep '${unknown}'.` });
    if (c.mandatory != null && !MANDATORY.some((m) => m.code === c.mandatory)) {
      errors.push({ field: `${p}.mandatory`, code: 'UNKNOWN_MANDATORY', message: 'Onbekende verplichte categorie.' });
    }
    const criteria = text(c.criteria, `${p}.criteria`, 4000, false, errors);
    const evidence = text(c.evidence, `${p}.evidence`, 4000, false, errors);
    const decisionDays = whole(c.decisionDays, `${p}.decisionDays`, 1, 365, errors);
    const waitNormDays = whole(c.waitNormDays, `${p}.waitNormDays`, 1, 3650, errors);
    const priority = c.priority == null ? i + 1 : whole(c.priority, `${p}.priority`, 1, 1000, errors);
    if (errors.length === before) out.push({ code, name, mandatory: c.mandatory ?? null, targetGroups: groups, criteria, evidence, decisionDays, waitNormDays, priority });
  });
  return out;
}

function quotasOf(list, categoryCodes, existingIds, errors) {
  const out = [];
  (list ?? []).forEach((q, i) => {
    const p = `quotas[${i}]`;
    if (!q) return errors.push({ field: p, code: 'REQUIRED', message: 'Leeg quotum.' });
    const before = errors.length;
    if (q.id != null && !existingIds.has(q.id)) errors.push({ field: `${p}.id`, code: 'UNKNOWN_QUOTA', message: 'Dit quotum hoort niet bij deze versie.' });
    const label = text(q.label, `${p}.label`, 200, true, errors);
    const applies = q.appliesTo ?? { regular: false, categories: [] };
    const cats = [...new Set(applies.categories ?? [])].sort();
    if (!applies.regular && cats.length === 0) errors.push({ field: `${p}.appliesTo`, code: 'EMPTY', message: 'Kies de categorieën of de reguliere woningzoekenden.' });
    if (applies.regular && cats.length > 0) errors.push({ field: `${p}.appliesTo`, code: 'MIXED', message: 'Een quotum geldt voor urgenten óf voor reguliere woningzoekenden.' });
    const unknown = cats.find((c) => !categoryCodes.has(c));
    if (unknown) errors.push({ field: `${p}.appliesTo`, code: 'UNKNOWN_CATEGORY', message: `Onbekende categorie '${unknown}'.` });
    let shareValue = null;
    let perYear = null;
    if (q.kind === 'MAX_SHARE' || q.kind === 'MIN_SHARE') shareValue = share(q.share, `${p}.share`, errors);
    else if (q.kind === 'PER_YEAR') perYear = whole(q.perYear, `${p}.perYear`, 0, 1_000_000, errors);
    else errors.push({ field: `${p}.kind`, code: 'UNKNOWN', message: 'Kies MAX_SHARE, MIN_SHARE of PER_YEAR.' });
    if (q.kind === 'PER_YEAR' && applies.regular) errors.push({ field: `${p}.kind`, code: 'PER_YEAR_REGULAR', message: 'Een aantal per jaar geldt voor urgente categorieën.' });
    if (errors.length === before) {
      out.push({ id: q.id ?? null, label, appliesTo: { regular: Boolean(applies.regular), categories: applies.regular ? [] : cats }, kind: q.kind, share: shareValue, perYear });
    }
  });
  return out;
}

// --- the capacity check (CapacityService.java, CapacityCheck.java) -------------------------------------

/** Invented demand: stable per municipality, target group and year; the last member of a region has none. */
function demandOf(region, year) {
  const members = membersOf(region);
  const without = members.at(-1)?.code;
  const figures = new Map();
  members.forEach((m, index) => {
    if (m.code === without) return;
    const size = (m.inhabitants?.value ?? 30_000) / 100_000;
    for (const group of groupsOf(region)) {
      const seed = [...`${m.code}${group.code}${year}`].reduce((s, ch) => (s * 31 + ch.charCodeAt(0)) % 997, 7 + index);
      figures.set(`${m.code}|${group.code}|STOCK`, Math.round(size * (4 + (seed % 23))));
      figures.set(`${m.code}|${group.code}|INFLOW`, Math.round(size * (6 + (seed % 17))));
    }
  });
  return { figures, without };
}

const fixed = (value, digits) => value.toFixed(digits);

function outcome(capacity, backlog, inflow, normDays) {
  const balance = capacity - inflow;
  let years = null;
  if (balance >= 0 && backlog === 0) years = '0.00';
  else if (balance > 0) years = fixed(backlog / balance, 2);
  let wait = null;
  if (balance >= 0 && capacity > 0) wait = (12 * backlog) / capacity;
  else if (balance >= 0 && backlog === 0) wait = 0;
  const norm = normDays / 30.4375;
  return {
    capacity: fixed(capacity, 2),
    backlog,
    inflow,
    balance: fixed(balance, 2),
    yearsToClear: years,
    waitMonths: wait === null ? null : fixed(wait, 1),
    waitNormMonths: fixed(norm, 1),
    meetsNorm: wait !== null && wait <= norm + 1e-9,
  };
}

const amount = (value) => (value === null || value === undefined ? null : String(Math.round(value * 10_000) / 10_000));

function capacityOf(s, year, factor, overrides) {
  const members = membersOf(s.region.code);
  const figures = lettingsOf(s.region.code, `${year}-01-01`);
  const lettings = new Map();
  const missing = [];
  let reference = null;
  for (const m of members) {
    const v = figures.get(m.code);
    if (!v) missing.push({ municipality: m.code, what: 'lettings' });
    else {
      lettings.set(m.code, Number(v.value) * factor);
      if (!reference || v.referenceDate > reference) reference = v.referenceDate;
    }
  }
  const demand = demandOf(s.region.code, year);
  if (demand.without) missing.push({ municipality: demand.without, what: 'demand' });
  const sum = (code, groups, measure) => groups.reduce((t, g) => t + (demand.figures.get(`${code}|${localGroup(g)}|${measure}`) ?? demand.figures.get(`${code}|${g}|${measure}`) ?? 0), 0);
  const rows = [];
  for (const q of s.quotas) {
    if (q.appliesTo.regular) continue;
    const cats = q.appliesTo.categories.map((c) => s.categories.find((x) => x.code === c)).filter(Boolean);
    const groups = [...new Set(cats.flatMap((c) => c.targetGroups))];
    const norm = cats.length ? Math.min(...cats.map((c) => c.waitNormDays)) : WAIT_NORM_DAYS;
    const local = new Map(s.deviations.filter((d) => d.status === 'ACCEPTED' && d.quotaId === q.id).map((d) => [d.municipality, d]));
    const base = overrides.has(String(q.id)) ? overrides.get(String(q.id)) : q.share === null ? null : Number(q.share);
    const capacity = new Map();
    const shares = new Map();
    if (base !== null) {
      for (const m of members) {
        const own = local.get(m.code)?.share != null ? Number(local.get(m.code).share) : base;
        shares.set(m.code, own);
        capacity.set(m.code, (lettings.get(m.code) ?? 0) * own);
      }
    } else {
      const total = [...lettings.values()].reduce((a, b) => a + b, 0);
      const raw = members.map((m) => ({ code: m.code, quota: total > 0 ? ((q.perYear ?? 0) * (lettings.get(m.code) ?? 0)) / total : 0 }));
      let rest = (q.perYear ?? 0) - raw.reduce((t, r) => t + Math.floor(r.quota), 0);
      raw.forEach((r) => capacity.set(r.code, Math.floor(r.quota)));
      for (const r of [...raw].sort((a, b) => (b.quota % 1) - (a.quota % 1))) {
        if (rest-- <= 0) break;
        capacity.set(r.code, capacity.get(r.code) + 1);
      }
      for (const [code, d] of local) if (d.perYear != null) capacity.set(code, d.perYear);
    }
    let regionCapacity = 0;
    let regionLettings = 0;
    let regionBacklog = 0;
    let regionInflow = 0;
    const places = members.map((m) => {
      const backlog = sum(m.code, groups, 'STOCK');
      const inflow = sum(m.code, groups, 'INFLOW');
      const cap = capacity.get(m.code) ?? 0;
      regionCapacity += cap;
      regionLettings += lettings.get(m.code) ?? 0;
      regionBacklog += backlog;
      regionInflow += inflow;
      return {
        municipality: { code: m.code, name: m.name },
        lettings: amount(lettings.get(m.code)),
        share: shares.has(m.code) ? shareText(Math.round(shares.get(m.code) * MILLION)) : null,
        deviation: local.has(m.code),
        outcome: outcome(cap, backlog, inflow, norm),
      };
    });
    rows.push({
      quota: { code: String(q.id), name: q.label },
      categories: q.appliesTo.categories,
      targetGroups: groups,
      municipalities: places,
      region: {
        municipality: s.region,
        lettings: amount(regionLettings),
        share: base === null ? null : shareText(Math.round(base * MILLION)),
        deviation: false,
        outcome: outcome(regionCapacity, regionBacklog, regionInflow, norm),
      },
    });
  }
  return {
    schemeId: s.id,
    year,
    referenceDate: reference,
    assumptions: { lettingsFactor: String(factor), overrides: Object.fromEntries([...overrides].map(([k, v]) => [k, String(v)])) },
    rows,
    missing,
  };
}

// --- the comparison (SchemeComparison.java) -------------------------------------------------------

function compare(a, b) {
  const diff = (out, field, x, y) => {
    const sx = x == null ? null : String(x);
    const sy = y == null ? null : String(y);
    if (sx !== sy) out.push({ field, a: sx, b: sy });
  };
  const fields = [];
  diff(fields, 'name', a.name, b.name);
  diff(fields, 'validFrom', a.validFrom, b.validFrom);
  diff(fields, 'validTo', a.validTo, b.validTo);
  diff(fields, 'legalBasis.name', a.legalName, b.legalName);
  diff(fields, 'legalBasis.date', a.legalDate, b.legalDate);
  const categoryFields = (c) => ({
    name: c.name,
    targetGroups: c.targetGroups.join(', '),
    criteria: c.criteria,
    evidence: c.evidence,
    decisionDays: c.decisionDays,
    waitNormDays: c.waitNormDays,
    priority: c.priority,
  });
  const quotaFields = (q) => ({
    name: q.label,
    appliesTo: q.appliesTo.regular ? 'REGULAR' : q.appliesTo.categories.join(', '),
    kind: q.kind,
    share: q.share,
    perYear: q.perYear,
  });
  const items = (xs, ys) => {
    const keys = [...new Set([...xs.keys(), ...ys.keys()])];
    return keys.map((key) => {
      const fa = xs.get(key);
      const fb = ys.get(key);
      const name = String((fb ?? fa).name);
      if (!fa) return { key, name, change: 'ADDED', fields: [] };
      if (!fb) return { key, name, change: 'REMOVED', fields: [] };
      const changes = [];
      for (const f of Object.keys(fa)) diff(changes, f, fa[f], fb[f]);
      return { key, name, change: changes.length ? 'CHANGED' : 'SAME', fields: changes };
    });
  };
  const byCode = (s) => new Map([...s.categories].sort((x, y) => x.priority - y.priority).map((c) => [c.code, categoryFields(c)]));
  const byLabel = (s) => new Map(s.quotas.map((q) => [q.label, quotaFields(q)]));
  return {
    a: { id: a.id, versionNo: a.versionNo, status: statusOf(a) },
    b: { id: b.id, versionNo: b.versionNo, status: statusOf(b) },
    fields,
    categories: items(byCode(a), byCode(b)),
    quotas: items(byLabel(a), byLabel(b)),
  };
}

// --- routes --------------------------------------------------------------------------------------

async function readJson(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  try {
    return JSON.parse(body || '{}');
  } catch {
    return {};
  }
}

function templateCategories(region) {
  const known = new Set(groupsOf(region).map((g) => g.code));
  return MANDATORY.map((m, i) => ({
    code: m.code,
    name: m.name,
    mandatory: m.code,
    targetGroups: m.targetGroups.map(localGroup).filter((g) => known.has(g)),
    criteria: null,
    evidence: null,
    decisionDays: DECISION_DAYS,
    waitNormDays: WAIT_NORM_DAYS,
    priority: i + 1,
  }));
}

function document(s) {
  const lines = [
    `Versie ${s.versionNo}, geldig ${s.validFrom} t/m ${s.validTo}`,
    `Grondslag: ${s.legalName ?? '-'}${s.legalDate ? ` (${s.legalDate})` : ''}`,
    '',
    'Categorieen',
    ...[...s.categories].sort((a, b) => a.priority - b.priority).map((c, i) => `${i + 1}. ${c.name} - beslistermijn ${c.decisionDays} dagen, wachtnorm ${c.waitNormDays} dagen`),
    '',
    'Quota',
    ...s.quotas.map((q) => `${q.label}: ${q.kind} ${q.share ?? q.perYear}`),
  ];
  return pdf(s.name, lines.slice(0, 44));
}

/**
 * Handles /api/urgency/…; resolves to false for any other path.
 * `ctx` brings the mock backend's helpers: send, maySeeRegion, regionName.
 */
export async function urgencyApi(req, res, user, ctx) {
  const url = new URL(req.url, 'http://localhost');
  const path = url.pathname;
  if (!path.startsWith('/api/urgency/')) return false;
  const { send, maySeeRegion, regionName } = ctx;
  const method = req.method;
  const problem = (status, code, detail, extra = {}) =>
    send(res, status, { type: 'about:blank', title: code, status, detail, code, ...extra }, 'application/problem+json');
  const notFound = () => problem(404, 'NOT_FOUND', 'Niet gevonden of geen toegang.');
  const forbidden = (detail = 'Alleen de programmamanager van de regio bewerkt en stelt de urgentieregeling vast.') => problem(403, 'FORBIDDEN', detail);
  const invalid = (fields) => problem(400, 'VALIDATION_FAILED', 'De invoer is niet geldig.', { fields });
  const readable = (id) => {
    const s = schemes.get(id);
    return s && maySeeRegion(user, s.region.code) ? s : null;
  };
  const editable = (s) => {
    if (!configures(user, s.region.code)) return forbidden();
    if (s.status !== 'CONCEPT') return problem(409, 'SCHEME_LOCKED', 'Deze versie is vastgesteld en verandert niet meer.');
    return null;
  };
  const inconsistent = (c) =>
    problem(422, c.clashes.some((x) => x.code === 'QUOTA_SETS_OVERLAP') ? 'QUOTA_SETS_OVERLAP' : 'QUOTAS_INCONSISTENT', c.clashes[0].message, { errors: c.clashes });
  let m;

  if (method === 'GET' && path === '/api/urgency/mandatory-categories') return send(res, 200, MANDATORY);

  if ((m = /^\/api\/urgency\/regions\/([^/]+)\/schemes$/.exec(path))) {
    const region = decodeURIComponent(m[1]);
    if (!maySeeRegion(user, region)) return notFound();
    const own = [...schemes.values()].filter((s) => s.region.code === region);
    if (method === 'GET') return send(res, 200, own.sort((a, b) => b.versionNo - a.versionNo).map(summaryView));
    if (method === 'POST') {
      if (!configures(user, region)) return forbidden();
      const body = await readJson(req);
      const source = body.copyOf == null ? null : readable(body.copyOf);
      if (body.copyOf != null && !source) return notFound();
      if (source && source.region.code !== region) return invalid([{ field: 'copyOf', code: 'OTHER_REGION', message: 'Die versie hoort bij een andere regio.' }]);
      const errors = [];
      const head = header(
        {
          name: body.name ?? source?.name ?? `Urgentieregeling ${regionName(region)}`,
          validFrom: body.validFrom ?? source?.validFrom,
          validTo: body.validTo ?? source?.validTo,
          legalBasis: body.legalBasis ?? (source ? { name: source.legalName, date: source.legalDate } : null),
        },
        errors,
      );
      if (errors.length) return invalid(errors);
      const s = {
        id: nextSchemeId++,
        region: { code: region, name: regionName(region) },
        ...head,
        versionNo: Math.max(0, ...own.map((x) => x.versionNo)) + 1,
        status: 'CONCEPT',
        lockVersion: 0,
        adoptedAt: null,
        adoptedBy: null,
        basedOn: source?.id ?? null,
        categories: source ? source.categories.map((c) => ({ ...c })) : body.fromTemplate ? templateCategories(region) : [],
        quotas: source ? source.quotas.map((q) => ({ ...q, id: nextQuotaId++ })) : [],
        deviations: [],
      };
      schemes.set(s.id, s);
      return send(res, 201, schemeView(user, s));
    }
  }

  if (method === 'GET' && path === '/api/urgency/schemes/compare') {
    const a = Number(url.searchParams.get('a'));
    const b = Number(url.searchParams.get('b'));
    if (!a || !b) return invalid([{ field: a ? 'b' : 'a', code: 'REQUIRED', message: 'Kies twee versies (a en b).' }]);
    const sa = readable(a);
    const sb = readable(b);
    if (!sa || !sb) return notFound();
    return send(res, 200, compare(sa, sb));
  }

  if ((m = /^\/api\/urgency\/schemes\/(\d+)(\/adopt|\/deviations|\/capacity|\/document\.pdf)?$/.exec(path))) {
    const s = readable(Number(m[1]));
    if (!s) return notFound();
    const tail = m[2] ?? '';

    if (tail === '' && method === 'GET') return send(res, 200, schemeView(user, s));

    if (tail === '' && method === 'PUT') {
      const refused = editable(s);
      if (refused) return refused;
      const body = await readJson(req);
      const errors = [];
      if (body.lockVersion == null) errors.push({ field: 'lockVersion', code: 'REQUIRED', message: 'De versie ontbreekt.' });
      const head = header(body, errors);
      const known = new Set(groupsOf(s.region.code).map((g) => g.code));
      const categories = categoriesOf(body.categories, known, errors);
      const quotas = quotasOf(body.quotas, new Set(categories.map((c) => c.code)), new Set(s.quotas.map((q) => q.id)), errors);
      if (errors.length) return invalid(errors);
      const c = consistency(categories, quotas);
      if (!c.consistent) return inconsistent(c);
      if (body.lockVersion !== s.lockVersion) {
        return problem(409, 'VERSION_CONFLICT', 'Iemand anders heeft deze versie intussen gewijzigd. Laad haar opnieuw.', { current: schemeView(user, s) });
      }
      const kept = new Set(quotas.map((q) => q.id).filter((id) => id !== null));
      Object.assign(s, head, {
        categories,
        quotas: quotas.map((q) => ({ ...q, id: q.id ?? nextQuotaId++ })),
        // deviations go with their quota
        deviations: s.deviations.filter((d) => kept.has(d.quotaId)),
        lockVersion: s.lockVersion + 1,
      });
      return send(res, 200, schemeView(user, s));
    }

    if (tail === '' && method === 'DELETE') {
      const refused = editable(s);
      if (refused) return refused;
      if (Number(url.searchParams.get('lockVersion')) !== s.lockVersion) return problem(409, 'VERSION_CONFLICT', 'Iemand anders heeft deze versie intussen gewijzigd.');
      schemes.delete(s.id);
      res.writeHead(204);
      return res.end();
    }

    if (tail === '/adopt' && method === 'POST') {
      const refused = editable(s);
      if (refused) return refused;
      const body = await readJson(req);
      const c = consistency(s.categories, s.quotas);
      if (!c.consistent) return inconsistent(c);
      const overlap = [...schemes.values()].find(
        (o) => o.id !== s.id && o.region.code === s.region.code && o.status === 'ADOPTED' && o.validFrom <= s.validTo && o.validTo >= s.validFrom,
      );
      if (overlap) {
        return problem(
          409,
          'SCHEME_OVERLAP',
          `Versie ${overlap.versionNo} is al vastgesteld voor ${overlap.validFrom} t/m ${overlap.validTo} en overlapt met deze versie. Pas de geldigheid aan.`,
        );
      }
      if (body.lockVersion !== s.lockVersion) {
        return problem(409, 'VERSION_CONFLICT', 'Iemand anders heeft deze versie intussen gewijzigd. Laad haar opnieuw.', { current: schemeView(user, s) });
      }
      Object.assign(s, { status: 'ADOPTED', adoptedAt: now(), adoptedBy: user.username, lockVersion: s.lockVersion + 1 });
      return send(res, 200, schemeView(user, s));
    }

    if (tail === '/deviations' && method === 'POST') {
      const own = user.municipality?.code;
      if (user.role !== 'MUNICIPALITY_OFFICER' || !membersOf(s.region.code).some((x) => x.code === own)) {
        return forbidden('Een lokale afwijking stelt een gemeente van de regio zelf voor.');
      }
      const body = await readJson(req);
      const errors = [];
      const quota = s.quotas.find((q) => q.id === body.quotaId);
      if (!quota) errors.push({ field: 'quotaId', code: 'UNKNOWN_QUOTA', message: 'Kies een quotum van deze versie.' });
      let shareValue = null;
      let perYear = null;
      if (quota && quota.share !== null) shareValue = share(body.share, 'share', errors);
      else if (quota) {
        if (!Number.isInteger(body.perYear) || body.perYear < 0 || body.perYear > 1_000_000) errors.push({ field: 'perYear', code: 'RANGE', message: 'Een geheel getal van 0 tot 1000000.' });
        else perYear = body.perYear;
      }
      const reason = String(body.reason ?? '').trim();
      if (!reason || reason.length > 2000) errors.push({ field: 'reason', code: 'LENGTH', message: 'Geef een reden van 1 tot 2000 tekens.' });
      if (errors.length) return invalid(errors);
      const d = {
        id: nextDeviationId++,
        quotaId: quota.id,
        municipality: own,
        share: shareValue,
        perYear,
        reason,
        status: 'PROPOSED',
        proposedBy: user.username,
        proposedAt: now(),
        decidedBy: null,
        decidedAt: null,
      };
      s.deviations.push(d);
      return send(res, 201, deviationView(user, s, d));
    }

    if (tail === '/capacity' && method === 'GET') {
      const fields = [];
      const yearText = url.searchParams.get('year');
      const year = yearText === null ? new Date().getFullYear() : Number(yearText);
      if (!Number.isInteger(year) || year < 2000 || year > 2100) fields.push({ field: 'year', code: 'RANGE', message: 'Een geheel getal van 2000 tot 2100.' });
      const factorText = url.searchParams.get('lettingsFactor') ?? '1';
      const factor = Number(factorText);
      if (!/^\d+(\.\d{1,6})?$/.test(factorText) || factor > 10) fields.push({ field: 'lettingsFactor', code: 'RANGE', message: 'Een getal van 0 tot 10 (met een punt, hoogstens zes decimalen).' });
      const overrides = new Map();
      for (const [key, value] of url.searchParams) {
        if (!key.startsWith('quota.')) continue;
        if (!/^\d+(\.\d{1,6})?$/.test(value) || Number(value) > 1) fields.push({ field: key, code: 'RANGE', message: 'Een getal van 0 tot 1 (met een punt, hoogstens zes decimalen).' });
        else overrides.set(key.slice(6), Number(value));
      }
      if (fields.length) return invalid(fields);
      return send(res, 200, capacityOf(s, year, factor, overrides));
    }

    if (tail === '/document.pdf' && method === 'GET') {
      res.setHeader('Content-Disposition', `attachment; filename="urgentieregeling-${s.region.code}-versie-${s.versionNo}.pdf"`);
      return send(res, 200, document(s), 'application/pdf');
    }
  }

  if ((m = /^\/api\/urgency\/deviations\/(\d+)\/(accept|reject)$/.exec(path)) && method === 'POST') {
    const id = Number(m[1]);
    const s = [...schemes.values()].find((x) => x.deviations.some((d) => d.id === id));
    if (!s || !maySeeRegion(user, s.region.code)) return notFound();
    if (!configures(user, s.region.code)) return forbidden();
    if (s.status !== 'CONCEPT') return problem(409, 'SCHEME_LOCKED', 'Deze versie is vastgesteld; neem de afwijking mee in een nieuwe versie.');
    const d = s.deviations.find((x) => x.id === id);
    if (d.status !== 'PROPOSED') return problem(409, 'DEVIATION_DECIDED', 'Over deze afwijking is al besloten.');
    Object.assign(d, { status: m[2] === 'accept' ? 'ACCEPTED' : 'REJECTED', decidedBy: user.username, decidedAt: now() });
    return send(res, 200, deviationView(user, s, d));
  }

  return problem(404, 'NOT_FOUND', 'Onbekend adres.');
}

// --- demo data: an adopted version for Regio Haaglanden, so the pages have something to show ---------------

function seed() {
  const region = 'HGL';
  const categories = templateCategories(region)
    .filter((c) => c.code !== 'uitstapprogramma')
    .map((c) => ({
      ...c,
      criteria: c.code === 'mantelzorg' ? 'Intensieve mantelzorg van minstens 8 uur per week, voor minstens 3 maanden.' : c.criteria,
      evidence: c.code === 'mantelzorg' ? 'Verklaring van de mantelzorgontvanger en een indicatie van de Wmo.' : c.evidence,
      waitNormDays: c.code === 'uitstroom_bw' ? 120 : c.waitNormDays,
    }));
  const all = categories.map((c) => c.code).sort();
  const s = {
    id: nextSchemeId++,
    region: { code: region, name: 'Regio Haaglanden' },
    name: 'Urgentieregeling Haaglanden',
    versionNo: 1,
    status: 'ADOPTED',
    lockVersion: 1,
    validFrom: '2025-01-01',
    validTo: '2028-12-31',
    legalName: 'Huisvestingsverordening Haaglanden 2025',
    legalDate: '2024-11-14',
    adoptedAt: '2024-12-12T10:00:00.000Z',
    adoptedBy: 'regio.hgl',
    basedOn: null,
    categories,
    quotas: [
      { id: nextQuotaId++, label: 'Alle urgenten', appliesTo: { regular: false, categories: all }, kind: 'MAX_SHARE', share: '0.25', perYear: null },
      { id: nextQuotaId++, label: 'Regulier', appliesTo: { regular: true, categories: [] }, kind: 'MIN_SHARE', share: '0.5', perYear: null },
    ],
    deviations: [],
  };
  s.deviations.push({
    id: nextDeviationId++,
    quotaId: s.quotas[0].id,
    municipality: 'GM0518',
    share: '0.3',
    perYear: null,
    reason: 'Den Haag vangt het grootste deel van de uitstroom uit de opvang op.',
    status: 'ACCEPTED',
    proposedBy: 'gemeente.denhaag',
    proposedAt: '2024-11-20T09:00:00.000Z',
    decidedBy: 'regio.hgl',
    decidedAt: '2024-11-28T09:00:00.000Z',
  });
  schemes.set(s.id, s);
}
seed();

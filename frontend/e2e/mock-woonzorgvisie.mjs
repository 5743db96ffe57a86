// The woonzorgvisie part of the mock backend (docs/api/woonzorgvisie.md): the catalogue of placeholders and data
// blocks, templates with draft and published versions (the default chapter list, validation of placeholders with
// the place named), documents with per-section lockVersions (409 SECTION_CONFLICT with the stored section),
// review comments, submit/return/adopt, template changes, the rendered document and PDF/DOCX exports.
// Markdown is rendered by a small stand-in (paragraphs, headings, lists, bold, italics), escaping all HTML,
// as the backend's sanitiser would. Figures are invented per municipality. In memory, like the rest of the mock.
import { pdf } from './mock-allocation.mjs';
import { groupsOf } from './mock-demand.mjs';
import { municipalities, regions } from './mock-data.mjs';

const now = () => new Date().toISOString();
const today = () => now().slice(0, 10);
const KEY = /^[a-z0-9][a-z0-9._-]{0,60}$/;

const templates = new Map(); // id -> { id, regionCode, name, description, versions: [version] }
const documents = new Map();
let nextTemplateId = 1;
let nextDocumentId = 1;
let nextCommentId = 1;

const membersOf = (region) =>
  [...municipalities.values()]
    .filter((m) => m.memberships.some((ms) => ms.region.code === region && (!ms.validTo || ms.validTo >= today())))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

const subregionsOf = (region) => regions.find((r) => r.code === region)?.subregions ?? [];

// --- catalogue -----------------------------------------------------------------------------------

function catalogue(region) {
  const groups = groupsOf(region).slice(0, 4);
  const p = (key, label, group, example) => ({ key, label, group, example });
  const placeholders = [
    p('gemeente.naam', 'Naam van de gemeente of deelregio', 'Gebied', 'Enschede'),
    p('gemeente.code', 'CBS-code', 'Gebied', 'GM0153'),
    p('gemeente.provincie', 'Provincie', 'Gebied', 'Overijssel'),
    p('regio.naam', 'Naam van de regio', 'Gebied', 'Regio Twente'),
    p('periode', 'Periode van de woonzorgvisie', 'Periode', '2026–2030'),
    p('jaar.van', 'Beginjaar', 'Periode', '2026'),
    p('jaar.tot', 'Eindjaar', 'Periode', '2030'),
    p('kerncijfers.inwoners', 'Inwoners', 'Kerncijfers', '161.012'),
    p('kerncijfers.huishoudens', 'Huishoudens', 'Kerncijfers', '78.400'),
    p('kerncijfers.sociale_huurvoorraad', 'Sociale huurwoningen', 'Kerncijfers', '26.300'),
    p('kerncijfers.verhuringen', 'Verhuringen per jaar', 'Kerncijfers', '1.900'),
    p('kerncijfers.peildatum', 'Peildatum kerncijfers', 'Kerncijfers', '1-1-2024'),
    p('vraag.totaal.alle', 'Benodigde woningen per jaar, alle aandachtsgroepen', 'Vraag', '212'),
    ...groups.flatMap((g) => [
      p(`vraag.totaal.${g.code}`, `Benodigde woningen per jaar: ${g.name}`, 'Vraag', '40'),
      p(`vraag.huidig.${g.code}`, `Huidige vraag: ${g.name}`, 'Vraag', '120'),
    ]),
    p('vraag.status', 'Status van de vraaganalyse', 'Vraag', 'vastgesteld'),
    p('verdeling.taakstelling', 'Taakstelling', 'Verdeling', '180'),
    p('verdeling.realisatie', 'Realisatie', 'Verdeling', '150'),
    p('verdeling.verschil', 'Verschil taakstelling en realisatie', 'Verdeling', '-30'),
    p('urgentie.regeling', 'Naam van de urgentieregeling', 'Urgentie', 'Urgentieregeling Twente'),
    p('urgentie.categorieen', 'Aantal urgentiecategorieën', 'Urgentie', '11'),
  ];
  const blocks = [
    ['vraag-tabel', 'Vraag per aandachtsgroep', 'Huidige vraag, nieuwe vraag per jaar en benodigde woningen per jaar per aandachtsgroep'],
    ['vraag-grafiek', 'Grafiek benodigde woningen', 'Staafdiagram van de benodigde woningen per jaar per aandachtsgroep'],
    ['kerncijfers', 'Kerncijfers', 'Inwoners, huishoudens, sociale huurvoorraad en verhuringen'],
    ['verdeling-tabel', 'Taakstelling en realisatie', 'De taakstelling uit het vastgestelde verdeelmodel en de realisatie'],
    ['urgentie-quota', 'Urgentiequota', 'De quota van de geldende urgentieregeling'],
    ['urgentietoets', 'Urgentietoets', 'Capaciteit tegenover nieuwe vraag per quotum'],
  ].map(([key, label, description]) => ({ key, label, description }));
  return { placeholders, blocks };
}

// --- rendering -----------------------------------------------------------------------------------

const nl = (n) => new Intl.NumberFormat('nl-NL').format(n);
const seed = (code) => [...String(code)].reduce((a, c) => a + c.charCodeAt(0), 0);

function areaFigures(region, area, fromYear, toYear) {
  const m = area.kind === 'MUNICIPALITY' ? municipalities.get(area.code) : null;
  const inhabitants = m?.inhabitants?.value ?? membersOf(region).filter((x) => x.memberships.some((ms) => ms.subregion?.code === area.code)).reduce((a, x) => a + (x.inhabitants?.value ?? 0), 0);
  const s = seed(area.code);
  const groups = groupsOf(region).slice(0, 4).map((g, i) => ({
    ...g,
    huidig: Math.round(inhabitants / (900 + i * 350)) + (s % 17),
    instroom: Math.round(inhabitants / (4000 + i * 900)) + (s % 5),
  }));
  for (const g of groups) g.totaal = Math.round(g.huidig / 5 + g.instroom);
  const values = {
    'gemeente.naam': area.name,
    'gemeente.code': area.code,
    'gemeente.provincie': m?.province?.name ?? '–',
    'regio.naam': regions.find((r) => r.code === region)?.name ?? region,
    periode: `${fromYear}–${toYear}`,
    'jaar.van': String(fromYear),
    'jaar.tot': String(toYear),
    'kerncijfers.inwoners': nl(inhabitants),
    'kerncijfers.huishoudens': nl(Math.round(inhabitants / 2.05)),
    'kerncijfers.sociale_huurvoorraad': nl(Math.round(inhabitants / 6.1)),
    'kerncijfers.verhuringen': nl(Math.round(inhabitants / 85)),
    'kerncijfers.peildatum': '1-1-2024',
    'vraag.totaal.alle': nl(groups.reduce((a, g) => a + g.totaal, 0)),
    'vraag.status': 'vastgesteld',
    'verdeling.taakstelling': nl(Math.round(inhabitants / 900)),
    'verdeling.realisatie': nl(Math.round(inhabitants / 1100)),
    'verdeling.verschil': nl(Math.round(inhabitants / 1100) - Math.round(inhabitants / 900)),
    'urgentie.regeling': `Urgentieregeling ${regions.find((r) => r.code === region)?.name ?? region}`,
    'urgentie.categorieen': '11',
  };
  for (const g of groups) {
    values[`vraag.totaal.${g.code}`] = nl(g.totaal);
    values[`vraag.huidig.${g.code}`] = nl(g.huidig);
  }
  return { values, groups, inhabitants };
}

function block(kind, figures, fromYear) {
  const { groups, values } = figures;
  const sum = (f) => nl(groups.reduce((a, g) => a + g[f], 0));
  switch (kind) {
    case 'vraag-tabel':
    case 'vraag-grafiek':
      return {
        kind,
        title: `Vraag per aandachtsgroep, ${fromYear}`,
        columns: [
          { label: 'Aandachtsgroep', numeric: false },
          { label: 'Huidige vraag', numeric: true },
          { label: 'Nieuwe vraag per jaar', numeric: true },
          { label: 'Benodigde woningen per jaar', numeric: true },
        ],
        rows: groups.map((g) => [g.name, nl(g.huidig), nl(g.instroom), nl(g.totaal)]),
        totals: ['Totaal', sum('huidig'), sum('instroom'), sum('totaal')],
        chart: { title: 'Benodigde woningen per jaar', unit: 'woningen', labels: groups.map((g) => g.name), values: groups.map((g) => g.totaal) },
        note: `Vraaganalyse ${fromYear} (vastgesteld)`,
      };
    case 'kerncijfers':
      return {
        kind,
        title: `Kerncijfers ${values['gemeente.naam']}`,
        columns: [{ label: 'Kerncijfer', numeric: false }, { label: 'Waarde', numeric: true }],
        rows: [
          ['Inwoners', values['kerncijfers.inwoners']],
          ['Huishoudens', values['kerncijfers.huishoudens']],
          ['Sociale huurwoningen', values['kerncijfers.sociale_huurvoorraad']],
          ['Verhuringen per jaar', values['kerncijfers.verhuringen']],
        ],
        totals: null,
        chart: null,
        note: 'CBS, peildatum 1-1-2024',
      };
    default:
      return {
        kind,
        title: kind === 'verdeling-tabel' ? 'Taakstelling en realisatie' : kind === 'urgentie-quota' ? 'Urgentiequota' : 'Urgentietoets',
        columns: [{ label: 'Onderdeel', numeric: false }, { label: 'Aantal', numeric: true }],
        rows: [['Taakstelling', values['verdeling.taakstelling']], ['Realisatie', values['verdeling.realisatie']]],
        totals: ['Verschil', values['verdeling.verschil']],
        chart: null,
        note: 'Verdeelmodel (vastgesteld)',
      };
  }
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const inline = (s) => escapeHtml(s).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/(^|[^*])\*([^*]+)\*/g, '$1<em>$2</em>');

function markdownToHtml(md) {
  const out = [];
  let para = [];
  let list = [];
  const flush = () => {
    if (para.length) out.push(`<p>${inline(para.join(' '))}</p>`);
    if (list.length) out.push(`<ul>${list.map((i) => `<li>${inline(i)}</li>`).join('')}</ul>`);
    para = [];
    list = [];
  };
  for (const line of md.split('\n')) {
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const item = /^\s*[-*]\s+(.*)$/.exec(line);
    if (!line.trim()) flush();
    else if (heading) {
      flush();
      out.push(`<h${heading[1].length + 3 > 6 ? 6 : heading[1].length + 3}>${inline(heading[2])}</h${heading[1].length + 3 > 6 ? 6 : heading[1].length + 3}>`);
    } else if (item) {
      if (para.length) flush();
      list.push(item[1]);
    } else {
      if (list.length) flush();
      para.push(line.trim());
    }
  }
  flush();
  return out.join('\n');
}

/** Errors of a text: unknown placeholders and blocks, unclosed {{, with line and column. */
function check(body, cat, where) {
  const errors = [];
  const keys = new Set(cat.placeholders.map((p) => p.key));
  const blocks = new Set(cat.blocks.map((b) => b.key));
  body.split('\n').forEach((line, i) => {
    const blockLine = /^\s*\{\{blok:([^}]*)\}\}\s*$/.exec(line);
    if (blockLine) {
      if (!blocks.has(blockLine[1])) errors.push({ code: 'UNKNOWN_BLOCK', message: `Onbekend gegevensblok {{blok:${blockLine[1]}}} in ${where}, regel ${i + 1}` });
      return;
    }
    for (const m of line.matchAll(/\{\{([^}]*)\}\}/g)) {
      if (!keys.has(m[1].trim())) errors.push({ code: 'UNKNOWN_PLACEHOLDER', message: `Onbekende plaatshouder {{${m[1]}}} in ${where}, regel ${i + 1}, kolom ${m.index + 1}` });
    }
    const open = line.replace(/\{\{[^}]*\}\}/g, '').indexOf('{{');
    if (open >= 0) errors.push({ code: 'UNCLOSED_PLACEHOLDER', message: `{{ zonder }} in ${where}, regel ${i + 1}` });
  });
  return errors;
}

function render(body, figures, fromYear) {
  const parts = [];
  let text = [];
  const flushText = () => {
    const md = text.join('\n').trim();
    if (md) parts.push({ type: 'TEXT', markdown: md, html: markdownToHtml(md), block: null });
    text = [];
  };
  for (const line of body.split('\n')) {
    const blockLine = /^\s*\{\{blok:([a-z-]+)\}\}\s*$/.exec(line);
    if (blockLine) {
      flushText();
      parts.push({ type: 'BLOCK', markdown: null, html: null, block: block(blockLine[1], figures, fromYear) });
    } else {
      text.push(line.replace(/\{\{([^}]*)\}\}/g, (all, key) => figures.values[key.trim()] ?? all));
    }
  }
  flushText();
  return parts;
}

// --- templates -----------------------------------------------------------------------------------

const DEFAULT_CHAPTERS = [
  ['samenvatting', 'Samenvatting', false, [['samenvatting.kern', 'Samenvatting', 'Vat de visie in een halve pagina samen.', true, '']]],
  ['inleiding', 'Inleiding', true, [['inleiding.aanleiding', 'Aanleiding', 'Waarom deze woonzorgvisie, voor welke periode?', true, 'Deze woonzorgvisie beschrijft de opgave voor wonen met zorg in {{gemeente.naam}} voor de periode {{periode}}.']]],
  ['beleidskader', 'Beleidskader', true, [['beleidskader.landelijk', 'Landelijk en regionaal', 'Noem de wetten en regionale afspraken.', false, 'De Wet versterking regie volkshuisvesting vraagt elke gemeente om een volkshuisvestingsprogramma.']]],
  ['analyse', 'Woonzorganalyse', true, [
    ['analyse.demografie', 'Demografie', 'Beschrijf de bevolking en de huishoudens.', true, '{{gemeente.naam}} telt {{kerncijfers.inwoners}} inwoners.\n\n{{blok:kerncijfers}}'],
    ['analyse.voorraad', 'Woningvoorraad', 'Beschrijf de sociale voorraad en de verhuringen.', false, 'Er zijn {{kerncijfers.sociale_huurvoorraad}} sociale huurwoningen.'],
  ]],
  ['aandachtsgroepen', 'Per aandachtsgroep', true, [['aandachtsgroepen.vraag', 'Vraag per aandachtsgroep', 'Licht de vraag per groep toe.', true, '{{blok:vraag-tabel}}']]],
  ['opgave', 'Opgave tot 2030', true, [['opgave.woningen', 'Benodigde woningen', 'Wat is de opgave per jaar?', true, 'Per jaar zijn {{vraag.totaal.alle}} woningen nodig.']]],
  ['visie', 'Visie en uitgangspunten', true, [['visie.uitgangspunten', 'Uitgangspunten', 'Welke keuzes maakt de gemeente?', true, '']]],
  ['verdeling', 'Verdeling, urgentie en toewijzing', true, [['verdeling.taak', 'Taakstelling', 'Beschrijf de taakstelling en de realisatie.', false, '{{blok:verdeling-tabel}}']]],
  ['governance', 'Samenwerking en governance', true, [['governance.partners', 'Partners', 'Met wie werkt de gemeente samen?', false, '']]],
  ['uitvoering', 'Uitvoeringsprogramma', true, [['uitvoering.acties', 'Acties', 'Welke acties, wanneer, door wie?', false, '']]],
  ['monitoring', 'Monitoring', true, [['monitoring.indicatoren', 'Indicatoren', 'Hoe wordt de voortgang gevolgd?', false, '']]],
  ['bijlagen', 'Bijlagen', false, []],
].map(([key, title, numbered, sections]) => ({
  key,
  title,
  numbered,
  sections: sections.map(([k, t, guidance, required, body]) => ({ key: k, title: t, guidance, required, body })),
}));

const clone = (x) => JSON.parse(JSON.stringify(x));
const newest = (t, status) => [...t.versions].filter((v) => !status || v.status === status).sort((a, b) => b.no - a.no)[0] ?? null;
const versionView = (t, v) => ({ templateId: t.id, no: v.no, status: v.status, lockVersion: v.lockVersion, changeNote: v.changeNote, chapters: v.chapters });
const templateView = (t) => ({
  id: t.id,
  regionCode: t.regionCode,
  name: t.name,
  description: t.description,
  versions: t.versions.map((v) => ({ no: v.no, status: v.status, changeNote: v.changeNote, publishedAt: v.publishedAt, publishedBy: v.publishedBy })),
});
const templateSummary = (t) => ({
  id: t.id,
  name: t.name,
  description: t.description,
  publishedVersionNo: newest(t, 'PUBLISHED')?.no ?? null,
  draftVersionNo: newest(t, 'DRAFT')?.no ?? null,
  updatedAt: t.updatedAt,
});

function validateChapters(chapters, cat) {
  const errors = [];
  const keys = new Set();
  (chapters ?? []).forEach((c, ci) => {
    if (!String(c.title ?? '').trim()) errors.push({ field: `chapters[${ci}].title`, code: 'EMPTY_TITLE', message: `Hoofdstuk ${ci + 1} heeft geen titel` });
    if (!KEY.test(c.key ?? '') || keys.has(c.key)) errors.push({ field: `chapters[${ci}].key`, code: 'DUPLICATE_KEY', message: `Sleutel ${c.key} is ongeldig of dubbel` });
    keys.add(c.key);
    (c.sections ?? []).forEach((s, si) => {
      const where = `${c.title} › ${s.title}`;
      if (!String(s.title ?? '').trim()) errors.push({ field: `chapters[${ci}].sections[${si}].title`, code: 'EMPTY_TITLE', message: `Paragraaf ${si + 1} van ${c.title} heeft geen titel` });
      if (!KEY.test(s.key ?? '') || keys.has(s.key)) errors.push({ field: `chapters[${ci}].sections[${si}].key`, code: 'DUPLICATE_KEY', message: `Sleutel ${s.key} is ongeldig of dubbel` });
      keys.add(s.key);
      for (const e of check(s.body ?? '', cat, where)) errors.push({ field: `chapters[${ci}].sections[${si}].body`, ...e });
    });
  });
  return errors;
}

// --- documents -----------------------------------------------------------------------------------

const filled = (s) => s.body.trim() !== '';
const numbered = (chapters) => {
  let n = 0;
  return chapters.map((c) => {
    const number = c.numbered ? String(++n) : null;
    return { ...c, number, sections: c.sections.map((s, i) => ({ ...s, number: number ? `${number}.${i + 1}` : null })) };
  });
};

function permissionsOf(user, d) {
  const manager = user.role === 'PLATFORM_ADMIN' || (user.role === 'REGION_PROGRAMME_MANAGER' && user.region?.code === d.regionCode);
  const own = user.role === 'MUNICIPALITY_OFFICER' && d.area.kind === 'MUNICIPALITY' && user.municipality?.code === d.area.code;
  const writes = own || user.role === 'PLATFORM_ADMIN' || (manager && d.area.kind === 'SUBREGION');
  return {
    edit: writes && d.status === 'CONCEPT',
    submit: writes && d.status === 'CONCEPT',
    review: manager && d.status !== 'ADOPTED',
    adopt: manager && d.status === 'IN_REVIEW',
  };
}

function readableDocument(user, d, maySeeRegion) {
  if (!d || !maySeeRegion(user, d.regionCode)) return false;
  if (d.status === 'ADOPTED') return true;
  if (user.role === 'PLATFORM_ADMIN') return true;
  if (user.role === 'REGION_PROGRAMME_MANAGER') return user.region?.code === d.regionCode;
  if (user.role === 'MUNICIPALITY_OFFICER') return d.area.kind === 'MUNICIPALITY' && user.municipality?.code === d.area.code;
  return false;
}

const sectionView = (s, number) => ({ ...s, number, filled: filled(s), comments: s.comments });
function documentView(user, d) {
  const t = templates.get(d.templateId);
  const latest = newest(t, 'PUBLISHED');
  return {
    id: d.id,
    title: d.title,
    regionCode: d.regionCode,
    area: d.area,
    fromYear: d.fromYear,
    toYear: d.toYear,
    status: d.status,
    lockVersion: d.lockVersion,
    template: { id: t.id, name: t.name, versionNo: d.templateVersionNo },
    newerTemplateVersionNo: latest && latest.no > d.templateVersionNo ? latest.no : null,
    submittedAt: d.submittedAt,
    adoptedAt: d.adoptedAt,
    adoptedBy: d.adoptedBy,
    decisionDate: d.decisionDate,
    decisionReference: d.decisionReference,
    permissions: permissionsOf(user, d),
    chapters: numbered(d.chapters).map((c) => ({ key: c.key, number: c.number, title: c.title, sections: c.sections.map((s) => sectionView(s, s.number)) })),
  };
}

function summaryView(d) {
  const t = templates.get(d.templateId);
  const latest = newest(t, 'PUBLISHED');
  const sections = d.chapters.flatMap((c) => c.sections);
  return {
    id: d.id,
    title: d.title,
    area: d.area,
    fromYear: d.fromYear,
    toYear: d.toYear,
    status: d.status,
    templateId: t.id,
    templateName: t.name,
    templateVersionNo: d.templateVersionNo,
    newerTemplateVersionNo: latest && latest.no > d.templateVersionNo ? latest.no : null,
    progress: {
      sections: sections.length,
      filled: sections.filter(filled).length,
      required: sections.filter((s) => s.required).length,
      requiredFilled: sections.filter((s) => s.required && filled(s)).length,
    },
    openComments: sections.reduce((a, s) => a + s.comments.filter((c) => !c.resolvedAt).length, 0),
    updatedAt: d.updatedAt,
    updatedBy: d.updatedBy,
    lockVersion: d.lockVersion,
  };
}

function renderedView(d) {
  const figures = areaFigures(d.regionCode, d.area, d.fromYear, d.toYear);
  return {
    title: d.title,
    area: d.area,
    fromYear: d.fromYear,
    toYear: d.toYear,
    status: d.status,
    chapters: numbered(d.chapters).map((c) => ({
      key: c.key,
      number: c.number,
      title: c.title,
      sections: c.sections.map((s) => ({ key: s.key, number: s.number, title: s.title, parts: render(s.body, figures, d.fromYear) })),
    })),
  };
}

function templateChanges(d) {
  const t = templates.get(d.templateId);
  const latest = newest(t, 'PUBLISHED');
  if (!latest || latest.no <= d.templateVersionNo) return { fromVersionNo: d.templateVersionNo, toVersionNo: null, changes: [] };
  const from = t.versions.find((v) => v.no === d.templateVersionNo);
  const snap = (s) => (s ? { title: s.title, guidance: s.guidance, required: s.required, body: s.body } : null);
  const inDoc = new Map(d.chapters.flatMap((c) => c.sections.map((s) => [s.key, s])));
  const fromSections = new Map(from.chapters.flatMap((c) => c.sections.map((s) => [s.key, s])));
  const changes = [];
  for (const c of latest.chapters) {
    for (const s of c.sections) {
      const mine = inDoc.get(s.key);
      const was = fromSections.get(s.key);
      if (!mine) {
        if (!d.taken.includes(s.key)) changes.push({ key: s.key, chapterTitle: c.title, title: s.title, change: 'ADDED', fields: ['title', 'guidance', 'required', 'body'], before: null, after: snap(s), bodyUntouched: true });
        continue;
      }
      const fields = ['title', 'guidance', 'required', 'body'].filter((f) => (was ?? mine)[f] !== s[f]);
      if (fields.length && !d.taken.includes(s.key)) {
        changes.push({ key: s.key, chapterTitle: c.title, title: s.title, change: 'CHANGED', fields, before: snap(mine), after: snap(s), bodyUntouched: mine.body === (was?.body ?? mine.body) });
      }
    }
  }
  const latestKeys = new Set(latest.chapters.flatMap((c) => c.sections.map((s) => s.key)));
  for (const c of d.chapters) {
    for (const s of c.sections) {
      if (!latestKeys.has(s.key) && fromSections.has(s.key)) changes.push({ key: s.key, chapterTitle: c.title, title: s.title, change: 'REMOVED', fields: [], before: snap(s), after: null, bodyUntouched: false });
    }
  }
  return { fromVersionNo: d.templateVersionNo, toVersionNo: latest.no, changes };
}

// --- the routes ------------------------------------------------------------------------------------

async function readJson(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  try {
    return JSON.parse(body || '{}');
  } catch {
    return {};
  }
}

export async function woonzorgvisieApi(req, res, user, ctx) {
  const url = new URL(req.url, 'http://localhost');
  const path = url.pathname;
  if (!path.startsWith('/api/woonzorgvisie/')) return false;
  const { send, maySeeRegion, regionName } = ctx;
  const method = req.method;
  const problem = (status, code, detail, extra = {}) =>
    send(res, status, { type: 'about:blank', title: code, status, detail, code, ...extra }, 'application/problem+json');
  const notFound = () => problem(404, 'NOT_FOUND', 'Niet gevonden of geen toegang.');
  const forbidden = () => problem(403, 'FORBIDDEN', 'Dat mag alleen de programmamanager van de regio.');
  const manages = (region) => user.role === 'PLATFORM_ADMIN' || (user.role === 'REGION_PROGRAMME_MANAGER' && user.region?.code === region);
  let m;

  if (method === 'GET' && path === '/api/woonzorgvisie/catalogue') {
    const region = url.searchParams.get('region') ?? '';
    if (!maySeeRegion(user, region)) return notFound();
    return send(res, 200, catalogue(region));
  }

  if ((m = /^\/api\/woonzorgvisie\/regions\/([^/]+)\/(templates|documents|preview)$/.exec(path))) {
    const region = decodeURIComponent(m[1]);
    if (!maySeeRegion(user, region)) return notFound();
    const own = [...templates.values()].filter((t) => t.regionCode === region);
    if (m[2] === 'templates' && method === 'GET') {
      return send(res, 200, own.filter((t) => manages(region) || newest(t, 'PUBLISHED')).map(templateSummary));
    }
    if (m[2] === 'templates' && method === 'POST') {
      if (!manages(region)) return forbidden();
      const body = await readJson(req);
      const name = String(body.name ?? '').trim();
      if (!name) return problem(422, 'VALIDATION_FAILED', 'Vul een naam in.', { fields: [{ field: 'name', code: 'REQUIRED', message: 'Vul een naam in.' }] });
      if (own.some((t) => t.name === name)) return problem(409, 'TEMPLATE_EXISTS', 'Er is al een sjabloon met deze naam.');
      const t = {
        id: nextTemplateId++,
        regionCode: region,
        name,
        description: body.description ?? null,
        updatedAt: now(),
        versions: [{ no: 1, status: 'DRAFT', lockVersion: 0, changeNote: null, publishedAt: null, publishedBy: null, chapters: clone(DEFAULT_CHAPTERS) }],
      };
      templates.set(t.id, t);
      return send(res, 201, templateView(t));
    }
    if (m[2] === 'preview' && method === 'POST') {
      const body = await readJson(req);
      const members = membersOf(region);
      const member = members.find((x) => x.code === body.municipalityCode) ?? members[0];
      const year = Number(body.year) || new Date().getFullYear();
      const figures = areaFigures(region, { kind: 'MUNICIPALITY', code: member.code, name: member.name }, year, year + 4);
      const cat = catalogue(region);
      return send(res, 200, { parts: render(String(body.body ?? ''), figures, year), errors: check(String(body.body ?? ''), cat, 'de tekst').map((e) => ({ field: 'body', ...e })) });
    }
    if (m[2] === 'documents' && method === 'GET') {
      const list = [...documents.values()].filter((d) => d.regionCode === region && readableDocument(user, d, maySeeRegion));
      return send(res, 200, list.map(summaryView));
    }
    if (m[2] === 'documents' && method === 'POST') {
      const body = await readJson(req);
      const t = templates.get(Number(body.templateId));
      if (!t || t.regionCode !== region) return notFound();
      let area;
      if (body.subregionCode) {
        const sub = subregionsOf(region).find((s) => s.code === body.subregionCode);
        if (!sub) return notFound();
        if (!manages(region)) return forbidden();
        area = { kind: 'SUBREGION', code: sub.code, name: sub.name };
      } else {
        const mun = membersOf(region).find((x) => x.code === body.municipalityCode);
        if (!mun) return notFound();
        if (!manages(region) && !(user.role === 'MUNICIPALITY_OFFICER' && user.municipality?.code === mun.code)) return forbidden();
        area = { kind: 'MUNICIPALITY', code: mun.code, name: mun.name };
      }
      const from = Number(body.fromYear);
      const to = Number(body.toYear);
      const errors = [];
      if (!(from >= 2000 && from <= 2100)) errors.push({ field: 'fromYear', code: 'OUT_OF_RANGE', message: 'Het beginjaar ligt tussen 2000 en 2100.' });
      if (!(to >= 2000 && to <= 2100)) errors.push({ field: 'toYear', code: 'OUT_OF_RANGE', message: 'Het eindjaar ligt tussen 2000 en 2100.' });
      else if (to < from) errors.push({ field: 'toYear', code: 'BEFORE_START', message: 'Het eindjaar ligt vóór het beginjaar.' });
      else if (to - from >= 10) errors.push({ field: 'toYear', code: 'TOO_LONG', message: 'Hoogstens 10 jaar.' });
      if (errors.length) return problem(422, 'VALIDATION_FAILED', 'De invoer is niet geldig.', { fields: errors });
      const version = newest(t, 'PUBLISHED');
      if (!version) return problem(422, 'NO_PUBLISHED_TEMPLATE', 'Dit sjabloon heeft nog geen gepubliceerde versie.');
      if ([...documents.values()].some((d) => d.regionCode === region && d.area.code === area.code && d.fromYear === from && d.toYear === to)) {
        return problem(409, 'DOCUMENT_EXISTS', 'Voor dit gebied en deze periode is er al een woonzorgvisie.');
      }
      const d = {
        id: nextDocumentId++,
        title: `Woonzorgvisie ${area.name} ${from}–${to}`,
        regionCode: region,
        area,
        fromYear: from,
        toYear: to,
        status: 'CONCEPT',
        lockVersion: 0,
        templateId: t.id,
        templateVersionNo: version.no,
        taken: [],
        submittedAt: null,
        adoptedAt: null,
        adoptedBy: null,
        decisionDate: null,
        decisionReference: null,
        updatedAt: now(),
        updatedBy: user.username,
        chapters: version.chapters.map((c) => ({
          key: c.key,
          title: c.title,
          numbered: c.numbered,
          sections: c.sections.map((s) => ({ ...clone(s), lockVersion: 0, updatedAt: null, updatedBy: null, comments: [] })),
        })),
      };
      documents.set(d.id, d);
      return send(res, 201, documentView(user, d));
    }
  }

  if ((m = /^\/api\/woonzorgvisie\/templates\/(\d+)(?:\/versions(?:\/(\d+)(\/publish)?)?)?$/.exec(path))) {
    const t = templates.get(Number(m[1]));
    if (!t || !maySeeRegion(user, t.regionCode)) return notFound();
    const readsDrafts = manages(t.regionCode);
    if (!m[2] && !path.endsWith('/versions') && method === 'GET') {
      if (!readsDrafts && !newest(t, 'PUBLISHED')) return notFound();
      const view = templateView(t);
      return send(res, 200, readsDrafts ? view : { ...view, versions: view.versions.filter((v) => v.status === 'PUBLISHED') });
    }
    if (path.endsWith('/versions') && method === 'POST') {
      if (!readsDrafts) return forbidden();
      if (newest(t, 'DRAFT')) return problem(409, 'DRAFT_EXISTS', 'Er is al een conceptversie.');
      const latest = newest(t);
      const v = { no: latest.no + 1, status: 'DRAFT', lockVersion: 0, changeNote: null, publishedAt: null, publishedBy: null, chapters: clone(latest.chapters) };
      t.versions.push(v);
      t.updatedAt = now();
      return send(res, 201, versionView(t, v));
    }
    const v = t.versions.find((x) => x.no === Number(m[2]));
    if (!v || (v.status === 'DRAFT' && !readsDrafts)) return notFound();
    if (!m[3] && method === 'GET') return send(res, 200, versionView(t, v));
    if (!readsDrafts) return forbidden();
    const body = await readJson(req);
    if (v.status === 'PUBLISHED') return problem(409, 'VERSION_PUBLISHED', 'Deze versie is gepubliceerd.');
    if (body.lockVersion !== v.lockVersion) return problem(409, 'VERSION_CONFLICT', 'Iemand anders heeft deze versie intussen opgeslagen.', { current: versionView(t, v) });
    const cat = catalogue(t.regionCode);
    if (!m[3] && method === 'PUT') {
      const errors = validateChapters(body.chapters, cat);
      if (errors.length) return problem(422, 'TEMPLATE_INVALID', 'Het sjabloon bevat fouten.', { fields: errors });
      v.chapters = body.chapters.map((c) => ({ key: c.key, title: c.title, numbered: Boolean(c.numbered), sections: c.sections.map((s) => ({ key: s.key, title: s.title, guidance: s.guidance ?? '', required: Boolean(s.required), body: s.body ?? '' })) }));
      v.changeNote = body.changeNote ?? null;
      v.lockVersion += 1;
      t.updatedAt = now();
      return send(res, 200, versionView(t, v));
    }
    if (m[3] && method === 'POST') {
      const errors = validateChapters(v.chapters, cat);
      if (errors.length) return problem(422, 'TEMPLATE_INVALID', 'Het sjabloon bevat fouten.', { fields: errors });
      v.status = 'PUBLISHED';
      v.publishedAt = now();
      v.publishedBy = user.username;
      v.lockVersion += 1;
      t.updatedAt = now();
      return send(res, 200, versionView(t, v));
    }
  }

  if ((m = /^\/api\/woonzorgvisie\/documents\/(\d+)(\/.*)?$/.exec(path))) {
    const d = documents.get(Number(m[1]));
    if (!readableDocument(user, d, maySeeRegion)) return notFound();
    const tail = m[2] ?? '';
    const perms = permissionsOf(user, d);
    const sectionOf = (key) => d.chapters.flatMap((c) => c.sections).find((s) => s.key === key);
    const touched = () => {
      d.lockVersion += 1;
      d.updatedAt = now();
      d.updatedBy = user.username;
    };
    if (method === 'GET' && tail === '') return send(res, 200, documentView(user, d));
    if (method === 'GET' && tail === '/rendered') return send(res, 200, renderedView(d));
    if (method === 'GET' && (tail === '/export.pdf' || tail === '/export.docx')) {
      const rendered = renderedView(d);
      const lines = rendered.chapters.flatMap((c) => [`${c.number ?? ''} ${c.title}`, ...c.sections.map((s) => `  ${s.number ?? ''} ${s.title}`)]);
      const file = pdf(rendered.title, lines);
      const docx = tail.endsWith('.docx');
      res.setHeader('Content-Disposition', `attachment; filename="woonzorgvisie-${d.id}.${docx ? 'docx' : 'pdf'}"`);
      return send(res, 200, file, docx ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'application/pdf');
    }
    if (method === 'POST' && tail === '/preview') {
      const body = await readJson(req);
      const text = String(body.body ?? '');
      const figures = areaFigures(d.regionCode, d.area, d.fromYear, d.toYear);
      return send(res, 200, { parts: render(text, figures, d.fromYear), errors: check(text, catalogue(d.regionCode), 'de tekst').map((e) => ({ field: 'body', ...e })) });
    }
    if (method === 'GET' && tail === '/template-changes') return send(res, 200, templateChanges(d));
    let s;
    if ((s = /^\/sections\/([^/]+)$/.exec(tail)) && method === 'PUT') {
      if (!perms.edit) return d.status === 'CONCEPT' ? notFound() : problem(409, 'DOCUMENT_NOT_EDITABLE', 'Het document is niet in concept.');
      const section = sectionOf(decodeURIComponent(s[1]));
      if (!section) return notFound();
      const body = await readJson(req);
      if (body.lockVersion !== section.lockVersion) {
        return problem(409, 'SECTION_CONFLICT', 'Iemand anders heeft deze paragraaf intussen opgeslagen.', {
          current: { body: section.body, lockVersion: section.lockVersion, updatedBy: section.updatedBy, updatedAt: section.updatedAt },
        });
      }
      const errors = check(String(body.body ?? ''), catalogue(d.regionCode), section.title);
      if (errors.length) return problem(422, 'SECTION_INVALID', 'De tekst bevat fouten.', { fields: errors.map((e) => ({ field: 'body', ...e })) });
      Object.assign(section, { body: String(body.body ?? ''), lockVersion: section.lockVersion + 1, updatedAt: now(), updatedBy: user.username });
      d.updatedAt = now();
      d.updatedBy = user.username;
      const number = numbered(d.chapters).flatMap((c) => c.sections).find((x) => x.key === section.key)?.number ?? null;
      return send(res, 200, sectionView(section, number));
    }
    if ((s = /^\/sections\/([^/]+)\/comments$/.exec(tail)) && method === 'POST') {
      if (!manages(d.regionCode)) return forbidden();
      if (d.status !== 'IN_REVIEW') return problem(409, 'NOT_IN_REVIEW', 'Opmerkingen plaatst u tijdens de beoordeling.');
      const section = sectionOf(decodeURIComponent(s[1]));
      if (!section) return notFound();
      const body = await readJson(req);
      const comment = { id: nextCommentId++, author: user.username, body: String(body.body ?? ''), createdAt: now(), resolvedAt: null, resolvedBy: null };
      section.comments.push(comment);
      return send(res, 201, comment);
    }
    if ((s = /^\/comments\/(\d+)\/resolve$/.exec(tail)) && method === 'POST') {
      const comment = d.chapters.flatMap((c) => c.sections).flatMap((x) => x.comments).find((c) => c.id === Number(s[1]));
      if (!comment) return notFound();
      Object.assign(comment, { resolvedAt: now(), resolvedBy: user.username });
      return send(res, 200, comment);
    }
    if ((s = /^\/template-changes\/([^/]+)\/take$/.exec(tail)) && method === 'POST') {
      if (!perms.edit) return forbidden();
      const key = decodeURIComponent(s[1]);
      const change = templateChanges(d).changes.find((c) => c.key === key);
      if (!change) return notFound();
      const body = await readJson(req);
      const t = templates.get(d.templateId);
      const latest = newest(t, 'PUBLISHED');
      if (change.change === 'REMOVED') {
        for (const c of d.chapters) c.sections = c.sections.filter((x) => x.key !== key);
      } else if (change.change === 'ADDED') {
        const chapterIndex = latest.chapters.findIndex((c) => c.sections.some((x) => x.key === key));
        const target = d.chapters.find((c) => c.key === latest.chapters[chapterIndex].key) ?? d.chapters[d.chapters.length - 1];
        target.sections.push({ ...clone(change.after), key, lockVersion: 0, updatedAt: null, updatedBy: null, comments: [] });
      } else {
        const section = sectionOf(key);
        Object.assign(section, { title: change.after.title, guidance: change.after.guidance, required: change.after.required });
        if (body.replaceBody || change.bodyUntouched) Object.assign(section, { body: change.after.body, lockVersion: section.lockVersion + 1 });
      }
      d.taken.push(key);
      if (templateChanges(d).changes.length === 0) {
        d.templateVersionNo = latest.no;
        d.taken = [];
      }
      touched();
      return send(res, 200, documentView(user, d));
    }
    if (method === 'POST' && ['/submit', '/return', '/adopt'].includes(tail)) {
      const body = await readJson(req);
      if (body.lockVersion !== d.lockVersion) return problem(409, 'VERSION_CONFLICT', 'Het document is intussen gewijzigd.');
      if (tail === '/submit') {
        if (!perms.submit) return d.status === 'CONCEPT' ? forbidden() : problem(409, 'DOCUMENT_NOT_EDITABLE', 'Het document is niet in concept.');
        const empty = numbered(d.chapters).flatMap((c) => c.sections).filter((x) => x.required && !filled(x));
        if (empty.length) {
          return problem(422, 'REQUIRED_SECTIONS_EMPTY', `Nog leeg: ${empty.map((x) => `${x.number ?? ''} ${x.title}`.trim()).join(', ')}`, {
            errors: empty.map((x) => ({ field: `sections[${x.key}]`, code: 'REQUIRED_SECTION_EMPTY', message: `${`${x.number ?? ''} ${x.title}`.trim()} is verplicht en nog leeg` })),
          });
        }
        d.status = 'IN_REVIEW';
        d.submittedAt = now();
      } else if (tail === '/return') {
        if (!manages(d.regionCode)) return forbidden();
        if (d.status !== 'IN_REVIEW') return problem(409, 'NOT_IN_REVIEW', 'Het document is niet in beoordeling.');
        d.status = 'CONCEPT';
      } else {
        if (!manages(d.regionCode)) return forbidden();
        if (d.status !== 'IN_REVIEW') return problem(409, 'NOT_IN_REVIEW', 'Het document is niet in beoordeling.');
        const open = numbered(d.chapters).flatMap((c) => c.sections).filter((x) => x.comments.some((c) => !c.resolvedAt));
        if (open.length) {
          return problem(422, 'OPEN_COMMENTS', 'Er staan nog opmerkingen open.', {
            errors: open.map((x) => ({ field: `sections[${x.key}]`, code: 'OPEN_COMMENT', message: `${`${x.number ?? ''} ${x.title}`.trim()}: ${x.comments.filter((c) => !c.resolvedAt).length} open` })),
          });
        }
        if (!body.decisionDate || !String(body.decisionReference ?? '').trim()) {
          return problem(422, 'VALIDATION_FAILED', 'Besluitdatum en kenmerk zijn verplicht.', { fields: [{ field: 'decisionReference', code: 'REQUIRED', message: 'Vul het kenmerk in.' }] });
        }
        Object.assign(d, { status: 'ADOPTED', adoptedAt: now(), adoptedBy: user.username, decisionDate: body.decisionDate, decisionReference: body.decisionReference });
      }
      touched();
      return send(res, 200, documentView(user, d));
    }
  }
  void regionName;
  return problem(404, 'NOT_FOUND', 'Onbekend adres.');
}

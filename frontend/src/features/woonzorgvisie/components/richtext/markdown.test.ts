import { Editor, getSchema } from '@tiptap/core';
import { afterEach } from 'vitest';
import { richTextExtensions } from './extensions';
import { checkMarkdown, normaliseMarkdown, parseMarkdown, serializeMarkdown } from './markdown';

const schema = getSchema(richTextExtensions());
const editors: Editor[] = [];
afterEach(() => {
  for (const e of editors.splice(0)) e.destroy();
});

/** Markdown → editor (a real TipTap editor, as the page uses) → Markdown. */
function throughEditor(markdown: string): string {
  const editor = new Editor({ extensions: richTextExtensions(), content: parseMarkdown(markdown, schema).toJSON() });
  editors.push(editor);
  return serializeMarkdown(editor.state.doc);
}

/** The starting texts of the default template (backend DefaultTemplate, which the demo templates publish). */
const templateTexts = [
  'In de periode {{periode}} zijn in {{gemeente.naam}} jaarlijks {{vraag.totaal.alle}} woningen nodig voor aandachtsgroepen. ',
  'Deze woonzorgvisie beschrijft hoe {{gemeente.naam}} in {{periode}} zorgt voor een thuis voor iedereen, samen met de gemeenten van {{regio.naam}}.',
  'Urgentieregeling in {{regio.naam}}: {{urgentie.regeling}}.',
  '{{gemeente.naam}} telt {{kerncijfers.inwoners}} inwoners en {{kerncijfers.sociale_huurvoorraad}} sociale huurwoningen (peildatum {{kerncijfers.peildatum}}).\n\n{{blok:kerncijfers}}',
  'De vraaganalyse {{jaar.van}} is {{vraag.status}}.\n\n{{blok:vraag-tabel}}\n\n{{blok:vraag-grafiek}}',
  'Voor {{periode}} is de taakstelling van {{gemeente.naam}} {{verdeling.taakstelling}} woningen; gerealiseerd zijn er {{verdeling.realisatie}}.\n\n{{blok:verdeling-tabel}}',
  'Geldende regeling: {{urgentie.regeling}} (van {{urgentie.geldig_van}} tot en met {{urgentie.geldig_tot}}; {{urgentie.categorieen}} urgentiecategorieën).\n\n{{blok:urgentie-quota}}',
  '{{blok:urgentietoets}}',
  '',
];

/** Texts a writer produces: each must come back byte for byte. */
const exact: Record<string, string> = {
  headings: '## Aanleiding\n\nTekst onder de kop.\n\n### Doel\n\nNog een alinea.',
  'bold and italics': 'Dit is **vet**, dit *cursief*, dit __ook vet__ en _ook cursief_, en ***beide***.',
  'bullet list': '- eerste punt\n- tweede punt met **nadruk**\n- derde punt',
  'star bullets': '* een\n* twee',
  'loose list': '- een\n\n- twee',
  'ordered list': '1. eerst\n2. dan\n3. tot slot',
  'ordered list from 4': '4. vier\n5. vijf',
  'nested list': '- boven\n  - onder\n  - nog een\n- weer boven',
  links: 'Zie [het programma](https://www.volkshuisvestingnederland.nl/onderwerpen/een-thuis-voor-iedereen) en <https://example.org>.',
  'link with title': 'Zie [de wet](https://wetten.overheid.nl "Wet versterking regie").',
  'mail link': 'Mail [het team](mailto:wonen@example.org).',
  'aligned table': '| Groep | Woningen | Aandeel |\n| :--- | ---: | :---: |\n| Ouderen | 120 | 40% |',
  table: '| Groep | Woningen |\n| --- | --- |\n| Dak- en thuislozen | 40 |\n| Uitstroom MO/BW | {{vraag.totaal.alle}} |',
  'figures in marks': 'In **{{gemeente.naam}}** wonen *{{kerncijfers.inwoners}}* mensen.',
  'figure with spaces': 'Periode: {{ periode }}.',
  'unknown figure': 'Een {{onbekend.cijfer}} blijft staan.',
  'block between text': 'Eerst tekst.\n\n{{blok:kerncijfers}}\n\nDan meer tekst.',
  'block in the middle of a list section': '- een\n- twee\n\n{{blok:vraag-tabel}}\n\n1. drie',
  'soft line break': 'Regel een\nregel twee van dezelfde alinea.',
  'hard line break': 'Regel een\\\nregel twee.',
  quote: '> Een citaat van de raad.',
  code: 'Gebruik `code` hier.',
  'escaped characters': 'Een \\*ster\\* en een \\[haak\\] en snake_case_woord.',
  'tilde and braces': 'Ongeveer ~40 woningen, {enkel} en 50%.',
  'horizontal rule': 'Boven\n\n---\n\nOnder',
  'dutch text': 'Cliëntenraden, één pagina, 2026–2030 en € 1.000.',
};

/** Texts whose Markdown the round trip rewrites, and what it gives: the documented normalisations only. */
const normalised: Array<[string, string, string]> = [
  ['trailing space at the end', 'Tekst met spatie aan het eind. ', 'Tekst met spatie aan het eind.'],
  ['block right after a line', 'Tekst\n{{blok:kerncijfers}}\nmeer', 'Tekst\n\n{{blok:kerncijfers}}\n\nmeer'],
  ['extra blank lines', 'Een\n\n\n\nTwee\n', 'Een\n\nTwee'],
  ['table spacing', '|a|b|\n|--|--|\n|1|2|', '| a | b |\n| --- | --- |\n| 1 | 2 |'],
];

describe('markdown → editor → markdown', () => {
  it.each(templateTexts.map((t, i) => [i, t]))('keeps starting text %i of the default template (up to the normalisations)', (_i, text) => {
    const back = throughEditor(text);
    expect(normaliseMarkdown(back)).toBe(normaliseMarkdown(text));
    expect(checkMarkdown(text, schema).ok).toBe(true);
  });

  it('keeps the starting texts byte for byte where they have no trailing space', () => {
    for (const text of templateTexts.filter((t) => !t.endsWith(' '))) expect(throughEditor(text)).toBe(text);
  });

  it.each(Object.entries(exact))('gives %s back unchanged', (_name, text) => {
    expect(throughEditor(text)).toBe(text);
    expect(checkMarkdown(text, schema)).toMatchObject({ ok: true, markdown: text });
  });

  it.each(normalised)('normalises %s', (_name, text, expected) => {
    expect(throughEditor(text)).toBe(expected);
    expect(checkMarkdown(text, schema).ok).toBe(true);
  });

  it('reads markers as chips: figures inline, data blocks as blocks with their key', () => {
    const doc = parseMarkdown('Hier {{gemeente.naam}}.\n\n{{blok:kerncijfers}}', schema);
    expect(doc.child(0).child(1).type.name).toBe('figure');
    expect(doc.child(0).child(1).attrs.key).toBe('gemeente.naam');
    expect(doc.child(1).type.name).toBe('dataBlock');
    expect(doc.child(1).attrs.key).toBe('kerncijfers');
  });

  it.each([
    ['text', 'Tekst {{blok:kerncijfers}} erna'],
    ['a list bullet', '- {{blok:kerncijfers}}'],
  ])('keeps a block marker that shares its line with %s as an inline marker, as written (the server names the error)', (_name, text) => {
    expect(throughEditor(text)).toBe(text);
    const types: string[] = [];
    parseMarkdown(text, schema).descendants((node) => {
      types.push(node.type.name);
    });
    expect(types).toContain('figure');
    expect(types).not.toContain('dataBlock');
  });
});

describe('what the rich view cannot show stays in Markdown', () => {
  it.each([
    ['a setext heading', 'Kop\n===\n\nTekst'],
    ['two trailing spaces as a line break', 'Regel een  \nregel twee'],
    ['an entity', 'Wonen &amp; zorg'],
    ['an image', '![kaart](kaart.png)'],
    ['a reference link', 'Zie [de wet][1].\n\n[1]: https://wetten.overheid.nl'],
    ['a list numbered 1. 1. 1.', '1. een\n1. twee'],
    ['an indented code block', '    code'],
    ['a data block inside a quote (the server refuses it too)', '> {{blok:kerncijfers}}'],
  ])('refuses %s and names where', (_name, text) => {
    const check = checkMarkdown(text, schema);
    expect(check.ok).toBe(false);
  });
});

describe('what the editor writes passes the server marker check', () => {
  /** The server's TextScan: a block marker must stand alone on its line; every {{ must close on its line. */
  function serverProblems(text: string): string[] {
    const problems: string[] = [];
    const lines = text.split('\n');
    for (const line of lines) {
      let at = 0;
      for (;;) {
        const open = line.indexOf('{{', at);
        if (open < 0) break;
        const close = line.indexOf('}}', open + 2);
        if (close < 0) {
          problems.push(`unclosed: ${line}`);
          break;
        }
        const key = line.slice(open + 2, close).trim();
        if (key.startsWith('blok:') && line.trim() !== line.slice(open, close + 2)) problems.push(`block not alone: ${line}`);
        at = close + 2;
      }
    }
    return problems;
  }

  it('writes a block inserted after text on a line of its own, and typed braces as text', () => {
    const editor = new Editor({ extensions: richTextExtensions(), content: parseMarkdown('Tekst {{periode}}', schema).toJSON() });
    editors.push(editor);
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    editor.commands.insertContentAt(editor.state.doc.content.size, { type: 'dataBlock', attrs: { key: 'kerncijfers' } });
    editor.commands.insertContentAt(editor.state.doc.content.size, { type: 'paragraph', content: [{ type: 'text', text: 'getypt {{geen.marker}} en **geen vet**' }] });
    const text = serializeMarkdown(editor.state.doc);
    expect(text).toBe('Tekst {{periode}}\n\n{{blok:kerncijfers}}\n\ngetypt \\{\\{geen.marker}} en \\*\\*geen vet\\*\\*');
    expect(serverProblems(text)).toEqual([]);
    // and it reads back to the same document
    expect(throughEditor(text)).toBe(text);
  });
});

import type { Node as PMNode, Schema } from '@tiptap/pm/model';
import MarkdownIt, { type StateBlock, type StateCore, type StateInline, type Token } from 'markdown-it';
import { defaultMarkdownSerializer, MarkdownParser, MarkdownSerializer, type MarkdownSerializerState } from 'prosemirror-markdown';

/*
 * Markdown in = Markdown out. The server stores a section as CommonMark with GFM tables (commonmark-java,
 * raw HTML shown as text), with `{{key}}` for a figure and a line `{{blok:key}}` for a data block. The rich
 * editor reads that Markdown into a ProseMirror document and writes it back. It is only used for a text when
 * writing it back gives the same text up to the normalisations in `normaliseMarkdown`; otherwise the
 * section stays in the Markdown view, so nothing the rich view cannot show is ever lost.
 */

/** `{{blok:key}}` alone on a line, as the server's TextScan reads a data block (spaces around allowed). */
const BLOCK_LINE = /^[ \t]*\{\{[ \t]*blok:([^}\n]*?)[ \t]*\}\}[ \t]*$/;

/** The tokenizer: CommonMark as the server reads it, plus tables and the two markers. */
function tokenizer(): MarkdownIt {
  const md = MarkdownIt('commonmark', { html: false }).enable('table');
  md.block.ruler.before('paragraph', 'wzv_block', dataBlockRule, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.inline.ruler.after('text', 'wzv_figure', figureRule);
  md.core.ruler.push('wzv_cell_paragraphs', cellParagraphs);
  return md;
}

/** A data block line; it may end a paragraph, as the server splits the text there too. */
function dataBlockRule(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false; // an indented code line
  const line = state.src.slice(state.bMarks[startLine], state.eMarks[startLine]);
  const match = BLOCK_LINE.exec(line);
  // the server takes the text up to the first }} as the key: a line with more braces is not one block
  if (!match || line.indexOf('}}') !== line.lastIndexOf('}}')) return false;
  if (silent) return true;
  const token = state.push('wzv_block', '', 0);
  token.content = match[1].trim();
  token.info = line.trim();
  token.map = [startLine, startLine + 1];
  state.line = startLine + 1;
  return true;
}

/** `{{...}}` up to the first `}}` on the same line, as the server's TextScan reads a placeholder. */
function figureRule(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (src.charCodeAt(pos) !== 0x7b || src.charCodeAt(pos + 1) !== 0x7b) return false;
  const close = src.indexOf('}}', pos + 2);
  if (close < 0) return false;
  const inner = src.slice(pos + 2, close);
  if (inner.includes('\n')) return false;
  if (!silent) state.push('wzv_figure', '', 0).content = inner;
  state.pos = close + 2;
  return true;
}

/**
 * Markdown table cells hold inline text; the editor's cells hold one paragraph. A soft line break becomes a
 * newline in the text (prosemirror-markdown would make it a space), so the line comes back as written.
 */
function cellParagraphs(state: StateCore): void {
  const out: Token[] = [];
  for (const token of state.tokens) {
    for (const child of token.children ?? []) {
      if (child.type === 'softbreak') {
        child.type = 'text';
        child.content = '\n';
      }
    }
    if (token.type === 'th_close' || token.type === 'td_close') out.push(new state.Token('paragraph_close', 'p', -1));
    out.push(token);
    if (token.type === 'th_open' || token.type === 'td_open') out.push(new state.Token('paragraph_open', 'p', 1));
  }
  state.tokens = out;
}

/** A list is tight when markdown-it hid its paragraphs (no blank lines between the items). */
function listIsTight(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length; k++) if (tokens[k].type !== 'list_item_open') return tokens[k].hidden;
  return false;
}

/** markdown-it gives a column's alignment as style="text-align:right". */
const alignOf = (tok: Token) => ({ align: /text-align:(left|right|center)/.exec(tok.attrGet('style') ?? '')?.[1] ?? null });

function parser(schema: Schema): MarkdownParser {
  return new MarkdownParser(schema, tokenizer(), {
    paragraph: { block: 'paragraph' },
    heading: { block: 'heading', getAttrs: (tok) => ({ level: Number(tok.tag.slice(1)) }) },
    blockquote: { block: 'blockquote' },
    bullet_list: { block: 'bulletList', getAttrs: (tok, tokens, i) => ({ bullet: tok.markup, tight: listIsTight(tokens, i) }) },
    ordered_list: {
      block: 'orderedList',
      getAttrs: (tok, tokens, i) => ({ start: Number(tok.attrGet('start') ?? 1), tight: listIsTight(tokens, i) }),
    },
    list_item: { block: 'listItem' },
    code_block: { block: 'codeBlock', noCloseToken: true },
    fence: { block: 'codeBlock', getAttrs: (tok) => ({ language: tok.info || null }), noCloseToken: true },
    hr: { node: 'horizontalRule' },
    hardbreak: { node: 'hardBreak' },
    table: { block: 'table' },
    thead: { ignore: true },
    tbody: { ignore: true },
    tr: { block: 'tableRow' },
    th: { block: 'tableHeader', getAttrs: alignOf },
    td: { block: 'tableCell', getAttrs: alignOf },
    em: { mark: 'italic', getAttrs: (tok) => ({ marker: tok.markup }) },
    strong: { mark: 'bold', getAttrs: (tok) => ({ marker: tok.markup }) },
    link: { mark: 'link', getAttrs: (tok) => ({ href: tok.attrGet('href'), title: tok.attrGet('title') || null }) },
    code_inline: { mark: 'code', noCloseToken: true },
    wzv_figure: { node: 'figure', getAttrs: (tok) => ({ key: tok.content }) },
    wzv_block: { node: 'dataBlock', getAttrs: (tok) => ({ key: tok.content, raw: tok.info }) },
  });
}

/**
 * The escaping of prosemirror-markdown, less `~` (the server has no strike-through, so a tilde is plain text),
 * plus `{{` in typed text: a marker only comes from a chip, never from text that happens to contain braces.
 */
function escapeText(text: string, startOfLine: boolean): string {
  let out = text.replace(/[`*\\[\]_]/g, (m, i: number) =>
    m === '_' && i > 0 && i + 1 < text.length && /\w/.test(text[i - 1]) && /\w/.test(text[i + 1]) ? m : `\\${m}`,
  );
  out = out.replace(/\{\{+/g, (m) => m.replace(/\{/g, '\\{'));
  if (startOfLine) {
    out = out
      .replace(/^(\+[ ]|[-*>])/, '\\$&')
      .replace(/^(\s*)(#{1,6})(\s|$)/, '$1\\$2$3')
      .replace(/^(\s*\d+)\.\s/, '$1\\. ');
  }
  return out;
}

function serializer(): MarkdownSerializer {
  const cell = (node: PMNode) => {
    const text = node.firstChild ? markdownSerializer.serialize(node.firstChild) : '';
    return text.replace(/\n/g, ' ').replace(/\|/g, '\\|');
  };
  const markdownSerializer: MarkdownSerializer = new MarkdownSerializer(
    {
      paragraph: (state, node) => {
        state.renderInline(node);
        state.closeBlock(node);
      },
      heading: (state, node) => {
        state.write(`${'#'.repeat(node.attrs.level)} `);
        state.renderInline(node, false);
        state.closeBlock(node);
      },
      blockquote: (state, node) => state.wrapBlock('> ', null, node, () => state.renderContent(node)),
      codeBlock: (state, node) => {
        const backticks = node.textContent.match(/`{3,}/gm);
        const fence = backticks ? `${backticks.sort().slice(-1)[0]}\`` : '```';
        state.write(`${fence}${node.attrs.language ?? ''}\n`);
        state.text(node.textContent, false);
        state.write('\n');
        state.write(fence);
        state.closeBlock(node);
      },
      horizontalRule: (state, node) => {
        state.write('---');
        state.closeBlock(node);
      },
      bulletList: (state, node) => state.renderList(node, '  ', () => `${node.attrs.bullet ?? '-'} `),
      orderedList: (state, node) => {
        const start: number = node.attrs.start ?? 1;
        const indent = ' '.repeat(String(start + node.childCount - 1).length + 2);
        state.renderList(node, indent, (i) => `${start + i}. `);
      },
      listItem: (state, node) => state.renderContent(node),
      hardBreak: defaultMarkdownSerializer.nodes.hard_break,
      text: (state, node) => {
        const text = node.text ?? '';
        // internal fields of the state that its own text() reads the same way
        const inner = state as MarkdownSerializerState & { inAutolink?: boolean; atBlockStart?: boolean };
        if (inner.inAutolink) return state.text(text, false);
        const lines = text.split('\n').map((line, i) => escapeText(line, i === 0 ? Boolean(inner.atBlockStart) : true));
        state.text(lines.join('\n'), false);
      },
      figure: (state, node) => state.write(`{{${node.attrs.key}}}`),
      dataBlock: (state, node) => {
        state.write(node.attrs.raw ?? `{{blok:${node.attrs.key}}}`);
        state.closeBlock(node);
      },
      table: (state, node) => {
        const rows: string[][] = [];
        const aligns: Array<string | null> = [];
        node.firstChild?.forEach((c) => {
          for (let span = 0; span < (c.attrs.colspan ?? 1); span++) aligns.push(c.attrs.align ?? null);
        });
        const separator = (i: number) => ({ left: ':---', right: '---:', center: ':---:' })[aligns[i] ?? ''] ?? '---';
        node.forEach((row) => {
          const cells: string[] = [];
          row.forEach((c) => {
            cells.push(cell(c));
            for (let span = 1; span < (c.attrs.colspan ?? 1); span++) cells.push('');
          });
          rows.push(cells);
        });
        const width = Math.max(1, ...rows.map((r) => r.length));
        const line = (cells: string[]) => `| ${[...cells, ...Array<string>(width - cells.length).fill('')].join(' | ')} |`;
        const lines = [line(rows[0] ?? []), line(Array.from({ length: width }, (_, i) => separator(i))), ...rows.slice(1).map(line)];
        state.text(lines.join('\n'), false);
        state.closeBlock(node);
      },
    },
    {
      italic: { open: (_s, mark) => mark.attrs.marker ?? '*', close: (_s, mark) => mark.attrs.marker ?? '*', mixable: true, expelEnclosingWhitespace: true },
      bold: { open: (_s, mark) => mark.attrs.marker ?? '**', close: (_s, mark) => mark.attrs.marker ?? '**', mixable: true, expelEnclosingWhitespace: true },
      link: defaultMarkdownSerializer.marks.link,
      code: defaultMarkdownSerializer.marks.code,
    },
    { hardBreakNodeName: 'hardBreak', strict: true },
  );
  return markdownSerializer;
}

const parsers = new WeakMap<Schema, MarkdownParser>();
const markdownSerializer = serializer();

/** The editor document of a Markdown text; throws on Markdown the editor has no element for. */
export function parseMarkdown(markdown: string, schema: Schema): PMNode {
  let p = parsers.get(schema);
  if (!p) {
    p = parser(schema);
    parsers.set(schema, p);
  }
  const doc = p.parse(markdown);
  doc.check();
  return doc;
}

/** The Markdown of an editor document, as the server stores it. */
export function serializeMarkdown(doc: PMNode): string {
  return markdownSerializer.serialize(doc);
}

/**
 * The normalisations a round trip may make, and nothing else: line ends become \n, spaces at the end of a line
 * go, a data block line stands between blank lines, several blank lines become one, blank lines at the start
 * and end go, and in a table row the spaces around the `|` are one and a separator cell is `---` (its colons
 * kept). None of these changes what the server renders or what its marker check finds.
 */
export function normaliseMarkdown(markdown: string): string {
  const lines: string[] = [];
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/[ \t]+$/, '');
    if (BLOCK_LINE.test(line)) lines.push('', line, '');
    else if (/^\s*\|.*\|$/.test(line)) lines.push(tableRow(line));
    else lines.push(line);
  }
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

function tableRow(line: string): string {
  const cells = line
    .trim()
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
  const separator = cells.every((c) => /^:?-+:?$/.test(c));
  const out = separator ? cells.map((c) => `${c.startsWith(':') ? ':' : ''}---${c.endsWith(':') ? ':' : ''}`) : cells;
  return `| ${out.join(' | ')} |`;
}

export type MarkdownCheck =
  | { ok: true; doc: PMNode; markdown: string }
  /** `excerpt`: the first line (normalised) the rich view would change, or null when it has no element for it */
  | { ok: false; excerpt: string | null };

/** Whether the rich view can show this text without changing it, and its document if so. */
export function checkMarkdown(markdown: string, schema: Schema): MarkdownCheck {
  let doc: PMNode;
  try {
    doc = parseMarkdown(markdown, schema);
  } catch {
    return { ok: false, excerpt: null };
  }
  const back = serializeMarkdown(doc);
  const expected = normaliseMarkdown(markdown);
  const actual = normaliseMarkdown(back);
  if (expected === actual) return { ok: true, doc, markdown: back };
  const want = expected.split('\n');
  const got = actual.split('\n');
  let i = 0;
  while (i < want.length && want[i] === got[i]) i++;
  const excerpt = (want[Math.min(i, want.length - 1)] ?? '').trim();
  return { ok: false, excerpt: excerpt.length > 80 ? `${excerpt.slice(0, 79)}…` : excerpt };
}

/** The same text for the server: both normalise to the same Markdown. */
export const sameMarkdown = (a: string, b: string) => normaliseMarkdown(a) === normaliseMarkdown(b);

import { Extension, Node, type AnyExtension } from '@tiptap/core';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';

/** What a chip shows: the catalogue's Dutch label of a key, and the words a screen reader hears before it. */
export interface ChipText {
  /** the label of a placeholder key, or null when the catalogue does not know it */
  figureLabel: (key: string) => string | null;
  /** the label of a data block key, or null when the catalogue does not know it */
  blockLabel: (key: string) => string | null;
  figureKind: string;
  blockKind: string;
  unknown: string;
}

const NO_TEXT: ChipText = { figureLabel: () => null, blockLabel: () => null, figureKind: '', blockKind: '', unknown: '' };

/**
 * A placeholder `{{key}}`: one figure, inline. An atom, so the writer inserts or deletes it whole and never
 * types inside it; `key` is the text between the braces exactly as written, so the Markdown comes back unchanged.
 */
export const Figure = Node.create<{ text: ChipText }>({
  name: 'figure',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addOptions: () => ({ text: NO_TEXT }),
  addAttributes: () => ({ key: { default: '', parseHTML: (el) => el.getAttribute('data-figure') ?? '', rendered: false } }),
  parseHTML: () => [{ tag: 'span[data-figure]' }],
  renderHTML({ node }) {
    const key: string = node.attrs.key;
    const label = this.options.text.figureLabel(key.trim());
    return [
      'span',
      { 'data-figure': key, contenteditable: 'false', class: label ? 'tp-chip' : 'tp-chip tp-chip--unknown', title: `{{${key}}}` },
      ['span', { class: 'tp-visually-hidden' }, `${this.options.text.figureKind}: `],
      label ?? `{{${key}}} (${this.options.text.unknown})`,
    ];
  },
  renderText: ({ node }) => `{{${node.attrs.key}}}`,
});

/**
 * The document: blocks, and data blocks only at this top level. The server reads a data block only when its
 * line holds nothing else, so one inside a list, quote or table cell would be refused on saving; the schema
 * keeps the writer (and a drag or paste) from putting it there.
 */
const TopDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: '(block | dataBlock)+',
});

/**
 * A data block `{{blok:key}}` on a line of its own: a table or chart the server fills in. An atom block, so it
 * is moved or deleted whole; `raw` is the line as written (spaces inside the braces included).
 */
export const DataBlock = Node.create<{ text: ChipText }>({
  name: 'dataBlock',
  atom: true,
  selectable: true,
  draggable: true,
  addOptions: () => ({ text: NO_TEXT }),
  addAttributes: () => ({
    key: { default: '', parseHTML: (el) => el.getAttribute('data-block') ?? '', rendered: false },
    raw: { default: null, parseHTML: (el) => el.getAttribute('data-raw'), rendered: false },
  }),
  parseHTML: () => [{ tag: 'div[data-block]' }],
  renderHTML({ node }) {
    const key: string = node.attrs.key;
    const raw: string = node.attrs.raw ?? `{{blok:${key}}}`;
    const label = this.options.text.blockLabel(key);
    return [
      'div',
      { 'data-block': key, 'data-raw': raw, contenteditable: 'false', class: label ? 'tp-chip tp-chip--block' : 'tp-chip tp-chip--block tp-chip--unknown' },
      ['span', { class: 'tp-chip__kind' }, `${this.options.text.blockKind}: `],
      ['span', { class: 'tp-chip__label' }, label ?? `${raw} (${this.options.text.unknown})`],
    ];
  },
  renderText: ({ node }) => `\n${node.attrs.raw ?? `{{blok:${node.attrs.key}}}`}\n`,
});

/**
 * How the Markdown spelled what it means, kept so that it comes back as written: `*` or `_` for emphasis,
 * `-`, `*` or `+` for a bullet, whether a list is tight (no blank lines between items), a column's alignment.
 */
const MarkdownSpelling = Extension.create({
  name: 'markdownSpelling',
  addGlobalAttributes: () => [
    { types: ['bold', 'italic'], attributes: { marker: { default: null, rendered: false } } },
    { types: ['bulletList'], attributes: { bullet: { default: null, rendered: false }, tight: { default: true, rendered: false } } },
    { types: ['orderedList'], attributes: { tight: { default: true, rendered: false } } },
    { types: ['tableHeader', 'tableCell'], attributes: { align: { default: null, rendered: false } } },
  ],
});

/** A Markdown table cell holds one line of inline text, so a cell holds exactly one paragraph. */
const OneLineCell = TableCell.extend({ content: 'paragraph' });
const OneLineHeader = TableHeader.extend({ content: 'paragraph' });

/**
 * The editor's extensions: what the server's Markdown (CommonMark with tables) can say, and nothing more.
 * Strike-through and underline have no Markdown the server renders, so they are left out.
 */
export function richTextExtensions(text: ChipText = NO_TEXT): AnyExtension[] {
  return [
    StarterKit.configure({
      document: false,
      strike: false,
      underline: false,
      heading: { levels: [1, 2, 3, 4, 5, 6] },
      link: { openOnClick: false, autolink: false, linkOnPaste: true, protocols: ['mailto'], HTMLAttributes: { rel: 'noopener noreferrer', target: null } },
    }),
    TopDocument,
    MarkdownSpelling,
    Table.configure({ resizable: false }),
    TableRow,
    OneLineHeader,
    OneLineCell,
    Figure.configure({ text }),
    DataBlock.configure({ text }),
  ];
}

import { useEffect, useState } from 'react';

/** Keys of chapters and sections, as the API accepts them. */
export const KEY_PATTERN = /^[a-z0-9][a-z0-9._-]{0,60}$/;

/**
 * A new key: a slug of the title plus a short random suffix, so two sections with the same title
 * still differ ("demografie-k3x9"). Always matches KEY_PATTERN; `prefix` (a chapter key) is kept when it fits.
 */
export function newKey(title: string, prefix?: string, random: () => number = Math.random): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30)
    .replace(/-+$/, '');
  const suffix = Array.from({ length: 4 }, () => '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36)]).join('');
  const head = [prefix && KEY_PATTERN.test(prefix) ? prefix.slice(0, 24) : null, slug || 'nieuw'].filter(Boolean).join('.');
  const key = `${head}-${suffix}`;
  return KEY_PATTERN.test(key) ? key : `nieuw-${suffix}`;
}

/** What inserting a placeholder at the selection gives: the new text and where the caret goes. */
export function insertAt(text: string, start: number, end: number, insert: string): { text: string; caret: number } {
  return { text: text.slice(0, start) + insert + text.slice(end), caret: start + insert.length };
}

/** A data block goes on a line of its own: line breaks are added around it where needed. */
export function insertBlockLine(text: string, start: number, end: number, key: string): { text: string; caret: number } {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const lead = before === '' || before.endsWith('\n') ? '' : '\n';
  const trail = after.startsWith('\n') ? '' : '\n';
  const line = `${lead}{{blok:${key}}}${trail}`;
  return { text: before + line + after, caret: before.length + line.length };
}

/** The value, once it has not changed for `delay` ms. */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** "chapters[3].sections[0].body" -> { chapter: 3, section: 0, field: "body" }; chapter-level fields have no section. */
export function placeOf(field: string): { chapter: number; section: number | null; field: string } | null {
  const match = /^chapters\[(\d+)\](?:\.sections\[(\d+)\])?(?:\.(\w+))?$/.exec(field);
  if (!match) return null;
  return { chapter: Number(match[1]), section: match[2] === undefined ? null : Number(match[2]), field: match[3] ?? '' };
}

/** "14:02" for a moment today, in local time. */
export function timeOf(instant: Date | string, language: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { hour: '2-digit', minute: '2-digit' }).format(date);
}

const BLOCK = /\{\{blok:[^{}\n]*\}\}/;

/**
 * A data block stays alone on its line, whatever is typed or pasted beside it: text before a block
 * ends its line, text after it starts a new one (the spaces between are dropped). Nothing typed is
 * removed, only moved, so the writer keeps typing where the caret went; `caret` is where it lands.
 * (The server refuses a block that shares its line; this keeps the writer from ever getting there.)
 */
export function keepBlocksAlone(text: string, caret: number): { text: string; caret: number } {
  // each edit replaces [start, end) of the text with `insert`
  const edits: { start: number; end: number; insert: string }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    let rest = line;
    let at = offset;
    for (let match = BLOCK.exec(rest); match; match = BLOCK.exec(rest)) {
      const start = at + match.index;
      const end = start + match[0].length;
      const head = rest.slice(0, match.index);
      if (head.trim() !== '') edits.push({ start: at + head.trimEnd().length, end: start, insert: '\n' });
      else if (head !== '') edits.push({ start: at, end: start, insert: '' }); // spaces before a block go
      const after = rest.slice(match.index + match[0].length);
      const lead = after.length - after.trimStart().length;
      if (after.trim() === '') break;
      edits.push({ start: end, end: end + lead, insert: '\n' });
      rest = after.slice(lead);
      at = end + lead;
    }
    offset += line.length + 1;
  }
  if (edits.length === 0) return { text, caret };
  let out = '';
  let from = 0;
  let delta = 0;
  let moved: number | null = null;
  for (const { start, end, insert } of edits) {
    out += text.slice(from, start) + insert;
    from = end;
    if (moved === null && caret <= start) moved = caret + delta;
    else if (moved === null && caret < end) moved = start + delta + insert.length;
    delta += insert.length - (end - start);
  }
  out += text.slice(from);
  return { text: out, caret: moved ?? caret + delta };
}

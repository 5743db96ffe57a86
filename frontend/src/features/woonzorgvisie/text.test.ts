import { describe, expect, it } from 'vitest';
import { insertAt, insertBlockLine, keepBlocksAlone, KEY_PATTERN, newKey, placeOf } from './text';

describe('woonzorgvisie text helpers', () => {
  it('makes section keys from the title with a random suffix, always valid', () => {
    const key = newKey('Wonen & Zorg in de wijk', 'analyse', () => 0.5);
    expect(key).toBe('analyse.wonen-zorg-in-de-wijk-iiii');
    for (const title of ['', '!!!', 'Één ééntje', 'x'.repeat(200)]) expect(newKey(title)).toMatch(KEY_PATTERN);
    expect(newKey('Demografie')).not.toBe(newKey('Demografie'));
  });

  it('inserts a placeholder at the selection and a block on a line of its own', () => {
    expect(insertAt('In  wonen', 3, 3, '{{gemeente.naam}}')).toEqual({ text: 'In {{gemeente.naam}} wonen', caret: 20 });
    expect(insertBlockLine('Tekst', 5, 5, 'vraag-tabel').text).toBe('Tekst\n{{blok:vraag-tabel}}\n');
    expect(insertBlockLine('A\nB', 2, 2, 'kerncijfers').text).toBe('A\n{{blok:kerncijfers}}\nB');
  });

  it('reads the place a validation error names', () => {
    expect(placeOf('chapters[3].sections[0].body')).toEqual({ chapter: 3, section: 0, field: 'body' });
    expect(placeOf('chapters[1].title')).toEqual({ chapter: 1, section: null, field: 'title' });
    expect(placeOf('name')).toBeNull();
  });
});

describe('a data block alone on its line', () => {
  it('moves text typed after a block to a new line, with the caret', () => {
    // typed "a" right after the block: the caret was after the "a"
    expect(keepBlocksAlone('{{blok:kerncijfers}}a', 21)).toEqual({ text: '{{blok:kerncijfers}}\na', caret: 22 });
    // a space first, then text: the space goes
    expect(keepBlocksAlone('{{blok:kerncijfers}} Tekst', 26)).toEqual({ text: '{{blok:kerncijfers}}\nTekst', caret: 26 });
  });

  it('ends the line before a block when text is typed in front of it', () => {
    expect(keepBlocksAlone('Inleiding {{blok:kerncijfers}}\nmeer', 9)).toEqual({ text: 'Inleiding\n{{blok:kerncijfers}}\nmeer', caret: 9 });
    expect(keepBlocksAlone('  {{blok:x}}', 0)).toEqual({ text: '{{blok:x}}', caret: 0 });
  });

  it('splits two blocks and pasted text on one line, and leaves valid text alone', () => {
    expect(keepBlocksAlone('a {{blok:x}} {{blok:y}} b', 0).text).toBe('a\n{{blok:x}}\n{{blok:y}}\nb');
    const valid = 'Tekst\n{{blok:x}}\n\nMeer {{gemeente.naam}}.';
    expect(keepBlocksAlone(valid, 5)).toEqual({ text: valid, caret: 5 });
  });
});

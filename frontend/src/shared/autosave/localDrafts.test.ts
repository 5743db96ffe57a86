import { describe, expect, it } from 'vitest';
import { draftsOf, MAX_AGE_MS, MAX_CHARS, MAX_DRAFTS, readDraft, removeDraft, writeDraft } from './localDrafts';

const scope = (field: string, user = 'gemeente.amsterdam') => ({ user, entity: 'woonzorgvisie-document:7', field });

describe('local drafts', () => {
  it('keeps a draft per person, thing and field, with the server version it was based on', () => {
    expect(writeDraft(scope('section:a'), { value: 'tekst', baseVersion: 3, error: 'regel 2' })).toBe(true);
    expect(readDraft(scope('section:a'))).toMatchObject({ value: 'tekst', baseVersion: 3, error: 'regel 2' });
    // another person on the same computer never gets it
    expect(readDraft(scope('section:a', 'gemeente.diemen'))).toBeNull();
    expect([...draftsOf('gemeente.amsterdam', 'woonzorgvisie-document:7').keys()]).toEqual(['section:a']);
    removeDraft(scope('section:a'));
    expect(readDraft(scope('section:a'))).toBeNull();
  });

  it('keeps nothing without a signed-in person, and nothing too large', () => {
    expect(writeDraft(scope('x', ''), { value: 'tekst', baseVersion: 1 })).toBe(false);
    expect(writeDraft(scope('x'), { value: 'x'.repeat(MAX_CHARS), baseVersion: 1 })).toBe(false);
    expect(readDraft(scope('x'))).toBeNull();
  });

  it('drops drafts older than the maximum age, and the oldest beyond the maximum count', () => {
    const now = Date.now();
    writeDraft(scope('old'), { value: 'oud', baseVersion: 1, savedAt: now - MAX_AGE_MS - 1 });
    expect(readDraft(scope('old'), now)).toBeNull();
    for (let i = 0; i < MAX_DRAFTS + 5; i++) writeDraft(scope(`f${i}`), { value: String(i), baseVersion: 1, savedAt: now - 10_000 + i });
    const kept = draftsOf<string>('gemeente.amsterdam', 'woonzorgvisie-document:7');
    expect(kept.size).toBe(MAX_DRAFTS);
    expect(kept.has('f0')).toBe(false);
    expect(kept.has(`f${MAX_DRAFTS + 4}`)).toBe(true);
  });

  it('makes room when the browser says the storage is full', () => {
    writeDraft(scope('first'), { value: 'eerste', baseVersion: 1, savedAt: Date.now() - 1000 });
    const setItem = Storage.prototype.setItem;
    let refused = false;
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (!refused) {
        refused = true;
        throw new DOMException('full', 'QuotaExceededError');
      }
      setItem.call(this, key, value);
    });
    expect(writeDraft(scope('second'), { value: 'tweede', baseVersion: 1 })).toBe(true);
    spy.mockRestore();
    expect(readDraft(scope('second'))?.value).toBe('tweede');
  });
});

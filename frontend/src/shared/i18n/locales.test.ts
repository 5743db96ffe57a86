import { describe, expect, it } from 'vitest';
import { languages, resources } from './resources';

/** All key paths of a messages object, e.g. "nav.regions". */
function keyPaths(messages: unknown, prefix = ''): string[] {
  if (typeof messages !== 'object' || messages === null) return [prefix];
  return Object.entries(messages).flatMap(([key, value]) => keyPaths(value, prefix ? `${prefix}.${key}` : key));
}

function emptyValues(messages: unknown, prefix = ''): string[] {
  if (typeof messages === 'string') return messages.trim() === '' ? [prefix] : [];
  if (typeof messages !== 'object' || messages === null) return [prefix];
  return Object.entries(messages).flatMap(([key, value]) => emptyValues(value, prefix ? `${prefix}.${key}` : key));
}

const [reference, ...others] = languages;
const namespaces = (language: string) => Object.keys(resources[language] ?? {}).sort();

describe('translations', () => {
  it('has a locales folder for every supported language', () => {
    expect(Object.keys(resources).sort()).toEqual([...languages].sort());
  });

  it.each(others)('has the same namespace files in %s as in the reference language', (language) => {
    expect(namespaces(language)).toEqual(namespaces(reference));
  });

  describe.each(namespaces(reference))('namespace %s', (namespace) => {
    it.each(others)('has exactly the same keys in %s as in the reference language', (language) => {
      const expected = keyPaths(resources[reference]![namespace]).sort();
      const actual = keyPaths(resources[language]?.[namespace] ?? {}).sort();
      const missing = expected.filter((key) => !actual.includes(key));
      const extra = actual.filter((key) => !expected.includes(key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it.each(languages)('has no empty texts in %s', (language) => {
      expect(emptyValues(resources[language]?.[namespace] ?? {})).toEqual([]);
    });
  });
});

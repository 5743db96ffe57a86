import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { publiccodeProblems } from './publiccode';

const repoRoot = resolve(__dirname, '../..');
const schema = JSON.parse(readFileSync(resolve(repoRoot, 'docs/schemas/publiccode.schema.json'), 'utf8'));
// ajv-formats is CommonJS: its default export arrives wrapped when imported from ESM
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function problemsOf(document: unknown): string[] {
  const schemaProblems = validate(document)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);
  return [...schemaProblems, ...publiccodeProblems(document, (path) => existsSync(resolve(repoRoot, path)))];
}

const committed = parse(readFileSync(resolve(repoRoot, 'publiccode.yml'), 'utf8'));

describe('publiccode.yml', () => {
  it('follows the publiccode.yml standard', () => {
    expect(problemsOf(committed)).toEqual([]);
  });

  it('names the licence of the LICENSE file', () => {
    expect(committed.legal.license).toBe('EUPL-1.2');
    expect(readFileSync(resolve(repoRoot, 'LICENSE'), 'utf8')).toContain('EUROPEAN UNION PUBLIC LICENCE v. 1.2');
  });

  // the check itself must catch a broken file, or a green run proves nothing
  it('rejects a file with a missing field, an unknown value or a too short description', () => {
    const broken = structuredClone(committed);
    delete broken.legal;
    broken.developmentStatus = 'finished';
    broken.description.nl.longDescription = 'Te kort.';
    const problems = problemsOf(broken);
    expect(problems).toContain("/ must have required property 'legal'");
    expect(problems).toContain('/developmentStatus must be equal to one of the allowed values');
    expect(problems).toContain('/description/nl/longDescription must NOT have fewer than 150 characters');
  });

  it('rejects a description in a language the software does not offer and a missing screenshot', () => {
    const broken = structuredClone(committed);
    broken.description.de = broken.description.en;
    broken.description.nl.screenshots = ['docs/screenshots/bestaat-niet.png'];
    expect(problemsOf(broken)).toEqual([
      'screenshot docs/screenshots/bestaat-niet.png does not exist',
      'description "de" is in no available language',
    ]);
  });
});

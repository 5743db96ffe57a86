import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import coverage from './coverage.json';

const frontend = resolve(__dirname, '../../..');
const read = (path: string) => readFileSync(resolve(frontend, path), 'utf8');
/** What the statement says about the checks must stay what the code and the e2e suite do. */
describe('the coverage the accessibility statement reports', () => {
  const covered = Object.values(coverage.areas).flat();

  it('names every route of AppRoutes.tsx once (the same list e2e/reflow.test.mjs runs axe on)', () => {
    const declared = [...read('src/AppRoutes.tsx').matchAll(/path="([^"]+)"/g)].map((m) => m[1]).filter((path) => path !== '*');
    expect([...covered].sort()).toEqual([...declared].sort());
    expect(new Set(covered).size).toBe(covered.length);
  });

  it('names the routes e2e/reflow.test.mjs checks, no more and no fewer', () => {
    const list = /const ROUTES = \[([\s\S]*?)\];/.exec(read('e2e/reflow.test.mjs'))?.[1] ?? '';
    const reflowRoutes = [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect([...reflowRoutes].sort()).toEqual([...covered].sort());
  });

  it('lists exactly the e2e files that run axe, with the WCAG 2.1 A/AA tags they use', () => {
    const withAxe = readdirSync(resolve(frontend, 'e2e'))
      .filter((file) => file.endsWith('.test.mjs'))
      .filter((file) => /\bcheck\(|checkReflow\(/.test(read(`e2e/${file}`)));
    expect(coverage.e2eFilesWithAxe).toEqual(withAxe.sort());
    for (const tag of coverage.axeTags) expect(read('e2e/support.mjs')).toContain(`'${tag}'`);
  });
});

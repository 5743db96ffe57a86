import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { homePath, navItems, scopeOf } from './roles';

describe('roles', () => {
  it.each([
    ['admin', '/regios'],
    ['regionManager', '/regios/MRA'],
    ['municipalityOfficer', '/gemeenten/GM0363'],
    ['provinceAnalyst', '/regios'],
  ] as const)('sends %s to %s', (user, path) => {
    expect(homePath(users[user])).toBe(path);
  });

  it('has no home for an account without its scope', () => {
    expect(homePath({ ...users.regionManager, region: null })).toBeNull();
  });

  it('gives municipality officers no region navigation', () => {
    const items = navItems(users.municipalityOfficer);
    expect(items.map((item) => item.to)).toEqual(['/gemeenten/GM0363']);
    expect(items.some((item) => item.to.startsWith('/regios'))).toBe(false);
  });

  it('shows the organisation the user works for', () => {
    expect(scopeOf(users.provinceAnalyst)?.name).toBe('Overijssel');
    expect(scopeOf(users.municipalityOfficer)?.name).toBe('Amsterdam');
    expect(scopeOf(users.admin)).toBeNull();
  });
});

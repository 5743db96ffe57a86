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

  it('sends both partner roles to the partner start page', () => {
    expect(homePath(users.corporatie)).toBe('/partner');
    expect(homePath({ ...users.corporatie, role: 'ZORGAANBIEDER_MEDEWERKER' })).toBe('/partner');
  });

  it('has no home for an account without its scope', () => {
    expect(homePath({ ...users.regionManager, region: null })).toBeNull();
  });

  it('gives municipality officers their municipality, its demand analysis and their region\'s allocation, urgency scheme and woonzorgvisies, no region management', () => {
    const items = navItems(users.municipalityOfficer);
    const year = new Date().getFullYear();
    expect(items.map((item) => item.to)).toEqual([
      '/gemeenten/GM0363',
      `/gemeenten/GM0363/vraaganalyse/${year}`,
      '/regios/MRA/verdeling',
      '/regios/MRA/urgentie',
      '/regios/MRA/woonzorgvisie',
    ]);
    expect(items.filter((item) => item.to.startsWith('/regios')).map((item) => item.label)).toEqual(['nav.allocation', 'nav.urgency', 'nav.woonzorgvisie']);
  });

  it('gives programme managers their region, its demand analyses, its target groups, its allocation, its urgency scheme, its woonzorgvisies and the dashboard', () => {
    const year = new Date().getFullYear();
    expect(navItems(users.regionManager).map((item) => [item.to, item.label])).toEqual([
      ['/regios/MRA', 'nav.myRegion'],
      [`/regios/MRA/vraaganalyses/${year}`, 'nav.regionDemand'],
      ['/regios/MRA/aandachtsgroepen', 'nav.targetGroups'],
      ['/regios/MRA/verdeling', 'nav.allocation'],
      ['/regios/MRA/urgentie', 'nav.urgency'],
      ['/regios/MRA/woonzorgvisie', 'nav.woonzorgvisie'],
      ['/dashboard', 'nav.dashboard'],
    ]);
  });

  it('gives province analysts the regions and the dashboard', () => {
    expect(navItems(users.provinceAnalyst).map((item) => [item.to, item.label])).toEqual([
      ['/regios', 'nav.regions'],
      ['/dashboard', 'nav.dashboard'],
    ]);
  });

  it('gives the platform beheerder the regions, the dashboard and the administration', () => {
    expect(navItems(users.admin).map((item) => [item.to, item.label])).toEqual([
      ['/regios', 'nav.regions'],
      ['/dashboard', 'nav.dashboard'],
      ['/beheer', 'nav.admin'],
    ]);
  });

  it('offers the administration to a programme manager only when the active membership manages people', () => {
    const managing = { ...users.regionManager, memberships: users.regionManager.memberships.map((m) => ({ ...m, managesPeople: true })) };
    expect(navItems(managing).map((item) => item.to)).toContain('/beheer');
    expect(navItems(users.regionManager).map((item) => item.to)).not.toContain('/beheer');
    expect(navItems(users.municipalityOfficer).map((item) => item.to)).not.toContain('/beheer');
  });

  it('gives municipality officers no dashboard', () => {
    expect(navItems(users.municipalityOfficer).map((item) => item.label)).not.toContain('nav.dashboard');
  });

  it('shows the organisation the user works for', () => {
    expect(scopeOf(users.provinceAnalyst)?.name).toBe('Overijssel');
    expect(scopeOf(users.municipalityOfficer)?.name).toBe('Amsterdam');
    expect(scopeOf(users.admin)).toBeNull();
  });
});

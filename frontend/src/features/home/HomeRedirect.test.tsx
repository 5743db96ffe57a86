import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render';
import { mockApi } from '../../test/mockApi';
import { mra, regions, users } from '../../test/fixtures';

const amsterdam = {
  code: 'GM0363',
  name: 'Amsterdam',
  province: { code: 'PV27', name: 'Noord-Holland' },
  note: null,
  inhabitants: null,
  memberships: [],
};

function mockBackend(me: (typeof users)[keyof typeof users]) {
  return mockApi({
    'GET /api/v1/me': me,
    'GET /api/v1/regions': regions,
    'GET /api/v1/regions/MRA': mra,
    'GET /api/v1/municipalities/GM0363': amsterdam,
    'GET /api/v1/my-work': { items: [], lateAnalyses: [], feed: [], tracksVisits: false, lastVisitAt: null },
  });
}

describe('home redirect and navigation by role', () => {
  it.each([
    ['admin', '/regios'],
    ['provinceAnalyst', '/regios'],
    ['regionManager', '/regios/MRA'],
    ['municipalityOfficer', '/gemeenten/GM0363'],
  ] as const)('sends the %s from / to Mijn werk, which links its former start page %s', async (user, path) => {
    mockBackend(users[user]);
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Mijn werk' });
    expect(screen.getByTestId('location')).toHaveTextContent('/mijn-werk');
    expect(within(screen.getByTestId('my-work-intro')).getByRole('link')).toHaveAttribute('href', path);
    const nav = screen.getByRole('navigation', { name: 'Hoofdnavigatie' });
    expect(within(nav).getAllByRole('link')[0]).toHaveAttribute('href', path);
  });

  it('shows a municipality officer their municipality and no region management', async () => {
    mockBackend(users.municipalityOfficer);
    renderApp('/gemeenten/GM0363');
    expect(await screen.findByRole('heading', { level: 1, name: 'Amsterdam' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Hoofdnavigatie' });
    const links = within(nav).getAllByRole('link');
    const year = new Date().getFullYear();
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/gemeenten/GM0363',
      `/gemeenten/GM0363/vraaganalyse/${year}`,
      '/regios/MRA/verdeling',
      '/regios/MRA/urgentie',
      '/regios/MRA/woonzorgvisie',
    ]);
    expect(within(nav).getByRole('link', { name: 'Vraaganalyse' })).toBeInTheDocument();
    // the region's adopted allocation (its own target) and urgency scheme (its deviations), not the region's management
    expect(within(nav).getByRole('link', { name: 'Verdeling' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Urgentie' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: "Regio's" })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Dashboard' })).not.toBeInTheDocument();
  });

  it('shows the user, the role in Dutch and the scope in the header', async () => {
    mockBackend(users.regionManager);
    renderApp('/regios/MRA');
    await screen.findByRole('heading', { level: 1, name: 'Metropoolregio Amsterdam' });
    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Programmamanager MRA')).toBeInTheDocument();
    expect(within(banner).getByTestId('current-role')).toHaveTextContent('regio programmamanager');
    expect(within(banner).getByTestId('current-scope')).toHaveTextContent('Metropoolregio Amsterdam');
    expect(within(banner).getByRole('button', { name: 'Uitloggen' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Hoofdnavigatie' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Mijn regio',
      'Vraaganalyses',
      'Aandachtsgroepen',
      'Verdeling',
      'Urgentie',
      'Woonzorgvisie',
      'Dashboard',
    ]);
  });

  it('sends a visitor without tokens to the login page', async () => {
    renderApp('/regios', { signedIn: false });
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/login');
  });
});

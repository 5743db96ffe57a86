import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mra, users } from '../../test/fixtures';
import { mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';

const rowOf = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;

describe('region overview', () => {
  it('lists the municipalities with inhabitants and dates in Dutch format', async () => {
    mockApi({ 'GET /api/v1/me': users.regionManager, 'GET /api/v1/regions/MRA': mra });
    renderApp('/regios/MRA');

    const table = await screen.findByRole('table', { name: 'Gemeenten in Metropoolregio Amsterdam' });
    expect(within(table).getByRole('columnheader', { name: 'Deelregio' })).toBeInTheDocument();

    const amsterdam = within(rowOf('Amsterdam'));
    expect(amsterdam.getByText('931.298')).toBeInTheDocument();
    expect(amsterdam.getByText('1-1-2024')).toBeInTheDocument();
    expect(amsterdam.getByText('GM0363')).toBeInTheDocument();
    expect(amsterdam.getByText('geverifieerd')).toBeInTheDocument();
    expect(amsterdam.getByText('sinds 1-1-2017')).toBeInTheDocument();
    expect(amsterdam.getByRole('link', { name: 'Amsterdam' })).toHaveAttribute('href', '/gemeenten/GM0363');
  });

  it('flags approximate inhabitants and unconfirmed memberships with an explanation', async () => {
    mockApi({ 'GET /api/v1/me': users.regionManager, 'GET /api/v1/regions/MRA': mra });
    renderApp('/regios/MRA');

    await screen.findByRole('table');
    const diemen = within(rowOf('Diemen'));
    expect(diemen.getByText('32.000')).toBeInTheDocument();
    expect(diemen.getByText('Amstelland-Meerlanden')).toBeInTheDocument();
    const approximate = diemen.getByText('benaderd');
    expect(approximate).toHaveAccessibleDescription(/schatting.*CBS/);
    expect(diemen.getByText('te bevestigen')).toBeInTheDocument();
    expect(diemen.getByText('Deelregio nog af te stemmen')).toBeInTheDocument();
  });

  it('marks a former member and counts only current members', async () => {
    mockApi({ 'GET /api/v1/me': users.regionManager, 'GET /api/v1/regions/MRA': mra });
    renderApp('/regios/MRA');

    await screen.findByRole('table');
    const montferland = rowOf('Montferland');
    expect(montferland).toHaveAttribute('data-former', 'true');
    expect(within(montferland).getByText('tot 31-12-2024')).toBeInTheDocument();
    expect(within(montferland).getByText('voormalig lid')).toBeInTheDocument();
    expect(screen.getByTestId('member-count')).toHaveTextContent('2 deelnemende gemeenten');
  });

  it('follows the language switch to English number and date formats', async () => {
    mockApi({ 'GET /api/v1/me': users.regionManager, 'GET /api/v1/regions/MRA': mra });
    renderApp('/regios/MRA');
    await screen.findByRole('table');

    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(within(rowOf('Amsterdam')).getByText('931,298')).toBeInTheDocument();
    expect(within(rowOf('Amsterdam')).getByText('verified')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('links to the demand analyses of this year, the target groups, the allocation, its indicators and the urgency scheme', async () => {
    mockApi({ 'GET /api/v1/me': users.provinceAnalyst, 'GET /api/v1/regions/MRA': mra });
    renderApp('/regios/MRA');
    const links = within(await screen.findByRole('navigation', { name: 'Werk in deze regio' }));
    const year = new Date().getFullYear();
    expect(links.getByRole('link', { name: `Vraaganalyses ${year}` })).toHaveAttribute('href', `/regios/MRA/vraaganalyses/${year}`);
    expect(links.getByRole('link', { name: 'Aandachtsgroepen' })).toHaveAttribute('href', '/regios/MRA/aandachtsgroepen');
    expect(links.getByRole('link', { name: 'Verdeling (fair share)' })).toHaveAttribute('href', '/regios/MRA/verdeling');
    expect(links.getByRole('link', { name: 'Indicatoren voor de verdeling' })).toHaveAttribute('href', '/regios/MRA/indicatoren');
    expect(links.getByRole('link', { name: 'Urgentieregeling' })).toHaveAttribute('href', '/regios/MRA/urgentie');
  });

  it('shows a clear message instead of data when the region is not visible', async () => {
    mockApi({
      'GET /api/v1/me': users.municipalityOfficer,
      'GET /api/v1/regions/ENS': () => problem(404, 'NOT_FOUND', 'Regio niet gevonden'),
    });
    renderApp('/regios/ENS');
    expect(await screen.findByRole('heading', { level: 1, name: 'Niet gevonden of geen toegang' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows a clear message on 403', async () => {
    mockApi({
      'GET /api/v1/me': users.provinceAnalyst,
      'GET /api/v1/regions/MRA': () => problem(403, 'FORBIDDEN', 'Geen toegang'),
    });
    renderApp('/regios/MRA');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
  });
});

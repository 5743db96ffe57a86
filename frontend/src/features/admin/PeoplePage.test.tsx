import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { json, mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { invited, organisations, person } from './fixtures';

describe('people list', () => {
  it('is reached from the navigation, lists people with status and memberships, and filters through the server', async () => {
    const queries: string[] = [];
    const fetchMock = mockApi({
      'GET /api/v1/me': users.admin,
      'GET /api/v1/regions': [],
      'GET /api/v1/admin/organisations': { items: organisations, total: 2 },
      'GET /api/v1/admin/people': () => json({ items: [person, invited], total: 2 }),
    });
    renderApp('/');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Beheer' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Personen' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: '2 personen' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Actief, tijdelijk geblokkeerd');
    expect(rows[0]).toHaveTextContent('Gemeente Amsterdam (gemeente medewerker)');
    expect(rows[1]).toHaveTextContent('Uitgenodigd');
    expect(rows[1]).toHaveTextContent('nog nooit');
    expect(within(rows[0]!).getByRole('link', { name: 'Beleidsmedewerker Amsterdam' })).toHaveAttribute('href', '/beheer/personen/7');

    await user.type(screen.getByLabelText('Naam of e-mailadres'), 'amster');
    await user.selectOptions(screen.getByLabelText('Status'), 'INVITED');
    await user.selectOptions(screen.getByLabelText('Organisatie'), '5');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    await screen.findByTestId('location');
    await vi.waitFor(() => {
      for (const [input] of fetchMock.mock.calls) if (String(input).startsWith('/api/v1/admin/people?')) queries.push(String(input));
      expect(queries.some((q) => q.includes('q=amster') && q.includes('status=INVITED') && q.includes('organisationId=5'))).toBe(true);
    });
    expect(screen.getByTestId('location').dataset.search).toContain('status=INVITED');
  });

  it('is not in the navigation of a programme manager who does not manage people', async () => {
    mockApi({ 'GET /api/v1/me': users.regionManager, 'GET /api/v1/regions/MRA': problemFree });
    renderApp('/wachtwoord/wijzigen');
    const nav = await screen.findByRole('navigation', { name: 'Hoofdnavigatie' });
    expect(within(nav).queryByRole('link', { name: 'Beheer' })).not.toBeInTheDocument();
  });
});

const problemFree = { code: 'MRA', name: 'Metropoolregio Amsterdam', subregions: [], municipalities: [] };

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { overview, suppressedTotals, totals } from './fixtures';

const routes = {
  'GET /api/v1/demand/regions/MRA/years/2026': overview,
  'GET /api/v1/demand/regions/MRA/years/2026/totals': totals,
};

const rowOf = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;

describe('region demand overview', () => {
  it('shows every municipality with its status badge, including not started and overdue', async () => {
    mockApi({ 'GET /api/v1/me': users.regionManager, ...routes });
    renderApp('/regios/MRA/vraaganalyses/2026');
    const table = await screen.findByTestId('overview-table');

    expect(within(rowOf('Amsterdam')).getByText('Ingediend')).toBeInTheDocument();
    expect(within(rowOf('Amstelveen')).getByText('Vastgesteld')).toBeInTheDocument();
    expect(within(rowOf('Haarlemmermeer')).getByText('Concept')).toBeInTheDocument();
    const diemen = within(rowOf('Diemen'));
    expect(diemen.getByText('Niet gestart')).toBeInTheDocument();
    expect(diemen.getByText('Te laat')).toBeInTheDocument();
    expect(within(rowOf('Aalsmeer')).getByText('Teruggestuurd')).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Diemen' })).toHaveAttribute('href', '/gemeenten/GM0384/vraaganalyse/2026');
    expect(within(rowOf('Amsterdam')).getByText('Amsterdam', { selector: 'td' })).toBeInTheDocument();

    const counts = screen.getByTestId('status-counts');
    const count = (status: string) => counts.querySelector(`[data-status="${status}"] .tp-counts__number`)?.textContent;
    expect([count('NOT_STARTED'), count('CONCEPT'), count('SUBMITTED'), count('RETURNED'), count('ADOPTED'), count('OVERDUE')]).toEqual([
      '1', '1', '1', '1', '1', '2',
    ]);
    expect(screen.getByTestId('deadline')).toHaveTextContent('uiterlijk 1-3-2026');
    expect(screen.getByRole('link', { name: 'Regionale vraaganalyse openen' })).toHaveAttribute('href', '/vraaganalyses/20');
  });

  it('shows the totals in Dutch number format, per region and per subregion, with regional facilities apart', async () => {
    mockApi({ 'GET /api/v1/me': users.provinceAnalyst, ...routes });
    const user = userEvent.setup();
    renderApp('/regios/MRA/vraaganalyses/2026');
    const table = await screen.findByTestId('totals-table');
    const row = within(table).getByRole('rowheader', { name: 'Dakloze en thuisloze mensen' }).closest('tr')!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1.250', '1,35', '300', '0,32', '275', '0,30', '40', '10', '8']);
    expect(screen.getByText('Op basis van de vastgestelde vraaganalyses van 1 van de 30 gemeenten.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Gebied'), 'Amstelland-Meerlanden');
    // a deelregio's totals say on how many of its municipalities they rest (issue 15)
    expect(screen.getByTestId('totals-area-basis')).toHaveTextContent('Deze totalen zijn de som van 1 van de 6 gemeenten van de deelregio');
    const sub = within(screen.getByTestId('totals-table')).getByRole('rowheader', { name: 'Dakloze en thuisloze mensen' }).closest('tr')!;
    expect(within(sub).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1.250', '5,40', '300', '1,30', '275', '1,19']);
    expect(screen.queryByRole('columnheader', { name: 'Regionale voorzieningen' })).not.toBeInTheDocument();
  });

  it('lets the programme manager change the deadline, and nobody else', async () => {
    let saved: unknown;
    mockApi({
      'GET /api/v1/me': users.regionManager,
      ...routes,
      'GET /api/v1/demand/regions/MRA/years/2026': { ...overview, allowedActions: ['SET_DEADLINE', 'START_REGIONAL'] },
      'PUT /api/v1/regions/MRA/demand-deadlines/2026': ({ body }) => {
        saved = body;
        return json(body);
      },
    });
    const user = userEvent.setup();
    renderApp('/regios/MRA/vraaganalyses/2026');
    const field = await screen.findByLabelText('Deadline wijzigen');
    await user.clear(field);
    await user.type(field, '2026-04-15');
    await user.click(screen.getByRole('button', { name: 'Deadline opslaan' }));
    await waitFor(() => expect(saved).toEqual({ deadline: '2026-04-15', version: 2 }));
    expect(await screen.findByText('De deadline is opgeslagen.')).toBeInTheDocument();
  });

  it('sends the deadline with the version it was read at, and says so when someone else changed it meanwhile', async () => {
    mockApi({
      'GET /api/v1/me': users.regionManager,
      ...routes,
      'GET /api/v1/demand/regions/MRA/years/2026': { ...overview, allowedActions: ['SET_DEADLINE', 'START_REGIONAL'] },
      'PUT /api/v1/regions/MRA/demand-deadlines/2026': () => problem(409, 'VERSION_CONFLICT', 'Verouderd'),
    });
    const user = userEvent.setup();
    renderApp('/regios/MRA/vraaganalyses/2026');
    const field = await screen.findByLabelText('Deadline wijzigen');
    await user.clear(field);
    await user.type(field, '2026-04-15');
    await user.click(screen.getByRole('button', { name: 'Deadline opslaan' }));
    expect(await screen.findByText(/Iemand anders heeft de deadline intussen gewijzigd/)).toBeInTheDocument();
    expect(screen.queryByText('De deadline is opgeslagen.')).not.toBeInTheDocument();
  });

  it('shows a total that would give a neighbour away as not shown, never as 0, and says why', async () => {
    mockApi({ 'GET /api/v1/me': users.provinceAnalyst, ...routes, 'GET /api/v1/demand/regions/MRA/years/2026/totals': suppressedTotals });
    const user = userEvent.setup();
    renderApp('/regios/MRA/vraaganalyses/2026');
    await screen.findByTestId('totals-table');
    expect(screen.getByTestId('totals-suppressed')).toHaveTextContent('minder dan 2 andere gemeenten');
    await user.selectOptions(screen.getByLabelText('Gebied'), 'Almere-Lelystad');
    const table = screen.getByTestId('totals-table');
    const row = within(table).getByRole('rowheader', { name: 'Dakloze en thuisloze mensen' }).closest('tr')!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(Array(6).fill('niet getoond'));
    expect(within(table).getByRole('rowheader', { name: 'Totaal' }).closest('tr')!.textContent).not.toMatch(/\b0\b/);
  });

  it('shows the deadline read-only to a province analyst', async () => {
    mockApi({ 'GET /api/v1/me': users.provinceAnalyst, ...routes });
    renderApp('/regios/MRA/vraaganalyses/2026');
    await screen.findByTestId('overview-table');
    expect(screen.queryByLabelText('Deadline wijzigen')).not.toBeInTheDocument();
    expect(screen.getByTestId('deadline')).toHaveTextContent('1-3-2026');
  });
});

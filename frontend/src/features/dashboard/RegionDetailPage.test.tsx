import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { ensMunicipalities, filters } from './fixtures';
import './pages';

vi.mock('../../shared/charts/EChart');

const routes = {
  'GET /api/v1/dashboard/filters': filters,
  'GET /api/v1/dashboard/regions/ENS/municipalities': ensMunicipalities,
};
const calls = (fetchMock: ReturnType<typeof mockApi>) => fetchMock.mock.calls.map(([input]) => String(input));
const rowOf = (name: string) =>
  within(screen.getByTestId('municipalities-table')).getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr')!;

beforeEach(() => {
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:test'), revokeObjectURL: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});

describe("a region's municipalities on the dashboard", () => {
  it('shows every municipality, the rest of the region apart, and a total row', async () => {
    const fetchMock = mockApi({ 'GET /api/v1/me': users.provinceAnalyst, ...routes });
    renderApp('/dashboard/regios/ENS?jaar=2025&aandachtsgroep=uitstroom_bw&provincie=PV23');
    await screen.findByTestId('municipalities-table');
    expect(calls(fetchMock)).toContain('/api/v1/dashboard/regions/ENS/municipalities?year=2025&targetGroup=uitstroom_bw');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Gemeenten van Regio Enschede');
    const enschede = rowOf('Enschede');
    expect(enschede).toHaveAttribute('data-kind', 'MUNICIPALITY');
    // one municipality: its demand analysis and woonzorgvisie in a word
    expect(enschede.querySelector('[data-column="completeness"]')).toHaveTextContent('vastgesteld');
    expect(enschede.querySelector('[data-column="woonzorgvisie"]')).toHaveTextContent(/^vastgesteld$/);
    const rest = rowOf('Gemeenten buiten Overijssel');
    expect(rest).toHaveClass('tp-row--rest');
    expect(rest).toHaveTextContent('samen, zonder detail');
    expect(within(rest).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByTestId('total-row')).toHaveTextContent('Totaal292.012');
    // Hengelo's target and realisation are hidden
    const hengelo = rowOf('Hengelo');
    expect(hengelo.querySelector('[data-column="target"]')).toHaveTextContent('<5');
    expect(hengelo.querySelector('[data-column="realisedShare"]')).toHaveTextContent('–');
    expect(screen.getAllByTestId('suppression-note')[0]).toHaveTextContent('Aantallen van 1 tot 4 worden niet getoond (privacy)');
  });

  it('leads back to the regions view with the same filters', async () => {
    mockApi({ 'GET /api/v1/me': users.provinceAnalyst, ...routes });
    renderApp('/dashboard/regios/ENS?jaar=2025&aandachtsgroep=uitstroom_bw&provincie=PV23');
    const breadcrumb = await screen.findByRole('navigation', { name: 'Kruimelpad' });
    expect(within(breadcrumb).getByRole('link', { name: 'Dashboard' })).toHaveAttribute(
      'href',
      '/dashboard?jaar=2025&aandachtsgroep=uitstroom_bw&provincie=PV23',
    );
    expect(await within(breadcrumb).findByText('Regio Enschede')).toHaveAttribute('aria-current', 'page');
  });

  it('explains DETAIL_NOT_ALLOWED', async () => {
    mockApi({
      'GET /api/v1/me': users.provinceAnalyst,
      ...routes,
      'GET /api/v1/dashboard/regions/MRA/municipalities': () =>
        problem(403, 'DETAIL_NOT_ALLOWED', 'U mag de gemeenten van deze regio niet inzien.'),
    });
    renderApp('/dashboard/regios/MRA?jaar=2026&aandachtsgroep=alle');
    const message = await screen.findByTestId('detail-forbidden');
    expect(message).toHaveTextContent('U mag de cijfers per gemeente van deze regio niet inzien.');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Geen inzage in deze regio');
    expect(screen.getByRole('link', { name: "Terug naar de vergelijking van de regio's" })).toHaveAttribute('href', '/dashboard?jaar=2026&aandachtsgroep=alle');
    expect(screen.queryByTestId('municipalities-table')).not.toBeInTheDocument();
  });

  it('downloads the municipalities table with year and target group, and keeps a new year in the address', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/me': users.provinceAnalyst,
      ...routes,
      'GET /api/v1/dashboard/regions/ENS/municipalities.csv': () => new Response('Gemeente;Inwoners\r\n'),
    });
    const user = userEvent.setup();
    renderApp('/dashboard/regios/ENS?jaar=2025&aandachtsgroep=uitstroom_bw&provincie=PV23');
    await screen.findByTestId('municipalities-table');
    expect(within(screen.getByTestId('dashboard-filters')).queryByLabelText('Provincie')).not.toBeInTheDocument();
    await user.click(within(screen.getByRole('group', { name: 'Tabel van de gemeenten downloaden' })).getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(calls(fetchMock)).toContain('/api/v1/dashboard/regions/ENS/municipalities.csv?year=2025&targetGroup=uitstroom_bw'));

    await user.selectOptions(within(screen.getByTestId('dashboard-filters')).getByLabelText('Jaar'), '2024');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveAttribute('data-search', '?jaar=2024&aandachtsgroep=uitstroom_bw&provincie=PV23'));
    await waitFor(() => expect(calls(fetchMock)).toContain('/api/v1/dashboard/regions/ENS/municipalities?year=2024&targetGroup=uitstroom_bw'));
  });

  it('has the charts of the municipalities with their tables', async () => {
    mockApi({ 'GET /api/v1/me': users.provinceAnalyst, ...routes });
    renderApp('/dashboard/regios/ENS?jaar=2026&aandachtsgroep=alle');
    await screen.findByTestId('municipalities-table');
    const chart = screen.getByTestId('detail-per-thousand');
    const table = within(chart).getByRole('table', { hidden: true });
    // the rest row is not a municipality: it stays out of the charts
    expect(within(table).getAllByRole('rowheader', { hidden: true }).map((h) => h.textContent)).toEqual(['Enschede', 'Hengelo']);
  });
});

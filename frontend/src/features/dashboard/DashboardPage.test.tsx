import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { boundaries, filters, managerTable, mapValues, partialFilters, partialTable, regionsTable } from './fixtures';
import './pages';

vi.mock('../../shared/charts/EChart');

const routes = {
  'GET /api/v1/dashboard/filters': filters,
  'GET /api/v1/dashboard/regions': regionsTable,
  'GET /api/v1/dashboard/map': mapValues,
  'GET /api/v1/dashboard/boundaries': boundaries,
};

/** The URLs the page asked for, path and query. */
const calls = (fetchMock: ReturnType<typeof mockApi>) => fetchMock.mock.calls.map(([input]) => String(input));
const rowOf = (name: string) => within(screen.getByTestId('regions-table')).getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr')!;
const explanation =
  'Aantallen van 1 tot 4 worden niet getoond (privacy); een tweede cel kan verborgen zijn zodat het totaal ze niet verraadt. × : niet getoond omdat anders de cijfers van één gemeente terug te rekenen zijn.';

beforeEach(() => {
  // downloads: the blob URL and the click on the link are the browser's business
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:test'), revokeObjectURL: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});

describe('the dashboard', () => {
  it('asks for the filters in the address and shows them chosen', async () => {
    const fetchMock = mockApi({ 'GET /api/v1/me': users.provinceAnalyst, ...routes });
    renderApp('/dashboard?jaar=2025&aandachtsgroep=uitstroom_bw&provincie=PV23');
    await screen.findByTestId('regions-table');
    expect(calls(fetchMock)).toContain('/api/v1/dashboard/regions?year=2025&targetGroup=uitstroom_bw&province=PV23');
    expect(calls(fetchMock)).toContain('/api/v1/dashboard/map?year=2025&targetGroup=uitstroom_bw');
    const form = screen.getByTestId('dashboard-filters');
    expect(within(form).getByLabelText('Jaar')).toHaveValue('2025');
    expect(within(form).getByLabelText('Aandachtsgroep')).toHaveValue('uitstroom_bw');
    expect(within(form).getByLabelText('Provincie')).toHaveValue('PV23');
    expect(screen.getByTestId('selection-status')).toHaveTextContent('2025 · Uitstroom beschermd wonen · Overijssel');
  });

  it('starts on the default year and all target groups, and keeps a change in the address', async () => {
    const fetchMock = mockApi({ 'GET /api/v1/me': users.provinceAnalyst, ...routes });
    const user = userEvent.setup();
    renderApp('/dashboard');
    await screen.findByTestId('regions-table');
    expect(calls(fetchMock)).toContain('/api/v1/dashboard/regions?year=2026&targetGroup=alle');
    const form = screen.getByTestId('dashboard-filters');
    expect(within(form).getByLabelText('Aandachtsgroep')).toHaveDisplayValue('Alle aandachtsgroepen');
    expect(within(form).getByLabelText('Provincie')).toHaveDisplayValue('Alle provincies');

    await user.selectOptions(within(form).getByLabelText('Jaar'), '2025');
    await user.selectOptions(within(form).getByLabelText('Aandachtsgroep'), 'Vergunninghouders');
    await user.selectOptions(within(form).getByLabelText('Provincie'), 'Overijssel');
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveAttribute('data-search', '?jaar=2025&aandachtsgroep=vergunninghouders&provincie=PV23'),
    );
    await waitFor(() => expect(calls(fetchMock)).toContain('/api/v1/dashboard/regions?year=2025&targetGroup=vergunninghouders&province=PV23'));
    // the drill-down link carries the same filters
    await waitFor(() =>
      expect(within(rowOf('Regio Enschede')).getByRole('link')).toHaveAttribute(
        'href',
        '/dashboard/regios/ENS?jaar=2025&aandachtsgroep=vergunninghouders&provincie=PV23',
      ),
    );
  });

  it('shows the key figures of the total row', async () => {
    mockApi({ 'GET /api/v1/me': users.provinceAnalyst, ...routes });
    renderApp('/dashboard');
    const tiles = await screen.findByTestId('key-figures');
    expect(within(tiles).getByText('Benodigde woningen per jaar').nextElementSibling).toHaveTextContent('4.292');
    expect(tiles).toHaveTextContent('1,23 per 1.000 inwoners');
    expect(tiles).toHaveTextContent('van taakstelling 2.240 (73,8%)');
    expect(tiles).toHaveTextContent('26 van 48');
  });

  it('shows the columns of a region, with urgency, completeness and woonzorgvisies', async () => {
    mockApi({ 'GET /api/v1/me': users.provinceAnalyst, ...routes });
    renderApp('/dashboard');
    await screen.findByTestId('regions-table');
    const mra = rowOf('Metropoolregio Amsterdam');
    const cellOf = (tr: HTMLElement, column: string) => tr.querySelector(`[data-column="${column}"]`)!;
    expect(cellOf(mra, 'moves')).toHaveTextContent('3.100');
    expect(cellOf(mra, 'perThousand')).toHaveTextContent('1,24');
    expect(cellOf(mra, 'realisedShare')).toHaveTextContent('72,5%');
    expect(cellOf(mra, 'completeness')).toHaveTextContent('30 van 30');
    expect(cellOf(mra, 'urgency')).toHaveTextContent('capaciteit 900,0');
    expect(within(mra).queryByTestId('shortfall-badge')).not.toBeInTheDocument();
    expect(cellOf(mra, 'woonzorgvisie')).toHaveTextContent('3 · 1 · 2 · 2');
    expect(cellOf(mra, 'woonzorgvisie')).toHaveTextContent('3 vastgesteld, 1 in beoordeling, 2 concept, 2 geen');
    expect(screen.getByTestId('woonzorgvisie-legend')).toHaveTextContent('Woonzorgvisies: vastgesteld · in beoordeling · concept · geen');
    const ens = rowOf('Regio Enschede');
    expect(within(ens).getByTestId('shortfall-badge')).toHaveTextContent('tekort');
    expect(cellOf(ens, 'urgency')).toHaveTextContent('saldo −12,5');
    expect(cellOf(rowOf('Regio Groningen'), 'urgency')).toHaveTextContent('geen vastgestelde regeling');
    expect(within(ens).getByTestId('sparkline')).toHaveAccessibleName('Benodigde woningen per jaar: 2024: 3, 2025: <5, 2026: 12');
    expect(screen.getByTestId('total-row')).toHaveTextContent('Totaal');
  });

  it('shows a hidden count as "<5" with the explanation', async () => {
    mockApi({ 'GET /api/v1/me': users.provinceAnalyst, ...routes });
    renderApp('/dashboard');
    await screen.findByTestId('regions-table');
    const stock = rowOf('Regio Enschede').querySelector('[data-column="stock"]')!;
    const mark = stock.querySelector('[data-suppressed="true"]')!;
    expect(mark).toHaveTextContent('<5');
    expect(mark).toHaveAttribute('title', explanation);
    expect(stock).toHaveTextContent('(niet getoond vanwege privacy)');
    expect(within(screen.getByTestId('regions-table').parentElement!).getByTestId('suppression-note')).toHaveTextContent(explanation);
  });

  it('names every region to a programme manager but links only its own; a withheld count shows ×', async () => {
    mockApi({ 'GET /api/v1/me': users.regionManager, ...routes, 'GET /api/v1/dashboard/regions': managerTable });
    renderApp('/dashboard');
    await screen.findByTestId('regions-table');
    const ens = rowOf('Regio Enschede');
    expect(within(ens).queryByRole('link')).not.toBeInTheDocument();
    expect(within(ens).getAllByText('×').length).toBeGreaterThanOrEqual(3);
    expect(screen.queryByText(/Regio A/)).not.toBeInTheDocument();
    expect(within(rowOf('Metropoolregio Amsterdam')).getByRole('link', { name: 'Metropoolregio Amsterdam' })).toHaveAttribute(
      'href',
      '/dashboard/regios/MRA?jaar=2026&aandachtsgroep=alle',
    );
  });

  it('does not link a region without detail', async () => {
    mockApi({ 'GET /api/v1/me': users.provinceAnalyst, ...routes });
    renderApp('/dashboard');
    await screen.findByTestId('regions-table');
    expect(within(rowOf('Regio Groningen')).queryByRole('link')).not.toBeInTheDocument();
    expect(within(rowOf('Regio Enschede')).getByRole('link', { name: 'Regio Enschede' })).toBeInTheDocument();
  });

  it('gives every chart and the map a table with the same figures', async () => {
    mockApi({ 'GET /api/v1/me': users.provinceAnalyst, ...routes });
    renderApp('/dashboard');
    await screen.findByTestId('regions-table');

    const perThousand = screen.getByTestId('per-thousand');
    expect(within(perThousand).getByRole('img', { name: /Staafdiagram: benodigde woningen/ })).toBeInTheDocument();
    expect(within(perThousand).getByText('Tabel bij deze grafiek').tagName).toBe('SUMMARY');
    const perThousandTable = within(perThousand).getByRole('table', { hidden: true });
    expect(within(perThousandTable).getByRole('rowheader', { name: 'Metropoolregio Amsterdam', hidden: true }).closest('tr')).toHaveTextContent('3.1001,24');

    const target = within(screen.getByTestId('target-realised')).getByRole('table', { hidden: true });
    expect(within(target).getAllByRole('row', { hidden: true })).toHaveLength(4);

    const trend = screen.getByTestId('trend');
    const option = JSON.parse(within(trend).getByRole('img').getAttribute('data-option')!);
    expect(option.series).toHaveLength(3);
    expect(option.series[0].data).toEqual([{ value: 3 }, { value: null }, { value: 12 }]);
    const trendTable = within(trend).getByRole('table', { hidden: true });
    expect(within(trendTable).getAllByRole('columnheader', { hidden: true }).map((h) => h.textContent)).toEqual(['Regio', '2024', '2025', '2026']);

    const map = screen.getByTestId('dashboard-map');
    await within(map).findByRole('img', { name: /Kaart van de gemeenten/ });
    const mapOption = JSON.parse(within(map).getByRole('img').getAttribute('data-option')!);
    expect(mapOption.series[0].data).toEqual([
      { name: 'GM0153', value: 1.4 },
      { name: 'GM0014', value: 1.17, itemStyle: { borderColor: '#8c8c8c', borderWidth: 0.6 } },
      { name: 'GM0363', value: null, itemStyle: { borderColor: '#8c8c8c', borderWidth: 0.6 } },
    ]);
    expect(within(map).getByText('Tabel bij deze kaart').tagName).toBe('SUMMARY');
    const mapTable = within(map).getByTestId('map-table');
    expect(within(mapTable).getByRole('rowheader', { name: 'Enschede', hidden: true }).closest('tr')).toHaveTextContent('EnschedeRegio Enschede1,40eigen cijfer');
    expect(within(mapTable).getByRole('rowheader', { name: 'Groningen', hidden: true }).closest('tr')).toHaveTextContent('regiogemiddelde');
    expect(within(mapTable).getByRole('rowheader', { name: 'Amsterdam', hidden: true }).closest('tr')).toHaveTextContent('–');
  });

  it('says on how many municipalities each figure rests and marks an incomplete year (issue 15)', async () => {
    mockApi({ 'GET /api/v1/me': users.provinceAnalyst, ...routes, 'GET /api/v1/dashboard/filters': partialFilters, 'GET /api/v1/dashboard/regions': partialTable });
    renderApp('/dashboard?jaar=2027');
    const tiles = await screen.findByTestId('key-figures');
    // the key figure is not "273 homes" on its own: it says it rests on 1 of 48 and is greyed and hatched
    const lines = within(tiles).getAllByTestId('completeness-line');
    expect(lines.length).toBe(3);
    for (const line of lines) expect(line).toHaveTextContent('op basis van 1 van 48 gemeenten');
    const moves = within(tiles).getByText('Benodigde woningen per jaar').closest('div')!;
    expect(moves).toHaveClass('tp-incomplete--low');
    expect(moves).toHaveTextContent('– per 1.000 inwoners');
    // no "genoeg" over unknown demand
    expect(within(tiles).getByTestId('urgency-tile')).toHaveTextContent('niet te beoordelen: op basis van 1 van 48 gemeenten');
    expect(within(tiles).getByTestId('urgency-tile')).not.toHaveTextContent('genoeg');
    // the year chooser and a note say which year is complete
    const year = within(screen.getByTestId('dashboard-filters')).getByLabelText('Jaar');
    expect(within(year).getByRole('option', { name: '2027 (1 van 48 gemeenten)' })).toBeInTheDocument();
    expect(within(year).getByRole('option', { name: '2026 (volledig)' })).toBeInTheDocument();
    expect(screen.getByTestId('year-note')).toHaveTextContent('Dit jaar is onvolledig: op basis van 1 van 48 gemeenten. Het meest volledige jaar is 2026.');
    // in the table: MRA's demand is marked, ENS without any analysis is unknown, not 0
    const mra = rowOf('Metropoolregio Amsterdam');
    expect(mra).toHaveAttribute('data-completeness', 'LOW');
    expect(within(mra).getAllByTestId('incomplete-mark').length).toBeGreaterThan(0);
    expect(mra.querySelector('[data-column="moves"]')).toHaveClass('tp-incomplete--low');
    expect(within(mra).getByTestId('urgency-unknown')).toHaveTextContent('niet te beoordelen (op basis van 1 van 30 gemeenten)');
    expect(rowOf('Regio Enschede').querySelector('[data-column="moves"]')).toHaveTextContent('–');
    expect(screen.getAllByTestId('incomplete-note')[0]).toHaveTextContent('onbekend, niet nul');
    // the trend: the partial year is an open, hatched point and a marked cell, not a drop
    const trend = screen.getByTestId('trend');
    const option = JSON.parse(within(trend).getByRole('img').getAttribute('data-option')!);
    const mraSeries = option.series.find((series: { name: string }) => series.name === 'Metropoolregio Amsterdam');
    expect(mraSeries.data[1]).toEqual({ value: 6188 });
    expect(mraSeries.data[2]).toMatchObject({ value: 273, symbol: 'emptyCircle', itemStyle: { color: '#9a9a9a' } });
    expect(mraSeries.data[2].itemStyle.decal).toBeDefined();
    const cell2027 = within(trend).getByRole('rowheader', { name: 'Metropoolregio Amsterdam', hidden: true }).closest('tr')!.querySelector('[data-year="2027"]');
    expect(cell2027).toHaveClass('tp-incomplete--low');
    expect(cell2027).toHaveTextContent('273†');
  });

  it('draws the map for the regions of the table, with unknown municipalities hatched and a legend beside it', async () => {
    mockApi({
      'GET /api/v1/me': users.provinceAnalyst,
      ...routes,
      'GET /api/v1/dashboard/filters': partialFilters,
      'GET /api/v1/dashboard/regions': partialTable,
      'GET /api/v1/dashboard/map': {
        ...mapValues,
        values: [
          { ...mapValues.values[0]!, movesPerThousand: null, text: 'onbekend (geen vastgestelde vraaganalyse)', completeness: { known: 0, expected: 1, level: 'NONE', text: 'onbekend' } },
          ...mapValues.values.slice(1),
        ],
      },
    });
    const user = userEvent.setup();
    renderApp('/dashboard?jaar=2027&provincie=PV23');
    const map = await screen.findByTestId('dashboard-map');
    await within(map).findByRole('img', { name: /Kaart van de gemeenten/ });
    const option = JSON.parse(within(map).getByRole('img').getAttribute('data-option')!);
    // Groningen's region is not in the table: not on the map
    expect(option.series[0].data.map((d: { name: string }) => d.name)).toEqual(['GM0153', 'GM0363']);
    const enschede = option.series[0].data[0];
    expect(enschede.value).toBeNull();
    expect(enschede.itemStyle.areaColor).toBe('#bdbdbd');
    expect(enschede.itemStyle.decal).toBeDefined();
    // names show on hover (emphasis label) and the legend stands beside the map
    expect(option.series[0].emphasis.label.show).toBe(true);
    expect(option.visualMap.show).toBe(false);
    const legend = within(map).getByTestId('map-legend');
    expect(legend).toHaveTextContent('onbekend: geen vastgestelde vraaganalyse');
    expect(within(map).getByTestId('map-table')).toHaveTextContent('EnschedeRegio Enschedeonbekend');
    // by keyboard: choose a region, point out a municipality; its name and value are read out
    await user.selectOptions(within(legend).getByLabelText('Regio op de kaart'), 'Regio Enschede');
    await waitFor(() => expect(JSON.parse(within(map).getByRole('img').getAttribute('data-option')!).series[0].data).toHaveLength(1));
    await user.selectOptions(within(legend).getByLabelText('Gemeente aanwijzen op de kaart'), 'Enschede');
    expect(within(legend).getByTestId('map-pointed')).toHaveTextContent('Enschede (Regio Enschede): onbekend (geen vastgestelde vraaganalyse)');
  });

  it('downloads the tables and the report with the filters chosen', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/me': users.provinceAnalyst,
      ...routes,
      'GET /api/v1/dashboard/regions.csv': () => new Response('Regio;Inwoners\r\n', { headers: { 'Content-Type': 'text/csv' } }),
      'GET /api/v1/dashboard/regions.xlsx': () => new Response('xlsx'),
      'GET /api/v1/dashboard/report.pdf': () => new Response('%PDF-1.4', { headers: { 'Content-Type': 'application/pdf' } }),
    });
    const user = userEvent.setup();
    renderApp('/dashboard?jaar=2025&aandachtsgroep=uitstroom_bw&provincie=PV23');
    await screen.findByTestId('regions-table');
    const exports = screen.getByRole('group', { name: "Tabel van de regio's downloaden" });
    await user.click(within(exports).getByRole('button', { name: 'CSV' }));
    await user.click(within(exports).getByRole('button', { name: 'Excel (XLSX)' }));
    await user.click(screen.getByRole('button', { name: 'Rapport (PDF)' }));
    await waitFor(() =>
      expect(calls(fetchMock)).toEqual(
        expect.arrayContaining([
          '/api/v1/dashboard/regions.csv?year=2025&targetGroup=uitstroom_bw&province=PV23',
          '/api/v1/dashboard/regions.xlsx?year=2025&targetGroup=uitstroom_bw&province=PV23',
          '/api/v1/dashboard/report.pdf?year=2025&targetGroup=uitstroom_bw&province=PV23',
        ]),
      ),
    );
    expect(screen.queryByText(/kon niet worden gedownload/)).not.toBeInTheDocument();
  });

  it("shows the API's words for filters it refuses", async () => {
    mockApi({
      'GET /api/v1/me': users.provinceAnalyst,
      ...routes,
      'GET /api/v1/dashboard/regions': () =>
        problem(400, 'VALIDATION_FAILED', 'De invoer is niet geldig.', {
          fields: [{ field: 'targetGroup', code: 'UNKNOWN_TARGET_GROUP', message: "Aandachtsgroep 'xyz' bestaat niet." }],
        }),
    });
    renderApp('/dashboard?aandachtsgroep=xyz');
    expect(await screen.findByTestId('filter-problem')).toHaveTextContent("Aandachtsgroep 'xyz' bestaat niet.");
    // the filters stay, so another choice can be made
    expect(screen.getByTestId('dashboard-filters')).toBeInTheDocument();
  });

  it('refuses a municipality officer', async () => {
    mockApi({
      'GET /api/v1/me': users.municipalityOfficer,
      ...routes,
      'GET /api/v1/dashboard/filters': () => problem(403, 'FORBIDDEN', 'Geen toegang'),
      'GET /api/v1/dashboard/regions': () => problem(403, 'FORBIDDEN', 'Geen toegang'),
    });
    renderApp('/dashboard');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    expect(screen.queryByTestId('regions-table')).not.toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Hoofdnavigatie' })).queryByRole('link', { name: 'Dashboard' })).not.toBeInTheDocument();
  });

  it('is in the navigation of a province analyst', async () => {
    mockApi({ 'GET /api/v1/me': users.provinceAnalyst, ...routes });
    renderApp('/dashboard');
    const link = await within(await screen.findByRole('navigation', { name: 'Hoofdnavigatie' })).findByRole('link', { name: 'Dashboard' });
    expect(link).toHaveAttribute('href', '/dashboard');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
  });
});

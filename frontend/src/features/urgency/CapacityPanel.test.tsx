import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mra, users } from '../../test/fixtures';
import { mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { capacity, mandatoryCategories, schemeForMunicipality, targetGroups } from './fixtures';
import './pages';

vi.mock('../../shared/charts/EChart');

const routes = {
  'GET /api/v1/me': users.municipalityOfficer,
  'GET /api/v1/regions/MRA': mra,
  'GET /api/v1/urgency/mandatory-categories': mandatoryCategories,
  'GET /api/v1/regions/MRA/target-groups': targetGroups,
  'GET /api/v1/urgency/schemes/4': schemeForMunicipality,
  'GET /api/v1/urgency/schemes/4/capacity': capacity,
};

/** The query strings of the capacity requests made so far. */
const capacityQueries = (fetchMock: ReturnType<typeof mockApi>) =>
  fetchMock.mock.calls
    .map(([input]) => new URL(String(input), 'http://localhost'))
    .filter((url) => url.pathname === '/api/v1/urgency/schemes/4/capacity')
    .map((url) => url.search);

describe('the capacity check', () => {
  it('asks for the current year with the stored shares, then tries another share without saving', async () => {
    const fetchMock = mockApi(routes);
    const year = new Date().getFullYear();
    renderApp('/urgentie/versies/4?tab=toets');
    await screen.findByTestId('capacity-table');
    expect(capacityQueries(fetchMock)).toEqual([`?year=${year}&lettingsFactor=1`]);
    expect(screen.getByText('Proberen zonder op te slaan: de regeling zelf verandert niet.')).toBeInTheDocument();

    // one slider per share quota for urgent categories: "Alle urgenten" (not "Regulier", not the PER_YEAR one)
    const slider = screen.getByRole('slider', { name: 'Aandeel voor ‘Alle urgenten’' });
    expect(slider).toHaveValue('30');
    expect(screen.queryByRole('slider', { name: 'Aandeel voor ‘Regulier’' })).not.toBeInTheDocument();
    fireEvent.change(slider, { target: { value: '40' } });
    fireEvent.change(screen.getByRole('slider', { name: 'Verhuringen ten opzichte van de laatst bekende' }), { target: { value: '110' } });
    await waitFor(() => expect(capacityQueries(fetchMock)).toHaveLength(2));
    expect(capacityQueries(fetchMock)[1]).toBe(`?year=${year}&lettingsFactor=1.1&quota.5=0.4`);
    expect(screen.getByTestId('factor-value')).toHaveTextContent('110%');

    // back to the scheme
    fireEvent.click(screen.getByRole('button', { name: 'Terug naar de regeling' }));
    expect(slider).toHaveValue('30');
    // that query was asked before: answered from the cache, no new request
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(capacityQueries(fetchMock)).toHaveLength(2);
  });

  it('debounces quick slider moves into one request', async () => {
    const fetchMock = mockApi(routes);
    renderApp('/urgentie/versies/4?tab=toets');
    await screen.findByTestId('capacity-table');
    const slider = screen.getByRole('slider', { name: 'Aandeel voor ‘Alle urgenten’' });
    for (const value of ['31', '32', '33', '34']) fireEvent.change(slider, { target: { value } });
    await waitFor(() => expect(capacityQueries(fetchMock)).toHaveLength(2));
    expect(capacityQueries(fetchMock)[1]).toContain('quota.5=0.34');
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(capacityQueries(fetchMock)).toHaveLength(2);
  });

  it('shows per municipality and for the region whether the norm is met, "nooit" and "blijft groeien" for a shortfall', async () => {
    mockApi(routes);
    renderApp('/urgentie/versies/4?tab=toets');
    const table = await screen.findByTestId('capacity-table');
    const row = (code: string) => table.querySelector<HTMLElement>(`tr[data-municipality="${code}"]`)!;
    const cells = (code: string) => within(row(code)).getAllByRole('cell').map((c) => c.textContent);

    expect(cells('GM0363')).toEqual(['7.900', '35% lokaal', '2.765,0', '600', '2.400', '+365,0 overschot', '1,6', '2,6norm 3,0', '✓ ja']);
    expect(within(row('GM0384')).getByTestId('years-cell')).toHaveTextContent('nooit');
    expect(within(row('GM0384')).getByTestId('wait-cell')).toHaveTextContent('blijft groeien');
    expect(within(row('GM0384')).getByTestId('balance-cell')).toHaveTextContent('-14,0 tekort');
    expect(within(row('GM0384')).getByTestId('balance-cell')).toHaveClass('tp-shortfall');
    expect(within(row('GM0384')).getByTestId('norm-cell')).toHaveTextContent('✗ nee');
    expect(within(row('MRA')).getByRole('rowheader')).toHaveTextContent('Metropoolregio Amsterdam (totaal)');
    expect(screen.getByTestId('quota-verdict')).toHaveTextContent('norm gehaald in de regio');
    expect(screen.getByTestId('capacity-missing')).toHaveTextContent('geen vastgestelde vraaganalyse 2026: Diemen');
    expect(screen.getByTestId('capacity-formulas')).toHaveTextContent('Saldo = capaciteit − nieuwe vraag');

    // the chart has the same figures as the table
    const chart = screen.getByTestId('capacity-chart-5');
    const option = JSON.parse(chart.getAttribute('data-option')!) as { yAxis: { data: string[] }; series: { data: number[] }[] };
    expect(option.yAxis.data).toEqual(['Diemen', 'Amsterdam']);
    expect(option.series[0]!.data).toEqual([81, 2765]);
    expect(option.series[1]!.data).toEqual([95, 2400]);
  });

  it('gives no ✓ over unknown demand: a municipality without an adopted analysis is unknown, the region not judged (issue 15)', async () => {
    const row = capacity.rows[0]!;
    const diemen = row.municipalities[1]!;
    const unknownDemand = {
      ...capacity,
      rows: [
        {
          ...row,
          municipalities: [
            row.municipalities[0]!,
            {
              ...diemen,
              outcome: { ...diemen.outcome, backlog: null, inflow: null, balance: null, yearsToClear: null, waitMonths: null, meetsNorm: null, result: 'UNKNOWN' as const },
              completeness: { known: 0, expected: 1, level: 'NONE' as const, text: 'onbekend: geen vastgestelde vraaganalyse' },
            },
          ],
          region: {
            ...row.region,
            outcome: { ...row.region.outcome, meetsNorm: null, result: 'UNKNOWN' as const },
            completeness: { known: 1, expected: 2, level: 'PARTIAL' as const, text: 'op basis van 1 van 2 gemeenten' },
          },
        },
      ],
    };
    mockApi({ ...routes, 'GET /api/v1/urgency/schemes/4/capacity': unknownDemand });
    renderApp('/urgentie/versies/4?tab=toets');
    const table = await screen.findByTestId('capacity-table');
    const diemenRow = table.querySelector<HTMLElement>('tr[data-municipality="GM0384"]')!;
    expect(diemenRow).toHaveAttribute('data-result', 'UNKNOWN');
    expect(within(diemenRow).getByTestId('balance-cell')).toHaveTextContent('onbekend');
    expect(within(diemenRow).getByTestId('norm-cell')).toHaveTextContent('? onbekend');
    expect(within(diemenRow).getByTestId('norm-cell')).not.toHaveTextContent('✓');
    const verdict = screen.getByTestId('quota-verdict');
    expect(verdict).toHaveTextContent('niet te beoordelen: vraag bekend van 1 van 2 gemeenten');
    expect(verdict).not.toHaveTextContent('✓');
    expect(verdict).not.toHaveTextContent('norm gehaald');
    // the chart leaves Diemen's unknown inflow out instead of drawing a 0
    const option = JSON.parse(screen.getByTestId('capacity-chart-5').getAttribute('data-option')!) as { series: { data: (number | null)[] }[] };
    expect(option.series[1]!.data).toEqual([null, 2400]);
  });

  it('does not let a regional ✓ hide a municipality that misses the norm', async () => {
    const row = capacity.rows[0]!;
    mockApi({
      ...routes,
      'GET /api/v1/urgency/schemes/4/capacity': {
        ...capacity,
        missing: [],
        rows: [{ ...row, region: { ...row.region, outcome: { ...row.region.outcome, result: 'NOT_MET_EVERYWHERE' as const } } }],
      },
    });
    renderApp('/urgentie/versies/4?tab=toets');
    const verdict = await screen.findByTestId('quota-verdict');
    expect(verdict).toHaveTextContent('✗ norm in de regio als geheel gehaald, niet in elke gemeente');
  });
});

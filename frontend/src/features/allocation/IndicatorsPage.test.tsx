import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import type { IndicatorTable } from './api/allocation';
import { managerRegion, readerRegion } from './fixtures';
import './pages';

vi.mock('../../shared/charts/EChart');

const table = (referenceDate: string): IndicatorTable => ({
  referenceDate,
  availableDates: ['2024-01-01', '2025-01-01'],
  indicators: ['inhabitants', 'lettings'],
  rows: [
    {
      municipality: { code: 'GM0363', name: 'Amsterdam' },
      values: {
        inhabitants: { value: referenceDate === '2025-01-01' ? '931298' : '918117', referenceDate, source: 'CBS 37230ned', status: 'VERIFIED' },
        lettings: { value: '7400', referenceDate: '2024-01-01', source: 'Corporaties', status: 'APPROXIMATE' },
      },
    },
    { municipality: { code: 'GM0384', name: 'Diemen' }, values: { inhabitants: { value: '32000', referenceDate, source: 'Demo', status: 'DEMO' } } },
  ],
});

const cells = (name: string) =>
  within(within(screen.getByTestId('indicators-table')).getByRole('rowheader', { name }).closest('tr')!).getAllByRole('cell');

describe('the indicators page', () => {
  it('shows values in Dutch format with their reference date, status and source, per chosen date', async () => {
    mockApi({
      'GET /api/v1/me': users.provinceAnalyst,
      'GET /api/v1/allocation/regions/MRA': { ...readerRegion, allowedActions: ['READ_INDICATORS'] },
      'GET /api/v1/allocation/regions/MRA/indicators': table('2025-01-01'),
    });
    renderApp('/regios/MRA/indicatoren');
    await screen.findByTestId('indicators-table');
    const amsterdam = cells('Amsterdam');
    expect(amsterdam[0]).toHaveTextContent('931.298');
    expect(amsterdam[0]!.querySelector('[title]')).toHaveAttribute('title', 'Bron: CBS 37230ned, peildatum 1-1-2025');
    expect(amsterdam[1]).toHaveTextContent('7.400 benaderdpeildatum 1-1-2024');
    expect(cells('Diemen')[0]).toHaveTextContent('demo');
    expect(cells('Diemen')[1]).toHaveTextContent('–');
    expect(screen.queryByRole('button', { name: 'Indicatoren importeren…' })).not.toBeInTheDocument();
  });

  it('asks for the chosen reference date', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/me': users.regionManager,
      'GET /api/v1/allocation/regions/MRA': managerRegion,
      'GET /api/v1/allocation/regions/MRA/indicators': table('2025-01-01'),
    });
    const user = userEvent.setup();
    renderApp('/regios/MRA/indicatoren');
    await screen.findByTestId('indicators-table');
    await user.selectOptions(screen.getByLabelText('Peildatum'), '1-1-2024');
    await waitFor(() =>
      expect(fetchMock.mock.calls.some(([input]) => String(input).endsWith('/indicators?referenceDate=2024-01-01'))).toBe(true),
    );
  });

  it('lists the errors of an import by row and column, and stores nothing', async () => {
    const dryRuns: string[] = [];
    const fetchMock = mockApi({
      'GET /api/v1/me': users.regionManager,
      'GET /api/v1/allocation/regions/MRA': managerRegion,
      'GET /api/v1/allocation/regions/MRA/indicators': table('2025-01-01'),
      'POST /api/v1/allocation/regions/MRA/indicators/import': () => {
        dryRuns.push('called');
        return problem(400, 'IMPORT_INVALID', 'Het bestand bevat fouten.', {
          errors: [
            { row: 3, column: 'waarde', code: 'NOT_A_NUMBER', message: '"veel" is geen getal' },
            { row: 5, column: 'gemeentecode', code: 'NOT_IN_REGION', message: 'GM0014 hoort niet bij deze regio' },
          ],
        } as object);
      },
    });
    const user = userEvent.setup();
    renderApp('/regios/MRA/indicatoren');
    await user.click(await screen.findByRole('button', { name: 'Indicatoren importeren…' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Indicatoren importeren' }));
    expect(dialog.getByText(/gemeentecode,indicator,peildatum,waarde,bron/)).toBeInTheDocument();
    expect(dialog.getByText(/CBS StatLine-export/)).toBeInTheDocument();
    await user.upload(dialog.getByLabelText('Bestand'), new File(['gemeentecode,indicator\n'], 'indicatoren.csv', { type: 'text/csv' }));
    await user.click(dialog.getByRole('button', { name: 'Controleren' }));
    const errors = await dialog.findByTestId('import-errors');
    expect(errors).toHaveTextContent('er zijn 2 fouten');
    const rows = within(errors).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([
      ['3', 'waarde', '"veel" is geen getal'],
      ['5', 'gemeentecode', 'GM0014 hoort niet bij deze regio'],
    ]);
    expect(dialog.queryByRole('button', { name: 'Toepassen' })).not.toBeInTheDocument();
    const imports = fetchMock.mock.calls.filter(([input]) => String(input).includes('/indicators/import'));
    expect(imports.map(([input]) => new URL(String(input), 'http://localhost').searchParams.get('dryRun'))).toEqual(['true']);
    expect(dryRuns).toHaveLength(1);
  });

  it('checks first, shows the changes, then applies', async () => {
    const modes: (string | null)[] = [];
    mockApi({
      'GET /api/v1/me': users.regionManager,
      'GET /api/v1/allocation/regions/MRA': managerRegion,
      'GET /api/v1/allocation/regions/MRA/indicators': table('2025-01-01'),
      'POST /api/v1/allocation/regions/MRA/indicators/import': () =>
        json({
          applied: modes.length > 0,
          rows: 2,
          changes: [{ municipality: 'GM0363', indicator: 'lettings', referenceDate: '2025-01-01', oldValue: null, newValue: '7400' }],
          errors: [],
        }),
    });
    const fetchSpy = vi.mocked(fetch);
    const user = userEvent.setup();
    renderApp('/regios/MRA/indicatoren');
    await user.click(await screen.findByRole('button', { name: 'Indicatoren importeren…' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Indicatoren importeren' }));
    await user.upload(dialog.getByLabelText('Bestand'), new File(['x'], 'indicatoren.csv', { type: 'text/csv' }));
    await user.click(dialog.getByRole('button', { name: 'Controleren' }));
    const changes = await dialog.findByTestId('import-changes');
    expect(within(changes).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Verhuringen per jaar', '1-1-2025', '–', '→ 7.400']);
    modes.push('applied');
    await user.click(dialog.getByRole('button', { name: 'Toepassen' }));
    expect(await screen.findByTestId('indicators-notice')).toHaveTextContent('1 waarde is geïmporteerd.');
    const urls = fetchSpy.mock.calls.map(([input]) => String(input)).filter((u) => u.includes('/import'));
    expect(urls.map((u) => new URL(u, 'http://localhost').searchParams.get('dryRun'))).toEqual(['true', 'false']);
  });
});

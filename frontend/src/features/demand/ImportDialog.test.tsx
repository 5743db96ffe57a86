import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { analysis } from './fixtures';

const IMPORT = 'POST /api/v1/demand/analyses/12/import';
const csv = () => new File(['gemeente;jaar;aandachtsgroep;woonvorm;huidige_vraag\nGM0363;2026;dakloos;zelfstandig;abc\n'], 'vraag.csv', { type: 'text/csv' });

const imports = (fetchMock: ReturnType<typeof mockApi>) =>
  fetchMock.mock.calls.filter(([url]) => String(url).includes('/import')).map(([url]) => String(url));

async function openImport(routes: Record<string, object>) {
  const fetchMock = mockApi({
    'GET /api/v1/me': users.municipalityOfficer,
    'GET /api/v1/demand/municipalities/GM0363/years/2026': analysis(),
    ...routes,
  });
  const user = userEvent.setup();
  renderApp('/gemeenten/GM0363/vraaganalyse/2026');
  await user.click(await screen.findByRole('button', { name: 'Importeren…' }));
  const dialog = screen.getByRole('dialog', { name: 'Cijfers importeren' });
  return { fetchMock, user, dialog };
}

describe('import dialog', () => {
  it('shows the errors of a dry run by row and column, and offers nothing to apply', async () => {
    const { fetchMock, user, dialog } = await openImport({
      [IMPORT]: () =>
        problem(422, 'DEMAND_IMPORT_INVALID', 'Het bestand bevat fouten', {
          errors: [
            { row: 3, column: 'huidige_vraag', code: 'NOT_A_NUMBER', message: '"abc" is geen getal.' },
            { row: 5, column: 'woonvorm', code: 'UNKNOWN_HOUSING_FORM', message: 'Onbekende woonvorm "kamer".' },
          ],
        } as object),
    });
    await user.upload(within(dialog).getByLabelText('Bestand'), csv());
    await user.click(within(dialog).getByRole('button', { name: 'Controleren' }));

    const errors = await within(dialog).findByTestId('import-errors');
    expect(errors).toHaveTextContent('Het bestand bevat fouten; er is niets gewijzigd');
    const rows = within(errors).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['3', 'huidige_vraag', '"abc" is geen getal.'],
      ['5', 'woonvorm', 'Onbekende woonvorm "kamer".'],
    ]);
    expect(within(dialog).queryByRole('button', { name: 'Toepassen' })).not.toBeInTheDocument();
    expect(imports(fetchMock)).toEqual(['/api/v1/demand/analyses/12/import?dryRun=true']);
  });

  it('lists the changes of a dry run and applies them only on request', async () => {
    const changes = [{ cell: 'dakloos/zelfstandig/STOCK', oldValue: 120, newValue: 1250 }];
    let calls = 0;
    const { fetchMock, user, dialog } = await openImport({
      [IMPORT]: () => {
        calls += 1;
        return json({ applied: calls > 1, changes, errors: [] });
      },
    });
    await user.upload(within(dialog).getByLabelText('Bestand'), csv());
    await user.click(within(dialog).getByRole('button', { name: 'Controleren' }));

    const table = await within(dialog).findByTestId('import-changes');
    const row = within(table).getByRole('rowheader', { name: 'Dakloze en thuisloze mensen, Zelfstandig wonen: huidige vraag' }).closest('tr')!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['120', '→ 1.250']);
    expect(within(dialog).getByText('1 cel wijzigt.')).toBeInTheDocument();
    expect(imports(fetchMock)).toEqual(['/api/v1/demand/analyses/12/import?dryRun=true']);

    await user.click(within(dialog).getByRole('button', { name: 'Toepassen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(imports(fetchMock)).toEqual(['/api/v1/demand/analyses/12/import?dryRun=true', '/api/v1/demand/analyses/12/import?dryRun=false']);
    expect(screen.getByTestId('entry-notice')).toHaveTextContent('1 cel is geïmporteerd.');
  });

  it('asks for a file first', async () => {
    const { fetchMock, user, dialog } = await openImport({});
    await user.click(within(dialog).getByRole('button', { name: 'Controleren' }));
    expect(within(dialog).getByText('Kies eerst een bestand.')).toBeInTheDocument();
    expect(imports(fetchMock)).toEqual([]);
  });
});

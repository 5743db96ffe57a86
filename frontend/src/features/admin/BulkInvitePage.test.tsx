import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';

const csv = (name: string) => new File(['email,naam,organisatie,rol\na@example.org,A,GM0363,MUNICIPALITY_OFFICER\n'], name, { type: 'text/csv' });

describe('bulk invitation page', () => {
  it('is linked from the invite page and describes the columns of the file', async () => {
    mockApi({ 'GET /api/v1/me': users.admin, 'GET /api/v1/admin/organisations': { items: [], total: 0 } });
    renderApp('/beheer/uitnodigen');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: /Lees een bestand in/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Uitnodigen vanuit een bestand' })).toBeInTheDocument();
    const columns = screen.getByRole('table', { name: 'Kolommen van het bestand' });
    expect(within(columns).getAllByRole('rowheader').map((c) => c.textContent)).toEqual([
      'email',
      'naam',
      'organisatie',
      'rol',
      'regio',
      'beheert_mensen',
      'geldig_vanaf',
      'geldig_tot',
    ]);
  });

  it('shows the errors of a dry run by row and column and offers Uitnodigen only after a clean dry run of the same file', async () => {
    const answers: Response[] = [
      problem(422, 'INVITATION_IMPORT_INVALID', 'Het bestand is niet ingelezen: 2 fouten. Er is niemand uitgenodigd.', {
        errors: [
          { row: 2, column: 'email', code: 'EMAIL_TAKEN', message: 'Dit e-mailadres is al in gebruik.' },
          { row: 3, column: '', code: 'UNKNOWN', message: 'Onbekende organisatie.' },
        ],
      } as never),
      json({ rows: 2, invited: 0, errors: [] }),
      json({ rows: 2, invited: 2, errors: [] }),
    ];
    const fetchMock = mockApi({
      'GET /api/v1/me': users.admin,
      'POST /api/v1/admin/invitations/bulk': () => answers.shift() ?? problem(500, 'UNEXPECTED', 'Onverwacht'),
    });
    renderApp('/beheer/uitnodigen/bestand');
    const user = userEvent.setup();
    const invite = await screen.findByRole('button', { name: 'Uitnodigen' });
    expect(invite).toBeDisabled();

    // no file: a message at the field, nothing sent
    await user.click(screen.getByRole('button', { name: 'Controleren' }));
    expect(screen.getByLabelText('Bestand (CSV of XLSX)')).toHaveAccessibleDescription(/Kies eerst een bestand\./);

    await user.upload(screen.getByLabelText('Bestand (CSV of XLSX)'), csv('fout.csv'));
    await user.click(screen.getByRole('button', { name: 'Controleren' }));
    const errors = await screen.findByTestId('bulk-errors');
    expect(errors).toHaveTextContent('Het bestand heeft 2 fouten. Er is niemand uitgenodigd.');
    const rows = within(errors).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['email', 'EMAIL_TAKEN', 'Dit e-mailadres is al in gebruik.'],
      ['–', 'UNKNOWN', 'Onbekende organisatie.'],
    ]);
    expect(within(errors).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['Rij 2', 'Rij 3']);
    expect(invite).toBeDisabled();

    await user.upload(screen.getByLabelText('Bestand (CSV of XLSX)'), csv('goed.csv'));
    expect(screen.queryByTestId('bulk-errors')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Controleren' }));
    expect(await screen.findByTestId('bulk-checked')).toHaveTextContent('Het bestand is in orde: 2 rijen.');
    expect(invite).toBeEnabled();

    await user.click(invite);
    expect(await screen.findByTestId('bulk-invited')).toHaveTextContent('2 personen zijn uitgenodigd.');
    expect(invite).toBeDisabled();

    const calls = fetchMock.mock.calls.filter(([url]) => String(url).startsWith('/api/v1/admin/invitations/bulk'));
    expect(calls.map(([url]) => String(url))).toEqual([
      '/api/v1/admin/invitations/bulk?dryRun=true',
      '/api/v1/admin/invitations/bulk?dryRun=true',
      '/api/v1/admin/invitations/bulk?dryRun=false',
    ]);
    expect(calls.map(([, init]) => ((init!.body as FormData).get('file') as File).name)).toEqual(['fout.csv', 'goed.csv', 'goed.csv']);
  });

  it('asks for a new dry run when another file is chosen after a clean one', async () => {
    mockApi({ 'GET /api/v1/me': users.admin, 'POST /api/v1/admin/invitations/bulk': { rows: 1, invited: 0, errors: [] } });
    renderApp('/beheer/uitnodigen/bestand');
    const user = userEvent.setup();
    const input = await screen.findByLabelText('Bestand (CSV of XLSX)');
    await user.upload(input, csv('een.csv'));
    await user.click(screen.getByRole('button', { name: 'Controleren' }));
    await screen.findByTestId('bulk-checked');
    expect(screen.getByRole('button', { name: 'Uitnodigen' })).toBeEnabled();
    await user.upload(input, csv('twee.csv'));
    expect(screen.getByRole('button', { name: 'Uitnodigen' })).toBeDisabled();
    expect(screen.queryByTestId('bulk-checked')).not.toBeInTheDocument();
  });
});

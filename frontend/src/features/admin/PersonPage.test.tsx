import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { invitationNotMailed, invited, person } from './fixtures';

const session = {
  sessionId: 's1',
  startedAt: '2026-12-07T08:00:00Z',
  lastUsedAt: '2026-12-07T09:00:00Z',
  expiresAt: '2026-12-07T20:00:00Z',
  userAgent: 'Firefox/133',
  current: false,
};

describe('person page', () => {
  it('offers exactly the allowed actions and sends them with the version read', async () => {
    const sent: { path: string; body: unknown }[] = [];
    let current = person;
    mockApi({
      'GET /api/me': users.admin,
      'GET /api/admin/people/7': () => json(current),
      'GET /api/admin/people/7/sessions': [session],
      'POST /api/admin/people/7/unlock': () => {
        sent.push({ path: 'unlock', body: undefined });
        current = { ...current, locked: false, version: 4 };
        return json(current);
      },
      'PUT /api/admin/people/7': ({ body }) => {
        sent.push({ path: 'edit', body });
        return problem(409, 'VERSION_CONFLICT', 'Iemand anders heeft deze persoon intussen gewijzigd.');
      },
      'PUT /api/admin/memberships/31': ({ body }) => {
        sent.push({ path: 'membership', body });
        return json({ ...person.memberships[0], validTo: '2026-12-31' });
      },
      'POST /api/admin/people/7/sessions/revoke-all': () => {
        sent.push({ path: 'sessions', body: undefined });
        return new Response(null, { status: 204 });
      },
    });
    renderApp('/beheer/personen/7');
    expect(await screen.findByRole('heading', { level: 1, name: 'Beleidsmedewerker Amsterdam' })).toBeInTheDocument();
    expect(screen.getByTestId('invitation-state')).toHaveTextContent('Geen open uitnodiging');
    for (const name of ['Deactiveren', 'Blokkering opheffen', 'Nieuw wachtwoord laten kiezen']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    for (const name of ['Activeren', 'Opnieuw uitnodigen', 'Uitnodiging intrekken']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Blokkering opheffen' }));
    await vi.waitFor(() => expect(screen.getByTestId('person-status')).toHaveTextContent(/^Actief$/));

    const name = screen.getByLabelText('Naam');
    await user.clear(name);
    await user.type(name, 'Nieuwe naam');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Iemand anders heeft deze persoon intussen gewijzigd.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Beëindigen: Gemeente Amsterdam' }));
    const end = screen.getByLabelText('Einddatum');
    await user.clear(end);
    await user.type(end, '2026-12-31');
    await user.click(within(screen.getByTestId('memberships-table')).getByRole('button', { name: 'Beëindigen' }));

    expect(await screen.findByRole('table', { name: '1 actieve sessie' })).toHaveTextContent('Firefox/133');
    await user.click(screen.getByRole('button', { name: 'Alle sessies beëindigen' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Alle sessies beëindigen' }));
    expect(await screen.findByText('Alle sessies zijn beëindigd.')).toBeInTheDocument();

    expect(sent).toEqual([
      { path: 'unlock', body: undefined },
      { path: 'edit', body: { displayName: 'Nieuwe naam', email: person.email, version: 4 } },
      { path: 'membership', body: { validTo: '2026-12-31', managesPeople: false, version: 0 } },
      { path: 'sessions', body: undefined },
    ]);
  });

  it('shows an invited person\'s open invitation, and a new link that was not mailed with a copy button', async () => {
    mockApi({
      'GET /api/me': users.admin,
      'GET /api/admin/people/8': invited,
      'POST /api/admin/people/8/invitation': invitationNotMailed,
    });
    renderApp('/beheer/personen/8');
    expect(await screen.findByTestId('invitation-state')).toHaveTextContent('Open tot');
    expect(screen.queryByRole('button', { name: 'Deactiveren' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Naam')).not.toBeInTheDocument();
    expect(screen.getByText('De sessies van deze persoon kunt u niet inzien.')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Opnieuw uitnodigen' }));
    const notice = await screen.findByTestId('link-notice');
    expect(within(notice).getByLabelText('Link')).toHaveValue('http://localhost/wachtwoord/nieuw?token=abc');
    expect(notice).toHaveTextContent('persoonlijk door');
    expect(within(notice).getByRole('button', { name: 'Link kopiëren' })).toBeInTheDocument();
  });
});

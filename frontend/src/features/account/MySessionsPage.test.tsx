import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { sessionState } from '../../shared/auth/sessionState';

const sessions = [
  {
    sessionId: 's1',
    startedAt: '2026-12-07T08:00:00Z',
    lastUsedAt: '2026-12-07T09:30:00Z',
    expiresAt: '2026-12-07T20:00:00Z',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131',
    current: true,
  },
  {
    sessionId: 's2',
    startedAt: '2026-12-06T08:00:00Z',
    lastUsedAt: '2026-12-06T10:00:00Z',
    expiresAt: '2026-12-06T20:00:00Z',
    userAgent: null,
    current: false,
  },
];

describe('Mijn sessies', () => {
  it('lists the sessions with this one marked, and logs out everywhere after a confirmation', async () => {
    let revoked = 0;
    mockApi({
      'GET /api/v1/me': users.municipalityOfficer,
      'GET /api/v1/me/sessions': sessions,
      'POST /api/v1/me/sessions/revoke-all': () => {
        revoked++;
        return new Response(null, { status: 204 });
      },
    });
    renderApp('/');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Mijn sessies' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn sessies' })).toBeInTheDocument();

    const table = screen.getByRole('table', { name: '2 actieve sessies' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Begonnen',
      'Laatst gebruikt',
      'Verloopt',
      'Browser',
      'Deze sessie',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Chrome/131');
    expect(rows[0]).toHaveTextContent('deze sessie');
    expect(rows[1]).toHaveTextContent('onbekend');
    expect(rows[1]).not.toHaveTextContent('deze sessie');

    await user.click(screen.getByRole('button', { name: 'Overal uitloggen' }));
    const dialog = screen.getByRole('dialog', { name: 'Overal uitloggen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(revoked).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Overal uitloggen' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ja, overal uitloggen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(revoked).toBe(1);
    expect(sessionState.isAuthenticated()).toBe(false);
    expect(screen.getByTestId('login-notice')).toHaveTextContent('U bent overal uitgelogd.');
  });
});

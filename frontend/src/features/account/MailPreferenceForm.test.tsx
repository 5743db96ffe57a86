import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/render';

describe('E-mail over meldingen', () => {
  it('shows the stored choice and saves another one', async () => {
    const saved: unknown[] = [];
    mockApi({
      'GET /api/v1/me': users.municipalityOfficer,
      'GET /api/v1/me/sessions': [],
      'GET /api/v1/me/notification-preference': { mail: 'IMMEDIATE' },
      'PUT /api/v1/me/notification-preference': ({ body }) => {
        saved.push(body);
        return Response.json(body);
      },
    });
    renderApp('/mijn-sessies');
    const user = userEvent.setup();
    expect(await screen.findByRole('radio', { name: 'Direct, bij elke melding' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Eén keer per dag een overzicht' }));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Uw keuze is opgeslagen.')).toBeInTheDocument();
    expect(saved).toEqual([{ mail: 'DAILY_DIGEST' }]);
  });
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';

async function submit(current: string, password: string) {
  const user = userEvent.setup();
  await user.clear(screen.getByLabelText('Huidig wachtwoord'));
  await user.type(screen.getByLabelText('Huidig wachtwoord'), current);
  await user.clear(screen.getByLabelText('Nieuw wachtwoord'));
  await user.type(screen.getByLabelText('Nieuw wachtwoord'), password);
  await user.clear(screen.getByLabelText('Herhaal het nieuwe wachtwoord'));
  await user.type(screen.getByLabelText('Herhaal het nieuwe wachtwoord'), password);
  await user.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
}

describe('change-password page', () => {
  it('is linked from the header, shows a wrong current password at its field, and confirms a change', async () => {
    const sent: unknown[] = [];
    let answer = 0;
    mockApi({
      'GET /api/v1/me': users.regionManager,
      'GET /api/v1/auth/password-policy': { minLength: 12, maxLength: 256 },
      'POST /api/v1/me/password': ({ body }: { body: unknown }) => {
        sent.push(body);
        answer++;
        return answer === 1
          ? problem(400, 'PASSWORD_WRONG', 'Het huidige wachtwoord klopt niet.', {
              fields: [{ field: 'currentPassword', code: 'PASSWORD_WRONG', message: 'Het huidige wachtwoord klopt niet.' }],
            })
          : new Response(null, { status: 204 });
      },
    });
    renderApp('/wachtwoord/wijzigen');
    expect(await screen.findByRole('link', { name: 'Wachtwoord wijzigen' })).toHaveAttribute('href', '/wachtwoord/wijzigen');

    await submit('fout', 'Zomer aan de Maas 2026');
    expect(await screen.findByText('Het huidige wachtwoord klopt niet.')).toBeInTheDocument();
    expect(screen.getByLabelText('Huidig wachtwoord')).toHaveAttribute('aria-invalid', 'true');

    await submit('thuisplan-demo', 'Zomer aan de Maas 2026');
    expect(await screen.findByTestId('password-changed')).toHaveTextContent('Uw wachtwoord is gewijzigd.');
    expect(sent).toEqual([
      { currentPassword: 'fout', newPassword: 'Zomer aan de Maas 2026' },
      { currentPassword: 'thuisplan-demo', newPassword: 'Zomer aan de Maas 2026' },
    ]);
  });
});

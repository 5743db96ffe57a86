import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';

const TOKEN = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
const link = {
  purpose: 'PASSWORD_RESET' as const,
  email: 'anna@gemeente.example',
  displayName: 'Anna de Vries',
  expiresAt: '2026-12-07T10:00:00Z',
};
const policy = { minLength: 12, maxLength: 256 };

async function fill(password: string, repeat: string) {
  const user = userEvent.setup();
  if (password) await user.type(screen.getByLabelText('Nieuw wachtwoord'), password);
  if (repeat) await user.type(screen.getByLabelText('Herhaal het nieuwe wachtwoord'), repeat);
  await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
}

describe('set-password page (the link from a mail)', () => {
  it('shows whom the link is for, checks both fields, sets the password and sends to the login page', async () => {
    const sent: unknown[] = [];
    const fetchMock = mockApi({
      'GET /api/v1/auth/password-policy': policy,
      [`GET /api/v1/auth/links/${TOKEN}` as const]: link,
      [`POST /api/v1/auth/links/${TOKEN}/password` as const]: ({ body }: { body: unknown }) => {
        sent.push(body);
        return new Response(null, { status: 204 });
      },
    });
    renderApp(`/wachtwoord/nieuw?token=${TOKEN}`, { signedIn: false });

    expect(await screen.findByTestId('link-for')).toHaveTextContent('anna@gemeente.example');
    expect(screen.getByText(/Minstens 12 tekens/)).toBeInTheDocument();

    await fill('kort', 'kort');
    expect(screen.getByText('Het wachtwoord moet minstens 12 tekens lang zijn.')).toBeInTheDocument();
    expect(screen.getByLabelText('Nieuw wachtwoord')).toHaveFocus();

    await userEvent.clear(screen.getByLabelText('Nieuw wachtwoord'));
    await userEvent.clear(screen.getByLabelText('Herhaal het nieuwe wachtwoord'));
    await fill('Zomer aan de Maas 2026', 'Zomer aan de Maas 2025');
    expect(screen.getByText('De twee wachtwoorden zijn niet gelijk.')).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);

    await userEvent.clear(screen.getByLabelText('Herhaal het nieuwe wachtwoord'));
    await userEvent.type(screen.getByLabelText('Herhaal het nieuwe wachtwoord'), 'Zomer aan de Maas 2026');
    await userEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));

    expect(await screen.findByTestId('login-notice')).toHaveTextContent('Uw wachtwoord is opgeslagen');
    expect(screen.getByTestId('location')).toHaveTextContent('/login');
    expect(sent).toEqual([{ password: 'Zomer aan de Maas 2026' }]);
  });

  it("shows the server's refusal at the password field", async () => {
    mockApi({
      'GET /api/v1/auth/password-policy': policy,
      [`GET /api/v1/auth/links/${TOKEN}` as const]: link,
      [`POST /api/v1/auth/links/${TOKEN}/password` as const]: () =>
        problem(400, 'PASSWORD_TOO_COMMON', 'Veelgebruikt', {
          fields: [{ field: 'password', code: 'PASSWORD_TOO_COMMON', message: 'Dit wachtwoord komt voor in lijsten.' }],
        }),
    });
    renderApp(`/wachtwoord/nieuw?token=${TOKEN}`, { signedIn: false });
    await screen.findByTestId('link-for');

    await fill('qwerty123456', 'qwerty123456');
    expect(await screen.findByText('Dit wachtwoord komt voor in lijsten.')).toBeInTheDocument();
    expect(screen.getByLabelText('Nieuw wachtwoord')).toHaveAttribute('aria-invalid', 'true');
  });

  it('explains a link that no longer works and offers a new one', async () => {
    mockApi({
      'GET /api/v1/auth/password-policy': policy,
      [`GET /api/v1/auth/links/${TOKEN}` as const]: () => problem(410, 'LINK_INVALID', 'Deze link is niet (meer) geldig.'),
    });
    renderApp(`/wachtwoord/nieuw?token=${TOKEN}`, { signedIn: false });

    expect(await screen.findByTestId('link-invalid')).toHaveTextContent('Deze link werkt niet (meer)');
    expect(screen.getByRole('link', { name: 'Wachtwoord vergeten?' })).toHaveAttribute('href', '/wachtwoord/vergeten');
    expect(screen.queryByLabelText('Nieuw wachtwoord')).toBeNull();
  });
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { tokenStore } from '../../shared/auth/tokenStore';
import { regions, users } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';

async function submit(username: string, password: string) {
  const user = userEvent.setup();
  if (username) await user.type(screen.getByLabelText('Gebruikersnaam'), username);
  if (password) await user.type(screen.getByLabelText('Wachtwoord'), password);
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
}

describe('login page', () => {
  it('says the credentials are wrong on 401 and stores no tokens', async () => {
    mockApi({
      'POST /api/v1/auth/login': () => problem(401, 'LOGIN_FAILED', 'Inloggen mislukt'),
    });
    renderApp('/login', { signedIn: false });

    await submit('regio.mra', 'fout');
    expect(await screen.findByRole('alert')).toHaveTextContent('Onjuiste gebruikersnaam of wachtwoord');
    expect(tokenStore.accessToken()).toBeNull();
    expect(screen.getByTestId('location')).toHaveTextContent('/login');
  });

  it("shows the server's message when the address has failed too often", async () => {
    mockApi({
      'POST /api/v1/auth/login': () =>
        problem(429, 'LOGIN_THROTTLED', 'Er is vanaf dit adres te vaak zonder succes geprobeerd in te loggen. Probeer het later opnieuw.'),
    });
    renderApp('/login', { signedIn: false });

    await submit('regio.mra', 'fout');
    expect(await screen.findByRole('alert')).toHaveTextContent('Er is vanaf dit adres te vaak zonder succes geprobeerd in te loggen.');
  });

  it('asks for both fields before calling the server', async () => {
    const fetchMock = mockApi({});
    renderApp('/login', { signedIn: false });

    await submit('', '');
    expect(screen.getByText('Vul uw gebruikersnaam in.')).toBeInTheDocument();
    expect(screen.getByText('Vul uw wachtwoord in.')).toBeInTheDocument();
    expect(screen.getByLabelText('Gebruikersnaam')).toHaveFocus();
    // only the page's own look-up of the SSO providers, no login
    expect(fetchMock.mock.calls.filter(([url]) => String(url).includes('/auth/login'))).toHaveLength(0);
  });

  it('offers the configured organisations and sends an address to its provider', async () => {
    mockApi({
      'GET /api/v1/auth/sso': () =>
        json({
          providers: [{ key: 'amsterdam', label: 'Gemeente Amsterdam', loginUrl: '/api/v1/auth/oidc/login/amsterdam' }],
          match: null,
          matchLoginUrl: null,
        }),
    });
    renderApp('/login', { signedIn: false });

    expect(await screen.findByRole('heading', { name: 'Inloggen met uw organisatie' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gemeente Amsterdam' })).toHaveAttribute('href', '/api/v1/auth/oidc/login/amsterdam');
  });

  it('shows no organisation section without providers, and the Dutch message for a refused SSO login', async () => {
    mockApi({ 'GET /api/v1/auth/sso': () => json({ providers: [], match: null, matchLoginUrl: null }) });
    renderApp('/login?sso=SSO_AWAITING_APPROVAL', { signedIn: false });

    expect(await screen.findByTestId('sso-message')).toHaveTextContent('wacht op goedkeuring');
    expect(screen.queryByTestId('sso-login')).not.toBeInTheDocument();
  });

  it('stores the tokens and goes to the start page of the role', async () => {
    mockApi({
      'POST /api/v1/auth/login': ({ body }) =>
        json({
          access_token: 'a1',
          refresh_token: 'r1',
          token_type: 'Bearer',
          expires_in: 900,
          username: (body as { username: string }).username,
          roles: ['PLATFORM_ADMIN'],
        }),
      'GET /api/v1/me': users.admin,
      'GET /api/v1/regions': regions,
      'GET /api/v1/my-work': { items: [], lateAnalyses: [], feed: [], tracksVisits: false, lastVisitAt: null },
    });
    renderApp('/login', { signedIn: false });

    await submit('beheerder', 'thuisplan-demo');
    // every role starts on Mijn werk
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn werk' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/mijn-werk');
    expect(tokenStore.accessToken()).toBe('a1');
    expect(sessionStorage.getItem('thuisplan.refreshToken')).toBe('r1');
  });

  it('logs out: the server ends the session, the tokens are gone and the login page shows', async () => {
    const loggedOut: unknown[] = [];
    mockApi({
      'GET /api/v1/me': users.admin,
      'GET /api/v1/regions': regions,
      'POST /api/v1/auth/logout': ({ body }: { body: unknown }) => {
        loggedOut.push(body);
        return new Response(null, { status: 204 });
      },
    });
    renderApp('/regios');
    await userEvent.click(await screen.findByRole('button', { name: 'Uitloggen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(loggedOut).toEqual([{ refresh_token: 'test-refresh' }]);
    expect(tokenStore.accessToken()).toBeNull();
    expect(tokenStore.refreshToken()).toBeNull();
  });
});

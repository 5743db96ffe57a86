import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionState } from '../../shared/auth/sessionState';
import { regions, users } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { signInBrowser, signOutBrowser } from '../../test/session';

async function submit(username: string, password: string) {
  const user = userEvent.setup();
  if (username) await user.type(screen.getByLabelText('Gebruikersnaam'), username);
  if (password) await user.type(screen.getByLabelText('Wachtwoord'), password);
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
}

describe('login page', () => {
  it('says the credentials are wrong on 401 and keeps no session', async () => {
    mockApi({
      'POST /api/v1/auth/session': () => problem(401, 'LOGIN_FAILED', 'Inloggen mislukt'),
    });
    renderApp('/login', { signedIn: false });

    await submit('regio.mra', 'fout');
    expect(await screen.findByRole('alert')).toHaveTextContent('Onjuiste gebruikersnaam of wachtwoord');
    expect(sessionState.isAuthenticated()).toBe(false);
    expect(screen.getByTestId('location')).toHaveTextContent('/login');
  });

  it("shows the server's message when the address has failed too often", async () => {
    mockApi({
      'POST /api/v1/auth/session': () =>
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

  it('logs in with the session endpoint, keeps no token and goes to the start page of the role', async () => {
    const bodies: unknown[] = [];
    mockApi({
      'POST /api/v1/auth/session': ({ body }: { body: unknown }) => {
        bodies.push(body);
        signInBrowser();
        return new Response(null, { status: 204 });
      },
      'GET /api/v1/me': users.admin,
      'GET /api/v1/regions': regions,
      'GET /api/v1/my-work': { items: [], lateAnalyses: [], feed: [], tracksVisits: false, lastVisitAt: null },
    });
    renderApp('/login', { signedIn: false });

    await submit('beheerder', 'thuisplan-demo');
    // every role starts on Mijn werk
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn werk' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/mijn-werk');
    expect(bodies).toEqual([{ username: 'beheerder', password: 'thuisplan-demo' }]);
    expect(Object.keys(sessionStorage)).toEqual([]);
    expect(Object.keys(localStorage).filter((key) => /token/i.test(key))).toEqual([]);
  });

  it('logs out: the server ends the session, the tokens are gone and the login page shows', async () => {
    const loggedOut: unknown[] = [];
    mockApi({
      'GET /api/v1/me': users.admin,
      'GET /api/v1/regions': regions,
      'DELETE /api/v1/auth/session': ({ headers }: { headers: Headers }) => {
        loggedOut.push(headers.get('X-CSRF-Token'));
        signOutBrowser();
        return json({ endSessionUrl: null });
      },
    });
    renderApp('/regios');
    await userEvent.click(await screen.findByRole('button', { name: 'Uitloggen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(loggedOut).toEqual(['test-csrf']);
    expect(sessionState.isAuthenticated()).toBe(false);
  });

  it('asks for the code of the authenticator app when the server says TOTP_REQUIRED, and sends it', async () => {
    const bodies: unknown[] = [];
    mockApi({
      'POST /api/v1/auth/session': ({ body }: { body: unknown }) => {
        bodies.push(body);
        if (!(body as { code?: string }).code) {
          return problem(401, 'TOTP_REQUIRED', 'Vul de code uit uw authenticator-app in.');
        }
        signInBrowser();
        return new Response(null, { status: 204 });
      },
      'GET /api/v1/me': users.admin,
      'GET /api/v1/regions': regions,
      'GET /api/v1/my-work': { items: [], lateAnalyses: [], feed: [], tracksVisits: false, lastVisitAt: null },
    });
    renderApp('/login', { signedIn: false });
    expect(screen.queryByLabelText(/Code uit uw authenticator-app/)).not.toBeInTheDocument();

    await submit('beheerder', 'thuisplan-demo');
    expect(await screen.findByRole('alert')).toHaveTextContent('Vul de code uit uw authenticator-app in.');
    const code = await screen.findByLabelText(/Code uit uw authenticator-app/);
    const user = userEvent.setup();
    await user.type(code, '123 456');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn werk' })).toBeInTheDocument();
    expect(bodies).toEqual([
      { username: 'beheerder', password: 'thuisplan-demo' },
      { username: 'beheerder', password: 'thuisplan-demo', code: '123456' },
    ]);
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { sessionState } from '../auth/sessionState';

const municipality = (code: string, name: string) => ({
  code,
  name,
  province: { code: 'PV20', name: 'Groningen' },
  note: null,
  inhabitants: null,
  memberships: [],
});

const oldambt = {
  ...users.twoMunicipalities,
  municipality: { code: 'GM1895', name: 'Oldambt' },
  activeMembershipId: 12,
};

describe('membership switcher', () => {
  it('offers the memberships active today, switches with new tokens, clears the cache and opens the new home', async () => {
    let active: typeof users.twoMunicipalities = users.twoMunicipalities;
    const switched: unknown[] = [];
    let gm1952Asked = 0;
    mockApi({
      'GET /api/v1/me': () => json(active),
      'GET /api/v1/municipalities/GM1952': () => {
        gm1952Asked += 1;
        return json(municipality('GM1952', 'Midden-Groningen'));
      },
      'GET /api/v1/municipalities/GM1895': municipality('GM1895', 'Oldambt'),
      'GET /api/v1/my-work': { items: [], lateAnalyses: [], feed: [], tracksVisits: false, lastVisitAt: null },
      'POST /api/v1/me/active-membership': ({ body }) => {
        switched.push(body);
        active = oldambt;
        // a browser session: the new tokens are in cookies the page never sees
        return json({
          access_token: null,
          refresh_token: null,
          token_type: 'Cookie',
          expires_in: null,
          username: 'gemeente.oost-groningen',
          roles: ['MUNICIPALITY_OFFICER'],
        });
      },
    });
    renderApp('/gemeenten/GM1952');
    expect(await screen.findByRole('heading', { level: 1, name: 'Midden-Groningen' })).toBeInTheDocument();

    const banner = screen.getByRole('banner');
    const select = within(banner).getByLabelText('Werkzaam voor:');
    // the ended Veendam membership is not offered
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Gemeente Midden-Groningen (gemeente medewerker)',
      'Gemeente Oldambt (gemeente medewerker)',
    ]);
    expect(select).toHaveValue('11');

    const user = userEvent.setup();
    await user.selectOptions(select, '12');
    // choosing alone changes nothing: the button does
    expect(switched).toEqual([]);
    await user.click(within(banner).getByRole('button', { name: 'Wisselen' }));

    // the switch starts again from "/", which is Mijn werk for the new membership
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn werk' })).toBeInTheDocument();
    expect(switched).toEqual([{ membershipId: 12 }]);
    expect(sessionState.isAuthenticated()).toBe(true);
    expect(Object.keys(sessionStorage)).toEqual([]);
    expect(screen.getByTestId('location')).toHaveTextContent('/mijn-werk');
    expect(within(screen.getByTestId('my-work-intro')).getByRole('link', { name: 'Naar Mijn gemeente' })).toHaveAttribute(
      'href',
      '/gemeenten/GM1895',
    );
    expect(within(screen.getByRole('banner')).getByTestId('current-scope')).toHaveTextContent('Oldambt');
    // the old municipality's page was not asked for again with the new membership's token
    expect(gm1952Asked).toBe(1);
  });

  it('is not shown to a person with one membership', async () => {
    mockApi({ 'GET /api/v1/me': users.regionManager });
    renderApp('/wachtwoord/wijzigen');
    await screen.findByTestId('current-user');
    expect(screen.queryByTestId('membership-switch')).not.toBeInTheDocument();
  });

  it('says so when the server refuses the switch, and stays', async () => {
    mockApi({
      'GET /api/v1/me': users.twoMunicipalities,
      'GET /api/v1/municipalities/GM1952': municipality('GM1952', 'Midden-Groningen'),
      'POST /api/v1/me/active-membership': () => problem(409, 'MEMBERSHIP_NOT_ACTIVE', 'Niet meer geldig'),
    });
    renderApp('/gemeenten/GM1952');
    await screen.findByRole('heading', { level: 1, name: 'Midden-Groningen' });
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Werkzaam voor:'), '12');
    await user.click(screen.getByRole('button', { name: 'Wisselen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wisselen is niet gelukt');
    expect(sessionState.isAuthenticated()).toBe(true);
  });
});

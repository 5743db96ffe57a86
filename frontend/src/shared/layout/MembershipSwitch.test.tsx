import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { tokenStore } from '../auth/tokenStore';

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
    const gm1952Tokens: (string | null)[] = [];
    mockApi({
      'GET /api/v1/me': () => json(active),
      'GET /api/v1/municipalities/GM1952': ({ headers }) => {
        gm1952Tokens.push(headers.get('Authorization'));
        return json(municipality('GM1952', 'Midden-Groningen'));
      },
      'GET /api/v1/municipalities/GM1895': municipality('GM1895', 'Oldambt'),
      'GET /api/v1/my-work': { items: [], lateAnalyses: [], feed: [], tracksVisits: false, lastVisitAt: null },
      'POST /api/v1/me/active-membership': ({ body }) => {
        switched.push(body);
        active = oldambt;
        return json({
          access_token: 'a-oldambt',
          refresh_token: 'r-oldambt',
          token_type: 'Bearer',
          expires_in: 900,
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
    expect(tokenStore.accessToken()).toBe('a-oldambt');
    expect(tokenStore.refreshToken()).toBe('r-oldambt');
    expect(screen.getByTestId('location')).toHaveTextContent('/mijn-werk');
    expect(within(screen.getByTestId('my-work-intro')).getByRole('link', { name: 'Naar Mijn gemeente' })).toHaveAttribute(
      'href',
      '/gemeenten/GM1895',
    );
    expect(within(screen.getByRole('banner')).getByTestId('current-scope')).toHaveTextContent('Oldambt');
    // the old municipality's page was not asked for again with the new membership's token
    expect(gm1952Tokens).toEqual(['Bearer test-access']);
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
    expect(tokenStore.accessToken()).toBe('test-access');
  });
});

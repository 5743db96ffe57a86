import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { invitationNotMailed, invited, organisations, person } from './fixtures';

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
      'GET /api/v1/me': users.admin,
      'GET /api/v1/admin/people/7': () => json(current),
      'GET /api/v1/admin/people/7/sessions': [session],
      'POST /api/v1/admin/people/7/unlock': () => {
        sent.push({ path: 'unlock', body: undefined });
        current = { ...current, locked: false, version: 4 };
        return json(current);
      },
      'PUT /api/v1/admin/people/7': ({ body }) => {
        sent.push({ path: 'edit', body });
        return problem(409, 'VERSION_CONFLICT', 'Iemand anders heeft deze persoon intussen gewijzigd.');
      },
      'PUT /api/v1/admin/memberships/31': ({ body }) => {
        sent.push({ path: 'membership', body });
        return json({ ...person.memberships[0], validTo: '2026-12-31' });
      },
      'POST /api/v1/admin/people/7/sessions/revoke-all': () => {
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
      'GET /api/v1/me': users.admin,
      'GET /api/v1/admin/people/8': invited,
      'POST /api/v1/admin/people/8/invitation': invitationNotMailed,
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

  it('adds a membership for a partner with its region, and keeps what was typed when the server refuses', async () => {
    const sent: unknown[] = [];
    let answer: 'overlap' | 'invalid' | 'ok' = 'overlap';
    mockApi({
      'GET /api/v1/me': users.admin,
      'GET /api/v1/admin/people/7': person,
      'GET /api/v1/admin/people/7/sessions': [],
      'GET /api/v1/admin/organisations': { items: organisations, total: 2 },
      'POST /api/v1/admin/people/7/memberships': ({ body }) => {
        sent.push(body);
        if (answer === 'overlap')
          return problem(409, 'MEMBERSHIP_OVERLAPS', 'Deze persoon is in die periode al lid van deze organisatie met deze rol.');
        if (answer === 'invalid')
          return problem(400, 'VALIDATION_FAILED', 'De invoer is niet geldig.', {
            fields: [{ field: 'validTo', code: 'BEFORE_START', message: 'De einddatum ligt voor de begindatum.' }],
          });
        return json({ ...person.memberships[0], id: 32 }, 201);
      },
    });
    renderApp('/beheer/personen/7');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Lidmaatschap toevoegen' }));
    const form = screen.getByRole('form', { name: 'Lidmaatschap toevoegen voor Beleidsmedewerker Amsterdam' });
    await user.selectOptions(within(form).getByLabelText('Organisatie'), '5');
    expect(within(form).getByTestId('membership-role')).toHaveTextContent('Rol: corporatie medewerker');
    expect(within(form).getByLabelText('Regio')).toHaveValue('MRA');
    // managesPeople is only for a regio organisation
    expect(within(form).queryByRole('checkbox')).not.toBeInTheDocument();
    const from = within(form).getByLabelText('Geldig vanaf');
    await user.clear(from);
    await user.type(from, '2027-01-01');
    await user.type(within(form).getByLabelText('Geldig tot en met'), '2026-12-31');
    await user.click(within(form).getByRole('button', { name: 'Toevoegen' }));

    expect(await within(form).findByText('Deze persoon is in die periode al lid van deze organisatie met deze rol.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Organisatie')).toHaveValue('5');
    expect(within(form).getByLabelText('Geldig vanaf')).toHaveValue('2027-01-01');

    answer = 'invalid';
    await user.click(within(form).getByRole('button', { name: 'Toevoegen' }));
    const to = within(form).getByLabelText('Geldig tot en met');
    await vi.waitFor(() => expect(to).toHaveAccessibleDescription(/De einddatum ligt voor de begindatum\./));
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(to).toHaveValue('2026-12-31');

    answer = 'ok';
    await user.clear(to);
    await user.click(within(form).getByRole('button', { name: 'Toevoegen' }));
    expect(await screen.findByTestId('membership-added')).toHaveTextContent('Het lidmaatschap is toegevoegd.');
    expect(screen.queryByRole('form', { name: /Lidmaatschap toevoegen voor/ })).not.toBeInTheDocument();
    const expected = { organisationId: 5, role: 'CORPORATIE_MEDEWERKER', regionCode: 'MRA', managesPeople: null, validFrom: '2027-01-01' };
    expect(sent).toEqual([
      { ...expected, validTo: '2026-12-31' },
      { ...expected, validTo: '2026-12-31' },
      { ...expected, validTo: null },
    ]);
  });

  it('lets only the platform beheerder grant managesPeople on a regio membership', async () => {
    const regio = {
      ...organisations[0]!,
      id: 2,
      kind: 'REGIO' as const,
      name: 'Metropoolregio Amsterdam',
      municipality: null,
      region: { code: 'MRA', name: 'Metropoolregio Amsterdam' },
    };
    const sent: unknown[] = [];
    const routes = (me: typeof users.admin | typeof users.regionManager) => ({
      'GET /api/v1/me': me,
      'GET /api/v1/admin/people/7': person,
      'GET /api/v1/admin/people/7/sessions': [],
      'GET /api/v1/admin/organisations': { items: [regio], total: 1 },
      'POST /api/v1/admin/people/7/memberships': ({ body }: { body: unknown }) => {
        sent.push(body);
        return json({ ...person.memberships[0], id: 33 }, 201);
      },
    });
    mockApi(routes(users.admin));
    const view = renderApp('/beheer/personen/7');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Lidmaatschap toevoegen' }));
    await user.selectOptions(screen.getByLabelText('Organisatie'), '2');
    await user.click(screen.getByRole('checkbox', { name: 'Mag de mensen van de regio beheren (regio beheerder)' }));
    await user.click(screen.getByRole('button', { name: 'Toevoegen' }));
    await vi.waitFor(() => expect(sent).toEqual([expect.objectContaining({ organisationId: 2, role: 'REGION_PROGRAMME_MANAGER', managesPeople: true })]));
    view.unmount();

    mockApi(routes(users.regionManager));
    renderApp('/beheer/personen/7');
    await user.click(await screen.findByRole('button', { name: 'Lidmaatschap toevoegen' }));
    await user.selectOptions(screen.getByLabelText('Organisatie'), '2');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('offers no membership changes without ADD_MEMBERSHIP', async () => {
    mockApi({
      'GET /api/v1/me': users.admin,
      'GET /api/v1/admin/people/7': { ...person, allowedActions: ['EDIT'] },
      'GET /api/v1/admin/people/7/sessions': [],
    });
    renderApp('/beheer/personen/7');
    const table = await screen.findByTestId('memberships-table');
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lidmaatschap toevoegen' })).not.toBeInTheDocument();
  });

  it('labels every membership cell with its column, for the stacked layout on a phone', async () => {
    mockApi({ 'GET /api/v1/me': users.admin, 'GET /api/v1/admin/people/7': person, 'GET /api/v1/admin/people/7/sessions': [] });
    renderApp('/beheer/personen/7');
    const table = await screen.findByTestId('memberships-table');
    expect(table).toHaveClass('tp-stack-table');
    const cells = within(table).getAllByRole('cell');
    expect(cells.map((c) => c.getAttribute('data-label'))).toEqual(['Rol', 'Werkgebied', 'Geldig', 'Stand', 'Actie']);
  });

  it('resets the second factor of a person who lost the phone, after a confirmation', async () => {
    let reset = 0;
    mockApi({
      'GET /api/v1/me': users.admin,
      'GET /api/v1/admin/people/7': person,
      'GET /api/v1/admin/people/7/sessions': [],
      'POST /api/v1/admin/people/7/second-factor/reset': () => {
        reset++;
        return json(person);
      },
    });
    renderApp('/beheer/personen/7');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Tweestapsverificatie herstellen' }));
    const dialog = screen.getByRole('dialog', { name: /Tweestapsverificatie van .* herstellen\?/ });
    await user.click(within(dialog).getByRole('button', { name: 'Tweestapsverificatie herstellen' }));
    expect(await screen.findByTestId('second-factor-reset')).toHaveTextContent('Tweestapsverificatie is hersteld');
    expect(reset).toBe(1);
  });
});

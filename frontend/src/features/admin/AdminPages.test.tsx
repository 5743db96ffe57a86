import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { json, mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { adminRegions, invitationNotMailed, organisations } from './fixtures';

describe('invite page', () => {
  it('lets the role follow the organisation, asks a partner\'s region, and shows a link that was not mailed', async () => {
    const sent: unknown[] = [];
    mockApi({
      'GET /api/v1/me': users.admin,
      'GET /api/v1/admin/organisations': { items: organisations, total: 2 },
      'POST /api/v1/admin/invitations': ({ body }) => {
        sent.push(body);
        return json(invitationNotMailed, 201);
      },
    });
    renderApp('/beheer/uitnodigen');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('E-mailadres'), 'nieuw@example.org');
    await user.type(screen.getByLabelText('Naam'), 'Nieuwe Collega');
    expect(screen.getByTestId('invite-role')).toHaveTextContent('volgt uit de organisatie');
    await user.selectOptions(screen.getByLabelText('Organisatie'), '5');
    expect(screen.getByTestId('invite-role')).toHaveTextContent('Rol: corporatie medewerker');
    expect(screen.getByLabelText('Regio')).toHaveValue('MRA');
    await user.clear(screen.getByLabelText('Geldig vanaf'));
    await user.type(screen.getByLabelText('Geldig vanaf'), '2027-01-01');
    await user.click(screen.getByRole('button', { name: 'Uitnodigen' }));

    const notice = await screen.findByTestId('link-notice');
    expect(within(notice).getByLabelText('Link')).toHaveValue('http://localhost/wachtwoord/nieuw?token=abc');
    expect(screen.getByRole('link', { name: 'Naar Nieuwe Collega' })).toHaveAttribute('href', '/beheer/personen/8');
    expect(sent).toEqual([
      {
        email: 'nieuw@example.org',
        displayName: 'Nieuwe Collega',
        organisationId: 5,
        role: 'CORPORATIE_MEDEWERKER',
        regionCode: 'MRA',
        managesPeople: null,
        validFrom: '2027-01-01',
        validTo: null,
      },
    ]);
  });
});

describe('invite page with more organisations than one list holds', () => {
  it('says the list is cut off and narrows it by kind and region on the server', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/me': users.admin,
      'GET /api/v1/admin/organisations': { items: organisations, total: 360 },
      'GET /api/v1/admin/regions': adminRegions,
    });
    renderApp('/beheer/uitnodigen');
    expect(await screen.findByText('2 van 360 organisaties getoond: kies een soort of regio om de lijst te verkleinen.')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Soort organisatie'), 'REGIO');
    await user.selectOptions(await screen.findByLabelText('In regio'), 'MRA');
    const asked = () => fetchMock.mock.calls.map(([input]) => new URL(String(input), 'http://localhost')).filter((u) => u.pathname === '/api/v1/admin/organisations');
    await vi.waitFor(() => {
      const last = asked().at(-1);
      expect(last?.searchParams.get('kind')).toBe('REGIO');
      expect(last?.searchParams.get('regionCode')).toBe('MRA');
    });
  });
});

describe('organisations page', () => {
  it('offers Wijzigen only where the server allows EDIT, and saves a partner with its version', async () => {
    const sent: unknown[] = [];
    mockApi({
      'GET /api/v1/me': users.admin,
      'GET /api/v1/admin/organisations': { items: organisations, total: 2 },
      'GET /api/v1/admin/regions': adminRegions,
      'PUT /api/v1/admin/organisations/5': ({ body }) => {
        sent.push(body);
        return json(organisations[1]);
      },
    });
    renderApp('/beheer/organisaties');
    const table = await screen.findByRole('table', { name: '2 organisaties' });
    expect(within(table).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Wijzigen: Woningcorporatie Demo (MRA)',
      'Inlogbeleid: Woningcorporatie Demo (MRA)',
    ]);
    const user = userEvent.setup();
    await user.click(within(table).getByRole('button', { name: 'Wijzigen: Woningcorporatie Demo (MRA)' }));
    const dialog = screen.getByRole('dialog', { name: 'Woningcorporatie Demo (MRA) wijzigen' });
    expect(await within(dialog).findByLabelText('Metropoolregio Amsterdam')).toBeChecked();
    await user.clear(within(dialog).getByLabelText('Naam'));
    await user.type(within(dialog).getByLabelText('Naam'), 'Woonstichting Demo');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await vi.waitFor(() => expect(sent).toEqual([{ name: 'Woonstichting Demo', kvkNumber: '00000001', regionCodes: ['MRA'], version: 2 }]));
  });
});

describe('organisation login policy', () => {
  it('sets second factor required and password login off, with the version', async () => {
    const sent: unknown[] = [];
    mockApi({
      'GET /api/v1/me': users.admin,
      'GET /api/v1/admin/organisations': { items: organisations, total: 2 },
      'PUT /api/v1/admin/organisations/5/login-policy': ({ body }) => {
        sent.push(body);
        return json({ ...organisations[1], secondFactorRequired: true, localLoginAllowed: false, version: 3 });
      },
    });
    renderApp('/beheer/organisaties');
    const table = await screen.findByRole('table', { name: '2 organisaties' });
    expect(within(table).getAllByRole('row')[2]).toHaveTextContent('wachtwoord');
    const user = userEvent.setup();
    await user.click(within(table).getByRole('button', { name: 'Inlogbeleid: Woningcorporatie Demo (MRA)' }));
    const dialog = screen.getByRole('dialog', { name: 'Inlogbeleid van Woningcorporatie Demo (MRA)' });
    await user.click(within(dialog).getByLabelText('Tweestapsverificatie verplicht voor inloggen met een wachtwoord'));
    const local = within(dialog).getByLabelText('Inloggen met een wachtwoord toegestaan');
    expect(local).toBeChecked();
    await user.click(local);
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await vi.waitFor(() => expect(sent).toEqual([{ secondFactorRequired: true, localLoginAllowed: false, version: 2 }]));
  });
});

describe('region members page', () => {
  it('lets the platform beheerder confirm a member still to be confirmed', async () => {
    const sent: unknown[] = [];
    mockApi({
      'GET /api/v1/me': users.admin,
      'GET /api/v1/admin/regions': adminRegions,
      'PUT /api/v1/admin/regions/MRA/members/GM0384/2023-01-01': ({ body }) => {
        sent.push(body);
        return json({ ...adminRegions[0]!.members[1], confirmed: true });
      },
    });
    renderApp('/beheer/regios');
    await screen.findByRole('heading', { level: 2, name: 'Metropoolregio Amsterdam' });
    expect(screen.getByText('te bevestigen')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Bevestigen: Diemen' }));
    await vi.waitFor(() => expect(sent).toEqual([{ validTo: null, confirmed: true, subregionCode: null, note: null, version: 4 }]));
  });
});

describe('administration log', () => {
  it('lists the events and filters them through the server', async () => {
    const urls: string[] = [];
    const fetchMock = mockApi({
      'GET /api/v1/me': users.admin,
      'GET /api/v1/admin/audit': {
        items: [
          {
            occurredAt: '2026-12-07T09:00:00Z',
            actor: 'beheerder',
            action: 'DEACTIVATE',
            entityType: 'person',
            entityId: '7',
            field: 'active',
            oldValue: 'true',
            newValue: 'false',
            detail: null,
          },
        ],
        total: 1,
      },
    });
    renderApp('/beheer/logboek?persoon=7');
    const table = await screen.findByRole('table', { name: '1 gebeurtenis' });
    expect(table).toHaveTextContent('active: true → false');
    expect(screen.getByRole('button', { name: 'Exporteren (CSV)' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Vanaf'), '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Filteren' }));
    await vi.waitFor(() => {
      urls.splice(0, urls.length, ...fetchMock.mock.calls.map(([input]) => String(input)));
      expect(urls).toContain('/api/v1/admin/audit?personId=7&from=2026-12-01&limit=50&offset=0');
    });
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { todayIso } from '../../shared/format/format';
import { adminRegions, adminRegionsReadOnly } from './fixtures';

const table = () => screen.getByRole('table', { name: 'Leden van Metropoolregio Amsterdam' });
const buttons = (row: string) =>
  within(within(table()).getByRole('rowheader', { name: row }).closest('tr')!)
    .queryAllByRole('button')
    .map((b) => b.textContent);

describe('regions administration', () => {
  it('shows per member exactly the buttons the server allows', async () => {
    mockApi({ 'GET /api/v1/me': users.admin, 'GET /api/v1/admin/regions': adminRegions });
    renderApp('/beheer/regios');
    await screen.findByRole('heading', { level: 2, name: 'Metropoolregio Amsterdam' });
    expect(buttons('Amsterdam')).toEqual(['Beëindigen: Amsterdam', 'Wijzigen: Amsterdam']);
    expect(buttons('Diemen')).toEqual(['Bevestigen: Diemen', 'Beëindigen: Diemen', 'Wijzigen: Diemen']);
    expect(buttons('Weesp')).toEqual(['Wijzigen: Weesp']);
    expect(screen.getByRole('button', { name: 'Gemeente toevoegen: Metropoolregio Amsterdam' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Deelregio toevoegen: Metropoolregio Amsterdam' })).toBeInTheDocument();
  });

  it('shows no buttons when the server allows nothing (a regio beheerder reading its region)', async () => {
    mockApi({ 'GET /api/v1/me': { ...users.regionManager }, 'GET /api/v1/admin/regions': adminRegionsReadOnly });
    renderApp('/beheer/regios');
    await screen.findByRole('heading', { level: 2, name: 'Metropoolregio Amsterdam' });
    expect(within(table()).queryAllByRole('button')).toEqual([]);
    expect(within(table()).queryByRole('columnheader', { name: 'Actie' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /toevoegen/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nieuwe regio' })).not.toBeInTheDocument();
  });

  it('ends a membership on a chosen date and changes a deelregio and note, against the version read', async () => {
    const sent: { path: string; body: unknown }[] = [];
    mockApi({
      'GET /api/v1/me': users.admin,
      'GET /api/v1/admin/regions': adminRegions,
      'PUT /api/v1/admin/regions/MRA/members/GM0363/2017-01-01': ({ body }) => {
        sent.push({ path: 'GM0363', body });
        return json({ ...adminRegions[0]!.members[0], validTo: '2026-12-31' });
      },
      'PUT /api/v1/admin/regions/MRA/members/GM0384/2023-01-01': ({ body }) => {
        sent.push({ path: 'GM0384', body });
        return problem(409, 'VERSION_CONFLICT', 'Iemand anders heeft dit lidmaatschap intussen gewijzigd.');
      },
    });
    renderApp('/beheer/regios');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Beëindigen: Amsterdam' }));
    let dialog = screen.getByRole('dialog', { name: 'Lidmaatschap van Amsterdam beëindigen' });
    const end = within(dialog).getByLabelText('Einddatum');
    await user.clear(end);
    await user.type(end, '2026-12-31');
    await user.click(within(dialog).getByRole('button', { name: 'Beëindigen' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Wijzigen: Diemen' }));
    dialog = screen.getByRole('dialog', { name: 'Lidmaatschap van Diemen wijzigen' });
    await user.selectOptions(within(dialog).getByLabelText('Deelregio'), 'AMS');
    await user.type(within(dialog).getByLabelText('Notitie'), 'besluit volgt');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    // refused: the dialog stays with what was typed
    expect(await within(dialog).findByText('Iemand anders heeft dit lidmaatschap intussen gewijzigd.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Notitie')).toHaveValue('besluit volgt');

    expect(sent).toEqual([
      { path: 'GM0363', body: { validTo: '2026-12-31', confirmed: true, subregionCode: 'AMS', note: null, version: 0 } },
      { path: 'GM0384', body: { validTo: null, confirmed: false, subregionCode: 'AMS', note: 'besluit volgt', version: 4 } },
    ]);
  });

  it('adds a municipality "te bevestigen" and shows the server\'s overlap refusal', async () => {
    const sent: unknown[] = [];
    mockApi({
      'GET /api/v1/me': users.admin,
      'GET /api/v1/admin/regions': adminRegions,
      'GET /api/v1/municipalities': [],
      'POST /api/v1/admin/regions/MRA/members': ({ body }) => {
        sent.push(body);
        return problem(409, 'MEMBERSHIP_OVERLAPS', 'Gemeente Diemen is in die periode al lid van regio MRA (vanaf 2023-01-01).');
      },
    });
    renderApp('/beheer/regios');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Gemeente toevoegen: Metropoolregio Amsterdam' }));
    const form = screen.getByRole('form', { name: 'Gemeente toevoegen aan Metropoolregio Amsterdam' });
    await user.type(within(form).getByLabelText('Gemeente (CBS-code)'), 'gm0384');
    const from = within(form).getByLabelText('Geldig vanaf');
    await user.clear(from);
    await user.type(from, '2024-01-01');
    await user.click(within(form).getByRole('checkbox', { name: /Nog te bevestigen/ }));
    await user.click(within(form).getByRole('button', { name: 'Lid maken' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('al lid van regio MRA');
    expect(within(form).getByLabelText('Gemeente (CBS-code)')).toHaveValue('gm0384');
    expect(sent).toEqual([{ municipalityCode: 'GM0384', subregionCode: null, validFrom: '2024-01-01', confirmed: false }]);
  });

  it('creates a region with its members, and puts a member\'s field error next to that member', async () => {
    const sent: unknown[] = [];
    let refuse = true;
    mockApi({
      'GET /api/v1/me': users.admin,
      'GET /api/v1/admin/regions': adminRegions,
      'GET /api/v1/municipalities': [],
      'POST /api/v1/admin/regions': ({ body }) => {
        sent.push(body);
        if (refuse) {
          refuse = false;
          return problem(400, 'VALIDATION_FAILED', 'De invoer is niet geldig.', {
            fields: [
              { field: 'code', code: 'INVALID_FORMAT', message: 'must match "^[A-Z]{2,6}$"' },
              { field: 'members[1].municipalityCode', code: 'UNKNOWN_MUNICIPALITY', message: 'Gemeente GM9998 bestaat niet.' },
            ],
          });
        }
        return json({ code: 'NWR', name: 'Nieuwe Regio', subregions: [], members: [], allowedActions: ['ADD_MEMBER'] }, 201);
      },
    });
    renderApp('/beheer/regios');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Nieuwe regio' }));
    const form = screen.getByRole('form', { name: 'Nieuwe regio' });
    await user.type(within(form).getByLabelText(/Regiocode/), 'nwr');
    await user.type(within(form).getByLabelText('Naam'), 'Nieuwe Regio');
    await user.type(within(form).getAllByLabelText('Gemeente (CBS-code)')[0]!, 'GM0363');
    await user.click(within(form).getByRole('button', { name: 'Nog een gemeente' }));
    await user.type(within(form).getAllByLabelText('Gemeente (CBS-code)')[1]!, 'GM9998');
    const dates = within(form).getAllByLabelText('Geldig vanaf');
    await user.clear(dates[1]!);
    await user.type(dates[1]!, '2027-01-01');
    await user.click(within(form).getByRole('button', { name: 'Regio aanmaken' }));

    const second = await vi.waitFor(() => {
      const field = within(form).getAllByLabelText('Gemeente (CBS-code)')[1]!;
      expect(field).toHaveAttribute('aria-invalid', 'true');
      return field;
    });
    expect(second).toHaveAccessibleDescription(/Gemeente GM9998 bestaat niet\./);
    expect(second).toHaveValue('GM9998');
    expect(within(form).getAllByLabelText('Gemeente (CBS-code)')[0]).not.toHaveAttribute('aria-invalid');
    // a bare format check of the validator gets its Dutch text, not the validator's English default
    expect(within(form).getByText('Deze waarde heeft niet de juiste vorm.')).toBeInTheDocument();
    expect(within(form).queryByText(/must match/)).not.toBeInTheDocument();

    await user.clear(second);
    await user.type(second, 'GM0384');
    await user.click(within(form).getByRole('button', { name: 'Regio aanmaken' }));
    expect(await screen.findByTestId('region-created')).toHaveTextContent('De regio is aangemaakt');
    const iso = todayIso();
    expect(sent).toEqual([
      {
        code: 'NWR',
        name: 'Nieuwe Regio',
        subregions: null,
        members: [
          { municipalityCode: 'GM0363', subregionCode: null, validFrom: iso },
          { municipalityCode: 'GM9998', subregionCode: null, validFrom: '2027-01-01' },
        ],
      },
      {
        code: 'NWR',
        name: 'Nieuwe Regio',
        subregions: null,
        members: [
          { municipalityCode: 'GM0363', subregionCode: null, validFrom: iso },
          { municipalityCode: 'GM0384', subregionCode: null, validFrom: '2027-01-01' },
        ],
      },
    ]);
  });
});

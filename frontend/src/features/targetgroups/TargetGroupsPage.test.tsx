import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mra, users } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import type { TargetGroup } from './api/targetGroups';

const groups: TargetGroup[] = [
  { code: 'dakloos', name: 'Dakloze en thuisloze mensen', national: true, active: true, sortOrder: 1, version: 0 },
  { code: 'oekraine', name: 'Oekraïense ontheemden', national: false, active: false, sortOrder: 30, version: 2 },
];

const LIST = 'GET /api/v1/regions/MRA/target-groups';
const rowOf = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;

describe('target groups', () => {
  it('lists national and own groups; the programme manager switches one on with its version', async () => {
    let patched: unknown;
    mockApi({
      'GET /api/v1/me': users.regionManager,
      'GET /api/v1/regions/MRA': mra,
      [LIST]: groups,
      'PATCH /api/v1/regions/MRA/target-groups/oekraine': ({ body }) => {
        patched = body;
        return json({ ...groups[1], active: true, version: 3 });
      },
    });
    const user = userEvent.setup();
    renderApp('/regios/MRA/aandachtsgroepen');

    expect(await screen.findByRole('heading', { level: 1, name: 'Aandachtsgroepen' })).toBeInTheDocument();
    expect(within(rowOf('Dakloze en thuisloze mensen')).getByText('landelijk')).toBeInTheDocument();
    expect(within(rowOf('Oekraïense ontheemden')).getByText('eigen regio')).toBeInTheDocument();
    const toggle = screen.getByRole('switch', { name: 'Oekraïense ontheemden actief' });
    expect(toggle).not.toBeChecked();

    await user.click(toggle);
    expect(await screen.findByText('Oekraïense ontheemden staat aan.')).toBeInTheDocument();
    expect(patched).toEqual({ active: true, version: 2 });
    expect(screen.getByRole('switch', { name: 'Oekraïense ontheemden actief' })).toBeChecked();
  });

  it('explains a version conflict and reloads the list', async () => {
    let loads = 0;
    mockApi({
      'GET /api/v1/me': users.regionManager,
      'GET /api/v1/regions/MRA': mra,
      [LIST]: () => {
        loads += 1;
        return json(groups);
      },
      'PATCH /api/v1/regions/MRA/target-groups/dakloos': () => problem(409, 'VERSION_CONFLICT', 'Intussen gewijzigd'),
    });
    const user = userEvent.setup();
    renderApp('/regios/MRA/aandachtsgroepen');
    await user.click(await screen.findByRole('switch', { name: 'Dakloze en thuisloze mensen actief' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('intussen door iemand anders gewijzigd');
    expect(loads).toBe(2);
  });

  it('adds a group of the region and refuses a duplicate name', async () => {
    const added: unknown[] = [];
    mockApi({
      'GET /api/v1/me': users.regionManager,
      'GET /api/v1/regions/MRA': mra,
      [LIST]: groups,
      'POST /api/v1/regions/MRA/target-groups': ({ body }) => {
        added.push(body);
        return (body as { name: string }).name === 'Oekraïense ontheemden'
          ? problem(409, 'TARGET_GROUP_EXISTS', 'Bestaat al')
          : json({ code: 'stadsvernieuwing', name: 'Stadsvernieuwingsurgenten', national: false, active: true, sortOrder: 31, version: 0 }, 201);
      },
    });
    const user = userEvent.setup();
    renderApp('/regios/MRA/aandachtsgroepen');
    const name = await screen.findByLabelText('Naam van de aandachtsgroep');

    await user.type(name, 'Oekraïense ontheemden');
    await user.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(await screen.findByText('Er is al een aandachtsgroep met deze naam.')).toBeInTheDocument();

    await user.clear(name);
    await user.type(name, 'Stadsvernieuwingsurgenten');
    await user.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(await screen.findByRole('rowheader', { name: 'Stadsvernieuwingsurgenten' })).toBeInTheDocument();
    expect(added).toEqual([{ name: 'Oekraïense ontheemden' }, { name: 'Stadsvernieuwingsurgenten' }]);
  });

  it('is read-only for a province analyst', async () => {
    mockApi({ 'GET /api/v1/me': users.provinceAnalyst, 'GET /api/v1/regions/MRA': mra, [LIST]: groups });
    renderApp('/regios/MRA/aandachtsgroepen');
    await screen.findByTestId('target-groups-table');
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
    expect(within(rowOf('Dakloze en thuisloze mensen')).getByText('aan')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Toevoegen' })).not.toBeInTheDocument();
  });
});

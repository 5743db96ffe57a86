import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import type { ModelSummary } from './api/allocation';
import { managerRegion, model, readerRegion } from './fixtures';
import './pages';

vi.mock('../../shared/charts/EChart');

const year = new Date().getFullYear();

const adopted: ModelSummary = {
  id: 5,
  name: 'Uitstroom MO 2025',
  period: '2025-H2',
  targetGroups: [{ code: 'uitstroom_mo', name: 'Uitstroom MO' }],
  status: 'ADOPTED',
  scenarioCount: 2,
  adoptedScenario: { id: 9, name: 'Scenario B', versionNo: 2 },
  adoptedAt: '2025-06-20T14:00:00Z',
  adoptedBy: 'regio.mra',
  total: 60,
};
const concept: ModelSummary = { ...adopted, id: 7, name: 'Uitstroom MO/BW 2026', period: '2026', status: 'CONCEPT', adoptedScenario: null, adoptedAt: null, adoptedBy: null, total: 120 };

const groups = [
  { code: 'uitstroom_mo', name: 'Uitstroom MO', national: true, active: true, sortOrder: 1, version: 0 },
  { code: 'uitstroom_bw', name: 'Uitstroom BW', national: true, active: true, sortOrder: 2, version: 0 },
  { code: 'oud', name: 'Niet meer actief', national: false, active: false, sortOrder: 3, version: 0 },
];

describe('allocation models page', () => {
  it('shows the programme manager every model and the form for a new one', async () => {
    mockApi({
      'GET /api/v1/me': users.regionManager,
      'GET /api/v1/allocation/regions/MRA': managerRegion,
      'GET /api/v1/allocation/regions/MRA/models': [adopted, concept],
      'GET /api/v1/regions/MRA/target-groups': groups,
    });
    renderApp('/regios/MRA/verdeling');
    const table = await screen.findByTestId('models-table');
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!;
    expect(within(row('Uitstroom MO/BW 2026')).getByText('Concept')).toBeInTheDocument();
    expect(within(row('Uitstroom MO/BW 2026')).getByRole('link', { name: 'Uitstroom MO/BW 2026' })).toHaveAttribute('href', '/verdeling/modellen/7');
    const adoptedRow = within(row('Uitstroom MO 2025'));
    expect(adoptedRow.getByText('Vastgesteld')).toBeInTheDocument();
    expect(adoptedRow.getByText('2e halfjaar 2025')).toBeInTheDocument();
    expect(adoptedRow.getByText('Scenario B (versie 2)')).toBeInTheDocument();
    expect(adoptedRow.getByRole('link', { name: 'Resultaten van Uitstroom MO 2025' })).toHaveAttribute('href', '/verdeling/modellen/5/resultaat');

    expect(screen.getByRole('heading', { name: 'Nieuw verdeelmodel' })).toBeInTheDocument();
    expect(await screen.findByRole('checkbox', { name: 'Uitstroom BW' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Niet meer actief' })).not.toBeInTheDocument();
    const years = within(screen.getByLabelText('Jaar')).getAllByRole('option').map((o) => Number(o.textContent));
    expect(years).toEqual([year - 1, year, year + 1, year + 2, year + 3]);
  });

  it('shows a municipality officer only what the API returns and no form', async () => {
    mockApi({
      'GET /api/v1/me': users.municipalityOfficer,
      'GET /api/v1/allocation/regions/MRA': readerRegion,
      'GET /api/v1/allocation/regions/MRA/models': [adopted],
    });
    renderApp('/regios/MRA/verdeling');
    const table = await screen.findByTestId('models-table');
    expect(within(table).getByRole('link', { name: 'Resultaten van Uitstroom MO 2025' })).toBeInTheDocument();
    expect(within(table).queryByRole('link', { name: 'Uitstroom MO 2025' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Nieuw verdeelmodel' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('new-model-form')).not.toBeInTheDocument();
  });

  it('creates a model with the right body and opens it', async () => {
    let body: unknown;
    mockApi({
      'GET /api/v1/me': users.regionManager,
      'GET /api/v1/allocation/regions/MRA': managerRegion,
      'GET /api/v1/allocation/regions/MRA/models': [],
      'GET /api/v1/regions/MRA/target-groups': groups,
      'POST /api/v1/allocation/regions/MRA/models': (request) => {
        body = request.body;
        return json(model, 201);
      },
      'GET /api/v1/allocation/models/7': model,
      'GET /api/v1/allocation/models/7/inputs': ({ referenceDate: '2025-01-01', availableDates: [], demandTotal: null, units: [], missing: [], warnings: [] }),
      'GET /api/v1/regions/MRA/boundaries': { type: 'FeatureCollection', features: [] },
    });
    const user = userEvent.setup();
    renderApp('/regios/MRA/verdeling');
    await user.type(await screen.findByLabelText('Naam'), '  Uitstroom 2027 eerste helft ');
    await user.selectOptions(screen.getByLabelText('Jaar'), String(year + 1));
    await user.selectOptions(screen.getByLabelText('Deel van het jaar'), '1e halfjaar');
    await user.click(await screen.findByRole('checkbox', { name: 'Uitstroom MO' }));
    await user.click(screen.getByRole('checkbox', { name: 'Uitstroom BW' }));
    await user.click(screen.getByRole('button', { name: 'Verdeelmodel aanmaken' }));
    await waitFor(() =>
      expect(body).toEqual({ name: 'Uitstroom 2027 eerste helft', period: `${year + 1}-H1`, targetGroups: ['uitstroom_mo', 'uitstroom_bw'] }),
    );
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/verdeling/modellen/7'));
  });

  it('explains missing fields and an existing model inline', async () => {
    mockApi({
      'GET /api/v1/me': users.regionManager,
      'GET /api/v1/allocation/regions/MRA': managerRegion,
      'GET /api/v1/allocation/regions/MRA/models': [concept],
      'GET /api/v1/regions/MRA/target-groups': groups,
      'POST /api/v1/allocation/regions/MRA/models': () => problem(409, 'MODEL_EXISTS', 'Bestaat al'),
    });
    const user = userEvent.setup();
    renderApp('/regios/MRA/verdeling');
    await user.click(await screen.findByRole('button', { name: 'Verdeelmodel aanmaken' }));
    expect(screen.getByText('Vul een naam in.')).toBeInTheDocument();
    expect(screen.getByText('Kies ten minste één aandachtsgroep.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Naam'), 'Nog een');
    await user.selectOptions(screen.getByLabelText('Jaar'), '2026');
    await user.click(await screen.findByRole('checkbox', { name: 'Uitstroom MO' }));
    await user.click(screen.getByRole('button', { name: 'Verdeelmodel aanmaken' }));
    const exists = await screen.findByTestId('model-exists');
    expect(exists).toHaveTextContent('Er bestaat al een verdeelmodel');
    expect(within(exists).getByRole('link', { name: 'Uitstroom MO/BW 2026 openen' })).toHaveAttribute('href', '/verdeling/modellen/7');
  });

  it('shows the form and the links the server allows, whatever the role', async () => {
    mockApi({
      'GET /api/v1/me': users.regionManager,
      'GET /api/v1/allocation/regions/MRA': { ...readerRegion, allowedActions: ['READ_INDICATORS'] },
      'GET /api/v1/allocation/regions/MRA/models': [adopted],
    });
    renderApp('/regios/MRA/verdeling');
    const table = await screen.findByTestId('models-table');
    expect(within(table).queryByRole('link', { name: 'Uitstroom MO 2025' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Nieuw verdeelmodel' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /indicatoren/i })).toHaveAttribute('href', '/regios/MRA/indicatoren');
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import type { PreviewRequest } from './api/allocation';
import { boundaries, comparison, inputs, model, preview, scenarioA, scenarioB, storedResult } from './fixtures';
import './pages';

vi.mock('../../shared/charts/EChart');

const routes = {
  'GET /api/v1/allocation/models/7': model,
  'GET /api/v1/allocation/models/7/inputs': inputs,
  'GET /api/v1/allocation/scenarios/11/result': storedResult(scenarioA),
  'GET /api/v1/allocation/scenarios/12/result': storedResult(scenarioB, [10, 105, 5]),
  'GET /api/v1/allocation/models/7/compare': comparison,
  'GET /api/v1/regions/MRA/boundaries': boundaries,
};

const previewCalls = (fetchMock: ReturnType<typeof mockApi>) =>
  fetchMock.mock.calls
    .filter(([input, init]) => String(input).endsWith('/api/v1/allocation/preview') && init?.method === 'POST')
    .map(([, init]) => JSON.parse(String(init?.body)) as PreviewRequest);

describe('the scenario editor', () => {
  it('recomputes when a weight slider moves, with weights that still add up to exactly 1', async () => {
    const fetchMock = mockApi({ 'GET /api/v1/me': users.regionManager, ...routes, 'POST /api/v1/allocation/preview': preview });
    renderApp('/verdeling/modellen/7');
    const table = await screen.findByTestId('result-table');
    await waitFor(() => expect(previewCalls(fetchMock)).toHaveLength(1));
    expect(previewCalls(fetchMock)[0]).toMatchObject({ total: 120, method: 'LARGEST_REMAINDER', criteria: scenarioA.criteria });
    expect(within(table).getByRole('button', { name: 'Amsterdam' }).closest('tr')).toHaveTextContent('105,40105');
    expect(screen.getByTestId('preview-status')).toHaveTextContent(/berekend in \d+ ms/);
    expect(screen.getByTestId('save-state')).toHaveTextContent('Alle wijzigingen zijn opgeslagen.');

    fireEvent.change(screen.getByRole('slider', { name: 'Inwoners' }), { target: { value: '75' } });
    await waitFor(() => expect(previewCalls(fetchMock)).toHaveLength(2));
    expect(previewCalls(fetchMock)[1]!.criteria).toEqual([
      { indicator: 'inhabitants', weight: '0.75' },
      { indicator: 'lettings', weight: '0.25' },
    ]);
    expect(screen.getByLabelText('Gewicht van Verhuringen per jaar in procenten')).toHaveValue('25');
    expect(screen.getByTestId('weights-sum')).toHaveTextContent('Samen 100%');
    expect(screen.getByTestId('save-state')).toHaveTextContent('Niet opgeslagen wijzigingen');
  });

  it('debounces quick changes into one request', async () => {
    const fetchMock = mockApi({ 'GET /api/v1/me': users.regionManager, ...routes, 'POST /api/v1/allocation/preview': preview });
    renderApp('/verdeling/modellen/7');
    await screen.findByTestId('result-table');
    await waitFor(() => expect(previewCalls(fetchMock)).toHaveLength(1));
    const slider = screen.getByRole('slider', { name: 'Inwoners' });
    for (const value of ['61', '62', '63', '64', '65']) fireEvent.change(slider, { target: { value } });
    await waitFor(() => expect(previewCalls(fetchMock)).toHaveLength(2));
    expect(previewCalls(fetchMock)[1]!.criteria[0]).toEqual({ indicator: 'inhabitants', weight: '0.65' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(previewCalls(fetchMock)).toHaveLength(2);
  });

  it('shows infeasible bounds next to the result, naming the municipality', async () => {
    mockApi({
      'GET /api/v1/me': users.regionManager,
      ...routes,
      'POST /api/v1/allocation/preview': ({ body }) =>
        (body as PreviewRequest).units.some((u) => u.max === 1)
          ? problem(422, 'ALLOCATION_INFEASIBLE', 'De bovengrenzen van GM0363 en GM0384 tellen op tot minder dan 120.', {
              fields: [
                { field: 'units[GM0363]', code: 'CAPS_BELOW_TOTAL', message: 'Deze bovengrens telt mee in een som onder het totaal.' },
                { field: 'units[GM0384]', code: 'CAPS_BELOW_TOTAL', message: 'Deze bovengrens telt mee in een som onder het totaal.' },
              ],
            })
          : json(preview),
    });
    const user = userEvent.setup();
    renderApp('/verdeling/modellen/7');
    await screen.findByTestId('result-table');
    await user.click(screen.getByText(/Grenzen per gemeente/));
    await user.type(screen.getByLabelText('Maximum voor Amsterdam'), '1');
    const alert = await screen.findByTestId('preview-problem');
    expect(alert).toHaveAttribute('data-code', 'ALLOCATION_INFEASIBLE');
    expect(alert).toHaveTextContent('Deze grenzen zijn samen niet haalbaar');
    expect(within(alert).getByText('Amsterdam')).toBeInTheDocument();
    expect(within(alert).getByText('Diemen')).toBeInTheDocument();
    // the last result that worked is still there
    expect(screen.getByTestId('result-table')).toBeInTheDocument();
  });

  it('saves with the lock version and explains a conflict', async () => {
    let saved: unknown;
    mockApi({
      'GET /api/v1/me': users.regionManager,
      ...routes,
      'POST /api/v1/allocation/preview': preview,
      'PUT /api/v1/allocation/scenarios/11': ({ body }) => {
        saved = body;
        return problem(409, 'VERSION_CONFLICT', 'Gewijzigd', { current: { ...scenarioA, lockVersion: 4, updatedBy: 'beheerder' } } as object);
      },
    });
    const user = userEvent.setup();
    renderApp('/verdeling/modellen/7');
    await screen.findByTestId('result-table');
    await user.selectOptions(screen.getByLabelText('Afronding'), 'D\'Hondt (Jefferson)');
    expect(screen.getByTestId('method-explanation')).toHaveTextContent('Delermethode met delers 1 – 2 – 3');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(saved).toMatchObject({ method: 'DHONDT', lockVersion: 3, criteria: scenarioA.criteria }));
    const dialog = await screen.findByRole('dialog', { name: 'Het scenario is intussen gewijzigd' });
    expect(within(dialog).getByTestId('conflict-text')).toHaveTextContent('beheerder heeft dit scenario');
    await user.click(within(dialog).getByRole('button', { name: 'Opgeslagen versie laden' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Afronding')).toHaveValue('LARGEST_REMAINDER');
  });

  it('opens the explanation of a municipality from the table', async () => {
    mockApi({ 'GET /api/v1/me': users.regionManager, ...routes, 'POST /api/v1/allocation/preview': preview });
    const user = userEvent.setup();
    renderApp('/verdeling/modellen/7');
    const table = await screen.findByTestId('result-table');
    await user.click(within(table).getByRole('button', { name: 'Amstelveen' }));
    const panel = screen.getByTestId('explain-panel');
    expect(within(panel).getByRole('heading', { name: 'Waarom krijgt Amstelveen 11?' })).toBeInTheDocument();
    expect(within(panel).getByTestId('explain-contributions')).toHaveTextContent('Inwoners60%6,60');
    expect(within(panel).getByTestId('explain-steps')).toHaveTextContent('Amstelveen krijgt een extra plek voor rest 0,6');
    expect(within(panel).getByTestId('explain-bound')).toHaveTextContent('geen onder- of bovengrens');
  });

  it('compares two stored scenarios', async () => {
    mockApi({ 'GET /api/v1/me': users.regionManager, ...routes, 'POST /api/v1/allocation/preview': preview });
    renderApp('/verdeling/modellen/7');
    const table = await screen.findByTestId('compare-table');
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!;
    expect(within(row('Diemen')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['4,00', '4', '4,70', '5', '+1']);
    expect(within(row('Amstelveen')).getByText('−1')).toHaveClass('tp-diff--down');
    expect(within(row('Diemen')).getByText('+1')).toHaveClass('tp-diff--up');
    expect(screen.getByTestId('compare-total-a')).toHaveTextContent('120');
    expect(screen.getByTestId('compare-total-b')).toHaveTextContent('120');
  });

  it('shows a read-only scenario with its stored result and the difference with the first', async () => {
    const adoptedB = { ...scenarioB, status: 'ADOPTED' as const, allowedActions: [] };
    mockApi({
      'GET /api/v1/me': users.provinceAnalyst,
      ...routes,
      'GET /api/v1/allocation/models/7': {
        ...model,
        status: 'ADOPTED',
        adoptedScenarioId: 12,
        allowedActions: [],
        scenarios: [{ ...scenarioA, allowedActions: [] }, adoptedB],
      },
    });
    renderApp('/verdeling/modellen/7?scenario=12&gemeente=GM0384');
    const panel = await screen.findByTestId('explain-panel');
    expect(within(panel).getByRole('heading', { name: 'Waarom krijgt Diemen 5?' })).toBeInTheDocument();
    expect(screen.queryByTestId('scenario-editor')).not.toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
    expect(screen.queryByTestId('compare')).not.toBeInTheDocument();
  });

  it('sends others than the manager to the results of an adopted model', async () => {
    mockApi({
      'GET /api/v1/me': users.municipalityOfficer,
      ...routes,
      'GET /api/v1/allocation/models/7': {
        ...model,
        status: 'ADOPTED',
        adoptedScenarioId: 11,
        allowedActions: [],
        scenarios: [{ ...scenarioA, status: 'ADOPTED', allowedActions: [] }],
      },
      'GET /api/v1/allocation/models/7/results': () => problem(500, 'X', 'x'),
    });
    renderApp('/verdeling/modellen/7');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/verdeling/modellen/7/resultaat'));
  });

  it('adopts after confirmation with the besluit and goes to the results; cancelling sends nothing', async () => {
    let adoptBody: unknown;
    let calls = 0;
    mockApi({
      'GET /api/v1/me': users.regionManager,
      ...routes,
      'POST /api/v1/allocation/preview': preview,
      'POST /api/v1/allocation/scenarios/11/adopt': ({ body }) => {
        calls += 1;
        adoptBody = body;
        const sent = body as { decisionBody?: string };
        if (sent.decisionBody === 'PHO') {
          return problem(400, 'VALIDATION_FAILED', 'Vul de gegevens van het besluit in.', {
            fields: [{ field: 'decisionDate', code: 'RANGE', message: 'De besluitdatum ligt niet in de toekomst (en na 2000).' }],
          } as never);
        }
        return json({ ...model, status: 'ADOPTED', adoptedScenarioId: 11, allowedActions: [] });
      },
      'GET /api/v1/allocation/models/7/results': () => problem(500, 'X', 'x'),
    });
    const user = userEvent.setup();
    renderApp('/verdeling/modellen/7');
    await screen.findByTestId('result-table');
    const button = screen.getByRole('button', { name: 'Vaststellen…' });
    await user.click(button);
    let dialog = screen.getByRole('dialog', { name: 'Scenario A vaststellen?' });
    expect(within(dialog).getByTestId('step-summary')).toHaveTextContent('bevriest dit scenario');
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(calls).toBe(0);

    await user.click(button);
    dialog = screen.getByRole('dialog', { name: 'Scenario A vaststellen?' });
    // all three parts of the besluit are required before anything is sent
    await user.click(within(dialog).getByRole('button', { name: 'Vaststellen' }));
    expect(within(dialog).getByLabelText('Kenmerk van het besluit')).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByLabelText('Besloten door')).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toBe(0);
    await user.clear(within(dialog).getByLabelText('Datum van het besluit'));
    await user.type(within(dialog).getByLabelText('Datum van het besluit'), '2026-03-12');
    await user.type(within(dialog).getByLabelText('Kenmerk van het besluit'), 'PHO-2026-04');
    await user.type(within(dialog).getByLabelText('Besloten door'), 'PHO');
    await user.click(within(dialog).getByRole('button', { name: 'Vaststellen' }));
    // the server's message shows at its field
    expect(await within(dialog).findByText('De besluitdatum ligt niet in de toekomst (en na 2000).')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Datum van het besluit')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(within(dialog).getByLabelText('Besloten door'));
    await user.type(within(dialog).getByLabelText('Besloten door'), 'Portefeuillehoudersoverleg Wonen');
    await user.click(within(dialog).getByRole('button', { name: 'Vaststellen' }));
    await waitFor(() =>
      expect(adoptBody).toEqual({ lockVersion: 3, decisionDate: '2026-03-12', decisionReference: 'PHO-2026-04', decisionBody: 'Portefeuillehoudersoverleg Wonen' }),
    );
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/verdeling/modellen/7/resultaat'));
  });
});

import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { boundaries, comparison, inputs, model, preview, scenarioA, scenarioB, storedResult } from './fixtures';
import './pages';

vi.mock('../../shared/charts/EChart');

const refusal = 'De naam is langer dan 80 tekens.';

describe('the scenario editor keeps what is typed', () => {
  it('keeps refused parameters as a local draft, asks before leaving, and offers them back with the error after a reload', async () => {
    mockApi({
      'GET /api/v1/me': users.regionManager,
      'GET /api/v1/allocation/models/7': model,
      'GET /api/v1/allocation/models/7/inputs': inputs,
      'GET /api/v1/allocation/scenarios/11/result': storedResult(scenarioA),
      'GET /api/v1/allocation/scenarios/12/result': storedResult(scenarioB, [10, 105, 5]),
      'GET /api/v1/allocation/models/7/compare': comparison,
      'GET /api/v1/regions/MRA/boundaries': boundaries,
      'POST /api/v1/allocation/preview': preview,
      'PUT /api/v1/allocation/scenarios/11': () =>
        problem(422, 'VALIDATION_FAILED', 'De invoer is niet geldig.', { fields: [{ field: 'name', code: 'LENGTH', message: refusal }] } as never),
    });
    const user = userEvent.setup();
    renderApp('/verdeling/modellen/7');
    await screen.findByTestId('result-table');
    await user.type(screen.getByLabelText('Naam van het scenario'), ' met een lange toelichting');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByTestId('save-problem')).toHaveTextContent(refusal);

    await user.click(screen.getByRole('link', { name: 'Verdeling – Metropoolregio Amsterdam' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Niet alles is opgeslagen' })).getByRole('button', { name: 'Toch weggaan' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/regios/MRA/verdeling'));

    cleanup();
    renderApp('/verdeling/modellen/7');
    const offer = await screen.findByTestId('draft-offer');
    expect(offer).toHaveTextContent(/Er is een niet-opgeslagen versie van \d{2}:\d{2}\./);
    expect(within(offer).getByTestId('draft-offer-error')).toHaveTextContent(refusal);
    expect(screen.getByLabelText('Naam van het scenario')).toHaveValue('Scenario A');
    await user.click(within(offer).getByRole('button', { name: 'Terugzetten' }));
    expect(screen.getByLabelText('Naam van het scenario')).toHaveValue('Scenario A met een lange toelichting');
    expect(screen.getByTestId('save-state')).toHaveAttribute('data-dirty', 'true');
  }, 20000);
});

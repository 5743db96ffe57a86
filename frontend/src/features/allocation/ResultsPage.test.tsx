import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import type { RealisationRow, Swap } from './api/allocation';
import { results } from './fixtures';
import './pages';

vi.mock('../../shared/charts/EChart');

const rowOf = (name: string) => within(screen.getByTestId('realisation-table')).getByRole('rowheader', { name }).closest('tr')!;

describe('the results page', () => {
  it('shows the carried-forward arithmetic per municipality and a totals row', async () => {
    mockApi({ 'GET /api/v1/me': users.provinceAnalyst, 'GET /api/v1/allocation/models/7/results': results('province') });
    renderApp('/verdeling/modellen/7/resultaat');
    await screen.findByTestId('realisation-table');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Taakstelling en realisatie 2026');
    expect(screen.getByTestId('results-facts')).toHaveTextContent('Scenario A (versie 1)');
    expect(screen.getByTestId('results-decision')).toHaveTextContent('Portefeuillehoudersoverleg Wonen, 12-3-2026, kenmerk PHO-2026-04');
    expect(within(rowOf('Amstelveen')).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '11', '–', '11', '−1', '10', '4twee in aanbouw', '−6', '6',
    ]);
    expect(within(rowOf('Amsterdam')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['105', '–', '105', '+3', '108', '–', '–', '108']);
    expect(within(screen.getByTestId('realisation-totals')).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '120', '–', '120', '+2', '122', '8', '−6', '114',
    ]);
    // a province analyst reads only
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByTestId('propose-swap')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /bevestigen/i })).not.toBeInTheDocument();
    expect(screen.getByTestId('explain-link')).toHaveAttribute('href', '/verdeling/modellen/7?scenario=11');
  });

  it('lets a partner read and download the adopted results, with nothing to record, propose or decide', async () => {
    // the server shows a partner the confirmed swaps only, with no actions
    const shared = { ...results('province'), swaps: results('province').swaps.map((s) => ({ ...s, status: 'CONFIRMED' as const })) };
    mockApi({ 'GET /api/v1/me': users.corporatie, 'GET /api/v1/allocation/models/7/results': shared });
    renderApp('/verdeling/modellen/7/resultaat');
    await screen.findByTestId('realisation-table');
    expect(within(rowOf('Diemen')).getAllByRole('cell')[0]).toHaveTextContent('4');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByTestId('propose-swap')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('swaps')).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /CSV/ })).toBeInTheDocument();
    expect(screen.getByTestId('explain-link')).toHaveAttribute('href', '/verdeling/modellen/7?scenario=11');
  });

  it('lets a municipality officer record only its own realisation, with the version it read', async () => {
    let put: unknown;
    mockApi({
      'GET /api/v1/me': users.municipalityOfficer,
      'GET /api/v1/allocation/models/7/results': results('amsterdam'),
      'PUT /api/v1/allocation/models/7/realisation/GM0363': ({ body }) => {
        put = body;
        const row: RealisationRow = { ...results('amsterdam').rows[1]!, realised: 40, realisationVersion: 0, realisationNote: 'eerste kwartaal', difference: -68, carriedOut: 68 };
        return json(row);
      },
    });
    const user = userEvent.setup();
    renderApp('/verdeling/modellen/7/resultaat');
    await screen.findByTestId('realisation-table');
    expect(within(rowOf('Amstelveen')).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(rowOf('Diemen')).queryByRole('textbox')).not.toBeInTheDocument();
    const own = within(rowOf('Amsterdam'));
    await user.type(own.getByRole('textbox', { name: 'Gerealiseerd door Amsterdam' }), '40');
    await user.type(own.getByRole('textbox', { name: 'Toelichting van Amsterdam' }), 'eerste kwartaal');
    await user.click(own.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(put).toEqual({ realised: 40, note: 'eerste kwartaal', version: null }));
    expect(await own.findByText('Opgeslagen.')).toBeInTheDocument();
    expect(screen.getByTestId('explain-link')).toHaveAttribute('href', '/verdeling/modellen/7?scenario=11&gemeente=GM0363');
  });

  it('shows a conflicting realisation and lets the officer take it', async () => {
    mockApi({
      'GET /api/v1/me': users.municipalityOfficer,
      'GET /api/v1/allocation/models/7/results': results('amsterdam'),
      'PUT /api/v1/allocation/models/7/realisation/GM0363': () =>
        problem(409, 'VERSION_CONFLICT', 'Gewijzigd', { current: { ...results('amsterdam').rows[1]!, realised: 12, realisationVersion: 0 } } as object),
    });
    const user = userEvent.setup();
    renderApp('/verdeling/modellen/7/resultaat');
    await screen.findByTestId('realisation-table');
    const own = within(rowOf('Amsterdam'));
    await user.type(own.getByRole('textbox', { name: 'Gerealiseerd door Amsterdam' }), '40');
    await user.click(own.getByRole('button', { name: 'Opslaan' }));
    expect(await own.findByText(/Iemand anders heeft intussen 12 vastgelegd/)).toBeInTheDocument();
    await user.click(own.getByRole('button', { name: 'Hun waarde overnemen' }));
    expect(own.getByRole('textbox', { name: 'Gerealiseerd door Amsterdam' })).toHaveValue('12');
  });

  it('proposes a swap with the right body and explains SWAP_EXCEEDS_TARGET', async () => {
    const bodies: unknown[] = [];
    const created: Swap[] = [];
    mockApi({
      'GET /api/v1/me': users.municipalityOfficer,
      'GET /api/v1/allocation/models/7/results': () => {
        const data = results('amsterdam');
        return json({ ...data, swaps: [...data.swaps, ...created] });
      },
      'POST /api/v1/allocation/models/7/swaps': ({ body }) => {
        bodies.push(body);
        if (bodies.length === 1) return problem(409, 'SWAP_EXCEEDS_TARGET', 'Te veel');
        const swap: Swap = {
          ...results('amsterdam').swaps[0]!,
          id: 4,
          from: { code: 'GM0363', name: 'Amsterdam' },
          to: { code: 'GM0362', name: 'Amstelveen' },
          amount: 3,
          proposedBy: 'gemeente.amsterdam',
          proposedFor: 'GM0363',
          allowedActions: ['WITHDRAW'],
        };
        created.push(swap);
        return json(swap, 201);
      },
    });
    const user = userEvent.setup();
    renderApp('/verdeling/modellen/7/resultaat');
    const form = within(await screen.findByTestId('propose-swap'));
    expect(form.getAllByRole('option').map((o) => o.textContent)).toEqual(['Kies een gemeente', 'Amstelveen', 'Diemen']);

    await user.click(form.getByRole('radio', { name: 'Wij nemen over van' }));
    await user.selectOptions(form.getByLabelText('Andere gemeente'), 'Diemen');
    await user.type(form.getByLabelText('Aantal plekken'), '9');
    await user.type(form.getByLabelText('Reden'), 'Diemen heeft geen plek');
    await user.click(form.getByRole('button', { name: 'Ruil voorstellen' }));
    await waitFor(() => expect(bodies[0]).toEqual({ from: 'GM0384', to: 'GM0363', amount: 9, reason: 'Diemen heeft geen plek' }));
    expect(await form.findByTestId('swap-form-problem')).toHaveTextContent('Diemen kan geen 9 overdragen');

    await user.click(form.getByRole('radio', { name: 'Wij dragen over aan' }));
    await user.selectOptions(form.getByLabelText('Andere gemeente'), 'Amstelveen');
    await user.clear(form.getByLabelText('Aantal plekken'));
    await user.type(form.getByLabelText('Aantal plekken'), '3');
    await user.click(form.getByRole('button', { name: 'Ruil voorstellen' }));
    await waitFor(() => expect(bodies[1]).toEqual({ from: 'GM0363', to: 'GM0362', amount: 3, reason: 'Diemen heeft geen plek' }));
    expect(await screen.findByTestId('swap-notice')).toHaveTextContent('Amstelveen moet het nog bevestigen');
    const row = within(screen.getByTestId('swaps-table')).getByRole('rowheader', { name: /Amsterdam.*Amstelveen/ }).closest('tr')!;
    expect(within(row).getByRole('button', { name: 'Ruil 3 van Amsterdam naar Amstelveen intrekken' })).toBeInTheDocument();
  });

  it('offers the other party confirm and reject, and confirms', async () => {
    let confirmed = false;
    mockApi({
      'GET /api/v1/me': users.municipalityOfficer,
      'GET /api/v1/allocation/models/7/results': () => {
        const data = results('amsterdam');
        if (confirmed) {
          data.swaps = [{ ...data.swaps[0]!, status: 'CONFIRMED', allowedActions: [], decidedBy: 'gemeente.amsterdam', decidedAt: '2026-04-02T10:00:00Z' }];
          data.rows[1] = { ...data.rows[1]!, swapped: 2, effectiveTarget: 107, due: 110, carriedOut: 110 };
          data.rows[2] = { ...data.rows[2]!, swapped: -2, effectiveTarget: 2, due: 2, difference: 2, carriedOut: -2 };
        }
        return json(data);
      },
      'POST /api/v1/allocation/swaps/3/confirm': () => {
        confirmed = true;
        return json({ ...results('amsterdam').swaps[0]!, status: 'CONFIRMED', allowedActions: [] });
      },
    });
    const user = userEvent.setup();
    renderApp('/verdeling/modellen/7/resultaat');
    const table = within(await screen.findByTestId('swaps-table'));
    expect(table.getByText('Voorgesteld')).toBeInTheDocument();
    expect(table.getByRole('button', { name: 'Ruil 2 van Diemen naar Amsterdam afwijzen' })).toBeInTheDocument();
    expect(table.queryByRole('button', { name: /intrekken/ })).not.toBeInTheDocument();
    // rejecting asks first; cancelling sends nothing
    const reject = table.getByRole('button', { name: 'Ruil 2 van Diemen naar Amsterdam afwijzen' });
    await user.click(reject);
    let dialog = screen.getByRole('dialog', { name: 'Ruil 2 van Diemen naar Amsterdam afwijzen?' });
    expect(within(dialog).getByTestId('step-summary')).toHaveTextContent('de taakstellingen blijven zoals ze zijn');
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(reject).toHaveFocus();

    const confirm = table.getByRole('button', { name: 'Ruil 2 van Diemen naar Amsterdam bevestigen' });
    await user.click(confirm);
    dialog = screen.getByRole('dialog', { name: 'Ruil 2 van Diemen naar Amsterdam bevestigen?' });
    expect(within(dialog).getByTestId('step-summary')).toHaveTextContent('Taakstelling Diemen: 4 wordt 2');
    expect(within(dialog).getByTestId('step-summary')).toHaveTextContent('Taakstelling Amsterdam: 105 wordt 107');
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(confirmed).toBe(false);
    await user.click(confirm);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Bevestigen' }));
    expect(await screen.findByTestId('swap-notice')).toHaveTextContent('De ruil is bevestigd');
    expect(table.getByText('Bevestigd')).toBeInTheDocument();
    await waitFor(() => expect(within(rowOf('Amsterdam')).getAllByRole('cell')[1]).toHaveTextContent('+2'));
    expect(within(rowOf('Diemen')).getAllByRole('cell')[1]).toHaveTextContent('−2');
  });

  it('says so when the model is not adopted yet', async () => {
    mockApi({ 'GET /api/v1/me': users.regionManager, 'GET /api/v1/allocation/models/7/results': () => problem(409, 'MODEL_NOT_ADOPTED', 'Nog niet') });
    renderApp('/verdeling/modellen/7/resultaat');
    expect(await screen.findByTestId('not-adopted')).toBeInTheDocument();
  });
});

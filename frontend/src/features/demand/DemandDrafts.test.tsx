import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import type { CellInput } from './api/demand';
import { analysis, cell } from './fixtures';
import { historyPage } from '../../test/historyPage';

const ENTRY = '/gemeenten/GM0363/vraaganalyse/2026';
const refusal = 'Dit aantal is groter dan het aantal huishoudens.';
const movesLabel = 'Dakloze en thuisloze mensen, Zelfstandig wonen: benodigde woningen per jaar';

describe('the demand grid keeps what is typed', () => {
  it('keeps a refused value as a local draft, asks before leaving, and offers it back with the error after a reload', async () => {
    const sent: CellInput[] = [];
    mockApi({
      'GET /api/v1/me': users.municipalityOfficer,
      'GET /api/v1/demand/municipalities/GM0363/years/2026': analysis(),
      'GET /api/v1/demand/analyses/12/history': historyPage(),
      'PUT /api/v1/demand/analyses/12/cells/dakloos/zelfstandig/MOVES': ({ body }) => {
        const input = body as CellInput;
        sent.push(input);
        if ((input.value ?? 0) > 1000) {
          return problem(400, 'VALIDATION_FAILED', 'Ongeldig', { fields: [{ field: 'value', code: 'TOO_LARGE', message: refusal }] });
        }
        return json(cell({ targetGroup: 'dakloos', housingForm: 'zelfstandig', measure: 'MOVES', ...input, version: (input.version ?? 0) + 1 }));
      },
    });
    const user = userEvent.setup();
    renderApp(ENTRY);
    await screen.findByTestId('demand-grid');
    await user.click(screen.getByRole('textbox', { name: movesLabel }));
    await user.keyboard('99999{Enter}');
    expect(await screen.findByText(refusal)).toBeInTheDocument();

    await user.click(within(screen.getByRole('navigation', { name: 'Hoofdnavigatie' })).getAllByRole('link')[0]!);
    await user.click(within(await screen.findByRole('dialog', { name: 'Niet alles is opgeslagen' })).getByRole('button', { name: 'Toch weggaan' }));
    await waitFor(() => expect(screen.getByTestId('location')).not.toHaveTextContent(ENTRY));

    cleanup();
    renderApp(ENTRY);
    const offer = await screen.findByTestId('draft-offer');
    expect(offer).toHaveTextContent(/Er is een niet-opgeslagen versie van \d{2}:\d{2}\./);
    expect(within(offer).getByTestId('draft-offer-error')).toHaveTextContent(refusal);
    expect(within(offer).getByTestId('draft-offer-cells')).toHaveTextContent(`${movesLabel}: 99999`);
    // not applied unasked
    expect(screen.getByRole('textbox', { name: movesLabel })).not.toHaveValue('99999');
    await user.click(within(offer).getByRole('button', { name: 'Terugzetten' }));
    // back in its cell and sent again: refused again, so the warning is back at the cell
    const moves = screen.getByRole('textbox', { name: movesLabel });
    await waitFor(() => expect(moves.closest('td')).toHaveAttribute('data-status', 'error'));
    expect(moves).toHaveValue('99999');
    expect(screen.getByText(refusal)).toBeInTheDocument();

    // fixed: saved, and nothing is kept any more
    await user.clear(moves);
    await user.type(moves, '40{Enter}');
    await waitFor(() => expect(sent.at(-1)?.value).toBe(40));
    await waitFor(() => expect(Object.keys(localStorage).filter((k) => k.startsWith('thuisplan.draft'))).toEqual([]));
  }, 20000);
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { analysis } from './fixtures';
import { historyPage } from '../../test/historyPage';

const ENTRY = '/gemeenten/GM0363/vraaganalyse/2026';
const GET_ANALYSIS = 'GET /api/v1/demand/municipalities/GM0363/years/2026';

/** Where focus goes when the control just used disappears with the step it took. */
describe('focus after the steps of a demand analysis', () => {
  it('moves focus to the grid’s heading after "Vraaganalyse starten", not to the page body', async () => {
    mockApi({
      'GET /api/v1/me': users.municipalityOfficer,
      [GET_ANALYSIS]: () => problem(404, 'NOT_FOUND', 'Nog geen vraaganalyse', { allowedActions: ['START'] }),
      'POST /api/v1/demand/municipalities/GM0363/years/2026': () => json(analysis({ cells: [] }), 201),
      'GET /api/v1/demand/analyses/12/history': historyPage(),
    });
    renderApp(ENTRY);
    await screen.findByTestId('not-started');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Vraaganalyse starten' }));
    await screen.findByTestId('demand-grid');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Amsterdam' })).toHaveFocus());
  });

  it('moves focus to the status message after "Indienen", whose button is gone then', async () => {
    let current = analysis();
    mockApi({
      'GET /api/v1/me': users.municipalityOfficer,
      [GET_ANALYSIS]: () => json(current),
      'GET /api/v1/demand/analyses/12/history': historyPage(),
      'GET /api/v1/demand/analyses/12/submit-summary': { analysisId: 12, cells: 306, filled: 29, warnings: [] },
      'POST /api/v1/demand/analyses/12/submit': () => {
        current = analysis({ status: 'SUBMITTED', editable: false, allowedActions: [], lockVersion: 4 });
        return json(current);
      },
    });
    renderApp(ENTRY);
    await screen.findByTestId('demand-grid');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Indienen' }));
    // Indienen is confirmed with its summary first; then the dialog and the button are gone
    const dialog = await screen.findByRole('dialog', { name: 'Vraaganalyse indienen?' });
    await within(dialog).findByTestId('step-summary');
    await user.click(within(dialog).getByRole('button', { name: 'Indienen' }));
    const message = await screen.findByTestId('workflow-message');
    expect(screen.queryByRole('button', { name: 'Indienen' })).not.toBeInTheDocument();
    await waitFor(() => expect(message.parentElement).toHaveFocus());
    expect(message).toHaveTextContent('De vraaganalyse is ingediend.');
  });
});

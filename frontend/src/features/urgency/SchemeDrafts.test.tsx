import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mra, users } from '../../test/fixtures';
import { mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { mandatoryCategories, scheme, summaries, targetGroups } from './fixtures';
import './pages';

vi.mock('../../shared/charts/EChart');

const refusal = 'De einddatum ligt voor de begindatum.';

describe('the scheme editor keeps what is typed', () => {
  it('keeps a refused version as a local draft, asks before leaving, and offers it back with the error after a reload', async () => {
    mockApi({
      'GET /api/v1/me': users.regionManager,
      'GET /api/v1/regions/MRA': mra,
      'GET /api/v1/urgency/regions/MRA/schemes': summaries,
      'GET /api/v1/urgency/regions/MRA': { region: { code: 'MRA', name: 'Metropoolregio Amsterdam' }, allowedActions: ['CREATE' as const] },
      'GET /api/v1/urgency/mandatory-categories': mandatoryCategories,
      'GET /api/v1/regions/MRA/target-groups': targetGroups,
      'GET /api/v1/urgency/schemes/4': scheme,
      'PUT /api/v1/urgency/schemes/4': () =>
        problem(400, 'VALIDATION_FAILED', 'De invoer is niet geldig.', { fields: [{ field: 'validTo', code: 'DATES_REVERSED', message: refusal }] }),
    });
    const user = userEvent.setup();
    renderApp('/urgentie/versies/4?tab=bewerken');
    await screen.findByTestId('scheme-editor');
    const name = () => within(screen.getByTestId('header-fields')).getByLabelText('Naam');
    await user.clear(name());
    await user.type(name(), 'Regeling 2027, herzien');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByTestId('save-problem')).toBeInTheDocument();

    // another tab is not leaving; another page is
    await user.click(screen.getByRole('tab', { name: 'Regeling' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Urgentieregeling Metropoolregio Amsterdam' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Niet alles is opgeslagen' })).getByRole('button', { name: 'Toch weggaan' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/regios/MRA/urgentie'));

    cleanup();
    renderApp('/urgentie/versies/4');
    const offer = await screen.findByTestId('draft-offer');
    expect(offer).toHaveTextContent(/Er is een niet-opgeslagen versie van \d{2}:\d{2}\./);
    expect(within(offer).getByTestId('draft-offer-error')).toHaveTextContent(refusal);
    await user.click(within(offer).getByRole('button', { name: 'Terugzetten' }));
    await screen.findByTestId('scheme-editor');
    expect(name()).toHaveValue('Regeling 2027, herzien');
    expect(screen.getByTestId('save-state')).toHaveAttribute('data-dirty', 'true');
  }, 20000);
});

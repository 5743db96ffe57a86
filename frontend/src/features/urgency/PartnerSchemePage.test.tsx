import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mra, users } from '../../test/fixtures';
import { mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { mandatoryCategories, scheme, summaries, targetGroups } from './fixtures';
import './pages';

vi.mock('../../shared/charts/EChart');

/** An adopted version as the server shows it to a partner: no actions, only accepted deviations. */
const adopted = {
  ...scheme,
  id: 3,
  status: 'ADOPTED' as const,
  adoptedAt: '2022-12-01T10:00:00Z',
  adoptedBy: 'regio.mra',
  deviations: scheme.deviations.filter((d) => d.status === 'ACCEPTED'),
  allowedActions: [],
};

const routes = {
  'GET /api/v1/me': users.corporatie,
  'GET /api/v1/regions/MRA': mra,
  'GET /api/v1/urgency/mandatory-categories': mandatoryCategories,
  'GET /api/v1/regions/MRA/target-groups': targetGroups,
  'GET /api/v1/urgency/regions/MRA': { region: { code: 'MRA', name: 'Metropoolregio Amsterdam' }, allowedActions: [] },
  'GET /api/v1/urgency/regions/MRA/schemes': summaries.filter((s) => s.status !== 'CONCEPT'),
  'GET /api/v1/urgency/schemes/3': adopted,
};

describe('an adopted urgentieregeling read by a partner', () => {
  it('shows the regeling and its deviations without edit controls or the capacity check', async () => {
    mockApi(routes);
    renderApp('/urgentie/versies/3?tab=toets');
    const tabs = await screen.findByRole('tablist', { name: 'Onderdelen van deze versie' });
    expect(within(tabs).getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Regeling', 'Afwijkingen']);
    // the check's tab is not there, so the page falls back on the regeling itself
    expect(within(tabs).getByRole('tab', { name: 'Regeling' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByRole('button', { name: /Vaststellen|Verwijderen|Opslaan|Afwijking voorstellen/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'PDF' })).toBeInTheDocument();
  });

  it('lists only the adopted versions, with no new-version form', async () => {
    mockApi(routes);
    renderApp('/regios/MRA/urgentie');
    const table = await screen.findByTestId('schemes-table');
    expect(within(table).getAllByRole('row').slice(1).map((r) => r.getAttribute('data-scheme'))).toEqual(['3']);
    expect(screen.queryByTestId('new-scheme-form')).not.toBeInTheDocument();
  });
});

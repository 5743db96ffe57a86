import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mra, users } from '../../test/fixtures';
import { mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import dutch from '../../shared/i18n/locales/nl/glossary.json';

describe('the glossary', () => {
  it('explains every term alphabetically and lands on the term a link names', async () => {
    mockApi({ 'GET /api/v1/me': users.regionManager });
    renderApp('/begrippen#draagkracht');
    expect(await screen.findByRole('heading', { level: 1, name: 'Begrippen' })).toBeInTheDocument();
    const terms = within(screen.getByTestId('glossary'))
      .getAllByRole('term')
      .map((term) => term.textContent ?? '');
    expect(terms).toHaveLength(Object.keys(dutch.terms).length);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'nl')));
    await waitFor(() => expect(document.activeElement).toHaveTextContent('Draagkracht'));
    expect(screen.getByText(/De sterkte \(0 tot 3\) zegt hoe zwaar dat meeweegt/)).toBeInTheDocument();
    expect(screen.getByText(/gaan één voor één naar de gemeenten met de grootste rest/)).toBeInTheDocument();
  });

  it('is reached from a page that uses a term, and the target groups table shows no internal codes', async () => {
    mockApi({
      'GET /api/v1/me': users.regionManager,
      'GET /api/v1/regions/MRA': mra,
      'GET /api/v1/regions/MRA/target-groups': [
        { code: 'uitstroom_mo', name: 'Uitstroom maatschappelijke opvang', national: true, active: true, sortOrder: 1, version: 0 },
      ],
    });
    const user = userEvent.setup();
    renderApp('/regios/MRA/aandachtsgroepen');
    const table = await screen.findByTestId('target-groups-table');
    expect(table).not.toHaveTextContent('uitstroom_mo');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).not.toContain('Code');
    await user.click(screen.getByRole('link', { name: 'Wat is aandachtsgroep?' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Begrippen' })).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toHaveTextContent('Aandachtsgroep'));
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mra, users } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import type { SchemeAction } from './api/urgency';
import { mandatoryCategories, scheme, summaries, targetGroups } from './fixtures';
import './pages';

vi.mock('../../shared/charts/EChart');

/** The region's versions as a whole: the server lists CREATE for whom may start a version. */
const regionSchemes = (allowedActions: SchemeAction[]) => ({ region: { code: 'MRA', name: 'Metropoolregio Amsterdam' }, allowedActions });

const routes = {
  'GET /api/v1/regions/MRA': mra,
  'GET /api/v1/urgency/regions/MRA': regionSchemes([]),
  'GET /api/v1/urgency/regions/MRA/schemes': summaries,
  'GET /api/v1/urgency/mandatory-categories': mandatoryCategories,
  'GET /api/v1/regions/MRA/target-groups': targetGroups,
  'GET /api/v1/urgency/schemes/4': scheme,
};

describe('the versions of an urgency scheme', () => {
  it('lists every version with status, validity, legal basis and counts', async () => {
    mockApi({ 'GET /api/v1/me': users.municipalityOfficer, ...routes });
    renderApp('/regios/MRA/urgentie');
    const table = await screen.findByTestId('schemes-table');
    const rows = within(table).getAllByRole('row').slice(1);
    // newest first
    expect(rows.map((r) => r.getAttribute('data-scheme'))).toEqual(['4', '3']);
    expect(rows[0]).toHaveTextContent('versie 2');
    expect(within(rows[0]!).getByText('Concept')).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('1-1-2027 t/m 31-12-2030');
    expect(rows[0]).toHaveTextContent('Huisvestingsverordening MRA 202715-11-2026');
    expect(within(rows[1]!).getByText('Vastgesteld')).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('regio.mra');
    expect(within(rows[0]!).getByRole('link', { name: 'Urgentieregeling MRA 2027' })).toHaveAttribute('href', '/urgentie/versies/4');
  });

  it('offers a programme manager a new version, from the template or as a copy, and posts it', async () => {
    let posted: unknown;
    mockApi({
      'GET /api/v1/me': users.regionManager,
      ...routes,
      'GET /api/v1/urgency/regions/MRA': regionSchemes(['CREATE']),
      'POST /api/v1/urgency/regions/MRA/schemes': ({ body }) => {
        posted = body;
        return json(scheme, 201);
      },
    });
    const user = userEvent.setup();
    renderApp('/regios/MRA/urgentie');
    const form = await screen.findByTestId('new-scheme-form');
    await user.type(within(form).getByLabelText('Naam'), 'Urgentieregeling MRA 2031');
    fireEvent.change(within(form).getByLabelText('Geldig vanaf'), { target: { value: '2031-01-01' } });
    fireEvent.change(within(form).getByLabelText('Geldig tot en met'), { target: { value: '2034-12-31' } });
    await user.type(within(form).getByLabelText('Naam van de verordening'), 'Huisvestingsverordening MRA 2031');
    fireEvent.change(within(form).getByLabelText('Datum van de verordening'), { target: { value: '2030-11-15' } });
    expect(within(form).getByLabelText('uit het sjabloon met de verplichte categorieën')).toBeChecked();
    await user.selectOptions(within(form).getByLabelText('Versie om te kopiëren'), 'versie 1: Urgentieregeling MRA');
    expect(within(form).getByLabelText('als kopie van')).toBeChecked();
    await user.click(within(form).getByRole('button', { name: 'Versie aanmaken' }));

    await waitFor(() =>
      expect(posted).toEqual({
        name: 'Urgentieregeling MRA 2031',
        validFrom: '2031-01-01',
        validTo: '2034-12-31',
        legalBasis: { name: 'Huisvestingsverordening MRA 2031', date: '2030-11-15' },
        fromTemplate: false,
        copyOf: 3,
      }),
    );
    // the new version opens in the editor
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/urgentie/versies/4'));
    expect(await screen.findByTestId('scheme-editor')).toBeInTheDocument();
  });

  it('starts from the template by default, and shows a field error from the server at its field', async () => {
    const bodies: unknown[] = [];
    mockApi({
      'GET /api/v1/me': users.regionManager,
      ...routes,
      'GET /api/v1/urgency/regions/MRA': regionSchemes(['CREATE']),
      'POST /api/v1/urgency/regions/MRA/schemes': ({ body }) => {
        bodies.push(body);
        return problem(400, 'VALIDATION_FAILED', 'De invoer is niet geldig.', {
          fields: [{ field: 'validFrom', code: 'BAD_DATE', message: "'2031-02-30' is geen datum als 2027-01-01." }],
        });
      },
    });
    const user = userEvent.setup();
    renderApp('/regios/MRA/urgentie');
    const form = await screen.findByTestId('new-scheme-form');
    await user.type(within(form).getByLabelText('Naam'), 'Nieuw');
    await user.click(within(form).getByRole('button', { name: 'Versie aanmaken' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toMatchObject({ fromTemplate: true, copyOf: null, legalBasis: null });
    const from = within(form).getByLabelText('Geldig vanaf');
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(from).toHaveAccessibleDescription("'2031-02-30' is geen datum als 2027-01-01.");
  });

  it('gives a gemeente no new-version form', async () => {
    mockApi({ 'GET /api/v1/me': users.municipalityOfficer, ...routes });
    renderApp('/regios/MRA/urgentie');
    await screen.findByTestId('schemes-table');
    expect(screen.queryByTestId('new-scheme-form')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Nieuwe versie' })).not.toBeInTheDocument();
  });

  it('shows the new-version form only when the server allows CREATE, whatever the role', async () => {
    mockApi({ 'GET /api/v1/me': users.regionManager, ...routes });
    renderApp('/regios/MRA/urgentie');
    await screen.findByTestId('schemes-table');
    expect(screen.queryByTestId('new-scheme-form')).not.toBeInTheDocument();
  });

  it('compares two chosen versions', async () => {
    mockApi({ 'GET /api/v1/me': users.municipalityOfficer, ...routes, 'GET /api/v1/urgency/schemes/compare': () => problem(500, 'X', 'x') });
    const user = userEvent.setup();
    renderApp('/regios/MRA/urgentie');
    const picker = await screen.findByTestId('compare-picker');
    expect(within(picker).getByLabelText('Versie A')).toHaveValue('3');
    expect(within(picker).getByLabelText('Versie B')).toHaveValue('4');
    await user.click(within(picker).getByRole('button', { name: 'Vergelijken' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/urgentie/vergelijk'));
  });
});

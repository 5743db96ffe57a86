import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mra, users } from '../../test/fixtures';
import { json, mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { careDocument, documentSummaries, regionActions, templateSummaries } from './fixtures';
import './pages';

vi.mock('../../shared/charts/EChart');

const routes = {
  'GET /api/v1/regions/MRA': mra,
  'GET /api/v1/woonzorgvisie/regions/MRA/documents': documentSummaries,
  'GET /api/v1/woonzorgvisie/regions/MRA/templates': templateSummaries,
  'GET /api/v1/woonzorgvisie/documents/7': careDocument,
};

describe('the woonzorgvisie overview', () => {
  it('lists documents with status, progress, open comments and a newer template version', async () => {
    mockApi({ 'GET /api/v1/me': users.regionManager, ...routes, 'GET /api/v1/woonzorgvisie/regions/MRA/allowed-actions': regionActions.manager });
    renderApp('/regios/MRA/woonzorgvisie');
    const table = await screen.findByTestId('documents-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-document'))).toEqual(['8', '7']);
    const amsterdam = rows[1]!;
    expect(within(amsterdam).getByText('In beoordeling')).toBeInTheDocument();
    expect(within(amsterdam).getByTestId('progress')).toHaveTextContent('12 van 20 paragrafen ingevuld, verplicht 8/9');
    expect(within(amsterdam).getByRole('progressbar', { name: '12 van 20 paragrafen ingevuld, verplicht 8/9' })).toHaveAttribute('value', '12');
    expect(amsterdam).toHaveTextContent('Woonzorgvisie MRA, versie 1nieuwe sjabloonversie beschikbaar (versie 2)');
    expect(within(amsterdam).getByRole('link', { name: 'Amsterdam' })).toHaveAttribute('href', '/woonzorgvisie/documenten/7');
    expect(within(rows[0]!).getByText('Vastgesteld')).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('Deelregio');
  });

  it('lets the manager start one for any member municipality or subregion', async () => {
    let posted: unknown;
    mockApi({
      'GET /api/v1/me': users.regionManager,
      ...routes,
      'GET /api/v1/woonzorgvisie/regions/MRA/allowed-actions': regionActions.manager,
      'POST /api/v1/woonzorgvisie/regions/MRA/documents': ({ body }) => {
        posted = body;
        return json(careDocument, 201);
      },
    });
    const user = userEvent.setup();
    renderApp('/regios/MRA/woonzorgvisie');
    const form = await screen.findByTestId('new-document-form');
    // current members only: Montferland left the region
    expect(within(form).getByLabelText('Welke gemeente')).toHaveTextContent('AmsterdamDiemen');
    await user.selectOptions(within(form).getByLabelText('Welke deelregio'), 'Amstelland-Meerlanden');
    expect(within(form).getByLabelText('Deelregio')).toBeChecked();
    await user.clear(within(form).getByLabelText('Van jaar'));
    await user.type(within(form).getByLabelText('Van jaar'), '2027');
    await user.clear(within(form).getByLabelText('Tot en met jaar'));
    await user.type(within(form).getByLabelText('Tot en met jaar'), '2031');
    await user.click(within(form).getByRole('button', { name: 'Woonzorgvisie aanmaken' }));
    await waitFor(() => expect(posted).toEqual({ templateId: 1, municipalityCode: null, subregionCode: 'AMM', fromYear: 2027, toYear: 2031 }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/woonzorgvisie/documenten/7'));
  });

  it('lets a gemeente start only its own, and checks the period', async () => {
    let posted: unknown;
    mockApi({
      'GET /api/v1/me': users.municipalityOfficer,
      ...routes,
      'GET /api/v1/woonzorgvisie/regions/MRA/allowed-actions': regionActions.municipality,
      'POST /api/v1/woonzorgvisie/regions/MRA/documents': ({ body }) => {
        posted = body;
        return json(careDocument, 201);
      },
    });
    const user = userEvent.setup();
    renderApp('/regios/MRA/woonzorgvisie');
    const form = await screen.findByTestId('new-document-form');
    expect(within(form).getByTestId('own-municipality')).toHaveTextContent('Amsterdam');
    expect(within(form).queryByLabelText('Welke gemeente')).not.toBeInTheDocument();
    const to = within(form).getByLabelText('Tot en met jaar');
    await user.clear(to);
    await user.type(to, '2040');
    await user.click(within(form).getByRole('button', { name: 'Woonzorgvisie aanmaken' }));
    expect(to).toHaveAccessibleDescription('Een woonzorgvisie beslaat hoogstens 10 jaar.');
    expect(posted).toBeUndefined();
    await user.clear(to);
    await user.type(to, '2030');
    await user.click(within(form).getByRole('button', { name: 'Woonzorgvisie aanmaken' }));
    await waitFor(() => expect(posted).toMatchObject({ municipalityCode: 'GM0363', subregionCode: null, toYear: 2030 }));
  });

  it('shows the templates with their versions; a reader gets no new-template form', async () => {
    mockApi({
      'GET /api/v1/me': users.municipalityOfficer,
      ...routes,
      'GET /api/v1/woonzorgvisie/regions/MRA/allowed-actions': regionActions.municipality,
      'GET /api/v1/woonzorgvisie/regions/MRA/templates': templateSummaries.map((tp) => ({ ...tp, allowedActions: [] })),
    });
    renderApp('/regios/MRA/woonzorgvisie/sjablonen');
    const table = await screen.findByTestId('templates-table');
    expect(within(table).getByRole('link', { name: 'versie 1' })).toHaveAttribute('href', '/woonzorgvisie/sjablonen/1/versies/1');
    expect(within(table).queryByRole('link', { name: 'versie 2 bewerken' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('new-template-form')).not.toBeInTheDocument();
  });

  it('shows the manager the draft to edit and the new-template form, as the server allows', async () => {
    mockApi({ 'GET /api/v1/me': users.regionManager, ...routes, 'GET /api/v1/woonzorgvisie/regions/MRA/allowed-actions': regionActions.manager });
    renderApp('/regios/MRA/woonzorgvisie/sjablonen');
    const table = await screen.findByTestId('templates-table');
    expect(within(table).getByRole('link', { name: 'versie 2 bewerken' })).toHaveAttribute('href', '/woonzorgvisie/sjablonen/1/versies/2');
    expect(screen.getByTestId('new-template-form')).toBeInTheDocument();
  });

  it('offers no new document to a reader the server allows nothing', async () => {
    mockApi({ 'GET /api/v1/me': users.provinceAnalyst, ...routes, 'GET /api/v1/woonzorgvisie/regions/MRA/allowed-actions': regionActions.reader });
    renderApp('/regios/MRA/woonzorgvisie');
    await screen.findByTestId('documents-table');
    expect(screen.queryByTestId('new-document-form')).not.toBeInTheDocument();
  });
});

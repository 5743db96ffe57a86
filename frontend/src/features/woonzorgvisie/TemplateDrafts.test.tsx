import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mra, users } from '../../test/fixtures';
import { mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { catalogue, draftVersion, preview, template, templateSummaries } from './fixtures';
import './pages';

vi.mock('../../shared/charts/EChart');

const refusal = 'Onbekende plaatshouder {{onbekend}} in 1 Inleiding › Aanleiding, regel 1, kolom 24';

describe('the template editor keeps what is typed', () => {
  it('keeps a refused version as a local draft, asks before leaving, and offers it back with the error after a reload', async () => {
    mockApi({
      'GET /api/v1/me': users.regionManager,
      'GET /api/v1/regions/MRA': mra,
      'GET /api/v1/woonzorgvisie/catalogue': catalogue,
      'GET /api/v1/woonzorgvisie/regions/MRA/templates': templateSummaries,
      'GET /api/v1/woonzorgvisie/templates/1': template,
      'GET /api/v1/woonzorgvisie/templates/1/versions/2': draftVersion,
      'POST /api/v1/woonzorgvisie/regions/MRA/preview': preview,
      'PUT /api/v1/woonzorgvisie/templates/1/versions/2': () =>
        problem(422, 'TEMPLATE_INVALID', 'Het sjabloon bevat fouten.', {
          fields: [{ field: 'chapters[0].sections[0].body', code: 'UNKNOWN_PLACEHOLDER', message: refusal }],
        } as never),
    });
    const user = userEvent.setup();
    renderApp('/woonzorgvisie/sjablonen/1/versies/2');
    const body = within(await screen.findByTestId('section-detail')).getByLabelText('Begintekst (Markdown)');
    await user.type(body, ' {{{{onbekend}}');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByTestId('template-errors')).toHaveTextContent(refusal);

    await user.click(screen.getByRole('link', { name: 'Sjablonen woonzorgvisie' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Niet alles is opgeslagen' })).getByRole('button', { name: 'Toch weggaan' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/regios/MRA/woonzorgvisie/sjablonen'));

    cleanup();
    renderApp('/woonzorgvisie/sjablonen/1/versies/2');
    const offer = await screen.findByTestId('draft-offer');
    expect(offer).toHaveTextContent(/Er is een niet-opgeslagen versie van \d{2}:\d{2}\./);
    expect(within(offer).getByTestId('draft-offer-error')).toHaveTextContent(refusal);
    // never applied unasked
    expect(within(screen.getByTestId('section-detail')).getByLabelText('Begintekst (Markdown)')).toHaveValue('In  wonen veel mensen.');
    await user.click(within(offer).getByRole('button', { name: 'Terugzetten' }));
    expect(within(screen.getByTestId('section-detail')).getByLabelText('Begintekst (Markdown)')).toHaveValue('In  wonen veel mensen. {{onbekend}}');
    expect(screen.getByTestId('template-save-state')).toHaveAttribute('data-dirty', 'true');
  }, 20000);
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mra, users } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { catalogue, draftVersion, preview, template, templateSummaries } from './fixtures';
import './pages';

vi.mock('../../shared/charts/EChart');

const routes = {
  'GET /api/v1/me': users.regionManager,
  'GET /api/v1/regions/MRA': mra,
  'GET /api/v1/woonzorgvisie/catalogue': catalogue,
  'GET /api/v1/woonzorgvisie/regions/MRA/templates': templateSummaries,
  'GET /api/v1/woonzorgvisie/templates/1': template,
  'GET /api/v1/woonzorgvisie/templates/1/versions/2': draftVersion,
  'POST /api/v1/woonzorgvisie/regions/MRA/preview': preview,
};

describe('the template editor', () => {
  it('inserts a placeholder from the palette at the caret, and a data block on its own line', async () => {
    mockApi(routes);
    const user = userEvent.setup();
    renderApp('/woonzorgvisie/sjablonen/1/versies/2');
    const detail = await screen.findByTestId('section-detail');
    const body = within(detail).getByLabelText('Begintekst (Markdown)') as HTMLTextAreaElement;
    expect(body).toHaveValue('In  wonen veel mensen.');
    body.focus();
    body.setSelectionRange(3, 3);
    fireEvent.select(body);
    await user.click(await within(detail).findByText('Plaatshouder invoegen'));
    await user.click(within(detail).getByRole('button', { name: /^Naam van de gemeente of deelregio invoegen/ }));
    expect(body).toHaveValue('In {{gemeente.naam}} wonen veel mensen.');
    await waitFor(() => expect(body.selectionStart).toBe(20));

    await user.click(within(detail).getByText('Gegevensblok invoegen'));
    await user.click(within(detail).getByRole('button', { name: /^Gegevensblok Vraag per aandachtsgroep invoegen/ }));
    expect(body).toHaveValue('In {{gemeente.naam}}\n{{blok:vraag-tabel}}\n wonen veel mensen.');
    // the preview shows the server's parts: text and the block as a table with its totals
    const table = await within(screen.getByTestId('template-preview')).findByRole('table', { name: 'Vraag per aandachtsgroep, 2026' });
    expect(within(table).getAllByRole('row').at(-1)).toHaveTextContent('Totaal1.290');
  });

  it('shows 422 TEMPLATE_INVALID errors at the section they name and as a list, and sends the lockVersion', async () => {
    let sent: { lockVersion: number; chapters: { sections: { key: string }[] }[] } | undefined;
    mockApi({
      ...routes,
      'PUT /api/v1/woonzorgvisie/templates/1/versions/2': ({ body }) => {
        sent = body as typeof sent;
        return problem(422, 'TEMPLATE_INVALID', 'Het sjabloon bevat fouten.', {
          fields: [
            {
              field: 'chapters[1].sections[0].body',
              code: 'UNKNOWN_PLACEHOLDER',
              message: 'Onbekende plaatshouder {{gemeente.nam}} in 2 Woonzorganalyse › Demografie, regel 1, kolom 1',
            },
          ],
        } as never);
      },
    });
    const user = userEvent.setup();
    renderApp('/woonzorgvisie/sjablonen/1/versies/2');
    const detail = await screen.findByTestId('section-detail');
    await user.type(within(detail).getByLabelText('Titel van de paragraaf'), ' en aanleiding');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const list = await screen.findByTestId('template-errors');
    expect(list).toHaveTextContent('Onbekende plaatshouder {{gemeente.nam}}');
    expect(sent?.lockVersion).toBe(3);
    // the outline marks the section; the list's entry opens it, and the error stands at its text
    const demografie = within(screen.getByTestId('outline')).getByText('Demografie').closest('li')!;
    expect(demografie).toHaveAttribute('data-invalid', 'true');
    await user.click(within(list).getByRole('button', { name: /Onbekende plaatshouder/ }));
    const opened = await screen.findByTestId('section-detail');
    expect(opened).toHaveAttribute('data-section', 'analyse.demografie');
    const text = within(opened).getByLabelText('Begintekst (Markdown)');
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(within(opened).getByTestId('body-errors')).toHaveTextContent('regel 1, kolom 1');
  });

  it('adds a section with a generated key, and publishes after confirmation', async () => {
    let published: unknown;
    let saved: { chapters: { sections: { key: string; title: string }[] }[] } | undefined;
    mockApi({
      ...routes,
      'PUT /api/v1/woonzorgvisie/templates/1/versions/2': ({ body }) => {
        saved = body as typeof saved;
        return json({ ...draftVersion, lockVersion: 4, chapters: (body as typeof draftVersion).chapters });
      },
      'POST /api/v1/woonzorgvisie/templates/1/versions/2/publish': ({ body }) => {
        published = body;
        return json({ ...draftVersion, lockVersion: 5, status: 'PUBLISHED', allowedActions: [] });
      },
    });
    const user = userEvent.setup();
    renderApp('/woonzorgvisie/sjablonen/1/versies/2');
    await screen.findByTestId('section-detail');
    await user.click(screen.getByRole('button', { name: '+ Paragraaf toevoegen aan ‘Woonzorganalyse’' }));
    const detail = screen.getByTestId('section-detail');
    const title = within(detail).getByLabelText('Titel van de paragraaf');
    await user.clear(title);
    await user.type(title, 'Zorgaanbod');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(saved).toBeDefined());
    const added = saved!.chapters[1]!.sections[2]!;
    expect(added.title).toBe('Zorgaanbod');
    expect(added.key).toMatch(/^analyse\.nieuwe-paragraaf-[a-z0-9]{4}$/);
    await screen.findByText('Opgeslagen.');

    const publish = screen.getByRole('button', { name: 'Publiceren…' });
    await user.click(publish);
    let dialog = await screen.findByRole('dialog', { name: 'Versie 2 publiceren?' });
    expect(within(dialog).getByTestId('step-summary')).toHaveTextContent(/Deze versie heeft 2 hoofdstukken en 4 paragrafen, waarvan \d+ verplicht\./);
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(published).toBeUndefined();
    expect(publish).toHaveFocus();
    await user.click(publish);
    dialog = await screen.findByRole('dialog', { name: 'Versie 2 publiceren?' });
    await user.click(within(dialog).getByRole('button', { name: 'Publiceren' }));
    await waitFor(() => expect(published).toEqual({ lockVersion: 4 }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('shows a published version read-only, and a new version only when the server allows it', async () => {
    const published = { ...draftVersion, no: 1, status: 'PUBLISHED' as const, allowedActions: [] };
    const noDraft = { ...template, versions: [template.versions[0]!] };
    mockApi({
      ...routes,
      'GET /api/v1/woonzorgvisie/templates/1': { ...noDraft, allowedActions: ['NEW_VERSION'] },
      'GET /api/v1/woonzorgvisie/templates/1/versions/1': published,
    });
    renderApp('/woonzorgvisie/sjablonen/1/versies/1');
    expect(await screen.findByRole('button', { name: 'Nieuwe versie' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publiceren…' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('template-savebar')).not.toBeInTheDocument();
  });

  it('gives a reader of the region no new-version button', async () => {
    const published = { ...draftVersion, no: 1, status: 'PUBLISHED' as const, allowedActions: [] };
    mockApi({
      ...routes,
      'GET /api/v1/me': users.municipalityOfficer,
      'GET /api/v1/woonzorgvisie/templates/1': { ...template, versions: [template.versions[0]!], allowedActions: [] },
      'GET /api/v1/woonzorgvisie/templates/1/versions/1': published,
    });
    renderApp('/woonzorgvisie/sjablonen/1/versies/1');
    expect(await screen.findByText('Deze versie is gepubliceerd en verandert niet meer. Wijzigingen maakt u in een nieuwe versie.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nieuwe versie' })).not.toBeInTheDocument();
  });
});

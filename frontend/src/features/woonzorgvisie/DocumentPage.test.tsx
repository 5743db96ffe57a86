import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import type { CareDocument } from './api/woonzorgvisie';
import { careDocument, catalogue, preview } from './fixtures';
import './pages';

vi.mock('../../shared/charts/EChart');

const routes = {
  'GET /api/v1/me': users.municipalityOfficer,
  'GET /api/v1/woonzorgvisie/catalogue': catalogue,
  'GET /api/v1/woonzorgvisie/documents/7': careDocument,
  'POST /api/v1/woonzorgvisie/documents/7/preview': preview,
};

const withDocument = (change: Partial<CareDocument>) => ({ ...careDocument, ...change });

describe('the woonzorgvisie document', () => {
  it('autosaves a section after typing stops, with its lockVersion', async () => {
    const saves: { body: string; lockVersion: number }[] = [];
    mockApi({
      ...routes,
      'PUT /api/v1/woonzorgvisie/documents/7/sections/analyse.demografie': ({ body }) => {
        const sent = body as { body: string; lockVersion: number };
        saves.push(sent);
        return json({ ...careDocument.chapters[0]!.sections[0]!, body: sent.body, lockVersion: sent.lockVersion + 1, filled: true });
      },
    });
    const user = userEvent.setup();
    renderApp('/woonzorgvisie/documenten/7');
    const pane = await screen.findByTestId('section-pane');
    expect(within(pane).getByTestId('guidance')).toHaveTextContent('Toelichting bij Demografie');
    await user.type(within(pane).getByLabelText('Tekst (Markdown)'), ' Veel ouderen.');
    expect(within(pane).getByTestId('autosave-state')).toHaveTextContent('Niet opgeslagen wijzigingen…');
    await waitFor(() => expect(saves).toHaveLength(1), { timeout: 4000 });
    expect(saves[0]).toEqual({ body: '{{gemeente.naam}} telt veel inwoners. Veel ouderen.', lockVersion: 2 });
    await waitFor(() => expect(within(pane).getByTestId('autosave-state')).toHaveTextContent(/^Opgeslagen \d{2}:\d{2}$/));

    // leaving the section saves what is still typed, with the new lockVersion
    await user.type(within(pane).getByLabelText('Tekst (Markdown)'), ' En jongeren.');
    await user.click(within(screen.getByTestId('section-nav')).getByRole('button', { name: /3\.2 Woningvoorraad/ }));
    await waitFor(() => expect(saves).toHaveLength(2));
    expect(saves[1]!.lockVersion).toBe(3);
    expect(await screen.findByTestId('section-pane')).toHaveAttribute('data-section', 'analyse.voorraad');
  });

  it('shows the conflict panel on 409 without losing the typed text, and saves mine with their lockVersion', async () => {
    const saves: { body: string; lockVersion: number }[] = [];
    mockApi({
      ...routes,
      'PUT /api/v1/woonzorgvisie/documents/7/sections/analyse.demografie': ({ body }) => {
        const sent = body as { body: string; lockVersion: number };
        saves.push(sent);
        if (sent.lockVersion === 2) {
          return problem(409, 'SECTION_CONFLICT', 'Iemand anders heeft deze paragraaf intussen opgeslagen.', {
            current: { body: 'Hun tekst over Amsterdam.', lockVersion: 5, updatedBy: 'collega.amsterdam', updatedAt: '2026-03-05T13:02:00Z' },
          } as never);
        }
        return json({ ...careDocument.chapters[0]!.sections[0]!, body: sent.body, lockVersion: 6 });
      },
    });
    const user = userEvent.setup();
    renderApp('/woonzorgvisie/documenten/7');
    const pane = await screen.findByTestId('section-pane');
    const text = within(pane).getByLabelText('Tekst (Markdown)');
    await user.type(text, ' Mijn zin.');
    const panel = await within(pane).findByTestId('conflict-panel', {}, { timeout: 4000 });
    expect(within(panel).getByRole('heading', { name: 'Iemand anders heeft deze paragraaf intussen gewijzigd' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('collega.amsterdam heeft de paragraaf opgeslagen');
    expect(within(panel).getByTestId('conflict-theirs')).toHaveTextContent('Hun tekst over Amsterdam.');
    expect(within(panel).getByTestId('conflict-mine')).toHaveTextContent('{{gemeente.naam}} telt veel inwoners. Mijn zin.');
    expect(text).toHaveValue('{{gemeente.naam}} telt veel inwoners. Mijn zin.');
    expect(within(pane).getByTestId('autosave-state')).toHaveTextContent('Niet opgeslagen: kies hierboven welke versie blijft.');
    // typing on does not save over theirs
    await user.type(text, ' Nog één.');
    await new Promise((r) => setTimeout(r, 1700));
    expect(saves).toHaveLength(1);

    await user.click(within(panel).getByRole('button', { name: 'Mijn versie opslaan' }));
    await waitFor(() => expect(saves).toHaveLength(2));
    expect(saves[1]).toEqual({ body: '{{gemeente.naam}} telt veel inwoners. Mijn zin. Nog één.', lockVersion: 5 });
    await waitFor(() => expect(within(pane).queryByTestId('conflict-panel')).not.toBeInTheDocument());
  });

  it('takes their version when asked', async () => {
    mockApi({
      ...routes,
      'PUT /api/v1/woonzorgvisie/documents/7/sections/analyse.demografie': () =>
        problem(409, 'SECTION_CONFLICT', 'Conflict', {
          current: { body: 'Hun tekst.', lockVersion: 5, updatedBy: 'collega.amsterdam', updatedAt: '2026-03-05T13:02:00Z' },
        } as never),
    });
    const user = userEvent.setup();
    renderApp('/woonzorgvisie/documenten/7');
    const pane = await screen.findByTestId('section-pane');
    await user.type(within(pane).getByLabelText('Tekst (Markdown)'), ' Weg.');
    const panel = await within(pane).findByTestId('conflict-panel', {}, { timeout: 4000 });
    await user.click(within(panel).getByRole('button', { name: 'Hun versie overnemen' }));
    expect(within(pane).getByLabelText('Tekst (Markdown)')).toHaveValue('Hun tekst.');
    expect(within(pane).queryByTestId('conflict-panel')).not.toBeInTheDocument();
  });

  it('renders the preview: server HTML, and a data block as a table with its chart', async () => {
    mockApi(routes);
    renderApp('/woonzorgvisie/documenten/7');
    const previewPane = await screen.findByTestId('document-preview');
    const table = await within(previewPane).findByRole('table', { name: 'Vraag per aandachtsgroep, 2026' });
    expect(within(previewPane).getByText('Amsterdam telt 931.298 inwoners.').tagName).toBe('P');
    expect(within(table).getByRole('columnheader', { name: 'Huidige vraag' })).toHaveClass('utrecht-table__header-cell--numeric-column');
    expect(within(table).getByRole('rowheader', { name: 'Totaal' })).toBeInTheDocument();
    expect(within(previewPane).getByRole('img', { name: /Staafdiagram: Benodigde woningen per jaar/ })).toBeInTheDocument();
    expect(previewPane).toHaveTextContent('Bron: Vraaganalyse 2026 (vastgesteld)');
  });

  it('shows the section states and the writer\'s actions; names the empty required sections on submit', async () => {
    mockApi({
      ...routes,
      'POST /api/v1/woonzorgvisie/documents/7/submit': () =>
        problem(422, 'REQUIRED_SECTIONS_EMPTY', 'Nog leeg: 3.2 Woningvoorraad', {
          fields: [{ field: 'sections[analyse.voorraad]', code: 'REQUIRED_SECTION_EMPTY', message: '3.2 Woningvoorraad is verplicht en nog leeg' }],
        } as never),
    });
    const user = userEvent.setup();
    renderApp('/woonzorgvisie/documenten/7');
    const nav = await screen.findByTestId('section-nav');
    expect(within(nav).getByRole('button', { name: /3\.1 Demografie/ })).toHaveAccessibleName('3.1 Demografie, ingevuld');
    expect(within(nav).getByRole('button', { name: /3\.2/ })).toHaveAttribute('data-state', 'requiredEmpty');
    expect(within(nav).getByRole('button', { name: /3\.3/ })).toHaveAttribute('data-state', 'comment');
    expect(screen.queryByRole('button', { name: 'Vaststellen…' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Terug naar concept' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ter beoordeling aanbieden' }));
    const alert = await screen.findByTestId('action-problem');
    expect(alert).toHaveTextContent('Deze verplichte paragrafen zijn nog leeg:');
    await user.click(within(alert).getByRole('button', { name: '3.2 Woningvoorraad is verplicht en nog leeg' }));
    await waitFor(() => expect(screen.getByTestId('section-pane')).toHaveAttribute('data-section', 'analyse.voorraad'));
  });

  it('gives the manager of a gemeente document in review comments, return and the akkoord, and names open comments', async () => {
    let approved: unknown;
    const inReview = withDocument({
      status: 'IN_REVIEW',
      permissions: { edit: false, submit: false, review: true, adopt: false },
      allowedActions: ['COMMENT', 'RESOLVE_COMMENT', 'RETURN', 'APPROVE'],
    });
    mockApi({
      ...routes,
      'GET /api/v1/me': users.regionManager,
      'GET /api/v1/woonzorgvisie/documents/7': inReview,
      'POST /api/v1/woonzorgvisie/documents/7/approve': ({ body }) => {
        approved = body;
        return problem(422, 'OPEN_COMMENTS', 'Er staan nog opmerkingen open.', {
          fields: [{ field: 'sections[analyse.zorg]', code: 'OPEN_COMMENT', message: '3.3 Zorgaanbod: 1 open' }],
        } as never);
      },
    });
    const user = userEvent.setup();
    renderApp('/woonzorgvisie/documenten/7');
    const pane = await screen.findByTestId('section-pane');
    expect(within(pane).queryByLabelText('Tekst (Markdown)')).not.toBeInTheDocument();
    expect(within(pane).getByLabelText('Nieuwe opmerking bij deze paragraaf')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ter beoordeling aanbieden' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Vaststellen…' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Terug naar concept' })).toBeInTheDocument();

    // cancelling the dialog sends nothing and gives focus back to the button
    const approve = screen.getByRole('button', { name: 'Akkoord geven…' });
    await user.click(approve);
    let dialog = await screen.findByRole('dialog', { name: 'Akkoord geven op deze woonzorgvisie?' });
    expect(within(dialog).getByTestId('step-summary')).toHaveTextContent('1 van 3 paragrafen ingevuld;');
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(approved).toBeUndefined();
    expect(approve).toHaveFocus();

    await user.click(approve);
    dialog = await screen.findByRole('dialog', { name: 'Akkoord geven op deze woonzorgvisie?' });
    await user.type(within(dialog).getByLabelText('Toelichting voor de gemeente (niet verplicht)'), 'Mooi stuk.');
    await user.click(within(dialog).getByRole('button', { name: 'Akkoord geven' }));
    await waitFor(() => expect(approved).toEqual({ lockVersion: 4, comment: 'Mooi stuk.' }));
    const problemAlert = await within(dialog).findByTestId('adopt-problem');
    expect(problemAlert).toHaveTextContent('Er staan nog opmerkingen open. Los die eerst op:');
    expect(problemAlert).toHaveTextContent('3.3 Zorgaanbod: 1 open');
  });

  it('lets the gemeente record its council\'s adoption after the akkoord, with the raadsbesluit\'s date and reference', async () => {
    let recorded: unknown;
    const approved = withDocument({
      status: 'APPROVED',
      approvedAt: '2026-05-01T09:00:00Z',
      approvedBy: 'regio.mra',
      approvalComment: 'Akkoord, mooi stuk.',
      permissions: { edit: false, submit: false, review: false, adopt: true },
      allowedActions: ['RECORD_ADOPTION', 'RESOLVE_COMMENT'],
    });
    mockApi({
      ...routes,
      'GET /api/v1/woonzorgvisie/documents/7': approved,
      'POST /api/v1/woonzorgvisie/documents/7/record-adoption': ({ body }) => {
        recorded = body;
        return json({ ...approved, status: 'ADOPTED', allowedActions: [], decisionDate: '2026-05-12', decisionReference: 'RB-2026-14' });
      },
    });
    const user = userEvent.setup();
    renderApp('/woonzorgvisie/documenten/7');
    expect(await screen.findByTestId('approval')).toHaveTextContent('Akkoord van de regio');
    expect(screen.getByTestId('document-meta')).toHaveTextContent('Toelichting bij het akkoord: Akkoord, mooi stuk.');
    expect(screen.getByTestId('document-meta').querySelector('[data-status="APPROVED"]')).toHaveTextContent('Akkoord regio');
    await user.click(screen.getByRole('button', { name: 'Vaststelling door de gemeenteraad vastleggen…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Vaststelling door de gemeenteraad vastleggen?' });
    expect(within(dialog).getByTestId('step-summary')).toHaveTextContent('De cijfers worden bevroren');
    await user.clear(within(dialog).getByLabelText('Datum van het raadsbesluit'));
    await user.type(within(dialog).getByLabelText('Datum van het raadsbesluit'), '2026-05-12');
    // the reference is required before anything is sent
    await user.click(within(dialog).getByRole('button', { name: 'Vaststelling vastleggen' }));
    expect(within(dialog).getByLabelText('Kenmerk van het raadsbesluit')).toHaveAttribute('aria-invalid', 'true');
    expect(recorded).toBeUndefined();
    await user.type(within(dialog).getByLabelText('Kenmerk van het raadsbesluit'), 'RB-2026-14');
    await user.click(within(dialog).getByRole('button', { name: 'Vaststelling vastleggen' }));
    await waitFor(() => expect(recorded).toEqual({ lockVersion: 4, decisionDate: '2026-05-12', decisionReference: 'RB-2026-14' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('shows an adopted document read-only, with a table of contents and no writing actions', async () => {
    mockApi({
      ...routes,
      'GET /api/v1/me': users.provinceAnalyst,
      'GET /api/v1/woonzorgvisie/documents/7': withDocument({
        status: 'ADOPTED',
        decisionDate: '2026-05-12',
        decisionReference: 'RB-2026-14',
        adoptedAt: '2026-05-13T10:00:00Z',
        adoptedBy: 'gemeente.amsterdam',
        adoptedByBody: 'COUNCIL',
        permissions: { edit: false, submit: false, review: false, adopt: false },
        allowedActions: [],
      }),
      'GET /api/v1/woonzorgvisie/documents/7/rendered': {
        title: careDocument.title,
        regionName: 'Metropoolregio Amsterdam',
        areaName: 'Amsterdam',
        areaKind: 'MUNICIPALITY',
        fromYear: 2026,
        toYear: 2030,
        status: 'ADOPTED',
        decisionDate: '2026-05-12',
        decisionReference: 'RB-2026-14',
        figuresAsOf: '2026-05-13',
        templateName: 'Woonzorgvisie MRA',
        templateVersionNo: 1,
        chapters: [
          {
            key: 'analyse',
            number: '3',
            title: 'Woonzorganalyse',
            sections: [{ key: 'analyse.demografie', number: '3.1', title: 'Demografie', required: true, parts: preview.parts }],
          },
        ],
      },
    });
    renderApp('/woonzorgvisie/documenten/7');
    const rendered = await screen.findByTestId('rendered-document');
    expect(within(rendered).getByRole('navigation', { name: 'Inhoud' })).toHaveTextContent('3 Woonzorganalyse3.1 Demografie');
    expect(within(rendered).getByRole('heading', { level: 3, name: '3.1 Demografie' })).toBeInTheDocument();
    expect(screen.getByTestId('decision')).toHaveTextContent('Vastgesteld door de gemeenteraad op 12-5-2026, raadsbesluit RB-2026-14');
    expect(screen.queryByRole('button', { name: 'Ter beoordeling aanbieden' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Vaststellen…' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Downloaden' })).getAllByRole('button').map((b) => b.textContent)).toEqual(['PDF', 'Word (DOCX)']);
  });

  it('lists the newer template version\'s changes and takes one, asking whether to replace the text', async () => {
    let taken: unknown;
    mockApi({
      ...routes,
      'GET /api/v1/woonzorgvisie/documents/7': withDocument({ newerTemplateVersionNo: 2 }),
      'GET /api/v1/woonzorgvisie/documents/7/template-changes': {
        fromVersionNo: 1,
        toVersionNo: 2,
        changes: [
          {
            key: 'analyse.demografie',
            chapterTitle: 'Woonzorganalyse',
            title: 'Demografie',
            change: 'CHANGED',
            fields: ['guidance', 'body'],
            before: { title: 'Demografie', guidance: 'Oud', required: true, body: 'Oude tekst' },
            after: { title: 'Demografie', guidance: 'Nieuw', required: true, body: 'Nieuwe tekst' },
            bodyUntouched: false,
          },
        ],
      },
      'POST /api/v1/woonzorgvisie/documents/7/template-changes/analyse.demografie/take': ({ body }) => {
        taken = body;
        return json(careDocument);
      },
    });
    const user = userEvent.setup();
    renderApp('/woonzorgvisie/documenten/7');
    const banner = await screen.findByTestId('template-update');
    expect(banner).toHaveTextContent('Nieuwe sjabloonversie beschikbaar: versie 2');
    await user.click(within(banner).getByRole('button', { name: 'Wijzigingen bekijken' }));
    const change = await within(banner).findByText('Demografie', { selector: 'h3 *, h3' });
    const item = change.closest('li')!;
    expect(within(item).getByRole('row', { name: /Begintekst/ })).toHaveTextContent('Oude tekstNieuwe tekst');
    await user.click(within(item).getByLabelText('tekst van het sjabloon overnemen (uw eigen tekst vervalt)'));
    await user.click(within(item).getByRole('button', { name: 'Overnemen' }));
    await waitFor(() => expect(taken).toEqual({ replaceBody: true }));
  });
});

import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import type { CareDocument } from './api/woonzorgvisie';
import { careDocument, catalogue, preview } from './fixtures';
import './pages';

vi.mock('../../shared/charts/EChart');

const unknownPlaceholder = 'Onbekende plaatshouder {{onbekend}} in 3.1 Demografie, regel 2, kolom 1.';

/**
 * A server that keeps what it accepts: GET answers the stored sections, PUT refuses an unknown
 * placeholder (422 SECTION_INVALID with the line, as TextCheck words it) and stores anything else.
 */
function documentServer() {
  let stored: CareDocument = structuredClone(careDocument);
  const saves: { key: string; body: string }[] = [];
  const put = (key: string) => ({ body }: { body: unknown }) => {
    const sent = body as { body: string; lockVersion: number };
    saves.push({ key, body: sent.body });
    if (sent.body.includes('{{onbekend}}')) {
      return problem(422, 'SECTION_INVALID', unknownPlaceholder, {
        fields: [{ field: 'body', code: 'UNKNOWN_PLACEHOLDER', message: unknownPlaceholder }],
      } as never);
    }
    const section = stored.chapters[0]!.sections.find((s) => s.key === key)!;
    const saved = { ...section, body: sent.body, lockVersion: sent.lockVersion + 1, filled: sent.body.trim() !== '' };
    stored = { ...stored, chapters: [{ ...stored.chapters[0]!, sections: stored.chapters[0]!.sections.map((s) => (s.key === key ? saved : s)) }] };
    return json(saved);
  };
  mockApi({
    'GET /api/v1/me': users.municipalityOfficer,
    'GET /api/v1/woonzorgvisie/catalogue': catalogue,
    'GET /api/v1/woonzorgvisie/documents/7': () => json(stored),
    'POST /api/v1/woonzorgvisie/documents/7/preview': preview,
    'PUT /api/v1/woonzorgvisie/documents/7/sections/analyse.demografie': put('analyse.demografie'),
    'PUT /api/v1/woonzorgvisie/documents/7/sections/analyse.voorraad': put('analyse.voorraad'),
  });
  return saves;
}

const nav = () => screen.getByTestId('section-nav');
const navButton = (name: RegExp) => within(nav()).getByRole('button', { name });
const textArea = async () => within(await screen.findByTestId('section-pane')).getByLabelText('Tekst (Markdown)');

describe('nothing typed in the woonzorgvisie editor is lost', () => {
  it('moves to the next section after a refused save, keeps the refused text as a draft with its error, and offers it back after a reload', async () => {
    const saves = documentServer();
    const user = userEvent.setup();
    renderApp('/woonzorgvisie/documenten/7');

    // a text the server refuses ("{{" types one "{" in user-event)
    await user.type(await textArea(), '\n{{{{onbekend}}');
    const state = within(screen.getByTestId('section-pane')).getByTestId('autosave-state');
    await waitFor(() => expect(state).toHaveTextContent(`Niet opgeslagen: ${unknownPlaceholder}`), { timeout: 4000 });
    expect(saves).toHaveLength(1);

    // the bug: clicking another section kept the editor on the refused one; now it moves
    await user.click(navButton(/3\.2 Woningvoorraad/));
    expect(await screen.findByTestId('section-pane')).toHaveAttribute('data-section', 'analyse.voorraad');
    expect(navButton(/3\.1 Demografie/)).toHaveTextContent('niet opgeslagen: fout in regel 2');
    expect(navButton(/3\.1 Demografie/)).toHaveAttribute('data-unsaved', 'invalid');
    // the refused text is not sent again on leaving
    expect(saves).toHaveLength(1);

    // what is typed now goes into the section shown, and is saved there
    await user.type(await textArea(), 'Veel sociale huur.');
    await waitFor(() => expect(saves.at(-1)).toEqual({ key: 'analyse.voorraad', body: 'Veel sociale huur.' }), { timeout: 4000 });

    // leaving the page asks first: a refused text is still unsaved
    await user.click(screen.getByRole('link', { name: 'Woonzorgvisies' }));
    const dialog = await screen.findByRole('dialog', { name: 'Niet alles is opgeslagen' });
    await user.click(within(dialog).getByRole('button', { name: 'Op deze pagina blijven' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/woonzorgvisie/documenten/7');
    await user.click(screen.getByRole('link', { name: 'Woonzorgvisies' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Toch weggaan' }));
    await waitFor(() => expect(screen.getByTestId('location')).not.toHaveTextContent('/woonzorgvisie/documenten/7'));

    // a reload: the page starts again from the server and this browser's drafts
    cleanup();
    renderApp('/woonzorgvisie/documenten/7');
    expect(await textArea()).toHaveValue('{{gemeente.naam}} telt veel inwoners.');
    expect(navButton(/3\.1 Demografie/)).toHaveTextContent('niet opgeslagen: fout in regel 2');
    const offer = await screen.findByTestId('draft-offer');
    expect(offer).toHaveTextContent(/Er is een niet-opgeslagen versie van \d{2}:\d{2}\./);
    expect(within(offer).getByTestId('draft-offer-error')).toHaveTextContent(unknownPlaceholder);
    expect(within(offer).getByTestId('draft-offer-text')).toHaveTextContent('{{gemeente.naam}} telt veel inwoners. {{onbekend}}');
    expect(offer).toHaveAttribute('data-stale', 'false');
    await user.click(within(offer).getByRole('button', { name: 'Terugzetten' }));
    expect(await textArea()).toHaveValue('{{gemeente.naam}} telt veel inwoners.\n{{onbekend}}');

    // the other section's text is on the server
    await user.click(navButton(/3\.2 Woningvoorraad/));
    expect(await textArea()).toHaveValue('Veel sociale huur.');
    expect(navButton(/3\.2 Woningvoorraad/)).not.toHaveAttribute('data-unsaved');

    // back, fix the line: saved, and the draft and its warning are gone
    await user.click(navButton(/3\.1 Demografie/));
    const offerAgain = await screen.findByTestId('draft-offer');
    await user.click(within(offerAgain).getByRole('button', { name: 'Terugzetten' }));
    const area = await textArea();
    await user.clear(area);
    await user.type(area, 'Amsterdam telt veel inwoners.');
    await waitFor(() => expect(within(screen.getByTestId('section-pane')).getByTestId('autosave-state')).toHaveTextContent(/^Opgeslagen \d{2}:\d{2}$/), {
      timeout: 4000,
    });
    expect(saves.at(-1)).toEqual({ key: 'analyse.demografie', body: 'Amsterdam telt veel inwoners.' });
    expect(navButton(/3\.1 Demografie/)).not.toHaveAttribute('data-unsaved');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('thuisplan.draft'))).toEqual([]);
  }, 30000);

  it('offers a draft based on an older server version with a warning, and never applies it unasked', async () => {
    documentServer();
    localStorage.setItem(
      `thuisplan.draft.v1|${users.municipalityOfficer.username}|woonzorgvisie-document:7|section:analyse.demografie`,
      JSON.stringify({ value: 'Mijn oude tekst.', baseVersion: 1, savedAt: Date.now() - 60_000 }),
    );
    const user = userEvent.setup();
    renderApp('/woonzorgvisie/documenten/7');
    const offer = await screen.findByTestId('draft-offer');
    expect(offer).toHaveAttribute('data-stale', 'true');
    expect(within(offer).getByTestId('draft-offer-stale')).toHaveTextContent('nieuwere versie opgeslagen');
    expect(await textArea()).toHaveValue('{{gemeente.naam}} telt veel inwoners.');
    await user.click(within(offer).getByRole('button', { name: 'Weggooien' }));
    expect(screen.queryByTestId('draft-offer')).not.toBeInTheDocument();
    expect(Object.keys(localStorage).filter((k) => k.startsWith('thuisplan.draft'))).toEqual([]);
  });

  it("shows the template's untouched starting text as such, not as empty", async () => {
    mockApi({
      'GET /api/v1/me': users.municipalityOfficer,
      'GET /api/v1/woonzorgvisie/catalogue': catalogue,
      'GET /api/v1/woonzorgvisie/documents/7': {
        ...careDocument,
        chapters: [
          {
            ...careDocument.chapters[0]!,
            sections: careDocument.chapters[0]!.sections.map((s) => (s.key === 'analyse.voorraad' ? { ...s, body: 'Beschrijf de voorraad van {{gemeente.naam}}.', filled: false } : s)),
          },
        ],
      },
      'POST /api/v1/woonzorgvisie/documents/7/preview': preview,
    });
    const user = userEvent.setup();
    renderApp('/woonzorgvisie/documenten/7');
    await screen.findByTestId('section-pane');
    expect(navButton(/3\.2 Woningvoorraad/)).toHaveAttribute('data-state', 'requiredStarting');
    expect(navButton(/3\.2 Woningvoorraad/)).toHaveAccessibleName(/verplicht, begintekst nog niet aangepast/);
    await user.click(navButton(/3\.2 Woningvoorraad/));
    await waitFor(() => expect(within(screen.getByTestId('section-pane')).getByTestId('autosave-state')).toHaveTextContent('Begintekst uit het sjabloon, nog niet aangepast.'));
  });

  it('keeps a data block alone on its line while the writer types beside it', async () => {
    documentServer();
    const user = userEvent.setup();
    renderApp('/woonzorgvisie/documenten/7');
    const area = await textArea();
    await user.clear(area);
    await user.type(area, '{{{{blok:vraag-tabel}} Daarna tekst.');
    expect(area).toHaveValue('{{blok:vraag-tabel}}\nDaarna tekst.');
  });
});

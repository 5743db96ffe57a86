import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../../../test/fixtures';
import { json, mockApi } from '../../../../test/mockApi';
import { renderApp } from '../../../../test/render';
import type { CareDocument } from '../../api/woonzorgvisie';
import { careDocument, catalogue, preview } from '../../fixtures';
import '../../pages';

vi.mock('../../../../shared/charts/EChart');

const SECTION = 'analyse.demografie';
const MODE_KEY = 'thuisplan.woonzorgvisie.editorMode.gemeente.amsterdam';

function withBody(body: string): CareDocument {
  return {
    ...careDocument,
    chapters: careDocument.chapters.map((c) => ({ ...c, sections: c.sections.map((s) => (s.key === SECTION ? { ...s, body } : s)) })),
  };
}

function routes(document: CareDocument, saves: { body: string; lockVersion: number }[]) {
  return {
    'GET /api/v1/me': users.municipalityOfficer,
    'GET /api/v1/woonzorgvisie/catalogue': catalogue,
    'GET /api/v1/woonzorgvisie/documents/7': document,
    'POST /api/v1/woonzorgvisie/documents/7/preview': preview,
    [`PUT /api/v1/woonzorgvisie/documents/7/sections/${SECTION}`]: ({ body }: { body: unknown }) => {
      const sent = body as { body: string; lockVersion: number };
      saves.push(sent);
      const section = careDocument.chapters.flatMap((c) => c.sections).find((s) => s.key === SECTION);
      return json({ ...section, body: sent.body, lockVersion: sent.lockVersion + 1, filled: true });
    },
  };
}

// jsdom does no layout; ProseMirror asks where the caret is when it scrolls it into view
beforeAll(() => {
  const noRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  Range.prototype.getClientRects = noRects;
  Range.prototype.getBoundingClientRect = () => new DOMRect();
  Element.prototype.getClientRects ??= noRects;
  document.elementFromPoint = () => null;
});

// the first test to open the view also loads its lazy chunk (TipTap), slow on a loaded machine
const richText = () => screen.findByRole('textbox', { name: 'Tekst (opmaak)' }, { timeout: 20_000 });

describe('the formatted view of a section text', () => {
  it('shows markers as chips, inserts a data block from the palette, saves Markdown and is remembered for the person', async () => {
    const saves: { body: string; lockVersion: number }[] = [];
    mockApi(routes(withBody('{{gemeente.naam}} telt veel inwoners.'), saves));
    const user = userEvent.setup();
    renderApp('/woonzorgvisie/documenten/7');
    const pane = await screen.findByTestId('section-pane');
    expect(within(pane).getByLabelText('Tekst (Markdown)')).toBeInTheDocument(); // Markdown until chosen otherwise

    await user.click(within(pane).getByRole('button', { name: 'Opmaak' }));
    const text = await richText();
    expect(within(pane).getByRole('button', { name: 'Opmaak' })).toHaveAttribute('aria-pressed', 'true');
    const chip = text.querySelector('[data-figure="gemeente.naam"]');
    expect(chip).toHaveTextContent('Naam van de gemeente of deelregio');
    expect(chip).toHaveAttribute('contenteditable', 'false');
    expect(localStorage.getItem(MODE_KEY)).toBe('rich');
    expect(saves).toHaveLength(0); // opening the formatted view changes nothing

    const toolbar = within(pane).getByRole('toolbar', { name: 'Opmaak van de tekst' });
    for (const name of ['Kop 2', 'Kop 3', 'Vet', 'Cursief', 'Lijst', 'Genummerde lijst', 'Link', 'Tabel', 'Ongedaan maken']) {
      expect(within(toolbar).getByRole('button', { name })).toBeInTheDocument();
    }
    // one tab stop; the arrow keys move along the toolbar
    expect(toolbar.querySelectorAll('button[tabindex="0"]')).toHaveLength(1);
    within(toolbar).getByRole('button', { name: 'Kop 2' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(within(toolbar).getByRole('button', { name: 'Kop 3' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(within(toolbar).getByRole('button', { name: 'Opnieuw' })).toHaveFocus();

    await user.click(within(pane).getByText('Gegevensblok invoegen'));
    await user.click(within(pane).getByRole('button', { name: /^Gegevensblok Vraag per aandachtsgroep invoegen/ }));
    await waitFor(() => expect(text.querySelector('[data-block="vraag-tabel"]')).toHaveTextContent('Gegevensblok: Vraag per aandachtsgroep'));
    await waitFor(() => expect(saves).toHaveLength(1), { timeout: 4000 });
    expect(saves[0]).toEqual({ body: '{{gemeente.naam}} telt veel inwoners.\n\n{{blok:vraag-tabel}}', lockVersion: 2 });

    // the Markdown view shows the same text
    await user.click(within(pane).getByRole('button', { name: 'Markdown' }));
    expect(within(pane).getByLabelText('Tekst (Markdown)')).toHaveValue('{{gemeente.naam}} telt veel inwoners.\n\n{{blok:vraag-tabel}}');
    expect(localStorage.getItem(MODE_KEY)).toBe('markdown');

  }, 60_000);

  it('opens in the view the person chose last time', async () => {
    mockApi(routes(withBody('{{gemeente.naam}} telt veel inwoners.'), []));
    localStorage.setItem(MODE_KEY, 'rich');
    renderApp('/woonzorgvisie/documenten/7');
    const text = await richText();
    expect(screen.getByRole('button', { name: 'Opmaak' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByLabelText('Tekst (Markdown)')).toBeNull();

    // Escape leaves the text for the toolbar (Tab moves between table cells inside it), Escape goes back
    const user = userEvent.setup();
    text.focus();
    await user.keyboard('{Escape}');
    expect(within(screen.getByRole('toolbar', { name: 'Opmaak van de tekst' })).getByRole('button', { name: 'Kop 2' })).toHaveFocus();
    await user.keyboard('{Escape}');
    // TipTap's focus command lands a frame later
    await waitFor(() => expect(text).toHaveFocus());
  }, 60_000);

  it('makes a heading and bold text with the toolbar, and writes them as Markdown', async () => {
    const saves: { body: string; lockVersion: number }[] = [];
    mockApi(routes(withBody('Aanleiding\n\nWij bouwen meer.'), saves));
    localStorage.setItem(MODE_KEY, 'rich');
    const user = userEvent.setup();
    renderApp('/woonzorgvisie/documenten/7');
    const text = await richText();
    const toolbar = screen.getByRole('toolbar', { name: 'Opmaak van de tekst' });
    // the caret starts in the first paragraph: make it a heading
    expect(text.querySelector('p')).toHaveTextContent('Aanleiding');
    await user.click(within(toolbar).getByRole('button', { name: 'Kop 2' }));
    expect(within(toolbar).getByRole('button', { name: 'Kop 2' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(saves.at(-1)?.body).toBe('## Aanleiding\n\nWij bouwen meer.'), { timeout: 4000 });

    // all text bold, then undone
    text.focus();
    await user.keyboard('{Control>}a{/Control}');
    await user.click(within(toolbar).getByRole('button', { name: 'Vet' }));
    await waitFor(() => expect(saves.at(-1)?.body).toBe('## **Aanleiding**\n\n**Wij bouwen meer.**'), { timeout: 4000 });
    await user.click(within(toolbar).getByRole('button', { name: 'Ongedaan maken' }));
    await waitFor(() => expect(saves.at(-1)?.body).toBe('## Aanleiding\n\nWij bouwen meer.'), { timeout: 4000 });
  }, 60_000);

  it('keeps a text it cannot show unchanged in the Markdown view, says where, and loses nothing', async () => {
    const saves: { body: string; lockVersion: number }[] = [];
    const body = 'Wonen &amp; zorg\n\nKop\n===';
    mockApi(routes(withBody(body), saves));
    localStorage.setItem(MODE_KEY, 'rich');
    renderApp('/woonzorgvisie/documenten/7');
    const warning = await screen.findByTestId('richtext-fallback');
    expect(warning).toHaveTextContent('Deze tekst blijft in Markdown');
    expect(warning).toHaveTextContent('Wonen &amp; zorg');
    expect(screen.getByLabelText('Tekst (Markdown)')).toHaveValue(body);
    expect(screen.queryByRole('textbox', { name: 'Tekst (opmaak)' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Markdown' })).toHaveAttribute('aria-pressed', 'true');
    expect(saves).toHaveLength(0);
  });
});

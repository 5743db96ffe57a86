import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mra, users } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import type { SchemeInput } from './api/urgency';
import { mandatoryCategories, scheme, summaries, targetGroups } from './fixtures';
import './pages';

vi.mock('../../shared/charts/EChart');

const routes = {
  'GET /api/v1/me': users.regionManager,
  'GET /api/v1/regions/MRA': mra,
  'GET /api/v1/urgency/regions/MRA/schemes': summaries,
  'GET /api/v1/urgency/regions/MRA': { region: { code: 'MRA', name: 'Metropoolregio Amsterdam' }, allowedActions: ['CREATE' as const] },
  'GET /api/v1/urgency/mandatory-categories': mandatoryCategories,
  'GET /api/v1/regions/MRA/target-groups': targetGroups,
  'GET /api/v1/urgency/schemes/4': scheme,
};

const categoryCard = (code: string) => document.querySelector<HTMLElement>(`[data-code="${code}"]`)!;
const quotaCards = () => screen.getAllByTestId('quota-card');

describe('the scheme editor', () => {
  it('shows the header, the warning about a missing mandatory category and the tabs', async () => {
    mockApi(routes);
    renderApp('/urgentie/versies/4');
    expect(await screen.findByRole('heading', { level: 1, name: 'Urgentieregeling MRA 2027' })).toBeInTheDocument();
    expect(screen.getByTestId('scheme-facts')).toHaveTextContent('Versie2StatusConcept');
    expect(screen.getByTestId('scheme-facts')).toHaveTextContent('1-1-2027 t/m 31-12-2030');
    expect(screen.getByTestId('scheme-warnings')).toHaveTextContent('De verplichte categorie ‘Ernstig zieken’ ontbreekt.');
    expect(screen.getByTestId('consistency')).toHaveTextContent('De quota kunnen allemaal tegelijk gelden.');
    const tabs = screen.getByRole('tablist', { name: 'Onderdelen van deze versie' });
    expect(within(tabs).getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Regeling', 'Bewerken', 'Afwijkingen', 'Urgentietoets']);
    // the document: categories in priority order, quotas as sentences
    const document = screen.getByTestId('scheme-document');
    expect(within(screen.getByTestId('document-categories')).getAllByRole('heading').map((h) => h.textContent)).toEqual([
      '1. Mantelzorgers en -ontvangersverplicht',
      '2. Uitstroom beschermd wonenverplicht',
      '3. Woningzoekenden met schulden',
    ]);
    expect(within(document).getByTestId('document-quotas')).toHaveTextContent(
      'Alle urgenten: hoogstens 30% van de verhuringen voor alle urgenten samen.',
    );
    expect(within(document).getByTestId('document-quotas')).toHaveTextContent('Regulier: minstens 45% van de verhuringen voor reguliere woningzoekenden.');
    expect(within(document).getByTestId('document-quotas')).toHaveTextContent(
      'Uitstroom BW: 50 woningen per jaar voor de categorie ‘Uitstroom beschermd wonen’.',
    );
    expect(within(document).getByTestId('document-deviations')).toHaveTextContent('Diemen – Uitstroom BW: 4 woningen per jaar in plaats van 50 woningen per jaar.');
    expect(within(document).getByRole('button', { name: 'PDF' })).toBeInTheDocument();
  });

  it('saves the whole version with its lock version and shows a 422 clash at the quotas involved', async () => {
    const bodies: SchemeInput[] = [];
    mockApi({
      ...routes,
      'PUT /api/v1/urgency/schemes/4': ({ body }) => {
        bodies.push(body as SchemeInput);
        return problem(422, 'QUOTAS_INCONSISTENT', 'x', {
          errors: [
            {
              quotas: ['quotas[0]', 'quotas[1]'],
              code: 'QUOTAS_INCONSISTENT',
              message: "minstens 45% voor 'Regulier' en minstens 60% voor 'Alle urgenten' kunnen niet tegelijk gelden.",
            },
          ],
        } as object);
      },
    });
    const user = userEvent.setup();
    renderApp('/urgentie/versies/4?tab=bewerken');
    await screen.findByTestId('scheme-editor');
    expect(screen.getByTestId('save-state')).toHaveTextContent('Alle wijzigingen zijn opgeslagen.');

    // the first quota to 12,5%, "schulden" one place up, the missing mandatory category from the template
    const share = within(quotaCards()[0]!).getByLabelText('Aandeel van de verhuringen (%)');
    await user.clear(share);
    await user.type(share, '12,5');
    expect(within(quotaCards()[0]!).getByTestId('quota-preview')).toHaveTextContent('hoogstens 12,5% van de verhuringen voor alle urgenten samen');
    await user.click(screen.getByRole('button', { name: 'Woningzoekenden met schulden omhoog' }));
    await user.selectOptions(screen.getByLabelText('Ontbrekende verplichte categorie'), 'Ernstig zieken');
    await user.click(screen.getByRole('button', { name: 'Uit het sjabloon toevoegen' }));
    expect(screen.getByTestId('save-state')).toHaveTextContent('Niet opgeslagen wijzigingen');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(bodies).toHaveLength(1));
    const body = bodies[0]!;
    expect(body.lockVersion).toBe(3);
    expect(body.name).toBe('Urgentieregeling MRA 2027');
    expect(body.legalBasis).toEqual({ name: 'Huisvestingsverordening MRA 2027', date: '2026-11-15' });
    expect(body.categories.map((c) => [c.code, c.priority])).toEqual([
      ['mantelzorg', 1],
      ['schulden', 2],
      ['uitstroom_bw', 3],
      ['medisch', 4],
    ]);
    expect(body.categories[3]).toEqual({
      code: 'medisch',
      name: 'Ernstig zieken',
      mandatory: 'medisch',
      targetGroups: ['medische_urgentie'],
      criteria: null,
      evidence: null,
      decisionDays: 56,
      waitNormDays: 90,
      priority: 4,
    });
    expect(body.quotas).toEqual([
      { id: 5, label: 'Alle urgenten', appliesTo: { regular: false, categories: ['mantelzorg', 'schulden', 'uitstroom_bw'] }, kind: 'MAX_SHARE', share: '0.125', perYear: null },
      { id: 6, label: 'Regulier', appliesTo: { regular: true, categories: [] }, kind: 'MIN_SHARE', share: '0.45', perYear: null },
      { id: 7, label: 'Uitstroom BW', appliesTo: { regular: false, categories: ['uitstroom_bw'] }, kind: 'PER_YEAR', share: null, perYear: 50 },
    ]);

    const alert = await screen.findByTestId('save-problem');
    expect(alert).toHaveAttribute('data-code', 'QUOTAS_INCONSISTENT');
    expect(alert).toHaveTextContent('de quota kunnen niet allemaal tegelijk gelden');
    expect(alert).toHaveTextContent("minstens 45% voor 'Regulier' en minstens 60% voor 'Alle urgenten' kunnen niet tegelijk gelden.");
    expect(alert).toHaveTextContent('Betreft: ‘Alle urgenten’, ‘Regulier’');
    expect(within(quotaCards()[0]!).getByTestId('quota-clash')).toHaveTextContent('kunnen niet tegelijk gelden');
    expect(within(quotaCards()[1]!).getByTestId('quota-clash')).toBeInTheDocument();
    expect(within(quotaCards()[2]!).queryByTestId('quota-clash')).not.toBeInTheDocument();
    // nothing was lost
    expect(screen.getByTestId('save-state')).toHaveTextContent('Niet opgeslagen wijzigingen');
  });

  it('checks the quotas of the draft while they are edited and never shows a stale ✓', async () => {
    const checked: SchemeInput[] = [];
    mockApi({
      ...routes,
      'POST /api/v1/urgency/schemes/4/check': ({ body }) => {
        checked.push(body as SchemeInput);
        const share = (body as SchemeInput).quotas[0]?.share;
        return share === '0.6'
          ? json({
              consistency: {
                consistent: false,
                clashes: [{ quotas: ['quotas[0]', 'quotas[1]'], code: 'QUOTAS_INCONSISTENT', message: 'minstens 45% en 60% kunnen niet tegelijk gelden.' }],
              },
              fields: [],
            })
          : json({ consistency: null, fields: [{ field: 'quotas[0].share', code: 'OUT_OF_RANGE', message: 'Een aandeel ligt tussen 0 en 100%.' }] });
      },
    });
    const user = userEvent.setup();
    renderApp('/urgentie/versies/4?tab=bewerken');
    await screen.findByTestId('scheme-editor');
    expect(screen.getByTestId('consistency')).toHaveAttribute('data-consistent', 'true');

    const share = within(quotaCards()[0]!).getByLabelText('Aandeel van de verhuringen (%)');
    await user.clear(share);
    // while the draft differs from what was last checked, no verdict: the stored ✓ is gone at once
    expect(screen.getByTestId('consistency')).toHaveAttribute('data-consistent', 'checking');
    expect(screen.getByTestId('consistency')).not.toHaveTextContent('✓');
    await user.type(share, '60');
    await waitFor(() => expect(screen.getByTestId('consistency')).toHaveAttribute('data-consistent', 'false'));
    expect(screen.getByTestId('consistency')).toHaveTextContent('minstens 45% en 60% kunnen niet tegelijk gelden.');
    expect(checked.at(-1)?.quotas[0]?.share).toBe('0.6');
    expect(checked.at(-1)?.lockVersion).toBe(3);

    await user.clear(share);
    await user.type(share, '160');
    await waitFor(() => expect(screen.getByTestId('consistency')).toHaveAttribute('data-consistent', 'unknown'));
    expect(screen.getByTestId('consistency')).toHaveTextContent('Een aandeel ligt tussen 0 en 100%.');
    // typing pauses before a check: not one request per key
    expect(checked.length).toBeLessThanOrEqual(3);
  });

  it('shows 400 field errors next to their fields', async () => {
    mockApi({
      ...routes,
      'PUT /api/v1/urgency/schemes/4': () =>
        problem(400, 'VALIDATION_FAILED', 'De invoer is niet geldig.', {
          fields: [
            { field: 'categories[1].targetGroups', code: 'UNKNOWN_TARGET_GROUP', message: "Onbekende aandachtsgroep 'weg'." },
            { field: 'quotas[0].share', code: 'RANGE', message: 'Een aandeel ligt tussen 0 en 1 (0% en 100%).' },
            { field: 'validTo', code: 'DATES_REVERSED', message: 'De einddatum ligt voor de begindatum.' },
          ],
        }),
    });
    const user = userEvent.setup();
    renderApp('/urgentie/versies/4?tab=bewerken');
    await screen.findByTestId('scheme-editor');
    const share = within(quotaCards()[0]!).getByLabelText('Aandeel van de verhuringen (%)');
    await user.clear(share);
    await user.type(share, '130');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const alert = await screen.findByTestId('save-problem');
    expect(alert).toHaveAttribute('data-code', 'VALIDATION_FAILED');
    // categories[1] is the second in priority order: Uitstroom beschermd wonen
    const groups = within(categoryCard('uitstroom_bw')).getByRole('group', { name: 'Aandachtsgroepen' });
    expect(groups).toHaveAttribute('aria-invalid', 'true');
    expect(groups).toHaveAccessibleDescription("Onbekende aandachtsgroep 'weg'.");
    expect(within(categoryCard('mantelzorg')).queryByTestId('field-error')).not.toBeInTheDocument();
    expect(share).toHaveAttribute('aria-invalid', 'true');
    expect(share).toHaveAccessibleDescription('Een aandeel ligt tussen 0 en 1 (0% en 100%).');
    expect(within(screen.getByTestId('header-fields')).getByLabelText('Geldig tot en met')).toHaveAccessibleDescription(
      'De einddatum ligt voor de begindatum.',
    );
    // the message stays with its category when the list is reordered
    await user.click(screen.getByRole('button', { name: 'Uitstroom beschermd wonen omhoog' }));
    expect(within(categoryCard('uitstroom_bw')).getByTestId('field-error')).toHaveTextContent("Onbekende aandachtsgroep 'weg'.");
  });

  it('offers the stored version after a 409 conflict', async () => {
    let puts = 0;
    mockApi({
      ...routes,
      'PUT /api/v1/urgency/schemes/4': () => {
        puts += 1;
        return problem(409, 'VERSION_CONFLICT', 'Gewijzigd', { current: { ...scheme, lockVersion: 4, name: 'Door een ander gewijzigd' } } as object);
      },
    });
    const user = userEvent.setup();
    renderApp('/urgentie/versies/4?tab=bewerken');
    await screen.findByTestId('scheme-editor');
    const name = within(screen.getByTestId('header-fields')).getByLabelText('Naam');
    await user.clear(name);
    await user.type(name, 'Mijn naam');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    const dialog = await screen.findByRole('dialog', { name: 'De versie is intussen gewijzigd' });
    expect(puts).toBe(1);
    await user.click(within(dialog).getByRole('button', { name: 'Opgeslagen versie laden' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('header-fields')).getByLabelText('Naam')).toHaveValue('Door een ander gewijzigd');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Door een ander gewijzigd');
  });

  it('adopts after confirmation and says clearly when another adopted version overlaps', async () => {
    let adoptBody: unknown;
    mockApi({
      ...routes,
      'POST /api/v1/urgency/schemes/4/adopt': ({ body }) => {
        adoptBody = body;
        return problem(409, 'SCHEME_OVERLAP', 'Versie 1 is al vastgesteld voor 2023-01-01 t/m 2027-12-31 en overlapt met deze versie. Pas de geldigheid aan.');
      },
    });
    const user = userEvent.setup();
    renderApp('/urgentie/versies/4?tab=bewerken');
    await screen.findByTestId('scheme-editor');
    await user.click(screen.getByRole('button', { name: 'Vaststellen…' }));
    const dialog = screen.getByRole('dialog', { name: 'Versie 2 vaststellen?' });
    expect(dialog).toHaveTextContent('bevriest deze versie');
    expect(within(dialog).getByTestId('adopt-missing')).toHaveTextContent('Er ontbreekt nog een verplichte categorie');
    await user.click(within(dialog).getByRole('button', { name: 'Vaststellen' }));
    await waitFor(() => expect(adoptBody).toEqual({ lockVersion: 3 }));
    const alert = await within(dialog).findByTestId('adopt-problem');
    expect(alert).toHaveAttribute('data-code', 'SCHEME_OVERLAP');
    expect(alert).toHaveTextContent('Niet vastgesteld: de geldigheid overlapt met een vastgestelde versie.');
    expect(within(alert).getByTestId('adopt-overlap')).toHaveTextContent('Versie 1 is al vastgesteld voor 2023-01-01 t/m 2027-12-31');
  });

  it('adopts and shows the frozen version', async () => {
    mockApi({
      ...routes,
      'POST /api/v1/urgency/schemes/4/adopt': () =>
        json({ ...scheme, status: 'ADOPTED', adoptedAt: '2026-12-01T10:00:00Z', adoptedBy: 'regio.mra', allowedActions: [] }),
    });
    const user = userEvent.setup();
    renderApp('/urgentie/versies/4?tab=bewerken');
    await screen.findByTestId('scheme-editor');
    await user.click(screen.getByRole('button', { name: 'Vaststellen…' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Vaststellen' }));
    await screen.findByTestId('scheme-document');
    expect(within(screen.getByTestId('scheme-status')).getByText('Vastgesteld')).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Bewerken' })).not.toBeInTheDocument();
  });

  it('deletes a concept after confirmation', async () => {
    let deleted = '';
    mockApi({
      ...routes,
      'DELETE /api/v1/urgency/schemes/4': () => {
        deleted = 'yes';
        return new Response(null, { status: 204 });
      },
    });
    const user = userEvent.setup();
    renderApp('/urgentie/versies/4?tab=bewerken');
    await screen.findByTestId('scheme-editor');
    await user.click(screen.getByRole('button', { name: 'Verwijderen…' }));
    const dialog = screen.getByRole('dialog', { name: 'Versie 2 verwijderen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Verwijderen' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/regios/MRA/urgentie'));
    expect(deleted).toBe('yes');
  });

  it('offers no delete when the server does not list DELETE', async () => {
    mockApi({ ...routes, 'GET /api/v1/urgency/schemes/4': { ...scheme, allowedActions: ['EDIT', 'ADOPT'] } });
    renderApp('/urgentie/versies/4?tab=bewerken');
    await screen.findByTestId('scheme-editor');
    expect(screen.getByRole('button', { name: 'Vaststellen…' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Verwijderen…' })).not.toBeInTheDocument();
  });

  it('gives readers no editor', async () => {
    mockApi({ ...routes, 'GET /api/v1/me': users.provinceAnalyst, 'GET /api/v1/urgency/schemes/4': { ...scheme, allowedActions: [] } });
    renderApp('/urgentie/versies/4?tab=bewerken');
    await screen.findByTestId('scheme-document');
    expect(screen.queryByRole('tab', { name: 'Bewerken' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('scheme-editor')).not.toBeInTheDocument();
  });
});

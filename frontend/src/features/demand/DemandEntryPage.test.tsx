import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import type { Analysis, CellInput, Measure } from './api/demand';
import { analysis, cell } from './fixtures';
import { historyPage } from '../../test/historyPage';

const ENTRY = '/gemeenten/GM0363/vraaganalyse/2026';
const GET_ANALYSIS = 'GET /api/v1/demand/municipalities/GM0363/years/2026';
const cellPath = (key: string) => `/api/v1/demand/analyses/12/cells/${key}`;

const label = (group: string, form: string, measure: string) => `${group}, ${form}: ${measure}`;
const dakloos = 'Dakloze en thuisloze mensen';
const bw = 'Uitstroom beschermd wonen';
const input = (name: string) => screen.getByRole('textbox', { name });

/** Answers every cell PUT with the saved cell, one version up. */
function savingPuts(data: Analysis) {
  const routes: Record<string, (request: { body: unknown }) => Response> = {};
  for (const group of data.targetGroups) {
    for (const form of data.housingForms) {
      for (const measure of ['STOCK', 'INFLOW', 'MOVES'] as Measure[]) {
        routes[`PUT ${cellPath(`${group.code}/${form.code}/${measure}`)}`] = ({ body }) => {
          const input = body as CellInput;
          // like an answer that leaves out last year's value and the warnings
          const { previousYearValue: _omitted, warnings: _none, ...saved } = cell({
            targetGroup: group.code,
            housingForm: form.code,
            measure,
            ...input,
            version: (input.version ?? 0) + 1,
          });
          return json(saved);
        };
      }
    }
  }
  return routes;
}

function backend(data: Analysis = analysis(), extra: Record<string, object> = {}) {
  return mockApi({
    'GET /api/v1/me': users.municipalityOfficer,
    [GET_ANALYSIS]: data,
    'GET /api/v1/demand/analyses/12/history': historyPage(),
    ...savingPuts(data),
    ...extra,
  });
}

const puts = (fetchMock: ReturnType<typeof mockApi>) =>
  fetchMock.mock.calls
    .filter(([, init]) => init?.method === 'PUT')
    .map(([url, init]) => ({ url: String(url), body: JSON.parse(String(init?.body)) as CellInput }));

async function openGrid() {
  renderApp(ENTRY);
  await screen.findByTestId('demand-grid');
}

describe('demand entry grid', () => {
  it('moves focus with the arrow keys, Enter and Tab like a spreadsheet', async () => {
    backend();
    const user = userEvent.setup();
    await openGrid();

    await user.click(input(label(dakloos, 'Zelfstandig wonen', 'huidige vraag')));
    await user.keyboard('{ArrowRight}');
    expect(input(label(dakloos, 'Zelfstandig wonen', 'nieuwe vraag per jaar'))).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(input(label(dakloos, 'Beschermd wonen', 'nieuwe vraag per jaar'))).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(input(label(bw, 'Zelfstandig wonen', 'nieuwe vraag per jaar'))).toHaveFocus();
    await user.keyboard('{Tab}');
    expect(input(label(bw, 'Zelfstandig wonen', 'benodigde woningen per jaar'))).toHaveFocus();
    await user.keyboard('{Tab}');
    expect(input(label(bw, 'Beschermd wonen', 'huidige vraag'))).toHaveFocus();
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(input(label(bw, 'Zelfstandig wonen', 'benodigde woningen per jaar'))).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(input(label(dakloos, 'Beschermd wonen', 'nieuwe vraag per jaar'))).toHaveFocus();
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(input(label(dakloos, 'Zelfstandig wonen', 'nieuwe vraag per jaar'))).toHaveFocus();
  });

  it('keeps Left and Right inside the text while the caret is not at its edge', async () => {
    backend();
    const user = userEvent.setup();
    await openGrid();
    const first = input(label(dakloos, 'Zelfstandig wonen', 'huidige vraag')) as HTMLInputElement;
    await user.click(first);
    await user.keyboard('{ArrowLeft}'); // whole value selected: leaving to the left is impossible, stays
    expect(first).toHaveFocus();
    first.setSelectionRange(1, 1);
    await user.keyboard('{ArrowRight}');
    expect(first).toHaveFocus();
  });

  it('saves a typed value with the version it was read at, then shows it as saved', async () => {
    const fetchMock = backend();
    const user = userEvent.setup();
    await openGrid();

    const stock = input(label(dakloos, 'Zelfstandig wonen', 'huidige vraag'));
    await user.click(stock);
    await user.keyboard('135{Enter}');

    await waitFor(() => expect(puts(fetchMock)).toHaveLength(1));
    expect(puts(fetchMock)[0]).toEqual({
      url: cellPath('dakloos/zelfstandig/STOCK'),
      body: { value: 135, low: null, high: null, source: 'GGD telling', note: null, version: 2 },
    });
    await waitFor(() => expect(stock.closest('td')).toHaveAttribute('data-status', 'saved'));
    expect(stock).toHaveAccessibleDescription(/vorig jaar: 110.*Opgeslagen/);
    expect(stock).toHaveValue('135');
  });

  it('updates the cell from the answer, with the median warning, without reloading the analysis', async () => {
    const data = analysis({
      regionMedians: [{ targetGroup: 'dakloos', housingForm: 'zelfstandig', measure: 'STOCK', perThousand: 1.25 }],
    });
    const fetchMock = backend(data, {
      [`PUT ${cellPath('dakloos/zelfstandig/STOCK')}`]: ({ body }: { body: CellInput }) =>
        json(
          cell({
            targetGroup: 'dakloos',
            housingForm: 'zelfstandig',
            measure: 'STOCK',
            ...body,
            version: 3,
            warnings: [{ code: 'FAR_FROM_REGION_MEDIAN', message: '9,00 per 1.000 inwoners; de mediaan in de regio is 1,25.' }],
          }),
        ),
    });
    const user = userEvent.setup();
    await openGrid();
    const stock = input(label(dakloos, 'Zelfstandig wonen', 'huidige vraag'));
    await user.click(stock);
    await user.keyboard('999{Enter}');

    await waitFor(() => expect(stock.closest('td')).toHaveAttribute('data-status', 'saved'));
    expect(puts(fetchMock)[0]!.body).toMatchObject({ value: 999, version: 2, regionMedianPerThousand: 1.25 });
    expect(stock).toHaveAccessibleDescription(/de mediaan in de regio is 1,25/);
    const analysisReads = fetchMock.mock.calls.filter(
      ([url, init]) => (init?.method ?? 'GET') === 'GET' && String(url).endsWith('/api/v1/demand/municipalities/GM0363/years/2026'),
    );
    expect(analysisReads).toHaveLength(1);
  });

  it('shows last year’s value beside the cell', async () => {
    backend();
    await openGrid();
    const row = screen.getAllByRole('rowheader', { name: 'Zelfstandig wonen' })[0]!.closest('tr')!;
    expect(within(row).getByText('vorig jaar: 110')).toBeInTheDocument();
  });

  it('fills the cells from the focused one when a 2×3 block is pasted, saving each', async () => {
    const fetchMock = backend();
    const user = userEvent.setup();
    await openGrid();

    await user.click(input(label(dakloos, 'Zelfstandig wonen', 'huidige vraag')));
    await user.paste('1\t2\t3\r\n4\t5\t6\r\n');

    await waitFor(() => expect(puts(fetchMock)).toHaveLength(6));
    const sent = Object.fromEntries(puts(fetchMock).map(({ url, body }) => [url.replace('/api/v1/demand/analyses/12/cells/', ''), body.value]));
    expect(sent).toEqual({
      'dakloos/zelfstandig/STOCK': 1,
      'dakloos/zelfstandig/INFLOW': 2,
      'dakloos/zelfstandig/MOVES': 3,
      'dakloos/beschermd/STOCK': 4,
      'dakloos/beschermd/INFLOW': 5,
      'dakloos/beschermd/MOVES': 6,
    });
    expect(input(label(dakloos, 'Beschermd wonen', 'benodigde woningen per jaar'))).toHaveValue('6');
  });

  it.each([
    ['-5', 'Vul geen negatief aantal in.'],
    ['12,5', 'Vul een geheel aantal in, zonder decimalen.'],
    ['2.5', 'Vul een geheel aantal in, zonder decimalen.'],
  ])('refuses %j before sending anything', async (typed, message) => {
    const fetchMock = backend();
    const user = userEvent.setup();
    await openGrid();

    const target = input(label(bw, 'Zelfstandig wonen', 'huidige vraag'));
    await user.click(target);
    await user.keyboard(`${typed}{Enter}`);

    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(target).toHaveAttribute('aria-invalid', 'true');
    expect(target).toHaveValue(typed);
    expect(target).toHaveAccessibleDescription(new RegExp(message.replace('.', '\\.')));
    expect(puts(fetchMock)).toHaveLength(0);
  });

  it('shows the server’s field error at the cell and keeps the typed value', async () => {
    backend(analysis(), {
      [`PUT ${cellPath('dakloos/zelfstandig/MOVES')}`]: () =>
        problem(400, 'VALIDATION_FAILED', 'Ongeldig', {
          fields: [{ field: 'value', code: 'TOO_LARGE', message: 'Dit aantal is groter dan het aantal huishoudens.' }],
        }),
    });
    const user = userEvent.setup();
    await openGrid();
    const moves = input(label(dakloos, 'Zelfstandig wonen', 'benodigde woningen per jaar'));
    await user.click(moves);
    await user.keyboard('99999{Enter}');
    expect(await screen.findByText('Dit aantal is groter dan het aantal huishoudens.')).toBeInTheDocument();
    expect(moves).toHaveValue('99999');
    expect(moves.closest('td')).toHaveAttribute('data-status', 'error');
  });

  it('marks soft warnings without blocking the save', async () => {
    const fetchMock = backend();
    const user = userEvent.setup();
    await openGrid();
    const warned = input(label(dakloos, 'Beschermd wonen', 'nieuwe vraag per jaar'));
    expect(warned).toHaveAccessibleDescription(/Let op: Meer dan 50% hoger dan vorig jaar\./);
    await user.click(warned);
    expect(within(screen.getByTestId('cell-detail')).getByText('Meer dan 50% hoger dan vorig jaar.')).toBeInTheDocument();
    await user.keyboard('95{Enter}');
    await waitFor(() => expect(puts(fetchMock)).toHaveLength(1));
  });

  it('lets the user keep their value when someone else saved the cell meanwhile', async () => {
    let attempts = 0;
    const fetchMock = backend(analysis(), {
      'GET /api/v1/demand/analyses/12/history': historyPage([
        { at: '2026-02-03T10:00:00Z', actor: 'collega.amsterdam', action: 'CELL_CHANGED', field: 'dakloos/zelfstandig/STOCK', oldValue: '120', newValue: '130', versionNo: 1 },
      ]),
      [`PUT ${cellPath('dakloos/zelfstandig/STOCK')}`]: ({ body }: { body: CellInput }) => {
        attempts += 1;
        if (attempts === 1) {
          return problem(409, 'DEMAND_CELL_CONFLICT', 'Intussen gewijzigd', {
            current: cell({ targetGroup: 'dakloos', housingForm: 'zelfstandig', measure: 'STOCK', value: 130, version: 5 }),
          } as object);
        }
        return json(cell({ targetGroup: 'dakloos', housingForm: 'zelfstandig', measure: 'STOCK', ...body, version: 6 }));
      },
    });
    const user = userEvent.setup();
    await openGrid();
    const stock = input(label(dakloos, 'Zelfstandig wonen', 'huidige vraag'));
    await user.click(stock);
    await user.keyboard('150{Enter}');

    const dialog = await screen.findByRole('dialog', { name: 'Deze cel is intussen gewijzigd' });
    expect(within(dialog).getByTestId('mine-value')).toHaveTextContent('150');
    expect(within(dialog).getByTestId('theirs-value')).toHaveTextContent('130');
    expect(await within(dialog).findByRole('columnheader', { name: 'De andere waarde (van collega.amsterdam)' })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Mijn waarde behouden' }));
    await waitFor(() => expect(puts(fetchMock)).toHaveLength(2));
    expect(puts(fetchMock)[1]!.body).toMatchObject({ value: 150, version: 5 });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(stock.closest('td')).toHaveAttribute('data-status', 'saved'));
    expect(stock).toHaveValue('150');
  });

  it('adopts the other value when the user takes theirs', async () => {
    const fetchMock = backend(analysis(), {
      [`PUT ${cellPath('dakloos/zelfstandig/STOCK')}`]: () =>
        problem(409, 'DEMAND_CELL_CONFLICT', 'Intussen gewijzigd', {
          current: cell({ targetGroup: 'dakloos', housingForm: 'zelfstandig', measure: 'STOCK', value: 130, version: 5 }),
        } as object),
    });
    const user = userEvent.setup();
    await openGrid();
    const stock = input(label(dakloos, 'Zelfstandig wonen', 'huidige vraag'));
    await user.click(stock);
    await user.keyboard('150{Enter}');
    await user.click(await screen.findByRole('button', { name: 'De andere waarde overnemen' }));
    expect(stock).toHaveValue('130');
    expect(puts(fetchMock)).toHaveLength(1);
  });

  it('saves range, source and note from the detail panel and shows the cell history', async () => {
    const fetchMock = backend(analysis(), {
      'GET /api/v1/demand/analyses/12/history': historyPage([
        { at: '2026-02-03T10:00:00Z', actor: 'gemeente.amsterdam', action: 'CELL_CHANGED', field: 'dakloos/zelfstandig/STOCK', oldValue: '110', newValue: '120', versionNo: 1 },
      ]),
    });
    const user = userEvent.setup();
    await openGrid();
    await user.click(input(label(dakloos, 'Zelfstandig wonen', 'huidige vraag')));
    const panel = screen.getByTestId('cell-detail');
    expect(await within(panel).findByText(/110 → 120/)).toBeInTheDocument();

    await user.type(within(panel).getByLabelText('Ondergrens'), '150');
    await user.type(within(panel).getByLabelText('Bovengrens'), '140');
    await user.click(within(panel).getByRole('button', { name: 'Details opslaan' }));
    expect(within(panel).getByText('De ondergrens mag niet hoger zijn dan de bovengrens.')).toBeInTheDocument();
    expect(puts(fetchMock)).toHaveLength(0);

    await user.clear(within(panel).getByLabelText('Ondergrens'));
    await user.type(within(panel).getByLabelText('Ondergrens'), '100');
    await user.type(within(panel).getByLabelText('Toelichting'), 'Telling januari');
    await user.click(within(panel).getByRole('button', { name: 'Details opslaan' }));
    await waitFor(() => expect(puts(fetchMock)).toHaveLength(1));
    expect(puts(fetchMock)[0]!.body).toEqual({ value: 120, low: 100, high: 140, source: 'GGD telling', note: 'Telling januari', version: 2 });
    expect(await within(panel).findByText('Details opgeslagen.')).toBeInTheDocument();
  });

  it('loads older history page by page with "Meer laden" until the last page', async () => {
    const entry = (oldValue: string, newValue: string) => ({
      at: '2026-02-03T10:00:00Z', actor: 'gemeente.amsterdam', action: 'CELL_CHANGED' as const,
      field: 'dakloos/zelfstandig/STOCK', oldValue, newValue, versionNo: 1,
    });
    const next = '/api/v1/demand/analyses/12/history?cell=dakloos%2Fzelfstandig%2FSTOCK&limit=50&cursor=41';
    let calls = 0;
    const fetchMock = backend(analysis(), {
      'GET /api/v1/demand/analyses/12/history': () => {
        calls += 1;
        return json(calls === 1 ? historyPage([entry('110', '120')], next, 2) : historyPage([entry('100', '110')], null, 2));
      },
    });
    const user = userEvent.setup();
    await openGrid();
    await user.click(input(label(dakloos, 'Zelfstandig wonen', 'huidige vraag')));
    const panel = screen.getByTestId('cell-detail');
    expect(await within(panel).findByText(/110 → 120/)).toBeInTheDocument();
    expect(within(panel).queryByText(/100 → 110/)).not.toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Meer laden (1 van 2)' }));
    expect(await within(panel).findByText(/100 → 110/)).toBeInTheDocument();
    expect(within(panel).getByText(/110 → 120/)).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: /Meer laden/ })).not.toBeInTheDocument();
    const urls = fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.includes('/history'));
    expect(urls).toEqual([expect.stringContaining('limit=50'), next]);
  });
});

describe('demand entry screen', () => {
  it('shows status, deadline and the overdue badge above the grid', async () => {
    backend(analysis({ overdue: true }));
    await openGrid();
    const status = screen.getByTestId('analysis-status');
    expect(within(status).getByText('Concept')).toBeInTheDocument();
    expect(within(status).getByText('Te laat')).toBeInTheDocument();
    expect(screen.getByText('1-3-2026')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Indienen' })).toBeInTheDocument();
  });

  it('shows the reason when the region returned the figures', async () => {
    backend(analysis({ status: 'RETURNED', returnedReason: 'Graag de cijfers voor dakloze gezinnen toelichten.' }));
    await openGrid();
    expect(within(screen.getByTestId('analysis-status')).getByText('Teruggestuurd')).toBeInTheDocument();
    expect(screen.getByTestId('returned-reason')).toHaveTextContent('Reden: Graag de cijfers voor dakloze gezinnen toelichten.');
  });

  it('makes an adopted analysis read-only and says why', async () => {
    const fetchMock = backend(analysis({ status: 'ADOPTED', editable: false, allowedActions: [] }));
    const user = userEvent.setup();
    await openGrid();
    expect(within(screen.getByTestId('analysis-status')).getByText('Vastgesteld')).toBeInTheDocument();
    expect(screen.getByTestId('read-only-banner')).toHaveTextContent(/vastgesteld.*definitief/);
    const stock = input(label(dakloos, 'Zelfstandig wonen', 'huidige vraag'));
    expect(stock).toHaveAttribute('readonly');
    await user.click(stock);
    await user.keyboard('{ArrowDown}');
    expect(input(label(dakloos, 'Beschermd wonen', 'huidige vraag'))).toHaveFocus();
    await user.paste('1\t2');
    expect(puts(fetchMock)).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Importeren…' })).not.toBeInTheDocument();
  });

  it('marks an old version and links to the current one', async () => {
    mockApi({
      'GET /api/v1/me': users.regionManager,
      'GET /api/v1/demand/analyses/12': analysis({
        status: 'ADOPTED',
        editable: false,
        allowedActions: [],
        versions: [
          { id: 12, versionNo: 1, status: 'ADOPTED' },
          { id: 31, versionNo: 2, status: 'CONCEPT' },
        ],
      }),
    });
    renderApp('/vraaganalyses/12');
    const banner = await screen.findByTestId('read-only-banner');
    expect(banner).toHaveAttribute('data-reason', 'oldVersion');
    expect(within(banner).getByRole('link', { name: 'Naar de huidige versie' })).toHaveAttribute('href', '/vraaganalyses/31');
    const versions = screen.getByRole('navigation', { name: 'Versies' });
    expect(within(versions).getByRole('link', { name: /Versie 1 \(Vastgesteld\)/ })).toHaveAttribute('aria-current', 'page');
  });

  it('offers the officer to start an analysis that does not exist yet', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/me': users.municipalityOfficer,
      [GET_ANALYSIS]: () => problem(404, 'NOT_FOUND', 'Nog geen vraaganalyse', { allowedActions: ['START'] }),
      'POST /api/v1/demand/municipalities/GM0363/years/2026': () => json(analysis({ cells: [] }), 201),
      'GET /api/v1/demand/analyses/12/history': historyPage(),
    });
    const user = userEvent.setup();
    renderApp(ENTRY);
    expect(await screen.findByTestId('not-started')).toHaveTextContent('Er is nog geen vraaganalyse voor 2026.');
    await user.click(screen.getByRole('button', { name: 'Vraaganalyse starten' }));
    expect(await screen.findByTestId('demand-grid')).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true);
  });

  it('gives a programme manager no start button for a municipality', async () => {
    mockApi({
      'GET /api/v1/me': users.regionManager,
      [GET_ANALYSIS]: () => problem(404, 'NOT_FOUND', 'Nog geen vraaganalyse', { allowedActions: [] }),
    });
    renderApp(ENTRY);
    await screen.findByTestId('not-started');
    expect(screen.queryByRole('button', { name: 'Vraaganalyse starten' })).not.toBeInTheDocument();
  });

  it('takes the start button from the server, not from the role: none when the 404 allows nothing', async () => {
    mockApi({
      'GET /api/v1/me': users.municipalityOfficer, // the officer of GM0363 itself
      [GET_ANALYSIS]: () => problem(404, 'NOT_FOUND', 'Nog geen vraaganalyse'),
    });
    renderApp(ENTRY);
    await screen.findByTestId('not-started');
    expect(screen.queryByRole('button', { name: 'Vraaganalyse starten' })).not.toBeInTheDocument();
  });
});

describe('demand workflow', () => {
  it('submits with the lockVersion after the pending saves, once the summary is confirmed', async () => {
    let submitted: unknown;
    let current = analysis();
    backend(current, {
      [GET_ANALYSIS]: () => json(current),
      'GET /api/v1/demand/analyses/12/submit-summary': {
        analysisId: 12,
        cells: 306,
        filled: 29,
        warnings: [
          {
            code: 'INFLOW_FAR_ABOVE_STOCK',
            targetGroup: { code: 'dakloos', name: 'Dakloze mensen' },
            housingForm: { code: 'zelfstandig', name: 'Zelfstandig wonen' },
            measure: 'INFLOW',
            message: 'De nieuwe vraag per jaar (30) is meer dan 2 keer de huidige vraag (10).',
          },
        ],
      },
      'POST /api/v1/demand/analyses/12/submit': ({ body }: { body: unknown }) => {
        submitted = body;
        current = analysis({ status: 'SUBMITTED', editable: false, allowedActions: [], lockVersion: 4 });
        return json(current);
      },
    });
    const user = userEvent.setup();
    await openGrid();
    const button = screen.getByRole('button', { name: 'Indienen' });
    await user.click(button);
    let dialog = await screen.findByRole('dialog', { name: 'Vraaganalyse indienen?' });
    const summary = await within(dialog).findByTestId('step-summary');
    expect(summary).toHaveTextContent('29 van 306 cellen ingevuld, 1 waarschuwing:');
    expect(within(summary).getByTestId('submit-warnings')).toHaveTextContent(
      'Dakloze mensen, Zelfstandig wonen, nieuwe vraag per jaar: De nieuwe vraag per jaar (30) is meer dan 2 keer de huidige vraag (10).',
    );
    // cancelling submits nothing and gives focus back to the button
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(submitted).toBeUndefined();
    expect(button).toHaveFocus();

    await user.click(button);
    dialog = await screen.findByRole('dialog', { name: 'Vraaganalyse indienen?' });
    await within(dialog).findByTestId('submit-warnings');
    await user.click(within(dialog).getByRole('button', { name: 'Indienen' }));
    expect(await screen.findByText('De vraaganalyse is ingediend.')).toBeInTheDocument();
    expect(submitted).toEqual({ lockVersion: 3 });
    // the button is gone: focus lands on the new status message, not on the page body
    await waitFor(() => expect(screen.getByTestId('workflow-message').parentElement).toHaveFocus());
    expect(within(screen.getByTestId('analysis-status')).getByText('Ingediend')).toBeInTheDocument();
    expect(input(label(dakloos, 'Zelfstandig wonen', 'huidige vraag'))).toHaveAttribute('readonly');
  });

  it('refuses to submit while a cell holds a refused value', async () => {
    const fetchMock = backend();
    const user = userEvent.setup();
    await openGrid();
    await user.click(input(label(dakloos, 'Zelfstandig wonen', 'huidige vraag')));
    await user.keyboard('-1');
    await user.click(screen.getByRole('button', { name: 'Indienen' }));
    expect(await screen.findByTestId('entry-notice')).toHaveTextContent('Niet alle cellen zijn opgeslagen');
    expect(fetchMock.mock.calls.some(([url]) => String(url).endsWith('/submit'))).toBe(false);
  });

  it('asks the programme manager for a reason before returning', async () => {
    let returned: unknown;
    mockApi({
      'GET /api/v1/me': users.regionManager,
      [GET_ANALYSIS]: analysis({ status: 'SUBMITTED', editable: false, allowedActions: ['RETURN', 'ADOPT'] }),
      'POST /api/v1/demand/analyses/12/return': ({ body }) => {
        returned = body;
        return json(analysis({ status: 'RETURNED', returnedReason: 'Toelichting ontbreekt', allowedActions: [] }));
      },
    });
    const user = userEvent.setup();
    renderApp(ENTRY);
    await user.click(await screen.findByRole('button', { name: 'Terugsturen' }));
    const dialog = screen.getByRole('dialog', { name: 'Vraaganalyse terugsturen' });
    await user.click(within(dialog).getByRole('button', { name: 'Terugsturen' }));
    expect(within(dialog).getByText('Geef een reden op.')).toBeInTheDocument();
    expect(returned).toBeUndefined();

    await user.type(within(dialog).getByLabelText('Reden'), 'Toelichting ontbreekt');
    await user.click(within(dialog).getByRole('button', { name: 'Terugsturen' }));
    expect(await screen.findByText('De vraaganalyse is teruggestuurd naar de gemeente.')).toBeInTheDocument();
    expect(returned).toEqual({ lockVersion: 3, reason: 'Toelichting ontbreekt' });
  });

  it('reloads and explains when someone else changed the analysis first', async () => {
    mockApi({
      'GET /api/v1/me': users.regionManager,
      [GET_ANALYSIS]: analysis({ status: 'SUBMITTED', editable: false, allowedActions: ['RETURN', 'ADOPT'] }),
      'POST /api/v1/demand/analyses/12/adopt': () => problem(409, 'VERSION_CONFLICT', 'Verouderd'),
    });
    const user = userEvent.setup();
    renderApp(ENTRY);
    await user.click(await screen.findByRole('button', { name: 'Vaststellen' }));
    const dialog = screen.getByRole('dialog', { name: 'Vraaganalyse vaststellen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Vaststellen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('intussen door iemand anders gewijzigd');
  });

  it('says what adoption freezes, and a cancelled adoption sends nothing', async () => {
    let adopted: unknown;
    mockApi({
      'GET /api/v1/me': users.regionManager,
      [GET_ANALYSIS]: analysis({ status: 'SUBMITTED', editable: false, allowedActions: ['RETURN', 'ADOPT'] }),
      'POST /api/v1/demand/analyses/12/adopt': ({ body }) => {
        adopted = body;
        return json(analysis({ status: 'ADOPTED', editable: false, allowedActions: ['REOPEN'] }));
      },
    });
    const user = userEvent.setup();
    renderApp(ENTRY);
    const button = await screen.findByRole('button', { name: 'Vaststellen' });
    await user.click(button);
    let dialog = screen.getByRole('dialog', { name: 'Vraaganalyse vaststellen?' });
    expect(within(dialog).getByTestId('step-summary')).toHaveTextContent('wordt bevroren: niemand kan de cijfers daarna nog wijzigen');
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(adopted).toBeUndefined();
    expect(button).toHaveFocus();
    await user.click(button);
    dialog = screen.getByRole('dialog', { name: 'Vraaganalyse vaststellen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Vaststellen' }));
    expect(await screen.findByText('De vraaganalyse is vastgesteld.')).toBeInTheDocument();
    expect(adopted).toEqual({ lockVersion: 3 });
  });
});

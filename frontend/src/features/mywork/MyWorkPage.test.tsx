import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { users } from '../../test/fixtures';
import type { LateAnalysis, MyWork, WorkItem } from './api/mywork';

const item = (overrides: Partial<WorkItem>): WorkItem => ({
  kind: 'ANALYSIS_RETURNED',
  group: 'DEMAND',
  title: 'Vraaganalyse 2027 teruggestuurd',
  detail: 'Reden: Graag de bron toevoegen; deadline 1 maart 2027, nog 10 dagen',
  dueDate: '2027-03-01',
  daysLeft: 10,
  path: '/gemeenten/GM0363/vraaganalyse/2027',
  at: '2026-12-01T10:00:00Z',
  ...overrides,
});

const late = (name: string, code: string, deadline: string, daysLate: number): LateAnalysis => ({
  municipalityCode: code,
  municipalityName: name,
  regionCode: 'MRA',
  year: 2027,
  deadline,
  daysLate,
  state: 'niet begonnen',
  path: `/regios/MRA/vraaganalyses/2027`,
});

const work = (overrides: Partial<MyWork>): MyWork => ({
  items: [],
  lateAnalyses: [],
  feed: [],
  tracksVisits: false,
  lastVisitAt: null,
  ...overrides,
});

describe('Mijn werk', () => {
  it('is where "/" leads, focuses its heading and links every item to where it is done, grouped', async () => {
    mockApi({
      'GET /api/v1/me': users.municipalityOfficer,
      'GET /api/v1/my-work': work({
        items: [
          item({}),
          item({
            kind: 'SWAP_TO_CONFIRM',
            group: 'ALLOCATION',
            title: 'Ruil met Diemen bevestigen of afwijzen',
            detail: '2 woningen van Amsterdam naar Diemen',
            dueDate: null,
            daysLeft: null,
            path: '/verdeling/modellen/7/resultaat',
          }),
        ],
        feed: [
          {
            regionCode: 'MRA',
            regionName: 'Metropoolregio Amsterdam',
            entries: [{ at: '2026-12-01T10:00:00Z', actor: 'regio.mra', text: 'Vraaganalyse Amsterdam 2027 teruggestuurd' }],
          },
        ],
      }),
    });
    renderApp('/');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Mijn werk' });
    expect(screen.getByTestId('location')).toHaveTextContent('/mijn-werk');
    await waitFor(() => expect(heading).toHaveFocus());
    const demand = await screen.findByRole('region', { name: /Vraaganalyses/ });
    expect(within(demand).getByRole('link', { name: 'Vraaganalyse 2027 teruggestuurd' })).toHaveAttribute(
      'href',
      '/gemeenten/GM0363/vraaganalyse/2027',
    );
    expect(within(demand).getByText(/Reden: Graag de bron toevoegen/)).toBeInTheDocument();
    const allocation = screen.getByRole('region', { name: /Verdeling/ });
    expect(within(allocation).getByRole('link', { name: 'Ruil met Diemen bevestigen of afwijzen' })).toHaveAttribute(
      'href',
      '/verdeling/modellen/7/resultaat',
    );
    // the former start page stays one link away
    expect(screen.getByRole('link', { name: 'Naar Mijn gemeente' })).toHaveAttribute('href', '/gemeenten/GM0363');
    const feed = screen.getByTestId('my-work-feed');
    expect(within(feed).getByRole('heading', { name: 'Metropoolregio Amsterdam' })).toBeInTheDocument();
    expect(within(feed).getByText(/Vraaganalyse Amsterdam 2027 teruggestuurd/)).toBeInTheDocument();
    // a gemeente has no late list
    expect(screen.queryByTestId('my-work-late')).not.toBeInTheDocument();
  });

  it('says so when nothing waits', async () => {
    mockApi({ 'GET /api/v1/me': users.municipalityOfficer, 'GET /api/v1/my-work': work({}) });
    renderApp('/mijn-werk');
    expect(await screen.findByTestId('my-work-empty')).toHaveTextContent('Er wacht nu niets op u.');
  });

  it('lets the programme manager sort the late analyses by gemeente, deadline and days late', async () => {
    mockApi({
      'GET /api/v1/me': users.regionManager,
      'GET /api/v1/my-work': work({
        lateAnalyses: [
          late('Diemen', 'GM0384', '2026-11-20', 17),
          late('Almere', 'GM0034', '2026-12-01', 6),
          late('Zaanstad', 'GM0479', '2026-11-01', 36),
        ],
      }),
    });
    renderApp('/mijn-werk');
    const table = await screen.findByTestId('late-table');
    const names = () => within(table).getAllByTestId('late-row').map((row) => row.getAttribute('data-municipality'));
    // the longest overdue first
    expect(names()).toEqual(['GM0479', 'GM0384', 'GM0034']);
    await userEvent.click(within(table).getByRole('button', { name: 'Gemeente' }));
    expect(names()).toEqual(['GM0034', 'GM0384', 'GM0479']);
    expect(within(table).getByRole('columnheader', { name: /Gemeente/ })).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(within(table).getByRole('button', { name: 'Gemeente' }));
    expect(names()).toEqual(['GM0479', 'GM0384', 'GM0034']);
    await userEvent.click(within(table).getByRole('button', { name: 'Deadline' }));
    expect(names()).toEqual(['GM0479', 'GM0384', 'GM0034']);
    await userEvent.click(within(table).getByRole('button', { name: /Te laat/ }));
    expect(names()).toEqual(['GM0479', 'GM0384', 'GM0034']);
    await userEvent.click(within(table).getByRole('button', { name: /Te laat/ }));
    expect(names()).toEqual(['GM0034', 'GM0384', 'GM0479']);
    expect(within(table).getByText('36 dagen')).toBeInTheDocument();
  });

  it('sends a reminder to one late gemeente and says when one went out today already', async () => {
    const sent: unknown[] = [];
    mockApi({
      'GET /api/v1/me': users.regionManager,
      'GET /api/v1/my-work': work({ lateAnalyses: [late('Diemen', 'GM0384', '2026-11-20', 17), late('Almere', 'GM0034', '2026-12-01', 6)] }),
      'POST /api/v1/regions/MRA/demand-reminders/2027': ({ body }) => {
        sent.push(body);
        const code = (body as { municipalityCode: string }).municipalityCode;
        const one = [{ code, name: code === 'GM0384' ? 'Diemen' : 'Almere' }];
        return json(code === 'GM0384' ? { reminded: one, alreadyRemindedToday: [] } : { reminded: [], alreadyRemindedToday: one });
      },
    });
    renderApp('/mijn-werk');
    const table = await screen.findByTestId('late-table');
    expect(within(table).getByRole('columnheader', { name: 'Herinnering' })).toBeInTheDocument();
    await userEvent.click(within(table).getByRole('button', { name: 'Herinnering sturen aan Diemen' }));
    const diemen = within(table).getAllByTestId('late-row').find((row) => row.getAttribute('data-municipality') === 'GM0384')!;
    expect(await within(diemen).findByTestId('reminder-state')).toHaveTextContent('Herinnering verstuurd');
    await userEvent.click(within(table).getByRole('button', { name: 'Herinnering sturen aan Almere' }));
    const almere = within(table).getAllByTestId('late-row').find((row) => row.getAttribute('data-municipality') === 'GM0034')!;
    expect(await within(almere).findByTestId('reminder-state')).toHaveTextContent('Vandaag al herinnerd');
    expect(sent).toEqual([{ municipalityCode: 'GM0384' }, { municipalityCode: 'GM0034' }]);
  });

  it('lets a reader mark the news as seen, after which the list is read again', async () => {
    let seen = false;
    const fetchMock = mockApi({
      'GET /api/v1/me': users.provinceAnalyst,
      'GET /api/v1/my-work': () =>
        new Response(
          JSON.stringify(
            work({
              tracksVisits: true,
              lastVisitAt: seen ? '2026-12-07T09:00:00Z' : null,
              items: seen
                ? []
                : [item({ kind: 'ANALYSIS_ADOPTED', title: 'Vraaganalyse Enschede 2027 vastgesteld', path: '/vraaganalyses/5', dueDate: null, daysLeft: null })],
            }),
          ),
          { status: 200, headers: { 'Content-Type': 'application/json' } },
        ),
      'POST /api/v1/my-work/seen': () => {
        seen = true;
        return new Response(null, { status: 204 });
      },
    });
    renderApp('/mijn-werk');
    expect(await screen.findByRole('link', { name: 'Vraaganalyse Enschede 2027 vastgesteld' })).toHaveAttribute('href', '/vraaganalyses/5');
    expect(screen.getByText('Nieuw in de afgelopen 30 dagen.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Alles als gezien markeren' }));
    expect(await screen.findByTestId('my-work-empty')).toBeInTheDocument();
    expect(screen.getByText(/Nieuw sinds u het laatst alles als gezien markeerde/)).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([url, init]) => String(url).endsWith('/api/v1/my-work/seen') && init?.method === 'POST')).toBe(true);
  });
});

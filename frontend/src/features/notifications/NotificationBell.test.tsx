import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/render';

const returned = {
  id: 7,
  kind: 'ANALYSIS_RETURNED' as const,
  title: 'Vraaganalyse 2027 teruggestuurd',
  summary: 'Reden: Graag de bron toevoegen',
  link: '/gemeenten/GM0363/vraaganalyse/2027',
  createdAt: '2026-12-07T09:00:00Z',
  readAt: null,
};
const deadline = {
  id: 5,
  kind: 'DEADLINE_SET' as const,
  title: 'Deadline vraaganalyse 2027: 1 maart 2027',
  summary: null,
  link: '/gemeenten/GM0363/vraaganalyse/2027',
  createdAt: '2026-12-06T09:00:00Z',
  readAt: '2026-12-06T10:00:00Z',
};

describe('Meldingen', () => {
  it('shows the unread count in the bell, lists the notifications as links and marks one read', async () => {
    let unread = 3;
    const read: number[] = [];
    mockApi({
      'GET /api/v1/me': users.municipalityOfficer,
      'GET /api/v1/me/notifications/unread-count': () => Response.json({ unread }),
      'GET /api/v1/me/notifications': () =>
        Response.json({ items: [returned, deadline], total: 2, unread, page: 0, size: 25 }),
      'POST /api/v1/me/notifications/7/read': () => {
        read.push(7);
        unread = 2;
        return Response.json({ unread });
      },
    });
    renderApp('/');
    const user = userEvent.setup();
    const bell = await screen.findByRole('link', { name: 'Meldingen, 3 ongelezen' });
    expect(bell).toHaveTextContent('3');

    await user.click(bell);
    expect(await screen.findByRole('heading', { level: 1, name: 'Meldingen' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Meldingen, nieuwste eerst' });
    const links = within(list).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Ongelezen: Vraaganalyse 2027 teruggestuurd', 'Deadline vraaganalyse 2027: 1 maart 2027']);
    expect(links[0]).toHaveAttribute('href', '/gemeenten/GM0363/vraaganalyse/2027');
    expect(within(list).getByText('Reden: Graag de bron toevoegen')).toBeInTheDocument();

    await user.click(within(list).getByRole('button', { name: 'Markeer als gelezen: Vraaganalyse 2027 teruggestuurd' }));
    expect(await screen.findByRole('link', { name: 'Meldingen, 2 ongelezen' })).toBeInTheDocument();
    expect(read).toEqual([7]);
  });

  it('says only "Meldingen" when nothing is unread, and opening an item goes to its task', async () => {
    mockApi({
      'GET /api/v1/me': users.municipalityOfficer,
      'GET /api/v1/me/notifications/unread-count': { unread: 0 },
      'GET /api/v1/me/notifications': { items: [deadline], total: 1, unread: 0, page: 0, size: 25 },
    });
    renderApp('/meldingen');
    const user = userEvent.setup();
    expect(await screen.findByRole('link', { name: 'Meldingen' })).not.toHaveTextContent(/\d/);
    expect(await screen.findByText('U hebt alle meldingen gelezen.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Deadline vraaganalyse 2027: 1 maart 2027' }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/gemeenten/GM0363/vraaganalyse/2027');
  });
});

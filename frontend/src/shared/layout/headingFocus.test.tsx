import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { regions, users } from '../../test/fixtures';
import { mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { signInBrowser } from '../../test/session';
import { focusHeadingWhenShown } from './headingFocus';

describe('focusHeadingWhenShown', () => {
  let container: HTMLElement;
  const stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    container?.remove();
  });
  const setUp = (html = '') => {
    container = document.createElement('main');
    container.innerHTML = html;
    document.body.append(container);
  };
  const heading = (text: string) => {
    const h1 = document.createElement('h1');
    h1.textContent = text;
    return h1;
  };

  it('focuses the heading once the page has rendered it, and makes it focusable without a tab stop', async () => {
    setUp('<p>Laden…</p>');
    stops.push(focusHeadingWhenShown(container));
    const h1 = heading('Diemen');
    container.replaceChildren(h1);
    await waitFor(() => expect(h1).toHaveFocus());
    expect(h1).toHaveAttribute('tabindex', '-1');
  });

  it('puts focus back on the heading that replaces the one it focused', async () => {
    setUp('<h1>Laden</h1>');
    stops.push(focusHeadingWhenShown(container));
    expect(container.querySelector('h1')).toHaveFocus();
    const h1 = heading('Vraaganalyse');
    container.replaceChildren(h1);
    await waitFor(() => expect(h1).toHaveFocus());
  });

  it('leaves focus where the user put it meanwhile', async () => {
    setUp('<label>Naam <input></label>');
    stops.push(focusHeadingWhenShown(container));
    const field = container.querySelector('input')!;
    field.focus();
    container.append(heading('Diemen'));
    await new Promise((done) => setTimeout(done, 20));
    expect(field).toHaveFocus();
  });

  it('skips the heading that is about to go', async () => {
    setUp('<h1>Nog niet gestart</h1>');
    const old = container.querySelector('h1');
    stops.push(focusHeadingWhenShown(container, { skip: old }));
    expect(old).not.toHaveFocus();
    const h1 = heading('Diemen');
    container.replaceChildren(h1);
    await waitFor(() => expect(h1).toHaveFocus());
  });
});

describe('focus after navigation', () => {
  it('leaves the first page the browser opens alone', async () => {
    mockApi({ 'GET /api/v1/me': users.admin, 'GET /api/v1/regions': regions });
    renderApp('/regios');
    const h1 = await screen.findByRole('heading', { level: 1, name: "Regio's" });
    await new Promise((done) => setTimeout(done, 20));
    expect(h1).not.toHaveFocus();
  });

  it('moves focus to the new page’s heading when a link is followed', async () => {
    mockApi({ 'GET /api/v1/me': users.admin, 'GET /api/v1/regions': regions });
    renderApp('/regios');
    await screen.findByRole('heading', { level: 1, name: "Regio's" });
    await userEvent.setup().click(screen.getByRole('link', { name: 'Wachtwoord wijzigen' }));
    const h1 = await screen.findByRole('heading', { level: 1, name: 'Wachtwoord wijzigen' });
    await waitFor(() => expect(h1).toHaveFocus());
  });

  it('moves focus to the start page’s heading after logging in', async () => {
    mockApi({
      'POST /api/v1/auth/session': () => {
        signInBrowser();
        return new Response(null, { status: 204 });
      },
      'GET /api/v1/me': users.admin,
      'GET /api/v1/regions': regions,
      'GET /api/v1/my-work': { items: [], lateAnalyses: [], feed: [], tracksVisits: false, lastVisitAt: null },
    });
    renderApp('/login', { signedIn: false });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Gebruikersnaam'), 'beheerder');
    await user.type(screen.getByLabelText('Wachtwoord'), 'thuisplan-demo');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    // every role starts on Mijn werk
    const h1 = await screen.findByRole('heading', { level: 1, name: 'Mijn werk' });
    await waitFor(() => expect(h1).toHaveFocus());
  });
});

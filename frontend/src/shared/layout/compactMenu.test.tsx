import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { regions, users } from '../../test/fixtures';
import { mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/render';

describe('compact header', () => {
  it('folds the navigation and the account tools under one menu button, which a new page closes again', async () => {
    mockApi({ 'GET /api/v1/me': users.admin, 'GET /api/v1/regions': regions });
    renderApp('/regios');
    await screen.findByRole('heading', { level: 1, name: "Regio's" });
    const button = screen.getByRole('button', { name: 'Menu' });
    const nav = screen.getByRole('navigation', { name: 'Hoofdnavigatie' });
    const tools = screen.getByTestId('current-user').parentElement!;
    expect(button.getAttribute('aria-controls')?.split(' ')).toEqual([tools.id, nav.id]);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(nav).toHaveAttribute('data-open', 'false');
    expect(tools).toHaveAttribute('data-open', 'false');

    const user = userEvent.setup();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(nav).toHaveAttribute('data-open', 'true');
    expect(tools).toHaveAttribute('data-open', 'true');

    await user.click(screen.getByRole('link', { name: 'Wachtwoord wijzigen' }));
    await screen.findByRole('heading', { level: 1, name: 'Wachtwoord wijzigen' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false'));
  });

  it('has no menu button before logging in', async () => {
    mockApi({});
    renderApp('/login', { signedIn: false });
    await screen.findByRole('heading', { level: 1, name: 'Inloggen' });
    expect(screen.queryByRole('button', { name: 'Menu' })).not.toBeInTheDocument();
  });
});

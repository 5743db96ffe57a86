import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { CONTACT_EMAIL } from './AccessibilityPage';
import coverage from './coverage.json';

describe('the accessibility statement', () => {
  it('is readable without signing in: status, how it is tested, known problems, date and contact', async () => {
    renderApp('/toegankelijkheid', { signedIn: false });
    expect(await screen.findByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/toegankelijkheid');
    expect(screen.getByTestId('statement-status')).toHaveTextContent('voldoet gedeeltelijk aan de eisen van WCAG 2.1 niveau AA');
    const pages = Object.values(coverage.areas).flat().length;
    expect(screen.getByText(new RegExp(`Op alle ${pages} pagina's draait axe-core`))).toBeInTheDocument();
    const areas = within(screen.getByTestId('statement-areas')).getAllByRole('listitem');
    expect(areas).toHaveLength(Object.keys(coverage.areas).length);
    expect(screen.getByText("Woonzorgvisie: 4 pagina's")).toBeInTheDocument();
    expect(within(screen.getByTestId('statement-issues')).getByText(/Naast elke kaart en grafiek staat een tabel/)).toBeInTheDocument();
    expect(screen.getByText(/opgesteld op 7-12-2026/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: CONTACT_EMAIL })).toHaveAttribute('href', `mailto:${CONTACT_EMAIL}`);
    expect(document.title).toBe('Toegankelijkheidsverklaring – Thuisplan');
  });

  it('keeps the navigation for someone signed in, and the footer links to it from every page', async () => {
    mockApi({ 'GET /api/v1/me': users.regionManager });
    renderApp('/toegankelijkheid');
    expect(await screen.findByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' })).toBeInTheDocument();
    expect(await screen.findByTestId('current-user')).toBeInTheDocument();
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'Toegankelijkheid: wat werkt en wat nog niet' })).toHaveAttribute(
      'href',
      '/toegankelijkheid',
    );
  });

  it('is linked from the login page', async () => {
    renderApp('/login', { signedIn: false });
    const link = await screen.findByRole('link', { name: 'Toegankelijkheid: wat werkt en wat nog niet' });
    expect(link).toHaveAttribute('href', '/toegankelijkheid');
  });
});

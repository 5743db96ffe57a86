import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/render';

describe('partner home', () => {
  it('sends a corporatie medewerker to a page naming its organisation and region, without invented content', async () => {
    mockApi({ 'GET /api/me': users.corporatie });
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom bij Thuisplan' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/partner');
    expect(screen.getByTestId('partner-scope')).toHaveTextContent(
      'U werkt als corporatie medewerker voor Woningcorporatie Demo (MRA), in de regio Metropoolregio Amsterdam.',
    );
    expect(screen.getByText('Er is op dit moment nog niets met u gedeeld.')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Hoofdnavigatie' });
    expect(within(nav).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/partner']);
    expect(within(screen.getByRole('banner')).getByTestId('current-scope')).toHaveTextContent('Metropoolregio Amsterdam');
  });
});

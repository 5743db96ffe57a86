import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import type { Municipality } from './api/municipalities';

const montferland: Municipality = {
  code: 'GM1955',
  name: 'Montferland',
  province: { code: 'PV25', name: 'Gelderland' },
  note: null,
  inhabitants: { value: 36123, referenceDate: '2024-01-01', source: 'Schatting regio', status: 'APPROXIMATE' },
  memberships: [
    {
      region: { code: 'GMR', name: 'Groene Metropoolregio Arnhem-Nijmegen' },
      subregion: null,
      validFrom: '2015-01-01',
      validTo: '2024-12-31',
      confirmed: false,
      note: 'Uitgetreden',
    },
  ],
};

describe('municipality page', () => {
  it('shows code, province, inhabitants with date, source and flag, and memberships', async () => {
    mockApi({ 'GET /api/v1/me': users.admin, 'GET /api/v1/municipalities/GM1955': montferland });
    renderApp('/gemeenten/GM1955');

    expect(await screen.findByRole('heading', { level: 1, name: 'Montferland' })).toBeInTheDocument();
    const facts = screen.getByTestId('municipality-facts');
    expect(within(facts).getByText('GM1955')).toBeInTheDocument();
    expect(within(facts).getByText('Gelderland')).toBeInTheDocument();
    expect(within(facts).getByText('36.123')).toBeInTheDocument();
    expect(within(facts).getByText('1-1-2024')).toBeInTheDocument();
    expect(within(facts).getByText('Schatting regio')).toBeInTheDocument();
    expect(within(facts).getByText('benaderd')).toHaveAccessibleDescription(/schatting/);

    const memberships = screen.getByRole('table', { name: /Regio's waarvan Montferland lid is of was/ });
    expect(within(memberships).getByRole('link', { name: 'Groene Metropoolregio Arnhem-Nijmegen' })).toBeInTheDocument();
    expect(within(memberships).getByText('31-12-2024')).toBeInTheDocument();
    expect(within(memberships).getByText('te bevestigen')).toBeInTheDocument();
    const year = new Date().getFullYear();
    expect(screen.getByRole('link', { name: `Vraaganalyse ${year}` })).toHaveAttribute('href', `/gemeenten/GM1955/vraaganalyse/${year}`);
  });
});

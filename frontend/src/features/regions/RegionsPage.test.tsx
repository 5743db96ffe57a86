import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { regions, users } from '../../test/fixtures';
import { mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/render';

describe('regions list', () => {
  it('shows code, name, number of municipalities and provinces', async () => {
    mockApi({ 'GET /api/v1/me': users.admin, 'GET /api/v1/regions': regions });
    renderApp('/regios');

    const table = await screen.findByRole('table');
    const row = within(table).getByRole('rowheader', { name: 'Metropoolregio Amsterdam' }).closest('tr')!;
    expect(within(row).getByText('MRA')).toBeInTheDocument();
    expect(within(row).getByText('30')).toBeInTheDocument();
    expect(within(row).getByText('Noord-Holland, Flevoland')).toBeInTheDocument();
    expect(within(row).getByRole('link')).toHaveAttribute('href', '/regios/MRA');
  });
});

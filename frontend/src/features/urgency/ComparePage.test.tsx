import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { comparison, scheme, summaries } from './fixtures';
import './pages';

vi.mock('../../shared/charts/EChart');

describe('comparing two versions', () => {
  it('shows header changes and categories and quotas with their change, a and b side by side', async () => {
    mockApi({
      'GET /api/v1/me': users.regionManager,
      'GET /api/v1/urgency/schemes/compare': comparison,
      'GET /api/v1/urgency/schemes/4': scheme,
      'GET /api/v1/urgency/schemes/3': { ...scheme, id: 3, versionNo: 1, name: summaries[0]!.name, status: 'ADOPTED' },
    });
    renderApp('/urgentie/vergelijk?a=3&b=4');
    expect(await screen.findByRole('heading', { level: 1, name: 'Twee versies vergeleken' })).toBeInTheDocument();
    const versions = screen.getByTestId('compare-versions');
    expect(within(versions).getByRole('link', { name: 'versie 1' })).toHaveAttribute('href', '/urgentie/versies/3');
    expect(within(versions).getByRole('link', { name: 'versie 2' })).toHaveAttribute('href', '/urgentie/versies/4');
    expect(await screen.findByRole('link', { name: 'Urgentieregeling Metropoolregio Amsterdam' })).toHaveAttribute('href', '/regios/MRA/urgentie');

    const header = screen.getByTestId('compare-fields');
    const fieldRow = (field: string) => header.querySelector<HTMLElement>(`tr[data-field="${field}"]`)!;
    expect(within(fieldRow('validTo')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['31-12-2026', '31-12-2030']);
    expect(within(fieldRow('validTo')).getByRole('rowheader')).toHaveTextContent('Geldig tot en met');
    expect(within(fieldRow('legalBasis.name')).getByRole('rowheader')).toHaveTextContent('Grondslag');

    const categories = screen.getByTestId('compare-categories');
    const item = (list: HTMLElement, key: string) => list.querySelector<HTMLElement>(`[data-key="${key}"]`)!;
    expect(within(item(categories, 'schulden')).getByText('Toegevoegd')).toBeInTheDocument();
    expect(within(item(categories, 'dakloos')).getByText('Verwijderd')).toBeInTheDocument();
    expect(item(categories, 'mantelzorg')).toHaveAttribute('data-change', 'SAME');
    expect(within(categories).getByRole('list', { name: 'Gelijk gebleven: Categorieën' })).toHaveTextContent('Mantelzorgers en -ontvangers');
    const changed = item(categories, 'uitstroom_bw');
    expect(within(changed).getByText('Gewijzigd')).toBeInTheDocument();
    expect(within(changed).getByRole('row', { name: /Wachtnorm/ })).toHaveTextContent('Wachtnorm120 dagen90 dagen');

    const quotas = screen.getByTestId('compare-quotas');
    expect(within(item(quotas, 'Alle urgenten')).getByRole('row', { name: /Aandeel/ })).toHaveTextContent('Aandeel25%30%');
    expect(within(item(quotas, 'Regulier')).getByText('Toegevoegd')).toBeInTheDocument();
  });

  it('says when a version cannot be read', async () => {
    mockApi({ 'GET /api/v1/me': users.municipalityOfficer, 'GET /api/v1/urgency/schemes/compare': () => problem(404, 'NOT_FOUND', 'x') });
    renderApp('/urgentie/vergelijk?a=3&b=99');
    expect(await screen.findByRole('heading', { level: 1, name: 'Niet gevonden of geen toegang' })).toBeInTheDocument();
  });
});

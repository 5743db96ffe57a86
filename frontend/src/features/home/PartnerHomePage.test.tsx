import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import type { SharedDocument, SharedModel, SharedScheme } from './api/shared';

const adoptedModel: SharedModel = {
  id: 7,
  name: 'Uitstroom MO/BW 2026',
  period: '2026',
  targetGroups: [{ code: 'uitstroom_mo', name: 'Uitstroom MO' }],
  status: 'ADOPTED',
  scenarioCount: 1,
  adoptedScenario: { id: 11, name: 'Scenario A', versionNo: 1 },
  adoptedAt: '2026-03-15T12:00:00Z',
  adoptedBy: 'regio.mra',
  total: 120,
};

const scheme = (id: number, status: SharedScheme['status'], validFrom: string, validTo: string): SharedScheme => ({
  id,
  name: `Urgentieregeling MRA ${validFrom.slice(0, 4)}`,
  versionNo: id,
  status,
  validFrom,
  validTo,
  legalBasis: { name: 'Huisvestingsverordening MRA', date: '2022-11-15' },
  categoryCount: 2,
  quotaCount: 2,
  adoptedAt: status === 'CONCEPT' ? null : '2022-12-01T10:00:00Z',
  adoptedBy: status === 'CONCEPT' ? null : 'regio.mra',
  basedOn: null,
  allowedActions: [],
});

const adoptedDocument: SharedDocument = {
  id: 21,
  title: 'Woonzorgvisie Amsterdam 2026–2030',
  area: { kind: 'MUNICIPALITY', code: 'GM0363', name: 'Amsterdam' },
  fromYear: 2026,
  toYear: 2030,
  status: 'ADOPTED',
  templateId: 1,
  templateName: 'Regionaal sjabloon',
  templateVersionNo: 1,
  newerTemplateVersionNo: null,
  progress: { sections: 10, filled: 10, required: 5, requiredFilled: 5 },
  openComments: 0,
  updatedAt: '2026-05-01T10:00:00Z',
  updatedBy: 'gemeente.amsterdam',
  lockVersion: 4,
  allowedActions: [],
};

const lists = (models: SharedModel[], schemes: SharedScheme[], documents: SharedDocument[]) => ({
  'GET /api/v1/me': users.corporatie,
  'GET /api/v1/allocation/regions/MRA/models': models,
  'GET /api/v1/urgency/regions/MRA/schemes': schemes,
  'GET /api/v1/woonzorgvisie/regions/MRA/documents': documents,
});

describe('partner home', () => {
  it('shows a corporatie medewerker a page naming its organisation and region, and says when nothing is adopted', async () => {
    mockApi(lists([], [], []));
    renderApp('/partner');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom bij Thuisplan' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/partner');
    expect(screen.getByTestId('partner-scope')).toHaveTextContent(
      'U werkt als corporatie medewerker voor Woningcorporatie Demo (MRA), in de regio Metropoolregio Amsterdam.',
    );
    expect(await screen.findByText('Er is op dit moment nog niets met u gedeeld.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Hoofdnavigatie' });
    expect(within(nav).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '/partner',
      '/regios/MRA/verdeling',
      '/regios/MRA/urgentie',
      '/regios/MRA/woonzorgvisie',
    ]);
    expect(within(screen.getByRole('banner')).getByTestId('current-scope')).toHaveTextContent('Metropoolregio Amsterdam');
  });

  it('links the adopted allocation results, urgentieregeling and woonzorgvisies, never a concept', async () => {
    mockApi(
      lists(
        [adoptedModel, { ...adoptedModel, id: 8, name: 'Concept 2027', status: 'CONCEPT', adoptedScenario: null, adoptedAt: null }],
        [scheme(3, 'EXPIRED', '2019-01-01', '2022-12-31'), scheme(4, 'ADOPTED', '2023-01-01', '2026-12-31'), scheme(5, 'CONCEPT', '2027-01-01', '2030-12-31')],
        [adoptedDocument, { ...adoptedDocument, id: 22, title: 'Woonzorgvisie Diemen', status: 'CONCEPT' }],
      ),
    );
    renderApp('/partner');
    const allocation = await screen.findByTestId('shared-allocation');
    expect(within(allocation).getByRole('heading', { level: 2, name: 'Verdeling over de gemeenten' })).toBeInTheDocument();
    const modelLinks = within(allocation).getAllByRole('link');
    expect(modelLinks.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Uitstroom MO/BW 2026: taakstelling en realisatie per gemeente', '/verdeling/modellen/7/resultaat'],
      ['Alle vastgestelde verdeelmodellen', '/regios/MRA/verdeling'],
    ]);
    expect(allocation).toHaveTextContent('vastgesteld op 15-3-2026');

    const urgency = screen.getByTestId('shared-urgency');
    expect(within(urgency).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
      '/urgentie/versies/4',
      '/urgentie/versies/3',
      '/regios/MRA/urgentie',
    ]);
    expect(urgency).toHaveTextContent('geldig van 1-1-2023 tot en met 31-12-2026');
    expect(urgency).toHaveTextContent('vervallen (gold van 1-1-2019 tot en met 31-12-2022)');

    const documents = screen.getByTestId('shared-woonzorgvisie');
    expect(within(documents).getByRole('link', { name: 'Woonzorgvisie Amsterdam 2026–2030' })).toHaveAttribute('href', '/woonzorgvisie/documenten/21');
    expect(within(documents).queryByText('Woonzorgvisie Diemen')).not.toBeInTheDocument();
    expect(screen.queryByText('Er is op dit moment nog niets met u gedeeld.')).not.toBeInTheDocument();
    // reading only: nothing on the page to press
    expect(screen.queryByRole('button', { name: /Nieuw|Bewerken|Vaststellen/ })).not.toBeInTheDocument();
  });

  it('names each part the region has not adopted yet', async () => {
    mockApi(lists([adoptedModel], [], []));
    renderApp('/partner');
    expect(await screen.findByTestId('shared-allocation')).toBeInTheDocument();
    expect(screen.getByTestId('shared-urgency')).toHaveTextContent('De regio heeft nog geen urgentieregeling vastgesteld.');
    expect(screen.getByTestId('shared-woonzorgvisie')).toHaveTextContent('Er is nog geen woonzorgvisie vastgesteld.');
  });
});

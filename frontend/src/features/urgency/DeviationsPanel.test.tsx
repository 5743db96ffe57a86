import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mra, users } from '../../test/fixtures';
import { json, mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import type { Deviation } from './api/urgency';
import { mandatoryCategories, scheme, schemeForMunicipality, targetGroups } from './fixtures';
import './pages';

vi.mock('../../shared/charts/EChart');

const routes = {
  'GET /api/v1/regions/MRA': mra,
  'GET /api/v1/urgency/mandatory-categories': mandatoryCategories,
  'GET /api/v1/regions/MRA/target-groups': targetGroups,
};

describe('local deviations', () => {
  it('lets a gemeente propose a share for its own municipality', async () => {
    let posted: unknown;
    let created: Deviation | null = null;
    mockApi({
      ...routes,
      'GET /api/v1/me': users.municipalityOfficer,
      'GET /api/v1/urgency/schemes/4': () =>
        json(created ? { ...schemeForMunicipality, deviations: [...schemeForMunicipality.deviations, created] } : schemeForMunicipality),
      'POST /api/v1/urgency/schemes/4/deviations': ({ body }) => {
        posted = body;
        created = {
          id: 9,
          municipality: { code: 'GM0363', name: 'Amsterdam' },
          quotaId: 5,
          quotaLabel: 'Alle urgenten',
          share: '0.325',
          perYear: null,
          reason: 'Meer uitstroom.',
          status: 'PROPOSED',
          proposedBy: 'gemeente.amsterdam',
          proposedAt: '2026-04-01T09:00:00Z',
          decidedBy: null,
          decidedAt: null,
          allowedActions: [],
        };
        return json(created, 201);
      },
    });
    const user = userEvent.setup();
    renderApp('/urgentie/versies/4?tab=afwijkingen');
    const form = await screen.findByTestId('propose-deviation');
    // no editor and no decisions for a gemeente
    expect(screen.queryByRole('tab', { name: 'Bewerken' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Aanvaarden/ })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Afwijking voorstellen voor Amsterdam' })).toBeInTheDocument();

    expect(within(form).getByLabelText('Quotum')).toHaveValue('5');
    await user.type(within(form).getByLabelText('Voorgesteld aandeel (%)'), '32,5');
    await user.type(within(form).getByLabelText('Reden'), 'Meer uitstroom.');
    await user.click(within(form).getByRole('button', { name: 'Afwijking voorstellen' }));
    await waitFor(() => expect(posted).toEqual({ quotaId: 5, share: '0.325', perYear: null, reason: 'Meer uitstroom.' }));
    expect(await screen.findByTestId('deviation-notice')).toHaveTextContent('Uw afwijking voor ‘Alle urgenten’ is voorgesteld.');
    expect(screen.getByTestId('deviations-table').querySelector('[data-deviation="9"]')).toHaveTextContent('32,5%');
  });

  it('asks a number per year for a PER_YEAR quota', async () => {
    let posted: unknown;
    mockApi({
      ...routes,
      'GET /api/v1/me': users.municipalityOfficer,
      'GET /api/v1/urgency/schemes/4': schemeForMunicipality,
      'POST /api/v1/urgency/schemes/4/deviations': ({ body }) => {
        posted = body;
        return json({ ...scheme.deviations[1], id: 10, status: 'PROPOSED' }, 201);
      },
    });
    const user = userEvent.setup();
    renderApp('/urgentie/versies/4?tab=afwijkingen');
    const form = await screen.findByTestId('propose-deviation');
    await user.selectOptions(within(form).getByLabelText('Quotum'), '7');
    expect(within(form).queryByLabelText('Voorgesteld aandeel (%)')).not.toBeInTheDocument();
    await user.type(within(form).getByLabelText('Voorgesteld aantal woningen per jaar'), '12');
    await user.type(within(form).getByLabelText('Reden'), 'Nieuwe voorziening.');
    await user.click(within(form).getByRole('button', { name: 'Afwijking voorstellen' }));
    await waitFor(() => expect(posted).toEqual({ quotaId: 7, share: null, perYear: 12, reason: 'Nieuwe voorziening.' }));
  });

  it('lets the programme manager accept a proposed deviation', async () => {
    let accepted = false;
    mockApi({
      ...routes,
      'GET /api/v1/me': users.regionManager,
      'GET /api/v1/urgency/schemes/4': () =>
        json(
          accepted
            ? { ...scheme, deviations: scheme.deviations.map((d) => (d.id === 2 ? { ...d, status: 'ACCEPTED', allowedActions: [] } : d)) }
            : scheme,
        ),
      'POST /api/v1/urgency/deviations/2/accept': () => {
        accepted = true;
        return json({ ...scheme.deviations[0], status: 'ACCEPTED', decidedBy: 'regio.mra', decidedAt: '2026-04-02T09:00:00Z', allowedActions: [] });
      },
    });
    const user = userEvent.setup();
    renderApp('/urgentie/versies/4?tab=afwijkingen');
    const table = await screen.findByTestId('deviations-table');
    expect(screen.queryByTestId('propose-deviation')).not.toBeInTheDocument();
    const row = table.querySelector<HTMLElement>('[data-deviation="2"]')!;
    expect(row).toHaveTextContent('Amsterdam');
    expect(row).toHaveTextContent('30%');
    expect(row).toHaveTextContent('35%');
    expect(within(row).getByText('Voorgesteld')).toBeInTheDocument();
    // the decided one has no buttons
    expect(within(table.querySelector<HTMLElement>('[data-deviation="1"]')!).queryByRole('button')).not.toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Aanvaarden: Amsterdam, Alle urgenten' }));
    expect(await screen.findByTestId('deviation-notice')).toHaveTextContent('De afwijking van Amsterdam is aanvaard.');
    await waitFor(() => expect(table.querySelector('[data-deviation="2"]')).toHaveAttribute('data-status', 'ACCEPTED'));
    expect(within(table.querySelector<HTMLElement>('[data-deviation="2"]')!).queryByRole('button')).not.toBeInTheDocument();
  });
});

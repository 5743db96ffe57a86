import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import { organisations } from './fixtures';

describe('a refused form shows the server\'s messages at their fields', () => {
  it('puts each field message at its field and never the bare "De invoer is niet geldig"', async () => {
    mockApi({
      'GET /api/v1/me': users.admin,
      'GET /api/v1/admin/organisations': { items: organisations, total: 2 },
      'POST /api/v1/admin/invitations': () =>
        problem(400, 'VALIDATION_FAILED', 'De invoer is niet geldig.', {
          fields: [
            { field: 'email', code: 'EMAIL_TAKEN', message: 'Dit e-mailadres hoort al bij een persoon.' },
            { field: 'validTo', code: 'DATES_REVERSED', message: 'De einddatum ligt voor de begindatum.' },
            { field: 'managesPeople', code: 'NOT_ALLOWED', message: 'Alleen een regio kan mensen laten beheren.' },
          ],
        }),
    });
    renderApp('/beheer/uitnodigen');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('E-mailadres'), 'bestaand@example.org');
    await user.type(screen.getByLabelText('Naam'), 'Bestaande Collega');
    await user.selectOptions(screen.getByLabelText('Organisatie'), '5');
    await user.click(screen.getByRole('button', { name: 'Uitnodigen' }));

    const alert = await screen.findByTestId('problem');
    expect(alert).not.toHaveTextContent('De invoer is niet geldig');
    expect(alert).toHaveTextContent('verbeter wat bij de gemarkeerde velden staat');
    // the message no field on screen shows is listed in the alert, the others are not
    expect(within(alert).getByTestId('problem-fields')).toHaveTextContent('Alleen een regio kan mensen laten beheren.');
    expect(alert).not.toHaveTextContent('Dit e-mailadres hoort al bij een persoon.');
    const email = screen.getByLabelText('E-mailadres');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/Dit e-mailadres hoort al bij een persoon\./);
    expect(screen.getByLabelText('Geldig tot en met')).toHaveAccessibleDescription(/De einddatum ligt voor de begindatum\./);
  });

  it('keeps the server\'s explanation when it names no field', async () => {
    mockApi({
      'GET /api/v1/me': users.admin,
      'GET /api/v1/admin/organisations': { items: organisations, total: 2 },
      'POST /api/v1/admin/invitations': () => problem(409, 'PERSON_EXISTS', 'Er is al een persoon met dit e-mailadres.'),
    });
    renderApp('/beheer/uitnodigen');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('E-mailadres'), 'bestaand@example.org');
    await user.type(screen.getByLabelText('Naam'), 'Bestaande Collega');
    await user.selectOptions(screen.getByLabelText('Organisatie'), '5');
    await user.click(screen.getByRole('button', { name: 'Uitnodigen' }));
    expect(await screen.findByTestId('problem')).toHaveTextContent('Er is al een persoon met dit e-mailadres.');
  });
});

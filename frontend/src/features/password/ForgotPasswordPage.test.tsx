import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/render';

describe('forgot-password page', () => {
  it('is reached from the login page and always gives the same answer', async () => {
    const sent: unknown[] = [];
    mockApi({
      'POST /api/v1/auth/password-reset': ({ body }: { body: unknown }) => {
        sent.push(body);
        return new Response(null, { status: 202 });
      },
    });
    renderApp('/login', { signedIn: false });
    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: 'Wachtwoord vergeten?' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('E-mailadres'), 'iemand@gemeente.example');
    await user.keyboard('{Enter}');

    expect(await screen.findByTestId('reset-sent')).toHaveTextContent('Als dit adres bij ons bekend is');
    expect(sent).toEqual([{ email: 'iemand@gemeente.example' }]);
  });

  it('asks for the address before calling the server', async () => {
    const fetchMock = mockApi({});
    renderApp('/wachtwoord/vergeten', { signedIn: false });
    await userEvent.click(screen.getByRole('button', { name: 'Link aanvragen' }));
    expect(screen.getByText('Vul uw e-mailadres in.')).toBeInTheDocument();
    expect(screen.getByLabelText('E-mailadres')).toHaveFocus();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

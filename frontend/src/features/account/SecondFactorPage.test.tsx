import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mockApi';
import { renderApp } from '../../test/render';

type Status = { enabled: boolean; confirmedAt: string | null; recoveryCodesLeft: number; required: boolean; localLoginAllowed: boolean };
const off: Status = { enabled: false, confirmedAt: null, recoveryCodesLeft: 0, required: false, localLoginAllowed: true };
const on: Status = { enabled: true, confirmedAt: '2026-12-07T09:00:00Z', recoveryCodesLeft: 10, required: false, localLoginAllowed: true };
const codes = Array.from({ length: 10 }, (_, i) => `abcde-fgh${i}${i}`);
const enrolment = {
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  uri: 'otpauth://totp/Thuisplan:a%40b.nl?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Thuisplan',
  account: 'a@b.nl',
};

describe('Tweestapsverificatie', () => {
  it('links an app with a QR code and the secret, confirms with a code and shows the recovery codes once', async () => {
    let status = off;
    const confirmed: unknown[] = [];
    mockApi({
      'GET /api/v1/me': users.municipalityOfficer,
      'GET /api/v1/me/second-factor': () => json(status),
      'POST /api/v1/me/second-factor': () => json(enrolment, 201),
      'POST /api/v1/me/second-factor/confirm': ({ body }) => {
        confirmed.push(body);
        if ((body as { code: string }).code !== '123456') {
          return problem(400, 'CODE_INVALID', 'Deze code klopt niet. Voer de code in die uw app nu toont.');
        }
        status = on;
        return json({ codes });
      },
    });
    renderApp('/tweestapsverificatie');
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Tweestapsverificatie' })).toBeInTheDocument();
    expect(screen.getByText('Tweestapsverificatie staat uit.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tweestapsverificatie instellen' }));

    // the QR code is drawn here as SVG (no image URL), the secret is readable in groups of four
    const qr = await screen.findByRole('img', { name: 'QR-code om Thuisplan aan uw authenticator-app toe te voegen' });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(screen.getByTestId('second-factor-secret')).toHaveTextContent('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');

    const field = screen.getByRole('textbox', { name: /Code uit de app/ });
    await user.type(field, '12ab');
    await user.click(screen.getByRole('button', { name: 'Bevestigen en aanzetten' }));
    expect(await screen.findByText('Vul de 6 cijfers uit uw app in.')).toBeInTheDocument();
    expect(confirmed).toHaveLength(0);

    await user.clear(field);
    await user.type(field, '654321');
    await user.click(screen.getByRole('button', { name: 'Bevestigen en aanzetten' }));
    expect(await screen.findByText('Deze code klopt niet. Voer de code in die uw app nu toont.')).toBeInTheDocument();

    await user.clear(field);
    await user.type(field, '123456');
    await user.click(screen.getByRole('button', { name: 'Bevestigen en aanzetten' }));
    const list = await screen.findByTestId('recovery-codes');
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(codes);
    const done = screen.getByRole('button', { name: 'Klaar' });
    expect(done).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Ik heb de herstelcodes gedownload of opgeschreven' }));
    await user.click(done);
    expect(await screen.findByTestId('second-factor-on')).toHaveTextContent('U hebt nog 10 herstelcodes.');
    expect(screen.queryByTestId('recovery-codes')).not.toBeInTheDocument();
  });

  it('switches off with a current code', async () => {
    let status = on;
    mockApi({
      'GET /api/v1/me': users.municipalityOfficer,
      'GET /api/v1/me/second-factor': () => json(status),
      'DELETE /api/v1/me/second-factor': ({ body }: { body: unknown }) => {
        expect(body).toEqual({ code: '111222' });
        status = off;
        return new Response(null, { status: 204 });
      },
    });
    renderApp('/tweestapsverificatie');
    const user = userEvent.setup();
    const section = (await screen.findByRole('heading', { name: 'Tweestapsverificatie uitzetten' })).closest('section');
    if (!section) throw new Error('no section');
    await user.type(within(section).getByRole('textbox', { name: /Code uit de app/ }), '111222');
    await user.click(within(section).getByRole('button', { name: 'Uitzetten' }));
    expect(await screen.findByRole('button', { name: 'Tweestapsverificatie instellen' })).toBeInTheDocument();
  });

  it('says so when the organisation requires it', async () => {
    mockApi({
      'GET /api/v1/me': users.municipalityOfficer,
      'GET /api/v1/me/second-factor': { ...on, required: true },
    });
    renderApp('/tweestapsverificatie');
    expect(await screen.findByText(/u kunt haar niet uitzetten/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Uitzetten' })).not.toBeInTheDocument();
  });

  it('is linked from Mijn sessies', async () => {
    mockApi({ 'GET /api/v1/me': users.municipalityOfficer, 'GET /api/v1/me/sessions': [], 'GET /api/v1/me/notification-preference': { mail: 'OFF' } });
    renderApp('/mijn-sessies');
    expect(await screen.findByRole('link', { name: 'Tweestapsverificatie instellen of wijzigen' })).toHaveAttribute(
      'href',
      '/tweestapsverificatie',
    );
  });

  it('sends a person who must enrol first from any refused page to this one', async () => {
    mockApi({
      'GET /api/v1/me': users.municipalityOfficer,
      'GET /api/v1/me/sessions': () => problem(403, 'SECOND_FACTOR_ENROLMENT_REQUIRED', 'Uw organisatie vereist tweestapsverificatie.'),
      'GET /api/v1/me/notification-preference': { mail: 'OFF' },
    });
    renderApp('/mijn-sessies');
    expect(await screen.findByText(/Stel die eerst in; daarna kunt u verder/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tweestapsverificatie instellen' })).toHaveAttribute('href', '/tweestapsverificatie');
  });
});

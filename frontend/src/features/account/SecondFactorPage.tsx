import {
  Alert,
  Button,
  ButtonGroup,
  Checkbox,
  FormFieldTextbox,
  Heading1,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { QRCodeSVG } from 'qrcode.react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api/problem';
import { refreshSession } from '../../shared/auth/authApi';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { usePageTitle } from '../../shared/components/usePageTitle';
import {
  useConfirmSecondFactor,
  useDisableSecondFactor,
  useRenewRecoveryCodes,
  useSecondFactor,
  useStartSecondFactor,
} from './api/secondFactor';

/** The server's message for a wrong code (400 CODE_INVALID and the like), or a general one. */
function codeError(error: unknown, fallback: string): string | undefined {
  if (!error) return undefined;
  return isApiError(error) && error.problem.detail ? error.problem.detail : fallback;
}

/** The six digits typed, without spaces: the form refuses anything else before asking the server. */
function readCode(event: FormEvent<HTMLFormElement>): string {
  event.preventDefault();
  return String(new FormData(event.currentTarget).get('code') ?? '').replace(/\s/g, '');
}

/** A code field of the authenticator app, with its submit button. */
function CodeForm(props: {
  id: string;
  submit: string;
  busy: boolean;
  error?: string;
  onCode: (code: string) => void;
}) {
  const { t } = useTranslation('account');
  const [local, setLocal] = useState<string>();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const code = readCode(event);
    if (!/^[0-9]{6}$/.test(code)) {
      setLocal(t('secondFactor.codeFormat'));
      return;
    }
    setLocal(undefined);
    props.onCode(code);
  };
  const error = local ?? props.error;
  return (
    <form onSubmit={onSubmit} noValidate className="tp-login__form">
      <FormFieldTextbox
        id={props.id}
        name="code"
        label={t('secondFactor.code')}
        description={t('secondFactor.codeHelp')}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        required
        invalid={Boolean(error)}
        errorMessage={error}
      />
      <Button type="submit" appearance="primary-action-button" busy={props.busy} disabled={props.busy}>
        {props.submit}
      </Button>
    </form>
  );
}

/** The recovery codes, shown once, kept on screen until the person says they are saved. */
function RecoveryCodesShown(props: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation('account');
  const [saved, setSaved] = useState(false);
  const download = () => {
    if (typeof URL.createObjectURL !== 'function') return;
    const url = URL.createObjectURL(new Blob([`${t('secondFactor.fileHeader')}\n\n${props.codes.join('\n')}\n`], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'thuisplan-herstelcodes.txt';
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section aria-labelledby="recovery-codes">
      <Heading2 id="recovery-codes">{t('secondFactor.codesTitle')}</Heading2>
      <Alert type="warning">
        <Paragraph>{t('secondFactor.codesOnce')}</Paragraph>
      </Alert>
      <ul className="tp-recovery-codes" data-testid="recovery-codes">
        {props.codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <ButtonGroup>
        <Button type="button" appearance="secondary-action-button" onClick={download}>
          {t('secondFactor.download')}
        </Button>
      </ButtonGroup>
      <Paragraph>
        <Checkbox id="codes-saved" checked={saved} onChange={(e) => setSaved(e.currentTarget.checked)} />{' '}
        <label htmlFor="codes-saved">{t('secondFactor.saved')}</label>
      </Paragraph>
      <Button type="button" appearance="primary-action-button" disabled={!saved} onClick={props.onDone}>
        {t('secondFactor.done')}
      </Button>
    </section>
  );
}

/**
 * "Tweestapsverificatie": the person links an authenticator app (the QR code drawn here as SVG, the secret
 * as text to type), confirms with a code, keeps the recovery codes, and later switches it off or gets new
 * codes (each with a current code). The secret and the codes are shown once; the server never shows them again.
 */
export function SecondFactorPage() {
  const { t } = useTranslation('account');
  usePageTitle(t('secondFactor.title'));
  const status = useSecondFactor();
  const start = useStartSecondFactor();
  const confirm = useConfirmSecondFactor();
  const disable = useDisableSecondFactor();
  const renew = useRenewRecoveryCodes();
  const [codes, setCodes] = useState<string[]>();
  if (status.isPending) return <Loading />;
  if (status.isError) return <ErrorMessage error={status.error} />;
  const s = status.data;
  const enrolment = start.data;

  const onConfirm = (code: string) =>
    confirm.mutate(code, {
      onSuccess: (result) => {
        setCodes(result.codes);
        start.reset();
        // a token issued while the organisation's requirement was unmet reaches only this page: a new one
        // (the refresh asks the server again) reaches everything
        void refreshSession();
      },
    });

  return (
    <div className="tp-second-factor">
      <Heading1>{t('secondFactor.title')}</Heading1>
      <Paragraph>{t('secondFactor.intro')}</Paragraph>
      {s.required && !s.enabled && (
        <Alert type="warning" role="status">
          <Paragraph>{t('secondFactor.requiredByOrganisation')}</Paragraph>
        </Alert>
      )}
      {disable.isSuccess && !s.enabled && (
        <Alert type="ok" role="status">
          <Paragraph>{t('secondFactor.disabled')}</Paragraph>
        </Alert>
      )}
      {codes ? (
        <RecoveryCodesShown codes={codes} onDone={() => setCodes(undefined)} />
      ) : s.enabled ? (
        <>
          <Alert type="ok">
            <Paragraph data-testid="second-factor-on">
              {t('secondFactor.on', { count: s.recoveryCodesLeft })}
            </Paragraph>
          </Alert>
          <section aria-labelledby="renew-codes">
            <Heading2 id="renew-codes">{t('secondFactor.renewTitle')}</Heading2>
            <Paragraph>{t('secondFactor.renewIntro')}</Paragraph>
            <CodeForm
              id="renew-code"
              submit={t('secondFactor.renew')}
              busy={renew.isPending}
              error={codeError(renew.error, t('secondFactor.failed'))}
              onCode={(code) => renew.mutate(code, { onSuccess: (result) => setCodes(result.codes) })}
            />
          </section>
          <section aria-labelledby="disable">
            <Heading2 id="disable">{t('secondFactor.disableTitle')}</Heading2>
            {s.required ? (
              <Paragraph>{t('secondFactor.cannotDisable')}</Paragraph>
            ) : (
              <>
                <Paragraph>{t('secondFactor.disableIntro')}</Paragraph>
                <CodeForm
                  id="disable-code"
                  submit={t('secondFactor.disable')}
                  busy={disable.isPending}
                  error={codeError(disable.error, t('secondFactor.failed'))}
                  onCode={(code) => disable.mutate(code)}
                />
              </>
            )}
          </section>
        </>
      ) : enrolment ? (
        <section aria-labelledby="link-app">
          <Heading2 id="link-app">{t('secondFactor.scanTitle')}</Heading2>
          <Paragraph>{t('secondFactor.scan')}</Paragraph>
          <div className="tp-second-factor__qr">
            <QRCodeSVG value={enrolment.uri} size={192} marginSize={4} title={t('secondFactor.qrTitle')} role="img" />
          </div>
          <Paragraph>{t('secondFactor.manual', { account: enrolment.account })}</Paragraph>
          <Paragraph>
            <code data-testid="second-factor-secret" className="tp-second-factor__secret">
              {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
            </code>
          </Paragraph>
          <CodeForm
            id="confirm-code"
            submit={t('secondFactor.confirm')}
            busy={confirm.isPending}
            error={codeError(confirm.error, t('secondFactor.failed'))}
            onCode={onConfirm}
          />
        </section>
      ) : (
        <>
          <Paragraph>{t('secondFactor.off')}</Paragraph>
          {start.isError && <ErrorMessage error={start.error} />}
          <Button type="button" appearance="primary-action-button" busy={start.isPending} onClick={() => start.mutate()}>
            {t('secondFactor.start')}
          </Button>
        </>
      )}
    </div>
  );
}

import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A single-use link the server could not mail (no SMTP configured): shown prominently with a copy button,
 * and the instruction to pass it on personally, since whoever holds it can set the password.
 */
export function LinkNotice({ link, title }: { link: string; title: string }) {
  const { t } = useTranslation('admin');
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = () =>
    void navigator.clipboard
      ?.writeText(link)
      .then(() => setCopied(true))
      .catch(() => setCopied(false));
  return (
    <Alert type="warning" data-testid="link-notice">
      <Heading2>{title}</Heading2>
      <Paragraph>{t('link.notMailed')}</Paragraph>
      <label htmlFor={id} className="utrecht-form-label">
        {t('link.label')}
      </label>
      <div className="tp-link-notice__row">
        <input id={id} readOnly value={link} className="utrecht-textbox utrecht-textbox--html-input tp-link-notice__input" onFocus={(e) => e.currentTarget.select()} />
        <Button type="button" appearance="secondary-action-button" onClick={copy}>
          {t('link.copy')}
        </Button>
      </div>
      <p role="status" className="utrecht-paragraph">
        {copied ? t('link.copied') : ''}
      </p>
    </Alert>
  );
}

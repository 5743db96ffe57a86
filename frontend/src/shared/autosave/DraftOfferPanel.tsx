import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftOffer } from './useLocalDraft';
import './autosave.css';

/** "14:32" today, "3 december 14:32" before. */
export function draftTime(at: Date, language: string, now = new Date()): string {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at);
  if (at.toDateString() === now.toDateString()) return time;
  return `${new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long' }).format(at)} ${time}`;
}

interface Props {
  offer: DraftOffer<unknown>;
  onRestore: () => void;
  onDiscard: () => void;
  /** what the draft holds (e.g. its text), so the writer can judge before choosing */
  children?: ReactNode;
}

/**
 * A local draft found when the form opened: when it is from, whether the server's copy changed since
 * (then restoring replaces newer text), why the server refused it, and the choice.
 */
export function DraftOfferPanel({ offer, onRestore, onDiscard, children }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <div className="tp-draft-offer" role="alert" data-testid="draft-offer" data-stale={offer.stale}>
      <Paragraph>
        <strong>{t('drafts.offer', { time: draftTime(offer.savedAt, i18n.language) })}</strong>
      </Paragraph>
      {offer.error && (
        <Paragraph className="tp-draft-offer__error" data-testid="draft-offer-error">
          {t('drafts.offerError', { message: offer.error })}
        </Paragraph>
      )}
      {offer.stale && <Paragraph data-testid="draft-offer-stale">{t('drafts.offerStale')}</Paragraph>}
      {children}
      <ButtonGroup>
        <Button appearance="primary-action-button" onClick={onRestore}>
          {t('drafts.restore')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onDiscard}>
          {t('drafts.discard')}
        </Button>
      </ButtonGroup>
    </div>
  );
}

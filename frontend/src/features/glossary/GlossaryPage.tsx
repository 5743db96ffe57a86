import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { usePageTitle } from '../../shared/components/usePageTitle';
import type { TermId } from '../../shared/glossary/Term';
import dutch from '../../shared/i18n/locales/nl/glossary.json';
import './glossary.css';

/**
 * /begrippen: every term the screens use, in plain words, alphabetical in the reader's language.
 * A link from a page (`/begrippen#draagkracht`) lands on the term itself.
 */
export function GlossaryPage() {
  const { t, i18n } = useTranslation('glossary');
  usePageTitle(t('title'));
  const { hash } = useLocation();
  // the ids come from the Dutch file (the reference language); the words from the reader's language
  const sorted = (Object.keys(dutch.terms) as TermId[])
    .map((id) => ({ id, term: t(`terms.${id}.term`), text: t(`terms.${id}.text`) }))
    .sort((a, b) => a.term.localeCompare(b.term, i18n.language));
  useEffect(() => {
    const id = decodeURIComponent(hash.slice(1));
    if (!id) return;
    // focusing scrolls the term into view and tells a screen reader where the link landed; after the
    // layout has put focus on the page heading (its effect runs after this page's), so the term wins
    const timer = window.setTimeout(() => document.getElementById(`term-${id}`)?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [hash]);
  return (
    <>
      <Heading1>{t('title')}</Heading1>
      <Paragraph>{t('intro')}</Paragraph>
      <dl className="tp-glossary" data-testid="glossary">
        {sorted.map((entry) => (
          <div key={entry.id} className="tp-glossary__entry" data-term={entry.id}>
            <dt id={`term-${entry.id}`} tabIndex={-1} className="tp-glossary__term">
              {entry.term}
            </dt>
            <dd className="tp-glossary__text">{entry.text}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

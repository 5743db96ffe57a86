import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type glossary from '../i18n/locales/nl/glossary.json';
import { AppLink } from '../components/AppLink';
import { paths } from '../paths';

/** The terms the glossary explains; a typo in an id fails the type check, not the reader. */
export type TermId = keyof (typeof glossary)['terms'];

/**
 * A word the glossary explains, linked to its explanation (`/begrippen#draagkracht`). The link's
 * name stays the word on screen (WCAG 2.5.3); the explanation is one step away, not a tooltip that
 * a keyboard or a phone cannot open.
 */
export function Term({ id, children }: { id: TermId; children?: ReactNode }) {
  const { t } = useTranslation('glossary');
  return (
    <AppLink to={paths.glossaryTerm(id)} className="tp-term" data-term={id}>
      {children ?? t(`terms.${id}.term`)}
    </AppLink>
  );
}

/** "Wat is …?": a short link to a term's explanation, placed after a label or an explanation line. */
export function TermHelp({ id }: { id: TermId }) {
  const { t } = useTranslation('glossary');
  const term = t(`terms.${id}.term`);
  return (
    <AppLink to={paths.glossaryTerm(id)} className="tp-term-help" data-term={id}>
      {t('whatIs', { term: term.toLowerCase() })}
    </AppLink>
  );
}

import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/format/format';
import { usePageTitle } from '../../shared/components/usePageTitle';
import coverage from './coverage.json';
import './accessibility.css';

/** When this statement was drawn up: change it with the statement (the Dutch model asks for the date). */
export const STATEMENT_DATE = '2026-12-07';
/** Placeholder: the organisation offering Thuisplan puts its own address here (see SECURITY.md). */
export const CONTACT_EMAIL = 'toegankelijkheid@thuisplan.example';

type Area = keyof typeof coverage.areas;
const areas = Object.keys(coverage.areas) as Area[];
const pageCount = areas.reduce((sum, area) => sum + coverage.areas[area].length, 0);
const ISSUES = ['automatic', 'minor', 'charts', 'mapColour', 'editor', 'pdf', 'tables'] as const;
const METHODS = ['axe', 'reflow', 'keyboard', 'pdf'] as const;

/**
 * /toegankelijkheid: the accessibility statement, after the Dutch government's model
 * (status, how tested, what is not right yet, measures, date, contact, enforcement). Readable without
 * signing in. The pages it says are checked come from coverage.json, which a test keeps equal to the
 * routes of AppRoutes.tsx; e2e/reflow.test.mjs runs axe on every one of them.
 */
export function AccessibilityPage() {
  const { t, i18n } = useTranslation('accessibility');
  usePageTitle(t('title'));
  return (
    <article className="tp-statement" data-testid="accessibility-statement">
      <Heading1>
        {/* "|" marks where a long compound may break on a phone: a <wbr>, invisible to screen readers */}
        {t('heading')
          .split('|')
          .flatMap((part, index) => (index === 0 ? [part] : [<wbr key={part} />, part]))}
      </Heading1>
      <Paragraph>{t('intro')}</Paragraph>

      <Heading2>{t('status.title')}</Heading2>
      <Paragraph data-testid="statement-status">
        <strong>{t('status.text')}</strong>
      </Paragraph>
      <Paragraph>{t('status.basis')}</Paragraph>

      <Heading2>{t('testing.title')}</Heading2>
      <Paragraph>{t('testing.intro')}</Paragraph>
      <ul className="utrecht-unordered-list">
        {METHODS.map((method) => (
          <li key={method} className="utrecht-unordered-list__item">
            {t(`testing.${method}`, { pages: pageCount })}
          </li>
        ))}
      </ul>
      <Heading2>{t('testing.areasTitle')}</Heading2>
      <ul className="utrecht-unordered-list" data-testid="statement-areas">
        {areas.map((area) => (
          <li key={area} className="utrecht-unordered-list__item">
            {t('testing.areaPages', { area: t(`areas.${area}`), count: coverage.areas[area].length })}
          </li>
        ))}
      </ul>

      <Heading2>{t('issues.title')}</Heading2>
      <Paragraph>{t('issues.intro')}</Paragraph>
      <ul className="utrecht-unordered-list" data-testid="statement-issues">
        {ISSUES.map((issue) => (
          <li key={issue} className="utrecht-unordered-list__item">
            {t(`issues.${issue}`)}
          </li>
        ))}
      </ul>

      <Heading2>{t('measures.title')}</Heading2>
      <Paragraph>{t('measures.text')}</Paragraph>

      <Heading2>{t('drawnUp.title')}</Heading2>
      <Paragraph>{t('drawnUp.text', { date: formatDate(STATEMENT_DATE, i18n.language) })}</Paragraph>

      <Heading2>{t('contact.title')}</Heading2>
      <Paragraph>
        {t('contact.text', { email: CONTACT_EMAIL })
          .split(CONTACT_EMAIL)
          .flatMap((part, index) =>
            index === 0 ? [part] : [<a key="mail" className="utrecht-link" href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</a>, part],
          )}
      </Paragraph>
      <Paragraph className="tp-muted">{t('contact.placeholder')}</Paragraph>

      <Heading2>{t('enforcement.title')}</Heading2>
      <Paragraph>{t('enforcement.text')}</Paragraph>
    </article>
  );
}

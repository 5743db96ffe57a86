import { PageFooter, Paragraph, SkipLink } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { AppLink } from '../components/AppLink';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { paths } from '../paths';

interface Props {
  header: ReactNode;
  nav?: ReactNode;
  children: ReactNode;
}

/** The landmarks every page shares: skip link, header, navigation, main, footer. */
export function PageFrame({ header, nav, children }: Props) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <div className="tp-page">
      <SkipLink href="#main">{t('skipLink')}</SkipLink>
      {header}
      {nav}
      <main id="main" tabIndex={-1} className="tp-main">
        {/* keyed by path: navigating away from a broken page clears the error */}
        <ErrorBoundary key={pathname}>{children}</ErrorBoundary>
      </main>
      <PageFooter className="tp-footer">
        <Paragraph>{t('footer.text')}</Paragraph>
        <Paragraph>
          <AppLink to={paths.glossary}>{t('footer.glossary')}</AppLink>
        </Paragraph>
      </PageFooter>
    </div>
  );
}

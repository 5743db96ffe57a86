import { PageFooter, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { AppLink } from '../components/AppLink';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { paths } from '../paths';
import { CompactMenuProvider } from './compactMenu';
import { MAIN_ID, useHeadingFocusOnNavigation } from './headingFocus';
import { useScrollRegions } from './scrollRegions';

interface Props {
  header: ReactNode;
  nav?: ReactNode;
  children: ReactNode;
}

/**
 * The landmarks every page shares: skip link, header, navigation, main, footer. After a route change
 * focus moves to the new page's heading here, once for every page (see headingFocus.ts).
 */
export function PageFrame({ header, nav, children }: Props) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  useHeadingFocusOnNavigation(mainRef);
  useScrollRegions(mainRef);
  return (
    <CompactMenuProvider>
      <div className="tp-page">
        <SkipLink href="#main">{t('skipLink')}</SkipLink>
        {header}
        {nav}
        <main ref={mainRef} id={MAIN_ID} tabIndex={-1} className="tp-main">
          {/* keyed by path: navigating away from a broken page clears the error */}
          <ErrorBoundary key={pathname}>{children}</ErrorBoundary>
        </main>
        <PageFooter className="tp-footer">
          <Paragraph>{t('footer.text')}</Paragraph>
          <Paragraph>
            <AppLink to={paths.glossary}>{t('footer.glossary')}</AppLink>
          </Paragraph>
          <Paragraph>
            <AppLink to={paths.accessibility}>{t('footer.accessibility')}</AppLink>
          </Paragraph>
        </PageFooter>
      </div>
    </CompactMenuProvider>
  );
}

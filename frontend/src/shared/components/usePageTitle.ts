import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab title, "<page> – Thuisplan", so every page is identifiable (WCAG 2.4.2). */
export function usePageTitle(title: string | undefined) {
  const { t } = useTranslation();
  const appName = t('appName');
  useEffect(() => {
    document.title = title ? `${title} – ${appName}` : appName;
  }, [title, appName]);
}

import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <Paragraph role="status" aria-live="polite">
      {t('loading')}
    </Paragraph>
  );
}

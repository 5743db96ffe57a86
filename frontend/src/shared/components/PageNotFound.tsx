import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { paths } from '../paths';
import { AppLink } from './AppLink';
import { usePageTitle } from './usePageTitle';

export function PageNotFound() {
  const { t } = useTranslation();
  usePageTitle(t('errors.pageNotFoundTitle'));
  return (
    <>
      <Heading1>{t('errors.pageNotFoundTitle')}</Heading1>
      <Paragraph>{t('errors.pageNotFound')}</Paragraph>
      <Paragraph>
        <AppLink to={paths.home}>{t('errors.backHome')}</AppLink>
      </Paragraph>
    </>
  );
}

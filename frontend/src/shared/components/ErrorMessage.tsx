import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem';
import { paths } from '../paths';
import { AppLink } from './AppLink';
import { usePageTitle } from './usePageTitle';

/**
 * A whole page explaining why data could not be shown. The API answers 404 both for
 * "does not exist" and "not yours", so the two are not told apart here either.
 */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  // the organisation requires a second factor and the person has none yet: only the enrolment is open
  const enrolFirst = isApiError(error, 403) && error.problem.code === 'SECOND_FACTOR_ENROLMENT_REQUIRED';
  const kind = isApiError(error, 404) ? 'notFound' : isApiError(error, 403) ? 'forbidden' : 'general';
  const title = t(`errors.${kind}Title`);
  usePageTitle(title);
  return (
    <>
      <Heading1>{title}</Heading1>
      <Alert type={kind === 'general' ? 'error' : 'warning'} data-error-kind={kind}>
        <Paragraph>{enrolFirst ? t('errors.enrolFirst') : t(`errors.${kind}`)}</Paragraph>
      </Alert>
      <Paragraph>
        {enrolFirst ? (
          <AppLink to={paths.secondFactor}>{t('errors.enrolFirstLink')}</AppLink>
        ) : (
          <AppLink to={paths.home}>{t('errors.backHome')}</AppLink>
        )}
      </Paragraph>
    </>
  );
}

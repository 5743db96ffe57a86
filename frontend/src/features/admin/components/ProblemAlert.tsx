import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/problem';

/** The server's explanation of a refused action (its problem detail), or a general message. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation('admin');
  if (!error) return null;
  const detail = isApiError(error) ? error.problem.detail : undefined;
  return (
    <Alert type="error" role="alert" data-testid="problem">
      <Paragraph>{detail ?? t('failed')}</Paragraph>
    </Alert>
  );
}

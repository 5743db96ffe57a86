import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/problem';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { keyed } from '../../../shared/list/keyed';

/** Why a table could not be shown: the API's own words for an invalid filter (400), the shared page otherwise. */
export function TableProblem({ error }: { error: unknown }) {
  const { t } = useTranslation('dashboard');
  if (isApiError(error, 400)) {
    const messages = error.problem.fields?.map((f) => f.message) ?? [];
    return (
      <Alert type="error" role="alert" data-testid="filter-problem">
        <Paragraph>{t('errors.invalidFilters')}</Paragraph>
        {messages.length > 0 ? (
          <ul className="utrecht-unordered-list">
            {keyed(messages, (message) => message).map(({ key, item: message }) => (
              <li key={key} className="utrecht-unordered-list__item">
                {message}
              </li>
            ))}
          </ul>
        ) : (
          error.problem.detail && <Paragraph>{error.problem.detail}</Paragraph>
        )}
      </Alert>
    );
  }
  return <ErrorMessage error={error} />;
}

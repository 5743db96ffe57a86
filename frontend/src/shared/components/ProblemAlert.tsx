import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useFieldMessages } from '../api/fieldMessages';
import { isApiError } from '../api/problem';

interface Props {
  error: unknown;
  /** the form fields that show their own message; the server's other field messages are listed here */
  placed?: readonly string[];
  /** said when the server gave no explanation */
  fallback?: string;
}

/**
 * Why the server refused an action. When it named fields, the general "De invoer is niet geldig" says
 * nothing: the alert then points at the marked fields and lists, in the server's words, only the
 * messages no field on screen shows.
 */
export function ProblemAlert({ error, placed = [], fallback }: Props) {
  const { t } = useTranslation();
  const messages = useFieldMessages(error);
  if (!error) return null;
  const unplaced = messages.unplaced(placed);
  const detail = isApiError(error) ? error.problem.detail : undefined;
  const code = isApiError(error) ? error.problem.code : undefined;
  return (
    <Alert type="error" role="alert" data-testid="problem" data-code={code}>
      {messages.any ? (
        <>
          {unplaced.length < messages.unplaced([]).length && <Paragraph>{t('problem.checkFields')}</Paragraph>}
          {unplaced.length > 0 && (
            <ul className="utrecht-unordered-list" data-testid="problem-fields">
              {unplaced.map((f) => (
                <li key={`${f.field}:${f.code}`} className="utrecht-unordered-list__item">
                  {f.message}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <Paragraph>{detail ?? fallback ?? t('problem.failed')}</Paragraph>
      )}
    </Alert>
  );
}

import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../api/admin';

/** Status in words, with the lock-out beside it: text, not colour alone. */
export function StatusText({ person }: { person: Pick<PersonSummary, 'status' | 'locked'> }) {
  const { t } = useTranslation('admin');
  return (
    <span data-testid="person-status">
      {t(`status.${person.status}`)}
      {person.locked ? `, ${t('status.locked')}` : ''}
    </span>
  );
}

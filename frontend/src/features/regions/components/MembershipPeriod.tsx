import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format/format';
import type { Member } from '../api/regions';

/** "sinds 1-1-2023", and for a membership that ended "tot 31-12-2024" with a "voormalig lid" badge. */
export function MembershipPeriod({ member, former }: { member: Member; former: boolean }) {
  const { t, i18n } = useTranslation('regions');
  return (
    <>
      <span className="tp-nowrap">{t('membership.since', { date: formatDate(member.validFrom, i18n.language) })}</span>
      {member.validTo && (
        <>
          <br />
          <span className="tp-nowrap">{t('membership.until', { date: formatDate(member.validTo, i18n.language) })}</span>
        </>
      )}
      {former && (
        <>
          <br />
          <span className="utrecht-status-badge utrecht-status-badge--inactive tp-badge" data-testid="former-badge">
            {t('membership.former')}
          </span>
        </>
      )}
    </>
  );
}

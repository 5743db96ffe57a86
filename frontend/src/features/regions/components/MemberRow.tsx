import { TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../shared/components/AppLink';
import { InhabitantsBadge } from '../../../shared/components/InhabitantsBadge';
import { formatDate, formatNumber } from '../../../shared/format/format';
import { paths } from '../../../shared/paths';
import type { Member } from '../api/regions';
import { MembershipPeriod } from './MembershipPeriod';

interface Props {
  member: Member;
  former: boolean;
  showSubregion: boolean;
  approximateExplanationId: string;
  unconfirmedExplanationId: string;
}

export function MemberRow({ member, former, showSubregion, approximateExplanationId, unconfirmedExplanationId }: Props) {
  const { t, i18n } = useTranslation(['regions', 'common']);
  const inhabitants = member.inhabitants;
  return (
    <TableRow
      data-municipality={member.code}
      data-former={former ? 'true' : undefined}
      className={former ? 'tp-row--former' : undefined}
    >
      <TableHeaderCell scope="row">
        <AppLink to={paths.municipality(member.code)}>{member.name}</AppLink>
      </TableHeaderCell>
      <TableCell>{member.code}</TableCell>
      {showSubregion && <TableCell>{member.subregion?.name ?? ''}</TableCell>}
      <TableCell>{member.province.name}</TableCell>
      <TableCell numericColumn>
        {inhabitants ? formatNumber(inhabitants.value, i18n.language) : t('common:inhabitants.unknown')}
      </TableCell>
      <TableCell>{inhabitants && formatDate(inhabitants.referenceDate, i18n.language)}</TableCell>
      <TableCell>
        {inhabitants && <InhabitantsBadge status={inhabitants.status} explanationId={approximateExplanationId} />}
      </TableCell>
      <TableCell>
        <MembershipPeriod member={member} former={former} />
        {!member.confirmed && (
          <>
            <br />
            <span
              className="utrecht-status-badge utrecht-status-badge--warning tp-badge"
              data-testid="unconfirmed-badge"
              aria-describedby={unconfirmedExplanationId}
              title={t('membership.unconfirmedExplanation')}
            >
              {t('membership.unconfirmed')}
            </span>
          </>
        )}
      </TableCell>
      <TableCell>{member.note}</TableCell>
    </TableRow>
  );
}

import {
  Table,
  TableBody,
  TableCaption,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApproximateExplanation } from '../../../shared/components/InhabitantsBadge';
import { todayIso } from '../../../shared/format/format';
import type { RegionDetail } from '../api/regions';
import { isFormer, sortMembers } from '../membership';
import { MemberRow } from './MemberRow';

export function MembersTable({ region }: { region: RegionDetail }) {
  const { t, i18n } = useTranslation('regions');
  const approximateId = useId();
  const unconfirmedId = useId();
  const today = todayIso();
  const showSubregion = region.subregions.length > 0;
  const members = sortMembers(region.municipalities, today, i18n.language);
  const anyApproximate = members.some((m) => m.inhabitants?.status === 'APPROXIMATE');
  const anyUnconfirmed = members.some((m) => !m.confirmed);

  return (
    <>
      <div className="tp-table-scroll">
        <Table className="tp-table" data-testid="members-table">
          <TableCaption className="tp-caption">{t('detail.caption', { name: region.name })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('detail.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('detail.code')}</TableHeaderCell>
              {showSubregion && <TableHeaderCell scope="col">{t('detail.subregion')}</TableHeaderCell>}
              <TableHeaderCell scope="col">{t('detail.province')}</TableHeaderCell>
              <TableHeaderCell scope="col" numericColumn>
                {t('detail.inhabitants')}
              </TableHeaderCell>
              <TableHeaderCell scope="col">{t('detail.referenceDate')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('detail.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('detail.membership')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('detail.note')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {members.map((member) => (
              <MemberRow
                key={`${member.code}-${member.validFrom}`}
                member={member}
                former={isFormer(member, today)}
                showSubregion={showSubregion}
                approximateExplanationId={approximateId}
                unconfirmedExplanationId={unconfirmedId}
              />
            ))}
          </TableBody>
        </Table>
      </div>
      {anyApproximate && <ApproximateExplanation id={approximateId} />}
      {anyUnconfirmed && (
        <p id={unconfirmedId} className="utrecht-paragraph tp-footnote">
          {t('membership.unconfirmed')}: {t('membership.unconfirmedExplanation')}
        </p>
      )}
    </>
  );
}

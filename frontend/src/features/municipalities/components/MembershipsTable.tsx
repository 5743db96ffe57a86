import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../shared/components/AppLink';
import { formatDate } from '../../../shared/format/format';
import { paths } from '../../../shared/paths';
import type { Municipality } from '../api/municipalities';

interface Props {
  municipality: Municipality;
  /** link region names to their pages (not for roles that cannot open them) */
  linkRegions: boolean;
}

export function MembershipsTable({ municipality, linkRegions }: Props) {
  const { t, i18n } = useTranslation('municipalities');
  const date = (iso: string | null) => (iso ? formatDate(iso, i18n.language) : '');
  return (
    <div className="tp-table-scroll">
      <Table className="tp-table" data-testid="memberships-table">
        <TableCaption className="tp-visually-hidden">
          {t('detail.membershipsCaption', { name: municipality.name })}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('detail.region')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('detail.subregion')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('detail.validFrom')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('detail.validTo')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('detail.confirmation')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('detail.note')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {municipality.memberships.map((membership) => (
            <TableRow key={`${membership.region.code}-${membership.validFrom}`}>
              <TableHeaderCell scope="row">
                {linkRegions ? (
                  <AppLink to={paths.region(membership.region.code)}>{membership.region.name}</AppLink>
                ) : (
                  membership.region.name
                )}
              </TableHeaderCell>
              <TableCell>{membership.subregion?.name ?? ''}</TableCell>
              <TableCell>{date(membership.validFrom)}</TableCell>
              <TableCell>{date(membership.validTo)}</TableCell>
              <TableCell>
                {membership.confirmed ? (
                  t('detail.confirmed')
                ) : (
                  <span className="utrecht-status-badge utrecht-status-badge--warning tp-badge">
                    {t('detail.unconfirmed')}
                  </span>
                )}
              </TableCell>
              <TableCell>{membership.note}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

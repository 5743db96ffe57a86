import {
  Button,
  Heading1,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../shared/auth/me';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { formatDate, todayIso } from '../../shared/format/format';
import { type AdminRegion, type RegionMember, useAdminRegions, useChangeRegionMember } from './api/admin';
import { AdminNav } from './components/AdminNav';
import { ProblemAlert } from './components/ProblemAlert';
import './admin.css';

/**
 * One region's member periods. Confirming and ending are the platform beheerder's (the contract gives
 * these rows no allowedActions, so the buttons follow the contract's rule; the server checks again).
 */
function RegionMembers({ region, mayChange }: { region: AdminRegion; mayChange: boolean }) {
  const { t, i18n } = useTranslation('admin');
  const change = useChangeRegionMember(region.code);
  const subregion = (code: string | null) => region.subregions.find((s) => s.code === code)?.name ?? '–';
  const update = (m: RegionMember, patch: Partial<{ confirmed: boolean; validTo: string }>) =>
    change.mutate({
      member: m,
      change: { validTo: m.validTo, confirmed: m.confirmed, subregionCode: m.subregionCode, note: m.note, version: m.version, ...patch },
    });
  return (
    <>
      <Heading2>{region.name}</Heading2>
      <ProblemAlert error={change.error} />
      <div className="tp-table-scroll">
        <Table className="tp-table" data-region={region.code}>
          <TableCaption className="tp-visually-hidden">{t('regions.caption', { name: region.name })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('regions.municipality')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('regions.subregion')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('membership.period')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('regions.confirmed')}</TableHeaderCell>
              {mayChange && <TableHeaderCell scope="col">{t('membership.action')}</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {region.members.map((m) => (
              <TableRow key={`${m.municipality.code}-${m.validFrom}`}>
                <TableHeaderCell scope="row">{m.municipality.name}</TableHeaderCell>
                <TableCell>{subregion(m.subregionCode)}</TableCell>
                <TableCell className="tp-nowrap">
                  {formatDate(m.validFrom, i18n.language)} – {m.validTo ? formatDate(m.validTo, i18n.language) : t('membership.open')}
                </TableCell>
                <TableCell>{m.confirmed ? t('regions.yes') : t('regions.toConfirm')}</TableCell>
                {mayChange && (
                  <TableCell className="tp-admin-inline">
                    {!m.confirmed && (
                      <Button type="button" appearance="secondary-action-button" disabled={change.isPending} onClick={() => update(m, { confirmed: true })}>
                        {t('regions.confirm')}
                        <span className="tp-visually-hidden">: {m.municipality.name}</span>
                      </Button>
                    )}
                    {m.validTo === null && (
                      <Button type="button" appearance="subtle-button" disabled={change.isPending} onClick={() => update(m, { validTo: todayIso() })}>
                        {t('regions.endToday')}
                        <span className="tp-visually-hidden">: {m.municipality.name}</span>
                      </Button>
                    )}
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}

/** /beheer/regios: the regions in view (a regio beheerder: its own) and their members. */
export function RegionsAdminPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('regions.title'));
  const regions = useAdminRegions();
  const me = useMe();
  const mayChange = me.data?.role === 'PLATFORM_ADMIN';
  return (
    <div className="tp-admin">
      <AdminNav />
      <Heading1>{t('regions.title')}</Heading1>
      <Paragraph>{t('regions.intro')}</Paragraph>
      {regions.isPending ? (
        <Loading />
      ) : regions.isError ? (
        <ErrorMessage error={regions.error} />
      ) : (
        regions.data.map((region) => <RegionMembers key={region.code} region={region} mayChange={mayChange} />)
      )}
    </div>
  );
}

import {
  Button,
  Heading2,
  Heading3,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format/format';
import { type AdminRegion, type RegionMember, useChangeRegionMember } from '../api/admin';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { AddRegionMemberForm, AddSubregionForm } from './RegionForms';
import { RegionMemberDialog } from './RegionMemberDialog';

/**
 * One region's member periods, with the buttons the server allows per member (allowedActions) and, when
 * it allows them for the region, the forms to add a municipality or a deelregio.
 */
export function RegionMembers({ region }: { region: AdminRegion }) {
  const { t, i18n } = useTranslation('admin');
  const change = useChangeRegionMember(region.code);
  const [open, setOpen] = useState<{ member: RegionMember; ending: boolean } | null>(null);
  const [adding, setAdding] = useState<'member' | 'subregion' | null>(null);
  const subregion = (code: string | null) => region.subregions.find((s) => s.code === code)?.name ?? '–';
  const mayAct = region.members.some((m) => m.allowedActions.length > 0);
  const confirm = (m: RegionMember) =>
    change.mutate({ member: m, change: { validTo: m.validTo, confirmed: true, subregionCode: m.subregionCode, note: m.note, version: m.version } });
  const column = {
    subregion: t('regions.subregion'),
    period: t('membership.period'),
    confirmed: t('regions.confirmed'),
    note: t('regions.note'),
    action: t('membership.action'),
  };
  const hidden = (name: string) => <span className="tp-visually-hidden">: {name}</span>;
  return (
    <section className="tp-admin-section" aria-labelledby={`region-${region.code}`}>
      <Heading2 id={`region-${region.code}`}>{region.name}</Heading2>
      <ProblemAlert error={change.error} />
      <div className="tp-table-scroll">
        <Table className="tp-table tp-stack-table" data-region={region.code}>
          <TableCaption className="tp-visually-hidden">{t('regions.caption', { name: region.name })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('regions.municipality')}</TableHeaderCell>
              <TableHeaderCell scope="col">{column.subregion}</TableHeaderCell>
              <TableHeaderCell scope="col">{column.period}</TableHeaderCell>
              <TableHeaderCell scope="col">{column.confirmed}</TableHeaderCell>
              <TableHeaderCell scope="col">{column.note}</TableHeaderCell>
              {mayAct && <TableHeaderCell scope="col">{column.action}</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {region.members.map((m) => (
              <TableRow key={`${m.municipality.code}-${m.validFrom}`}>
                <TableHeaderCell scope="row">{m.municipality.name}</TableHeaderCell>
                <TableCell data-label={column.subregion}>{subregion(m.subregionCode)}</TableCell>
                <TableCell className="tp-nowrap" data-label={column.period}>
                  {formatDate(m.validFrom, i18n.language)} – {m.validTo ? formatDate(m.validTo, i18n.language) : t('membership.open')}
                </TableCell>
                <TableCell data-label={column.confirmed}>{m.confirmed ? t('regions.yes') : t('regions.toConfirm')}</TableCell>
                <TableCell data-label={column.note}>{m.note ?? '–'}</TableCell>
                {mayAct && (
                  <TableCell data-label={column.action}>
                    <span className="tp-admin-inline tp-admin-row-actions">
                      {m.allowedActions.includes('CONFIRM') && (
                        <Button type="button" appearance="secondary-action-button" disabled={change.isPending} onClick={() => confirm(m)}>
                          {t('regions.confirm')}
                          {hidden(m.municipality.name)}
                        </Button>
                      )}
                      {m.allowedActions.includes('END') && (
                        <Button type="button" appearance="secondary-action-button" onClick={() => setOpen({ member: m, ending: true })}>
                          {t('membership.end')}
                          {hidden(m.municipality.name)}
                        </Button>
                      )}
                      {m.allowedActions.includes('CHANGE') && (
                        <Button type="button" appearance="subtle-button" onClick={() => setOpen({ member: m, ending: false })}>
                          {t('regions.change')}
                          {hidden(m.municipality.name)}
                        </Button>
                      )}
                    </span>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {open && <RegionMemberDialog region={region} member={open.member} ending={open.ending} onClose={() => setOpen(null)} />}
      {adding !== null && (
        <div className="tp-admin-after-table">
          <Heading3>{adding === 'member' ? t('regions.addMemberTitle', { name: region.name }) : t('regions.addSubregionTitle', { name: region.name })}</Heading3>
          {adding === 'member' ? (
            <AddRegionMemberForm region={region} onDone={() => setAdding(null)} />
          ) : (
            <AddSubregionForm region={region} onDone={() => setAdding(null)} />
          )}
        </div>
      )}
      {adding === null && (region.allowedActions.includes('ADD_MEMBER') || region.allowedActions.includes('ADD_SUBREGION')) && (
        <div className="tp-admin-inline tp-admin-after-table">
          {region.allowedActions.includes('ADD_MEMBER') && (
            <Button type="button" appearance="secondary-action-button" onClick={() => setAdding('member')}>
              {t('regions.addMember')}
              {hidden(region.name)}
            </Button>
          )}
          {region.allowedActions.includes('ADD_SUBREGION') && (
            <Button type="button" appearance="subtle-button" onClick={() => setAdding('subregion')}>
              {t('regions.addSubregion')}
              {hidden(region.name)}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}

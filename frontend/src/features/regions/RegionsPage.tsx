import {
  Heading1,
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
import { AppLink } from '../../shared/components/AppLink';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { formatNumber } from '../../shared/format/format';
import { paths } from '../../shared/paths';
import { useRegions } from './api/regions';

/** /regios: the regions the caller may see. */
export function RegionsPage() {
  const { t, i18n } = useTranslation('regions');
  usePageTitle(t('list.title'));
  const regions = useRegions();
  if (regions.isPending) return <Loading />;
  if (regions.isError) return <ErrorMessage error={regions.error} />;

  return (
    <>
      <Heading1>{t('list.title')}</Heading1>
      <Paragraph>{t('list.intro')}</Paragraph>
      {regions.data.length === 0 ? (
        <Paragraph>{t('list.empty')}</Paragraph>
      ) : (
        <div className="tp-table-scroll">
          <Table className="tp-table" data-testid="regions-table">
            <TableCaption className="tp-visually-hidden">{t('list.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('list.code')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('list.name')}</TableHeaderCell>
                <TableHeaderCell scope="col" numericColumn>
                  {t('list.municipalityCount')}
                </TableHeaderCell>
                <TableHeaderCell scope="col">{t('list.provinces')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {regions.data.map((region) => (
                <TableRow key={region.code} data-region={region.code}>
                  <TableCell>{region.code}</TableCell>
                  <TableHeaderCell scope="row">
                    <AppLink to={paths.region(region.code)}>{region.name}</AppLink>
                  </TableHeaderCell>
                  <TableCell numericColumn>{formatNumber(region.municipalityCount, i18n.language)}</TableCell>
                  <TableCell>{region.provinces.map((province) => province.name).join(', ')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
